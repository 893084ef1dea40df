/**
 * Plurals of person nouns, so a table lists each title once. Dutch and English plurals follow the
 * ending of the word; the tables override the irregular ones. Multi-word titles inflect their last word.
 */
import type { Language } from '../types.js';
import { regex } from '../regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const RULES_MORPHOLOGY_RE1 = regex('rules.morphology.1', /(ige|ende|de)$/u);
const RULES_MORPHOLOGY_RE2 = regex('rules.morphology.2', /[aeiou]$/u);
const RULES_MORPHOLOGY_RE3 = regex('rules.morphology.3', /woman$/u);
const RULES_MORPHOLOGY_RE4 = regex('rules.morphology.4', /man$/u);
const RULES_MORPHOLOGY_RE5 = regex('rules.morphology.5', /person$/u);
const RULES_MORPHOLOGY_RE6 = regex('rules.morphology.6', /(s|sh|ch|x|z)$/u);
const RULES_MORPHOLOGY_RE7 = regex('rules.morphology.7', /[^aeiou]y$/u);
const RULES_MORPHOLOGY_RE8 = regex('rules.morphology.8', /[/(]/u);

/** Dutch endings, longest first, each with what replaces it in the plural. */
const NL_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['vrouw', 'vrouwen'],
  ['man', 'mannen'],
  ['meisje', 'meisjes'],
  ['jongen', 'jongens'],
  ['meid', 'meiden'],
  ['dame', 'dames'],
  ['heer', 'heren'],
  ['juffrouw', 'juffrouwen'],
  ['kracht', 'krachten'],
  ['persoon', 'personen'],
  ['hoofd', 'hoofden'],
  ['lid', 'leden'],
  ['hulp', 'hulpen'],
  ['oog', 'ogen'],
  ['ees', 'esen'],
  ['aris', 'arissen'],
  ['es', 'essen'],
  ['in', 'innen'],
  ['aar', 'aren'],
  ['eut', 'euten'],
  ['aat', 'aten'],
  ['ent', 'enten'],
  ['ant', 'anten'],
  ['ist', 'isten'],
  ['oer', 'oeren'],
  ['ard', 'arden'],
  ['air', 'airs'],
  ['ier', 'iers'],
  ['er', 'ers'],
  ['el', 'els'],
  ['em', 'ems'],
  ['en', 'ens'],
  ['eur', 'eurs'],
  ['or', 'ors'],
  ['e', 'es'],
];

function dutchPlural(word: string): string {
  // "kundige" and other adjectives used as nouns take -n.
  if (RULES_MORPHOLOGY_RE1.test(word)) return `${word}n`;
  for (const [ending, plural] of NL_ENDINGS) if (word.endsWith(ending)) return word.slice(0, -ending.length) + plural;
  if (RULES_MORPHOLOGY_RE2.test(word)) return `${word}'s`;
  return `${word}en`;
}

function englishPlural(word: string): string {
  if (RULES_MORPHOLOGY_RE3.test(word)) return `${word.slice(0, -5)}women`;
  if (RULES_MORPHOLOGY_RE4.test(word)) return `${word.slice(0, -3)}men`;
  if (RULES_MORPHOLOGY_RE5.test(word)) return `${word.slice(0, -6)}people`;
  if (RULES_MORPHOLOGY_RE6.test(word)) return `${word}es`;
  if (RULES_MORPHOLOGY_RE7.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * The plural of a person noun or title. Dutch multi-word titles with an adjective before the noun
 * ("pedagogisch medewerker") need an override: the adjective inflects too.
 */
export function pluralOf(title: string, language: Language): string {
  // Pair forms and titles with a note in brackets have no plural of their own.
  if (RULES_MORPHOLOGY_RE8.test(title)) return title;
  const space = title.lastIndexOf(' ');
  const head = title.slice(0, space + 1);
  const last = title.slice(space + 1);
  return head + (language === 'nl' ? dutchPlural(last) : englishPlural(last));
}
