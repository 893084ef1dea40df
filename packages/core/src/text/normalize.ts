/**
 * The one normaliser for words: rule phrases (rules/) and the words of a text (match/) go
 * through it, so a phrase and the text it should match compare equal.
 */
import { regex } from '../regexes.js';

const APOSTROPHES = regex('text.apostrophes', /[’‘`´]/g);
const DASHES = regex('text.dashes', /[‐‑‒–—]/g);
const SLASH = regex('text.slash', /(\/)/u);

/** Lower-cases (unless told not to) and unifies apostrophes, dashes and Unicode composition. */
export function normalizeToken(raw: string, keepCase = false): string {
  const unified = raw.normalize('NFC').replace(APOSTROPHES, "'").replace(DASHES, '-');
  return keepCase ? unified : unified.toLowerCase();
}

/**
 * The parsers keep "m/v" and "24/7" as one word but split "maternity/paternity"; splitting every
 * slash ourselves, in phrases and in texts, makes both sides agree whatever the parser does.
 */
export function splitSlashes(word: string): string[] {
  if (!word.includes('/')) return [word];
  const out: string[] = [];
  for (const part of word.split(SLASH)) if (part !== '') out.push(part);
  return out;
}
