/**
 * Phrase syntax of the rule files and the one tokenizer both rule phrases and texts go through,
 * so a phrase and the text it should match are split the same way.
 */
import { regex } from '../regexes.js';
import { normalizeToken, splitSlashes } from '../text/normalize.js';

const EDGE_PUNCT = regex('phrases.edge-punct', /^[^\p{L}\p{N}]$/u);
const WHITESPACE = regex('phrases.whitespace', /\s+/u);
const LETTER_OR_DIGIT = regex('phrases.letter-or-digit', /[\p{L}\p{N}]/u);
const ALTERNATIVE = regex('phrases.alternative', /\[([^\]]*)\]/u);
const ENDS_IN_LETTER = regex('phrases.ends-in-letter', /\p{L}$/u);
const CONSONANT_Y = regex('phrases.consonant-y', /[^aeiou]y$/u);

/**
 * Splits a phrase as the NLCST parsers split text: words keep inner hyphens, slashes, dots and
 * apostrophes; punctuation at the edges of a word becomes one token per character.
 */
export function tokenizePhrase(phrase: string): string[] {
  const tokens: string[] = [];
  for (const chunk of phrase.trim().split(WHITESPACE)) {
    if (chunk === '') continue;
    const chars = Array.from(chunk);
    let start = 0;
    let end = chars.length;
    const head: string[] = [];
    const tail: string[] = [];
    while (start < end && EDGE_PUNCT.test(chars[start]!)) head.push(chars[start++]!);
    while (end > start && EDGE_PUNCT.test(chars[end - 1]!)) {
      // "hbo-werk-" and "tijd-" keep their hyphen, as the parsers keep it inside the word.
      if (chars[end - 1] === '-' && end - 1 > start && LETTER_OR_DIGIT.test(chars[end - 2]!)) break;
      tail.unshift(chars[--end]!);
    }
    tokens.push(...head);
    if (end > start) tokens.push(...splitSlashes(chars.slice(start, end).join('')));
    tokens.push(...tail);
  }
  return tokens;
}

/**
 * Expands `word[a|b]` alternatives. One alternative (`jong[e]`) is optional; several
 * (`sales[man|men]`) are a choice, with `[|e|en]` for "or nothing".
 */
export function expandAlternatives(phrase: string): string[] {
  const match = ALTERNATIVE.exec(phrase);
  if (!match) return [phrase];
  const options = match[1]!.split('|');
  const choices = options.length === 1 ? ['', options[0]!] : options;
  const before = phrase.slice(0, match.index);
  const after = phrase.slice(match.index + match[0].length);
  return choices.flatMap((choice) => expandAlternatives(before + choice + after));
}

const INFLECTIONS: Record<string, string[]> = { nl: ['e', 'en', 's'], en: ['s', 'es'] };

/** Adds the usual endings of the language to the last word (for rules with `inflect: true`). */
export function inflectLast(tokens: string[], language: string): string[][] {
  const last = tokens[tokens.length - 1];
  if (last === undefined || !ENDS_IN_LETTER.test(last)) return [tokens];
  const variants = [tokens];
  for (const ending of INFLECTIONS[language] ?? []) variants.push([...tokens.slice(0, -1), last + ending]);
  if (language === 'en' && CONSONANT_Y.test(last)) variants.push([...tokens.slice(0, -1), last.slice(0, -1) + 'ies']);
  return variants;
}

export interface ExpandedPhrase {
  /** Normalized tokens (lower-cased unless the rule is case-sensitive). */
  tokens: string[];
  /** One-word phrase that may also end a compound (written with a leading `*`). */
  compound: boolean;
}

/** All token sequences a phrase of a rule file stands for. */
export function expandPhrase(phrase: string, language: string, options: { inflect?: boolean; caseSensitive?: boolean } = {}): ExpandedPhrase[] {
  const compound = phrase.startsWith('*');
  const body = compound ? phrase.slice(1) : phrase;
  const out: ExpandedPhrase[] = [];
  const seen = new Set<string>();
  for (const variant of expandAlternatives(body)) {
    const tokens = tokenizePhrase(variant).map((t) => normalizeToken(t, options.caseSensitive));
    if (tokens.length === 0) continue;
    for (const inflected of options.inflect ? inflectLast(tokens, language) : [tokens]) {
      const key = inflected.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ tokens: inflected, compound: compound && inflected.length === 1 });
    }
  }
  return out;
}
