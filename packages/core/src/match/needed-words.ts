/**
 * Which of the pattern rules' needed words (literals.ts: the words an expression cannot match
 * without) a segment holds, found for all rules of a language in one pass over the text. Asking
 * `text.includes(word)` per rule and word scanned a long segment once for every absent word, some
 * 350 times for the Dutch rules, which cost more than running the expressions themselves.
 */
import type { CompiledRule, RuleTable } from '../rules/tables.js';
import { requiredLiterals } from './literals.js';
import { ruleBranches } from './branches.js';

export interface NeedTable {
  /** Every needed word of the language, once. */
  words: string[];
  /**
   * Ids of the words of three or more characters, by a 16-bit hash of their first three: a place of
   * the text whose three characters hash to an empty bucket starts no word and costs one read.
   */
  buckets: Array<number[] | undefined>;
  /** Ids of words of fewer than three characters, found with includes. */
  short: number[];
  /** Per pattern rule, the ids of its needed words; null where it names none. */
  rules: Array<Int32Array | null>;
  /**
   * Per pattern rule cut into branches (branches.ts), per branch the ids of its needed words (null
   * where it names none); null for a rule not cut. Nearly all are words of the rules already.
   */
  branches: Array<Array<Int32Array | null> | null>;
}

const hash3 = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) & 0xffff;

const needs = new WeakMap<RegExp, string[] | null>();

/** Words the rule's expression cannot match without, read once per expression unless read at build time. */
export function needOf(rule: CompiledRule): string[] | null {
  if (rule.needs !== undefined) return rule.needs;
  const expression = rule.regex!;
  let need = needs.get(expression);
  if (need === undefined) {
    need = requiredLiterals(expression) ?? null;
    needs.set(expression, need);
  }
  return need;
}

const tables = new WeakMap<RuleTable, NeedTable>();

/** The needed words of a language's pattern rules, filed once. */
export function needTable(table: RuleTable): NeedTable {
  let built = tables.get(table);
  if (built) return built;
  const ids = new Map<string, number>();
  const filed: NeedTable = { words: [], buckets: new Array<number[] | undefined>(65536), short: [], rules: [], branches: [] };
  const idsOf = (need: readonly string[] | null | undefined): Int32Array | null => {
    if (!need) return null;
    const own = new Int32Array(need.length);
    need.forEach((word, i) => {
      let id = ids.get(word);
      if (id === undefined) {
        ids.set(word, (id = filed.words.length));
        filed.words.push(word);
        if (word.length < 3) filed.short.push(id);
        else (filed.buckets[hash3(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2))] ??= []).push(id);
      }
      own[i] = id;
    });
    return own;
  };
  for (const rule of table.patternRules) {
    filed.rules.push(idsOf(needOf(rule)));
    filed.branches.push(ruleBranches(rule)?.branches.map((branch) => idsOf(branch.needs)) ?? null);
  }
  tables.set(table, (built = filed));
  return built;
}

/**
 * Per needed word of the table, 1 where `text` holds it: the same answer as `text.includes(word)`
 * for each word, from one pass. An empty word is in every text.
 */
export function neededWordsIn(needTable: NeedTable, text: string): Uint8Array {
  const { words, buckets } = needTable;
  const found = new Uint8Array(words.length);
  for (const id of needTable.short) if (text.includes(words[id]!)) found[id] = 1;
  if (text.length < 3) return found;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let at = 0; at + 2 < text.length; at++) {
    const c = text.charCodeAt(at + 2);
    const bucket = buckets[hash3(a, b, c)];
    a = b;
    b = c;
    if (bucket === undefined) continue;
    for (const id of bucket) if (found[id] === 0 && text.startsWith(words[id]!, at)) found[id] = 1;
  }
  return found;
}

/** Whether a rule's needed words allow it in a text: it names none, or the text holds one. */
export function hasNeededWord(needTable: NeedTable, rule: number, found: Uint8Array): boolean {
  return holdsOne(needTable.rules[rule]!, found);
}

/** Whether the needed words of a branch of a rule (branches.ts) allow it in a text, as `hasNeededWord`. */
export function branchHasNeededWord(needTable: NeedTable, rule: number, branch: number, found: Uint8Array): boolean {
  return holdsOne(needTable.branches[rule]?.[branch] ?? null, found);
}

function holdsOne(own: Int32Array | null, found: Uint8Array): boolean {
  if (!own) return true;
  for (let i = 0; i < own.length; i++) if (found[own[i]!] === 1) return true;
  return false;
}
