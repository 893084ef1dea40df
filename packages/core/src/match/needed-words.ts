/**
 * Which of the pattern rules' needed words (literals.ts: the words an expression cannot match
 * without) a segment holds, found for all rules of a language in one pass over the text. Asking
 * `text.includes(word)` per rule and word scanned a long segment once for every absent word, some
 * 350 times for the Dutch rules, which cost more than running the expressions themselves.
 */
import type { CompiledRule, RuleTable } from '../rules/tables.js';
import { requiredLiterals } from './literals.js';

export interface NeedTable {
  /** Every needed word of the language, once. */
  words: string[];
  /** Ids of the words of two or more characters, filed by their first two characters. */
  byPair: Map<number, number[]>;
  /**
   * 1 at (first << 8 | second) & 0xffff, by the low bytes of a word's first two characters: a pair
   * of the text that is not marked starts no word, and is passed over without a map lookup.
   */
  pairs: Uint8Array;
  /** Ids of words of fewer than two characters, found with includes. */
  single: number[];
  /** Per pattern rule, the ids of its needed words; null where it names none. */
  rules: Array<Int32Array | null>;
}

const pairKey = (a: number, b: number) => a * 65536 + b;

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
  built = { words: [], byPair: new Map(), pairs: new Uint8Array(65536), single: [], rules: [] };
  for (const rule of table.patternRules) {
    const need = needOf(rule);
    if (!need) {
      built.rules.push(null);
      continue;
    }
    const own = new Int32Array(need.length);
    need.forEach((word, i) => {
      let id = ids.get(word);
      if (id === undefined) {
        ids.set(word, (id = built!.words.length));
        built!.words.push(word);
        if (word.length < 2) built!.single.push(id);
        else {
          const key = pairKey(word.charCodeAt(0), word.charCodeAt(1));
          built!.byPair.set(key, [...(built!.byPair.get(key) ?? []), id]);
          built!.pairs[((word.charCodeAt(0) & 0xff) << 8) | (word.charCodeAt(1) & 0xff)] = 1;
        }
      }
      own[i] = id;
    });
    built.rules.push(own);
  }
  tables.set(table, built);
  return built;
}

/**
 * Per needed word of the table, 1 where `text` holds it: the same answer as `text.includes(word)`
 * for each word, from one pass. An empty word is in every text.
 */
export function neededWordsIn(needTable: NeedTable, text: string): Uint8Array {
  const found = new Uint8Array(needTable.words.length);
  for (const id of needTable.single) if (text.includes(needTable.words[id]!)) found[id] = 1;
  if (needTable.byPair.size === 0) return found;
  let previous = text.length > 0 ? text.charCodeAt(0) : 0;
  for (let at = 0; at + 1 < text.length; at++) {
    const next = text.charCodeAt(at + 1);
    const first = previous;
    previous = next;
    if (needTable.pairs[((first & 0xff) << 8) | (next & 0xff)] === 0) continue;
    const candidates = needTable.byPair.get(pairKey(first, next));
    if (candidates === undefined) continue;
    for (const id of candidates) if (found[id] === 0 && text.startsWith(needTable.words[id]!, at)) found[id] = 1;
  }
  return found;
}

/** Whether a rule's needed words allow it in a text: it names none, or the text holds one. */
export function hasNeededWord(needTable: NeedTable, rule: number, found: Uint8Array): boolean {
  const own = needTable.rules[rule];
  if (!own) return true;
  for (let i = 0; i < own.length; i++) if (found[own[i]!] === 1) return true;
  return false;
}
