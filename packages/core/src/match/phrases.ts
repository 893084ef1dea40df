/**
 * One pass over the tokens for every phrase rule of a language: from each token the trie is
 * followed as far as the text agrees, within one sentence. Exception contexts live in the same
 * trie, so they are found in the same pass.
 */
import type { CompiledRule, RuleTable, TrieEntry } from '../rules/tables.js';
import type { Token, TokenStream } from './tokens.js';
import { nameLike } from './capitals.js';
import { regex } from '../regexes.js';

/** A compound head ends in a letter ("wijk") or a hyphen ("HR-") and holds a letter. */
const HEAD_END = regex('phrases.compound-head-end', /[\p{L}-]$/u);
const HAS_LETTER = regex('phrases.has-letter', /\p{L}/u);

/**
 * Plural endings of Dutch titles that open a compound as its first part ("verkoopsters" in
 * "verkoopstersteam", "serveerstersschort"): the team or thing is named after one sex.
 */
const MODIFIER_ENDINGS = ['sters', 'trices', 'euses', 'essen', 'istes'];
/** Letters the rest of such a compound needs ("team"), so a plain plural is no compound. */
const MODIFIER_TAIL = 3;

/**
 * A plural title from the title table as the first part of a compound ("verkoopstersteam"): one hit
 * on the whole word, with the neutral plural in its place ("verkopersteam"). Heads ("vrouwen") are
 * left out: "vrouwenvoetbal" and "vrouwennetwerk" are about women, not a title.
 */
function modifierTitles(table: RuleTable, tokens: Token[], i: number, raw: Hit[]): void {
  const token = tokens[i]!;
  if (!token.word || token.norm.length < 5 + MODIFIER_TAIL) return;
  const norm = token.norm;
  for (const ending of MODIFIER_ENDINGS) {
    for (let at = norm.indexOf(ending); at !== -1; at = norm.indexOf(ending, at + 1)) {
      const k = at + ending.length;
      if (norm.length - k < MODIFIER_TAIL) continue;
      const prefix = norm.slice(0, k);
      const tail = token.exact.slice(k);
      const found: Array<[TrieEntry, string]> = (table.trie.next.get(prefix)?.entries ?? []).map((e) => [e, '']);
      for (let cut = 1; cut < prefix.length - 1; cut++) {
        const head = token.exact.slice(0, cut);
        if (!HEAD_END.test(head) || !HAS_LETTER.test(head)) continue;
        for (const e of table.suffixes.get(prefix.slice(cut)) ?? []) found.push([e, head]);
      }
      for (const [entry, head] of found) {
        if (entry.kind !== 'hit' || !entry.suggestions || entry.head || entry.rule.lexicon === undefined) continue;
        if (entry.rule.notWords?.has(prefix) || dutchNameInsideSentence(tokens, i, table.language)) continue;
        const suggestions = entry.suggestions.map((s) => (head ? head + s.toLowerCase() : s) + tail);
        raw.push({ rule: entry.rule, start: token.start, end: token.end, first: i, last: i, suggestions, dropIn: false });
        return;
      }
    }
  }
}

/** Prefixes of a hyphenated title that may be capitalised ("Vice-Chairman", "Co-Chairwoman"). */
const TITLE_PREFIX = regex('phrases.title-prefix', /^(?:vice|co|deputy|assistant|acting|joint|senior|junior|chief|head|lead|sub|hoofd|adjunct|assistent|oud|ex)-/u);

/**
 * A surname-prone head ("-man") counts in a word written in lower case, or after a title prefix
 * ("Vice-Chairman"); never with a capital inside the ending ("teamAn") or a surname ("Buijs-Palmen").
 */
function lowerCaseHead(exact: string, norm: string, cut: number): boolean {
  if (exact.slice(cut) !== norm.slice(cut)) return false;
  return exact[0] === norm[0] || TITLE_PREFIX.test(norm);
}

/** Letters a compound's head needs before a gendered head ending ("bin" + "man"). */
const HEAD_MIN = 3;

/** Length of the longest compound ending of a table, computed once per table. */
const longestSuffixes = new WeakMap<RuleTable, number>();
function longestSuffix(table: RuleTable): number {
  let longest = longestSuffixes.get(table);
  if (longest === undefined) {
    longest = Math.max(0, ...[...table.suffixes.keys()].map((k) => k.length));
    longestSuffixes.set(table, longest);
  }
  return longest;
}

/** The last two characters of every compound ending of a table (all are at least two long), once per table. */
const suffixTails = new WeakMap<RuleTable, Set<string> | null>();
function suffixTailsOf(table: RuleTable): Set<string> | null {
  let tails = suffixTails.get(table);
  if (tails === undefined) {
    tails = table.shortestSuffix >= 2 ? new Set([...table.suffixes.keys()].map((k) => k.slice(-2))) : null;
    suffixTails.set(table, tails);
  }
  return tails;
}

