/**
 * Plurals of person nouns, so a table lists each title once. Dutch and English plurals follow the
 * ending of the word; the tables override the irregular ones. Multi-word titles inflect their last word.
 */
import type { Language } from '../types.js';
import { regex } from '../regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const NL_ADJECTIVE_NOUN = regex('morphology.nl-adjective-noun', /(ige|ende|de)$/u);
const ENDS_WITH_VOWEL = regex('morphology.ends-with-vowel', /[aeiou]$/u);
const EN_WOMAN = regex('morphology.en-woman', /woman$/u);
const EN_MAN = regex('morphology.en-man', /man$/u);
const EN_PERSON = regex('morphology.en-person', /person$/u);
const EN_SIBILANT = regex('morphology.en-sibilant', /(s|sh|ch|x|z)$/u);
const EN_CONSONANT_Y = regex('morphology.en-consonant-y', /[^aeiou]y$/u);
const PAIR_OR_NOTE = regex('morphology.pair-or-note', /[/(]/u);

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
  if (NL_ADJECTIVE_NOUN.test(word)) return `${word}n`;
  for (const [ending, plural] of NL_ENDINGS) if (word.endsWith(ending)) return word.slice(0, -ending.length) + plural;
  if (ENDS_WITH_VOWEL.test(word)) return `${word}'s`;
  return `${word}en`;
}

function englishPlural(word: string): string {
  if (EN_WOMAN.test(word)) return `${word.slice(0, -5)}women`;
  if (EN_MAN.test(word)) return `${word.slice(0, -3)}men`;
  if (EN_PERSON.test(word)) return `${word.slice(0, -6)}people`;
  if (EN_SIBILANT.test(word)) return `${word}es`;
  if (EN_CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Dutch -man titles also have plurals in -lieden and -lui ("stuurlieden", "timmerlieden", "vaklui"),
 * besides the -mannen that `pluralOf` gives.
 */
export function otherPluralsOf(word: string, language: Language): string[] {
  if (language !== 'nl' || !word.endsWith('man')) return [];
  const stem = word.slice(0, -3);
  return [`${stem}lieden`, `${stem}lui`];
}

/**
 * English possessives of a person noun ("foreman's", "salesmen's"): the tokenizer keeps "'s" inside
 * the word, so each is a word of its own to match. A plural in -s takes a bare apostrophe, which the
 * tokenizer splits off, so the plural itself already matches. Dutch has no such forms to add.
 */
export function possessivesOf(word: string, language: Language): string[] {
  if (language !== 'en' || word.endsWith('s') || !ENDS_IN_LETTER.test(word)) return [];
  return [`${word}'s`];
}

/** The possessive of a suggestion: "supervisor's", "sales representatives'". */
export function possessive(phrase: string): string {
  return phrase.endsWith('s') ? `${phrase}'` : `${phrase}'s`;
}

const ENDS_IN_LETTER = regex('morphology.ends-in-letter', /\p{L}$/u);

/**
 * The plural of a person noun or title. Dutch multi-word titles with an adjective before the noun
 * ("pedagogisch medewerker") need an override: the adjective inflects too.
 */
export function pluralOf(title: string, language: Language): string {
  // Pair forms and titles with a note in brackets have no plural of their own.
  if (PAIR_OR_NOTE.test(title)) return title;
  const space = title.lastIndexOf(' ');
  const head = title.slice(0, space + 1);
  const last = title.slice(space + 1);
  return head + (language === 'nl' ? dutchPlural(last) : englishPlural(last));
}
