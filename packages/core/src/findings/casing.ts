/** Suggestions written to fit where they go: the capitals and compound of the flagged words. */
import { regex } from '../regexes.js';

const NOT_LETTER = regex('findings.not-letter', /[^\p{L}]/gu);
const LETTER = regex('findings.letter', /\p{L}/u);

/** Capitals of the flagged text carried over to a suggestion ("Verpleegster" → "Verpleegkundige"). */
export function matchCase(actual: string, suggestion: string): string {
  const letters = actual.replace(NOT_LETTER, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return suggestion.toUpperCase();
  const first = actual.match(LETTER)?.[0];
  if (first && first !== first.toLowerCase() && suggestion.length > 0) {
    return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

/**
 * The suggestions as they will be offered: after the head of a compound the hit was found in
 * ("team" + "leider" → "teamleider"), else in the capitals of the flagged text.
 */
export function suggestionsFor(compoundHead: string | undefined, actual: string, raw: string[]): string[] {
  if (compoundHead) {
    const head = compoundHead;
    return raw.map((s) => head + (head.endsWith('-') ? s : s.toLowerCase()));
  }
  return raw.map((s) => matchCase(actual, s));
}
