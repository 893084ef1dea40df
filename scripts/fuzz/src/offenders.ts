/**
 * Phrases the rules flag, mixed into every generated input so that findings exist and their positions,
 * fixes and edits are checked, not only the absence of a crash. Data, not code: add phrases freely.
 */
export const OFFENDERS = [
  'verpleegster',
  'Verpleegster (m/v)',
  'jong team',
  'ons jonge team',
  'tussen de 25 en 35 jaar',
  'maximaal 5 jaar ervaring',
  'Nederlands als moedertaal',
  '24/7 beschikbaar',
  'stuur een foto mee',
  'salaris tussen € 3.000 en € 4.000',
  'indien',
  'young team',
  'salesman',
  'native English speaker',
  'under 30',
  'recent graduate',
  'clean-shaven',
  'rockstar developer',
  'he/she',
  'no more than 5 years of experience',
  'aged 25-35',
  'salary $50,000-$60,000',
] as const;

/** Ordinary words between the offenders, so sentences and paragraphs form. */
export const FILLER = ['wij', 'zoeken', 'een', 'voor', 'we', 'are', 'looking', 'for', 'a', 'the', 'en', 'and', 'jaar', 'years', 'café', '👩‍🍳'] as const;
