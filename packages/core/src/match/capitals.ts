/**
 * Capitals of tokens, one definition for every place that reads them: a capital inside a sentence
 * marks a name in Dutch (and often in English), words in all capitals are acronyms or headings.
 */
import type { Token } from './tokens.js';
import { regex } from '../regexes.js';

const TWO_LETTERS = regex('capitals.two-letters', /\p{L}{2}/u);

/** A word that starts with a capital letter. */
export function startsUpper(token: Token | undefined): boolean {
  if (!token?.word) return false;
  const first = token.exact.charAt(0);
  return first !== first.toLowerCase();
}

/** A word that starts with a lower-case letter (or a digit: no capital). */
export function startsLower(token: Token | undefined): boolean {
  return token !== undefined && token.word && !startsUpper(token);
}

/** A word of two or more letters written in capitals only ("IT", "VAKMAN"). */
export function allCaps(token: Token | undefined): boolean {
  return token !== undefined && token.word && TWO_LETTERS.test(token.exact) && token.exact === token.exact.toUpperCase();
}

/** Capitalised like a name: a capital first letter and not all capitals ("Marcus", "Hero"). */
export function nameLike(token: Token | undefined): boolean {
  return startsUpper(token) && !allCaps(token);
}

/** No word before it in its sentence: its capital says nothing. */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k]!.sentence === tokens[i]!.sentence; k--) if (tokens[k]!.word) return false;
  return true;
}
