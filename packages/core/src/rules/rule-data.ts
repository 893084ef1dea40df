import type { Category, Language, Severity } from '../types.js';

/** The document-level checks built into the engine (rules/schema.json `check`; a test keeps them equal). */
export const CHECKS = [
  'generic-pronoun',
  'no-pay-range',
  'long-requirement-list',
  'long-sentence',
  'gender-coded-masculine',
  'gender-coded-feminine',
  'gender-coded-masculine-word',
  'gender-coded-feminine-word',
] as const;
export type Check = (typeof CHECKS)[number];

/** A rule as written in rules/<lang>/*.yml (see rules/schema.json; test/architecture.test.ts ties the two). */
export interface RuleData {
  id: string;
  severity: Severity;
  message: string;
  explanation: string;
  suggestions: string[];
  fixable?: boolean;
  sources: string[];
  phrases?: string[];
  pattern?: string;
  /** Matches every entry of rules/<lang>/lexicon/<name>.yml, each with its own suggestions. */
  lexicon?: 'gendered-titles';
  check?: Check;
  /** long-sentence: most words in a sentence; long-requirement-list: most items in a list. */
  max?: number;
  /** no-pay-range: texts with fewer words are not checked. */
  minWords?: number;
  /** no-pay-range: words that make an amount of money near them pay. */
  payWords?: string[];
  allowanceWords?: string[];
  frequencyWords?: string[];
  /** long-requirement-list: regular expressions for the line that introduces a list of requirements. */
  headings?: string[];
  caseSensitive?: boolean;
  inflect?: boolean;
  /** Also match the plural of each phrase's last word (person nouns); plural hits get plural suggestions. */
  plurals?: boolean;
  exceptions?: { sentence?: string[]; before?: string[]; after?: string[] };
  /** Job-related reasons for the demand, looked for in the whole document. */
  reasons?: string[];
  /** The message when one of `reasons` is found elsewhere ({reason}, {line}). */
  reasonFound?: string;
  examples: { flag: string[]; pass: string[] };
  note?: string;
}

export interface RuleFile {
  /** Path below rules/, e.g. `nl/age.yml`. */
  file: string;
  language: Language;
  category: Category;
  rules: RuleData[];
}

/**
 * A gender-coded word list (rules/<lang>/lexicon/gender-coded.yml, see rules/lexicon.schema.json).
 * Its `validated` and `source` stay in the file: the build enforces them, the engine does not need them.
 */
export interface GenderLexicon {
  language: Language;
  /** `prefix`: entries are stems matched at the start of a word; `word`: phrases. */
  match: 'prefix' | 'word';
  notCoded?: string[];
  /** Entry → a word of the other list that balances it. */
  masculine: Record<string, string>;
  feminine: Record<string, string>;
}

/** One gendered title and what to write instead (rules/<lang>/lexicon/gendered-titles.yml). */
export interface TitleEntry {
  form: string;
  neutral: string[];
  /** Irregular plural of `form`; null when it has none. */
  plural?: string | null;
  neutralPlural?: string[];
  compound?: boolean;
  /** Suggestions when the form is a word of its own, not the end of a compound. */
  alone?: string[];
  /** The other gendered form, accepted next to this one as a pair form. */
  pair?: string;
  /**
   * A gendered head of compounds ("-vrouw", "-jongen"): matched only at the end of a longer word,
   * whose head is put before the neutral ending ("kuisvrouw" → "kuismedewerker"); never alone.
   */
  head?: boolean;
  /** Only in a word written in lower case: with a capital it is too often a surname ("Bosman"). */
  lowercase?: boolean;
}

/** A table of gendered job titles (see rules/titles.schema.json). */
export interface TitleLexicon {
  language: Language;
  notTitles?: string[];
  entries: TitleEntry[];
}

/** The context model's words for one language (rules/<lang>/lexicon/context.yml, see rules/context.schema.json). */
export interface ContextWords {
  language: Language;
  clauseBreaks: string[];
  notRequired: string[];
  /** Determiners that deny the noun after them ("no", "geen"). */
  negators?: string[];
  /** Words after a denied noun that make it a requirement not made ("needed", "nodig"). */
  needed?: string[];
  /** Phrases that turn a group away although they hold a notRequired phrase ("hoeven niet te reageren"). */
  rejections?: string[];
  negatable: string[];
  nameCategories: string[];
  organisationWords: string[];
  others: { categories: string[]; cues: string[]; own: string[] };
  pronouns: {
    male: string[];
    maleAfter?: Record<string, string[]>;
    possessive?: Record<string, { notAfter?: string[]; notBefore?: string[]; before?: string[] }>;
    candidates: string[];
    modifiers: string[];
    specific: string[];
    roles?: string[];
    /** First words of gender findings about one person, dropped when that person is someone specific. */
    personWords?: string[];
    /** Words for anyone who takes the job, with the word that must follow them (null: none). */
    genericAntecedents?: Record<string, string | null>;
    /** Words after a sentence-initial "wie" that make it a question. */
    notAfterWie?: string[];
    /** Verbs of a requirement after a bare sentence-initial "Hij"/"He". */
    requirementVerbs?: string[];
    /** Words of an expectation before a pronoun with no person before it ("expected that he"). */
    expectationCues?: string[];
    /** Words for the job itself: a bare sentence-initial "Hij"/"He" after one is its holder. */
    roleNouns?: string[];
    /** Words of seeking: a person noun shortly after one (and an article) is the person sought. */
    seekWords?: string[];
    /** Words before a place name: a capital after one is a place, not a person. */
    placeBefore?: string[];
  };
}

/** Named parts of rule patterns for one language (rules/<lang>/lexicon/slots.yml, see rules/slots.schema.json). */
export interface PatternSlots {
  language: Language;
  /** Number words `{num}` matches besides digits. */
  numbers: string[];
  /** Slot name → regular expression, used in patterns as `{name}`. */
  slots?: Record<string, string>;
}
