/** The context words of one language, compiled once into lookup tables. */
import { contextWords } from '../generated/rules.js';
import { expandPhrase } from '../rules/phrases.js';
import type { Category, Language } from '../types.js';

export interface CompiledContextWords {
  clauseBreaks: Set<string>;
  /** First token → the token sequences of "not required" phrases starting with it. */
  notRequired: Map<string, string[][]>;
  /** First token → token sequences of phrases that turn a group away ("hoeven niet te reageren"). */
  rejections: Map<string, string[][]>;
  negatable: Set<Category>;
  negators: Set<string>;
  needed: Set<string>;
  nameCategories: Set<Category>;
  organisationWords: Set<string>;
  othersCategories: Set<Category>;
  /** First token → token sequences of phrases after which a group is other people. */
  othersCues: Map<string, string[][]>;
  own: Set<string>;
  /** Person and job nouns (the pronoun model's candidates and roles): "Rockstar Developer" is a job, "Ninja Warrior" a name. */
  jobWords: Set<string>;
  /** First words of gender findings about one person ("hij/zij", "guy"). */
  personWords: Set<string>;
}

/** Phrases by their first token, for a scan that looks each token up once. */
function phraseIndex(phrases: readonly string[], language: Language): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    for (const { tokens } of expandPhrase(phrase, language)) {
      const list = index.get(tokens[0]!) ?? [];
      list.push(tokens);
      index.set(tokens[0]!, list);
    }
  }
  return index;
}

const compiled = new Map<Language, CompiledContextWords>();

export function contextWordsFor(language: Language): CompiledContextWords {
  let words = compiled.get(language);
  if (words) return words;
  const data = contextWords.find((c) => c.language === language);
  const notRequired = phraseIndex(data?.notRequired ?? [], language);
  words = {
    clauseBreaks: new Set((data?.clauseBreaks ?? []).map((w) => w.toLowerCase())),
    notRequired,
    rejections: phraseIndex(data?.rejections ?? [], language),
    negatable: new Set((data?.negatable ?? []) as Category[]),
    negators: new Set((data?.negators ?? []).map((w) => w.toLowerCase())),
    needed: new Set((data?.needed ?? []).map((w) => w.toLowerCase())),
    nameCategories: new Set((data?.nameCategories ?? []) as Category[]),
    organisationWords: new Set((data?.organisationWords ?? []).map((w) => w.toLowerCase())),
    othersCategories: new Set((data?.others.categories ?? []) as Category[]),
    othersCues: phraseIndex(data?.others.cues ?? [], language),
    own: new Set(data?.others.own ?? []),
    jobWords: new Set([...(data?.pronouns.candidates ?? []), ...(data?.pronouns.roles ?? [])].map((w) => w.toLowerCase())),
    personWords: new Set((data?.pronouns.personWords ?? []).map((w) => w.toLowerCase())),
  };
  compiled.set(language, words);
  return words;
}
