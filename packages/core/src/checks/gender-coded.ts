/**
 * Gender-coded words (Gaucher, Friesen & Kay 2011 for English; an unvalidated list for Dutch):
 * counted over the whole document for a balance label, as Gender Decoder does.
 */
import { lexicons } from '../generated/rules.js';
import { expandPhrase } from '../rules/phrases.js';
import type { GenderLexicon } from '../rules/rule-data.js';
import type { GenderCodedBalance, Language } from '../types.js';
import type { Token } from '../match/tokens.js';
import { regex } from '../regexes.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const STARTS_UPPER = regex('checks.gender-coded.starts-upper', /^\p{Lu}/u);

const LETTER_RUN = regex('checks.gender-coded.letter-run', /[\p{L}\p{M}]+/gu);
/** Lower-case ASCII letters only: one letter run, the whole word. */
/** Letters a to z only, one or more: one run of letters, no expression needed (a loop, run for every word). */
function plainLetters(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

export type Side = 'masculine' | 'feminine';

export interface CodedWord {
  side: Side;
  /** The coded word as written (part of a token for "servant-leader"). */
  word: string;
  start: number;
  end: number;
  /** A word of the other list that balances it. */
  pair: string;
}

interface CompiledLexicon {
  lexicon: GenderLexicon;
  /**
   * prefix mode: the first two letters of every stem, with the lengths of the stems that begin so,
   * shortest first: most words are passed over at once, and a word is looked up only at the lengths
   * of a stem.
   */
  heads: Map<string, number[]>;
  /** prefix mode: stem → entry; word mode: whole word → entry */
  entries: Map<string, { side: Side; pair: string }>;
  hyphenated: Array<[string, { side: Side; pair: string }]>;
  notCoded: Set<string>;
}

const compiled = new Map<Language, CompiledLexicon | null>();

function compile(language: Language): CompiledLexicon | null {
  if (compiled.has(language)) return compiled.get(language)!;
  const lexicon = lexicons.find((l) => l.language === language);
  let result: CompiledLexicon | null = null;
  if (lexicon) {
    const entries = new Map<string, { side: Side; pair: string }>();
    const hyphenated: CompiledLexicon['hyphenated'] = [];
    for (const side of ['masculine', 'feminine'] as const) {
      for (const [entry, pair] of Object.entries(lexicon[side])) {
        const value = { side, pair };
        if (lexicon.match === 'prefix') {
          if (entry.includes('-')) hyphenated.push([entry, value]);
          else entries.set(entry, value);
        } else {
          for (const expanded of expandPhrase(entry, language)) if (expanded.tokens.length === 1) entries.set(expanded.tokens[0]!, value);
        }
      }
    }
    result = {
      lexicon,
      heads: stemLengths(entries.keys()),
      entries,
      hyphenated,
      notCoded: new Set(lexicon.notCoded ?? []),
    };
  }
  compiled.set(language, result);
  return result;
}

const headOf = (text: string): string => text.slice(0, 2);

/** First two letters → the lengths of the stems (of two letters or more) that begin with them, shortest first. */
function stemLengths(stems: Iterable<string>): Map<string, number[]> {
  const heads = new Map<string, number[]>();
  for (const stem of stems) {
    if (stem.length < 2) continue;
    const head = headOf(stem);
    const lengths = heads.get(head) ?? [];
    if (!lengths.includes(stem.length)) lengths.push(stem.length);
    heads.set(head, lengths);
  }
  for (const lengths of heads.values()) lengths.sort((a, b) => a - b);
  return heads;
}

/** The entry of the shortest stem (two letters or more) that `word` begins with. */
function matchPrefix(lex: CompiledLexicon, word: string): { side: Side; pair: string } | undefined {
  if (word.length < 2) return undefined;
  const lengths = lex.heads.get(headOf(word));
  if (!lengths || lex.notCoded.has(word)) return undefined;
  for (const n of lengths) {
    if (n > word.length) break;
    const hit = lex.entries.get(n === word.length ? word : word.slice(0, n));
    if (hit) return hit;
  }
  return undefined;
}

const capitalized = (token: Token | undefined) => token !== undefined && token.word && STARTS_UPPER.test(token.exact);

/**
 * Part of a name or a title in the running text: a capitalized word next to another
 * capitalized word of the same sentence ("Senior Data Analyst", "Customer Support Team",
 * "Lead Developer"). Such words name a job, a team or a product; they describe nobody.
 */
export function inTitleCaseRun(tokens: readonly Token[], i: number, text: string): boolean {
  const token = tokens[i]!;
  if (!capitalized(token)) return false;
  // On the same line: "- Ambitious\nYou lead" is a list item and a sentence, not a name.
  const neighbour = (j: number) => {
    const other = tokens[j];
    if (other === undefined || other.sentence !== token.sentence || !capitalized(other)) return false;
    return !text.slice(Math.min(other.end, token.end), Math.max(other.start, token.start)).includes('\n');
  };
  return neighbour(i - 1) || neighbour(i + 1);
}

/**
 * Coded words among tokens [from, to). `skip(i)` leaves tokens out, e.g. those in headings or
 * names; Gender Decoder itself counts every word.
 */
export function findCodedWords(tokens: readonly Token[], from: number, to: number, language: Language, skip?: (i: number) => boolean): CodedWord[] {
  const lex = compile(language);
  if (!lex) return [];
  const out: CodedWord[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (!token.word) continue;
    // `skip` is asked only about words that are coded: it reads the text around them.
    if (lex.lexicon.match === 'word') {
      const hit = lex.entries.get(token.norm);
      if (hit && !skip?.(i)) out.push({ ...hit, word: token.norm, start: token.start, end: token.end });
      continue;
    }
    // Every such stem has a hyphen: a word without one starts with none of them.
    const hyphenated = token.norm.includes('-') ? lex.hyphenated.find(([stem]) => token.norm.startsWith(stem)) : undefined;
    if (hyphenated) {
      if (!skip?.(i)) out.push({ ...hyphenated[1], word: token.norm, start: token.start, end: token.end });
      continue;
    }
    // Like Gender Decoder, split on everything but letters: "servant-leader", "empathy/kindness".
    // A word of plain letters is one run: no expression needed.
    const found: CodedWord[] = [];
    if (plainLetters(token.norm)) {
      const hit = matchPrefix(lex, token.norm);
      if (hit) found.push({ ...hit, word: token.norm, start: token.start, end: token.end });
    } else {
      for (const m of token.norm.matchAll(LETTER_RUN)) {
        const hit = matchPrefix(lex, m[0]);
        if (hit) found.push({ ...hit, word: m[0], start: token.start + m.index, end: token.start + m.index + m[0].length });
      }
    }
    if (found.length > 0 && !skip?.(i)) out.push(...found);
  }
  return out;
}

/** Gender Decoder's labels: feminine minus masculine, beyond ±3 is "strongly". */
export function balance(words: readonly CodedWord[]): GenderCodedBalance {
  const masculine = words.filter((w) => w.side === 'masculine');
  const feminine = words.filter((w) => w.side === 'feminine');
  const score = feminine.length - masculine.length;
  const label: GenderCodedBalance['label'] =
    words.length === 0 ? 'empty'
    : score === 0 ? 'neutral'
    : score > 3 ? 'strongly feminine-coded'
    : score > 0 ? 'feminine-coded'
    : score < -3 ? 'strongly masculine-coded'
    : 'masculine-coded';
  const unique = (list: CodedWord[]) => [...new Set(list.map((w) => w.word))];
  return {
    masculine: masculine.length,
    feminine: feminine.length,
    masculineWords: unique(masculine),
    feminineWords: unique(feminine),
    label,
  };
}
