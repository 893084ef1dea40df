/**
 * Where in a segment each pattern rule's matches can begin, found for all rules of a language in
 * one pass over the text: the start strings of every rule (starts.ts) are filed by their first one
 * or two characters, and each run of letters and digits is looked up once. The places come out in
 * text order, per rule.
 */
import type { RuleTable } from '../rules/tables.js';
import { regex } from '../regexes.js';
import { startStrings } from './starts.js';

// Created through regex() (regexes.ts), which records them for the linearity test.
const WORD_CHAR = regex('start-places.word-char', /^[\p{L}\p{N}]$/u);

/** The guard every rule expression opens with (rules/patterns.ts): no letter or digit before a match. */
const GUARD = '(?<![\\p{L}\\p{N}])';

/** Start strings of one rule sharing their first one or two characters. */
interface Group {
  /** Position of the rule in `RuleTable.patternRules`. */
  rule: number;
  /** The first one or two characters. */
  head: string;
  /** Strings longer than the head: compared with the text at each place of the head. */
  longer: string[];
  /** The head itself is a start string: every place of it is a start. */
  exact: boolean;
}

export interface StartTable {
  /** Per pattern rule: whether it has start strings (else a match may begin anywhere). */
  known: boolean[];
  /**
   * Groups whose first character is a letter or digit, of guarded rules: looked up at run starts,
   * by their one character, or by a 16-bit hash of their two (arrays indexed by the code, not
   * maps: a run start costs two reads; a group's head is compared when its hash matches).
   */
  byOne: Array<Group[] | undefined>;
  byPair: Array<Group[] | undefined>;
  /** Other groups (a first mark such as "±", or a rule without the guard): found with indexOf. */
  marks: Group[];
}

/**
 * Bucket of two characters: a 16-bit hash, so the buckets are an array indexed by it. Start strings
 * begin with characters below U+4000 (SAFE in starts.ts); others are never looked up by pair.
 */
const pairHash = (a: number, b: number) => (a * 31 + b) & 0xffff;
const PAIR_FIRST_LIMIT = 0x4000;

const tables = new WeakMap<RuleTable, StartTable>();

/** The start table of a language's pattern rules, built once. */
export function startTable(table: RuleTable): StartTable {
  let built = tables.get(table);
  if (built) return built;
  built = { known: [], byOne: new Array<Group[] | undefined>(65536), byPair: new Array<Group[] | undefined>(65536), marks: [] };
  table.patternRules.forEach((rule, index) => {
    // Read from the table when it holds them, so the expression is not made (rules/prebuilt.ts).
    const strings = rule.starts !== undefined ? (rule.starts ?? undefined) : startStrings(rule.regex!);
    built!.known.push(strings !== undefined);
    if (!strings) return;
    const guarded = (rule.source ?? rule.regex!.source).startsWith(GUARD);
    const groups = new Map<string, Group>();
    for (const s of strings) {
      const head = s.slice(0, 2);
      let group = groups.get(head);
      if (!group) groups.set(head, (group = { rule: index, head, longer: [], exact: false }));
      if (s.length === head.length) group.exact = true;
      else group.longer.push(s);
    }
    for (const group of groups.values()) {
      if (!guarded || !WORD_CHAR.test(group.head[0]!)) built!.marks.push(group);
      else {
        const list = group.head.length === 1 ? built!.byOne : built!.byPair;
        const key = group.head.length === 1 ? group.head.charCodeAt(0) : pairHash(group.head.charCodeAt(0), group.head.charCodeAt(1));
        (list[key] ??= []).push(group);
      }
    }
  });
  tables.set(table, built);
  return built;
}

/** Whether each UTF-16 code of the BMP is a letter or digit: 0 not yet known, 1 yes, 2 no. */
const wordCodes = new Uint8Array(65536);

function isWordChar(text: string, at: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    // A surrogate pair is one character, as the expressions (with the `u` flag) read it.
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(at, at + 2));
  }
  let known = wordCodes[code]!;
  if (known === 0) wordCodes[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/**
 * Per pattern rule, the offsets in `text` where one of its start strings begins (and, for a
 * guarded rule and a letter or digit, a run of letters and digits begins), in text order; an
 * empty list for a rule without start strings (see `StartTable.known`).
 * @param lower `text` lower-cased, character for character
 */
export function startPlaces(starts: StartTable, text: string, lower: string): number[][] {
  const places: number[][] = starts.known.map(() => []);
  const add = (group: Group, at: number) => {
    if (group.exact || group.longer.some((s) => lower.startsWith(s, at))) places[group.rule]!.push(at);
  };
  let previousWord = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const word = isWordChar(text, at, code);
    if (word && !previousWord) {
      const first = lower.charCodeAt(at);
      const one = starts.byOne[first];
      if (one) for (const group of one) add(group, at);
      if (at + 1 < lower.length && first < PAIR_FIRST_LIMIT) {
        const second = lower.charCodeAt(at + 1);
        const pair = starts.byPair[pairHash(first, second)];
        if (pair) for (const group of pair) if (group.head.charCodeAt(0) === first && group.head.charCodeAt(1) === second) add(group, at);
      }
    }
    previousWord = word;
    // The second half of a surrogate pair belongs to the character just read.
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
      const next = text.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) at++;
    }
  }
  if (starts.marks.length > 0) {
    const touched = new Set<number>();
    for (const group of starts.marks) {
      for (let at = lower.indexOf(group.head); at >= 0; at = lower.indexOf(group.head, at + 1)) add(group, at);
      touched.add(group.rule);
    }
    // Places of marks and of runs were added in two passes: back into text order. A place is
    // found once only, as no start string begins with another.
    for (const rule of touched) places[rule]!.sort((a, b) => a - b);
  }
  return places;
}
