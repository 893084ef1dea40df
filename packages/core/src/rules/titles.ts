/**
 * Turns a table of gendered titles into the phrases a rule matches: each form and its plural,
 * with the neutral titles in the same number as suggestions, and the pair forms that are accepted.
 */
import type { Language } from '../types.js';
import type { TitleLexicon } from './rule-data.js';
import { otherPluralsOf, pluralOf } from './morphology.js';
import { regex } from '../regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const PAIR_OR_NOTE = regex('titles.pair-or-note', /[/()]/u);
const WHITESPACE = regex('titles.whitespace', /\s/u);
const DIMINUTIVE = regex('titles.diminutive', /je$/u);
const PAIR_FORM = regex('titles.pair-form', /[/(]/u);

export interface TitlePhrase {
  /** The word or words to match, lower case. */
  phrase: string;
  /** Also match at the end of a compound ("projectleidster"). */
  compound: boolean;
  /** Suggestions, in the number of the phrase. */
  suggestions: string[];
  /** Suggestions when the phrase stands alone (not ending a compound). */
  alone?: string[];
  /** A replacement that reads well in every sentence: one word, no pair form. */
  dropIn: boolean;
  /** Only the end of a compound ("-vrouw"), never a word of its own. */
  headOnly?: boolean;
  /** Only in a word written in lower case. */
  lowercase?: boolean;
}

export interface ExpandedTitles {
  phrases: TitlePhrase[];
  /** Word sequences next to a form that make it a pair form ("kapper of", "/ stuurvrouw"). */
  before: string[];
  after: string[];
  notTitles: string[];
}

// A comma joins a pair in a list too: "governors, governesses and nannies".
const JOINERS: Record<Language, string[]> = { nl: ['of', 'en', '/', ','], en: ['or', 'and', '/', ','] };

/** A title after these is a surname ("Mr Fisherman", "mevrouw Kapster"), not a job. */
const HONORIFICS: Record<Language, string[]> = {
  nl: ['meneer', 'mevrouw', 'dhr', 'dhr.', 'mevr', 'mevr.', 'de heer', 'juffrouw', 'dr', 'dr.', 'mr', 'mr.'],
  en: ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'dr', 'dr.', 'sir', 'dame', 'lady', 'lord'],
};

const VOWEL = regex('titles.starts-with-vowel', /^[aeiou]/u);

/**
 * Whether `neutral` can replace `form` in any sentence without other words changing: no pair forms;
 * in Dutch one word and no diminutive ("het kassameisje", but "de kassamedewerker"); in English the
 * same a/an before it.
 */
function fitsAnySentence(form: string, neutral: string, language: Language): boolean {
  if (PAIR_OR_NOTE.test(neutral)) return false;
  if (language === 'nl') return !WHITESPACE.test(neutral) && !DIMINUTIVE.test(form);
  return VOWEL.test(form) === VOWEL.test(neutral);
}

/** Every form of every entry, and the contexts that excuse a form (a pair form). */
export function expandTitles(lexicon: TitleLexicon): ExpandedTitles {
  const { language } = lexicon;
  const phrases: TitlePhrase[] = [];
  const before = new Set<string>();
  const after = new Set<string>();
  for (const entry of lexicon.entries) {
    const compound = entry.head === true || (entry.compound ?? language === 'nl');
    // A head's suggestions are endings ("medewerker" after "kuis"): never a drop-in on their own.
    const own = { ...(entry.head ? { headOnly: true } : {}), ...(entry.lowercase ? { lowercase: true } : {}) };
    const plural = entry.plural === undefined ? pluralOf(entry.form, language) : entry.plural;
    const neutralPlural = entry.neutralPlural ?? entry.neutral.map((n) => pluralOf(n, language));
    const dropIn = (words: string[]) => words.every((w) => fitsAnySentence(entry.form, w, language));
    phrases.push({ phrase: entry.form, compound, suggestions: entry.neutral, ...(entry.alone ? { alone: entry.alone } : {}), dropIn: !entry.head && dropIn(entry.neutral) && dropIn(entry.alone ?? []), ...own });
    const plurals = plural && plural !== entry.form ? [plural] : [];
    if (entry.plural === undefined) plurals.push(...otherPluralsOf(entry.form, language));
    for (const form of plurals) {
      const alone = entry.alone?.map((a) => pluralOf(a, language));
      phrases.push({ phrase: form, compound, suggestions: neutralPlural, ...(alone ? { alone } : {}), dropIn: !entry.head && dropIn(neutralPlural) && dropIn(entry.alone ?? []), ...own });
    }
    // "kapper of kapster", "kapster/kapper": the pair form the Taalunie accepts.
    // A head's neutral forms are endings, not words that make a pair form.
    if (entry.head) continue;
    // The form itself too: "geluidsman of geluidsvrouw" excuses the second word, which may be no entry
    // of its own but a compound on a head ("-vrouw").
    const pairs = entry.pair ? [entry.pair, pluralOf(entry.pair, language), entry.form, plural ?? entry.form] : [];
    const partners = [...entry.neutral, ...neutralPlural, ...pairs].filter((p) => !PAIR_FORM.test(p));
    for (const partner of partners) {
      for (const joiner of JOINERS[language]) {
        before.add(`${partner} ${joiner}`);
        after.add(`${joiner} ${partner}`);
      }
    }
  }
  for (const honorific of HONORIFICS[language]) before.add(honorific);
  return { phrases, before: [...before], after: [...after], notTitles: lexicon.notTitles ?? [] };
}
