/**
 * The rule table of a language as plain data, made at build time (scripts/build-tables.mjs writes
 * it into generated/tables.ts) and turned back into a table on first use. Building a table from
 * the rule files (expanding phrases, plurals and titles, filling the trie, compiling the patterns,
 * reading their start strings) was the largest part of a cold start; reading the same result back
 * from one JSON string is a small fraction of it. tables.ts stays the one place that decides
 * what a table holds: this module only writes its result down and reads it back, and a table whose
 * rule data has changed since (`npm run rules:check` rewrites the data without a build) is built
 * from the rule files as before.
 */
import type { Language } from '../types.js';
import type { RuleFile } from './rule-data.js';
import type { CompiledRule, RuleTable, TrieEntry, TrieNode } from './tables.js';
import { regex } from '../regexes.js';
import { startStrings } from '../match/starts.js';
import { requiredLiterals } from '../match/literals.js';

/** Raised when the shape below changes, so data of an older shape is never read. */
export const PREBUILT_FORMAT = 1;

/** What a rule adds to its rule-file data in a table. */
interface PrebuiltRule {
  before: string[][];
  after: string[][];
  notWords?: string[];
  /** The compiled pattern's source (flags are always `giu`, see rules/patterns.ts). */
  source?: string;
  /** The pattern's start strings (match/starts.ts); null when a match can start anywhere. */
  starts?: string[] | null;
  /** Words the pattern cannot match without (match/literals.ts); null when there are none. */
  needs?: string[] | null;
}

const KINDS = ['hit', 'context', 'reason'] as const;

/** [rule index, kind index, the entry's other fields when it has any]. */
type PrebuiltEntry = [number, number] | [number, number, Omit<TrieEntry, 'rule' | 'kind'>];

/** [entry indices, keys of the children, the children in the same order]. */
type PrebuiltNode = [number[], string[], PrebuiltNode[]];

export interface PrebuiltTable {
  format: number;
  /** `ruleDataKey` of the rule data the table was made from. */
  key: string;
  language: Language;
  rules: PrebuiltRule[];
  entries: PrebuiltEntry[];
  trie: PrebuiltNode;
  suffixes: Array<[string, number[]]>;
  /** null for Infinity (no compound endings), which JSON cannot hold. */
  shortestSuffix: number | null;
}

/** A table as data. Entries shared by the trie and the compound endings stay shared. */
export function serializeRuleTable(table: RuleTable, key: string): PrebuiltTable {
  const entryIndex = new Map<TrieEntry, number>();
  const entries: PrebuiltEntry[] = [];
  const entryOf = (entry: TrieEntry): number => {
    let index = entryIndex.get(entry);
    if (index === undefined) {
      const { rule, kind, ...rest } = entry;
      index = entries.length;
      entries.push(Object.keys(rest).length > 0 ? [rule.index, KINDS.indexOf(kind), rest] : [rule.index, KINDS.indexOf(kind)]);
      entryIndex.set(entry, index);
    }
    return index;
  };
  const node = (n: TrieNode): PrebuiltNode => {
    const keys = [...n.next.keys()];
    return [n.entries.map(entryOf), keys, keys.map((k) => node(n.next.get(k)!))];
  };
  const rules = table.rules.map((rule): PrebuiltRule => {
    const out: PrebuiltRule = { before: rule.before, after: rule.after };
    if (rule.notWords) out.notWords = [...rule.notWords];
    if (rule.regex) {
      out.source = rule.regex.source;
      out.starts = startStrings(rule.regex) ?? null;
      out.needs = requiredLiterals(rule.regex) ?? null;
    }
    return out;
  });
  return {
    format: PREBUILT_FORMAT,
    key,
    language: table.language,
    rules,
    entries,
    trie: node(table.trie),
    suffixes: [...table.suffixes].map(([k, list]) => [k, list.map(entryOf)]),
    shortestSuffix: Number.isFinite(table.shortestSuffix) ? table.shortestSuffix : null,
  };
}

/**
 * The table written down by `serializeRuleTable`, or undefined when the data is of another shape,
 * language or rule data than `files` (then the caller builds the table itself).
 */
export function restoreRuleTable(files: readonly RuleFile[], language: Language, json: string, key: string): RuleTable | undefined {
  const data = JSON.parse(json) as PrebuiltTable;
  if (data.format !== PREBUILT_FORMAT || data.key !== key || data.language !== language) return undefined;
  const table: RuleTable = {
    language,
    rules: [],
    byId: new Map(),
    trie: { next: new Map(), entries: [] },
    suffixes: new Map(),
    shortestSuffix: data.shortestSuffix ?? Infinity,
    patternRules: [],
    documentRules: [],
  };
  // The same rules in the same order as buildRuleTable makes them.
  for (const file of files) {
    if (file.language !== language) continue;
    for (const ruleData of file.rules) {
      const saved = data.rules[table.rules.length];
      if (!saved) return undefined;
      const rule: CompiledRule = {
        ...ruleData,
        category: file.category,
        language,
        index: table.rules.length,
        before: saved.before,
        after: saved.after,
        hasSentenceExceptions: (ruleData.exceptions?.sentence?.length ?? 0) > 0,
      };
      if (saved.notWords) rule.notWords = new Set(saved.notWords);
      table.rules.push(rule);
      table.byId.set(rule.id, rule);
      if (ruleData.pattern) {
        if (saved.source === undefined) return undefined;
        rule.regex = regex(`rule:${rule.id}`, saved.source, 'giu');
        if (saved.starts !== undefined) rule.starts = saved.starts;
        if (saved.needs !== undefined) rule.needs = saved.needs;
        table.patternRules.push(rule);
      }
      if (ruleData.check) table.documentRules.push(rule);
    }
  }
  if (table.rules.length !== data.rules.length) return undefined;
  const entries = data.entries.map(([rule, kind, rest]): TrieEntry => ({ rule: table.rules[rule]!, kind: KINDS[kind]!, ...rest }));
  const node = ([own, keys, children]: PrebuiltNode, into: TrieNode): TrieNode => {
    for (const i of own) into.entries.push(entries[i]!);
    for (let k = 0; k < keys.length; k++) into.next.set(keys[k]!, node(children[k]!, { next: new Map(), entries: [] }));
    return into;
  };
  node(data.trie, table.trie);
  for (const [k, list] of data.suffixes) table.suffixes.set(k, list.map((i) => entries[i]!));
  return table;
}