export interface Hit {
  rule: CompiledRule;
  start: number;
  end: number;
  /** Token range [first, last]. */
  first: number;
  last: number;
  /** Part of a compound before the matched ending ("wijk" in "wijkverpleegster"). */
  compoundHead?: string;
  /** Values for `{name}` placeholders in the rule's message (document checks). */
  vars?: Record<string, string>;
  /** Suggestions computed by a check or given by a lexicon entry, instead of the rule's own. */
  suggestions?: string[];
  /** The hit's own suggestions are safe to apply as a fix (lexicon entries with one-word titles). */
  dropIn?: boolean;
  /** Matched a generated plural: the rule's suggestions are made plural, and not applied as a fix. */
  plural?: boolean;
  /** Matched a gendered compound head ("tienermeisjes"): a person noun, not always the job on offer. */
  head?: boolean;
}

/** What a lexicon entry brings to its hit. */
function entrySuggestions(entry: TrieEntry, alone: boolean): Pick<Hit, 'suggestions' | 'dropIn' | 'plural' | 'head'> {
  if (entry.plural) return { plural: true };
  if (!entry.suggestions) return {};
  return { suggestions: (alone && entry.alone) || entry.suggestions, dropIn: entry.dropIn ?? false, ...(entry.head ? { head: true } : {}) };
}

function sameSequence(tokens: Token[], from: number, phrase: string[]): boolean {
  if (from < 0 || from + phrase.length > tokens.length) return false;
  const sentence = tokens[from]!.sentence;
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[from + k]!;
    if (token.sentence !== sentence || token.norm !== phrase[k]) return false;
  }
  return true;
}

function exactMatch(entry: TrieEntry, tokens: Token[], first: number): boolean {
  if (!entry.exact) return true;
  return entry.exact.every((t, k) => tokens[first + k]?.exact === t);
}

/** Exceptions directly around the hit ("jonge" + "kinderen", "junior" + a job title). */
export function excusedByNeighbours(rule: CompiledRule, tokens: Token[], first: number, last: number): boolean {
  const sentence = tokens[first]!.sentence;
  for (const before of rule.before) {
    const from = first - before.length;
    if (from >= 0 && tokens[from]!.sentence === sentence && sameSequence(tokens, from, before)) return true;
  }
  // "girls' school", "Boys' Club": a possessive apostrophe on the hit does not part it from the word after.
  const next = possessiveApostrophe(tokens, last) ? last + 2 : last + 1;
  for (const after of rule.after) {
    if (next < tokens.length && tokens[next]!.sentence === sentence && sameSequence(tokens, next, after)) return true;
  }
  return false;
}

/** An apostrophe written right after the word at `i` ("girls'"), not a quote mark after a space. */
function possessiveApostrophe(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && !next.word && next.norm === "'" && next.start === tokens[i]!.end && next.sentence === tokens[i]!.sentence;
}

export interface PhraseMatches {
  hits: Hit[];
  /** Rule index → sentences with an exception context for it. */
  contexts: Map<number, Set<number>>;
  /** Hits a rule's exception silenced: the words were weighed and found fine. */
  excused: Hit[];
  /** Rule index → the first job-related reason for its demand in these tokens. */
  reasons: Map<number, { start: number; end: number }>;
}

/**
 * A Dutch job title is written in lower case inside a sentence; with a capital there it is a name
 * ("tools zoals Postman", "Kapsalon De Kapster"). English capitalises titles, so this is Dutch only.
 */
function dutchNameInsideSentence(tokens: Token[], i: number, language: string): boolean {
  if (language !== 'nl') return false;
  const token = tokens[i]!;
  if (!nameLike(token)) return false;
  const previous = tokens[i - 1];
  // "een Kapster", "als Kapster": still the job, written with a capital.
  return previous !== undefined && previous.sentence === token.sentence && previous.word && !TITLE_WORDS_BEFORE.has(previous.norm);
}

/**
 * A word that is, or ends in, a listed non-title longer than the matched ending: "mevrouw", and
 * "bovenbuurvrouw" after "buurvrouw" (the ending matched from `cut`).
 */
function notTitle(rule: CompiledRule, norm: string, cut: number): boolean {
  const words = rule.notWords;
  if (!words || words.size === 0) return false;
  // "woman's" is the possessive of a listed "woman".
  const base = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  for (let c = 0; c < cut; c++) if (words.has(norm.slice(c)) || (c < base.length && words.has(base.slice(c)))) return true;
  return false;
}

