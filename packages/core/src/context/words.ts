/** The context words of one language, compiled once into lookup tables. */
import { contextWords } from '../generated/rules.js';
import { expandPhrase } from '../rules/phrases.js';
import type { Category, Language } from '../types.js';

export interface CompiledContextWords {
  clauseBreaks: Set<string>;
  /** First token → the token sequences of "not required" phrases starting with it. */
  notRequired: Map<string, string[][]>;
  negatable: Set<Category>;
  nameCategories: Set<Category>;
  organisationWords: Set<string>;
}

const compiled = new Map<Language, CompiledContextWords>();

export function contextWordsFor(language: Language): CompiledContextWords {
  let words = compiled.get(language);
  if (words) return words;
  const data = contextWords.find((c) => c.language === language);
  const notRequired = new Map<string, string[][]>();
  for (const phrase of data?.notRequired ?? []) {
    for (const { tokens } of expandPhrase(phrase, language)) {
      const list = notRequired.get(tokens[0]!) ?? [];
      list.push(tokens);
      notRequired.set(tokens[0]!, list);
    }
  }
  words = {
    clauseBreaks: new Set((data?.clauseBreaks ?? []).map((w) => w.toLowerCase())),
    notRequired,
    negatable: new Set((data?.negatable ?? []) as Category[]),
    nameCategories: new Set((data?.nameCategories ?? []) as Category[]),
    organisationWords: new Set((data?.organisationWords ?? []).map((w) => w.toLowerCase())),
  };
  compiled.set(language, words);
  return words;
}