const TITLE_WORDS_BEFORE = new Set(['een', 'de', 'als', 'onze', 'ons', 'jouw', 'je', 'uw', 'ervaren', 'enthousiaste', 'zelfstandige', 'allround']);

export function matchPhrases(table: RuleTable, stream: TokenStream, from = 0, to = stream.tokens.length): PhraseMatches {
  const { tokens } = stream;
  const raw: Hit[] = [];
  /** rule index → sentences with an exception context for it */
  const contexts = new Map<number, Set<number>>();
  const reasons = new Map<number, { start: number; end: number }>();

  // Read once per call, not per token.
  const tails = table.suffixes.size > 0 ? suffixTailsOf(table) : null;
  const longest = table.suffixes.size > 0 ? longestSuffix(table) : 0;

  for (let i = from; i < to; i++) {
    const sentence = tokens[i]!.sentence;
    let node = table.trie;
    for (let j = i; j < to && tokens[j]!.sentence === sentence; j++) {
      const next = node.next.get(tokens[j]!.norm);
      if (!next) break;
      node = next;
      for (const entry of node.entries) {
        if (entry.kind === 'reason') {
          if (!reasons.has(entry.rule.index)) reasons.set(entry.rule.index, { start: tokens[i]!.start, end: tokens[j]!.end });
        } else if (entry.kind === 'context') {
          let set = contexts.get(entry.rule.index);
          if (!set) contexts.set(entry.rule.index, (set = new Set()));
          set.add(sentence);
        } else if (exactMatch(entry, tokens, i)) {
          if (entry.suggestions && ((entry.rule.notWords?.has(tokens[i]!.norm) && i === j) || dutchNameInsideSentence(tokens, i, table.language))) continue;
          if (entry.lowercase && tokens[i]!.exact[0] !== tokens[i]!.norm[0]) continue;
          raw.push({ rule: entry.rule, start: tokens[i]!.start, end: tokens[j]!.end, first: i, last: j, ...entrySuggestions(entry, true) });
        }
      }
    }
    // Compound endings: "wijkverpleegster" ends in "verpleegster".
    const token = tokens[i]!;
    // A word ending unlike every compound ending needs no cuts (most words).
    if (table.suffixes.size > 0 && token.word && token.norm.length > table.shortestSuffix && (!tails || tails.has(token.norm.slice(-2)))) {
      // Only endings no longer than the longest compound ending can match: starting the cuts
      // there keeps a very long word (a pasted hash, a run of letters) linear, not quadratic.
      const firstCut = Math.max(1, token.norm.length - longest);
      for (let cut = firstCut; cut <= token.norm.length - table.shortestSuffix; cut++) {
        const entries = table.suffixes.get(token.norm.slice(cut));
        if (!entries) continue;
        const head = token.exact.slice(0, cut);
        // A compound head ends in a letter ("wijk") or a hyphen ("HR-").
        if (!HEAD_END.test(head) || !HAS_LETTER.test(head)) continue;
        for (const entry of entries) {
          if (entry.suggestions && (notTitle(entry.rule, token.norm, cut) || dutchNameInsideSentence(tokens, i, table.language))) continue;
          // A head ends a real compound ("kuis" + "vrouw"), not a short word ("omen", "human"); in lower
          // case, or in a hyphenated word ("Vice-Chairman"), since a capitalised word is often a surname.
          if (entry.head && entry.lowercase && cut < HEAD_MIN) continue;
          if (entry.lowercase && !lowerCaseHead(token.exact, token.norm, cut)) continue;
          raw.push({ rule: entry.rule, start: token.start, end: token.end, first: i, last: i, compoundHead: head, ...entrySuggestions(entry, false) });
        }
      }
    }
  }

  if (table.language === 'nl') for (let i = from; i < to; i++) modifierTitles(table, tokens, i, raw);

  // Per rule, keep the longest of overlapping hits; drop excused ones.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  const excused: Hit[] = [];
  const lastEnd = new Map<number, number>();
  for (const hit of raw) {
    const index = hit.rule.index;
    if ((lastEnd.get(index) ?? -1) > hit.start) continue;
    if (
      (hit.rule.hasSentenceExceptions && contexts.get(index)?.has(tokens[hit.first]!.sentence)) ||
      excusedByNeighbours(hit.rule, tokens, hit.first, hit.last)
    ) {
      excused.push(hit);
      // An excused phrase covers its parts: "kitchen assistant or kitchen maid" excuses "maid" too.
      lastEnd.set(index, hit.end);
      continue;
    }
    lastEnd.set(index, hit.end);
    kept.push(hit);
  }
  return { hits: kept, contexts, excused, reasons };
}
