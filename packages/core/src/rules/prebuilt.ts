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
import { lazyRegex } from '../regexes.js';
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

/**
 * A trie entry with the index of its rule in place of the rule: JSON.parse makes the objects, and
 * only the rule is put in afterwards (copying each entry into a new object cost more than the rest).
 */
type PrebuiltEntry = Omit<TrieEntry, 'rule'> & { rule: number };

/**
 * The trie as one flat array, node by node in depth-first order: the number of the node's entries,
 * their indices, the number of its children, then per child its key and the child itself. One
 * array is much less for JSON.parse to make (and the collector to sweep) than three per node.
 */
type PrebuiltTrie = Array<number | string>;

export interface PrebuiltTable {
  format: number;
  /** `ruleDataKey` of the rule data the table was made from. */
  key: string;
  language: Language;
  rules: PrebuiltRule[];
  entries: PrebuiltEntry[];
  trie: PrebuiltTrie;
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
      index = entries.length;
      entries.push({ ...entry, rule: entry.rule.index });
      entryIndex.set(entry, index);
    }
    return index;
  };
  const trie: PrebuiltTrie = [];
  const node = (n: TrieNode): void => {
    trie.push(n.entries.length, ...n.entries.map(entryOf), n.next.size);
    for (const [key, child] of n.next) {
      trie.push(key);
      node(child);
    }
  };
  node(table.trie);
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
    trie,
    suffixes: [...table.suffixes].map(([k, list]) => [k, list.map(entryOf)]),
    shortestSuffix: Number.isFinite(table.shortestSuffix) ? table.shortestSuffix : null,
  };
}

/** Offset just past the node written at `at` in a flat trie: its entries, its children and theirs. */
function skipNode(trie: PrebuiltTrie, at: number): number {
  at += 1 + (trie[at] as number);
  for (let children = trie[at++] as number; children > 0; children--) at = skipNode(trie, at + 1);
  return at;
}

/**
 * A trie node read from the flat array when first needed. A table holds 5,000-7,000 nodes, each
 * with a Map; a small text walks into a few dozen. Making them all at start-up was a fifth of reading
 * a table back, and most of its garbage. A node's children are made, with their entries, when its
 * `next` is first read; serializeRuleTable reads them all, so a written table is the same.
 */
class PrebuiltNode implements TrieNode {
  readonly entries: TrieEntry[] = [];
  private children: Map<string, TrieNode> | undefined;
  /** Offset of the node's child count in `trie`. */
  private readonly at: number;

  constructor(
    private readonly trie: PrebuiltTrie,
    private readonly all: TrieEntry[],
    at: number,
  ) {
    for (let count = trie[at++] as number; count > 0; count--) this.entries.push(all[trie[at++] as number]!);
    this.at = at;
  }

  get next(): Map<string, TrieNode> {
    return (this.children ??= this.read());
  }

  private read(): Map<string, TrieNode> {
    const map = new Map<string, TrieNode>();
    const trie = this.trie;
    let at = this.at;
    for (let count = trie[at++] as number; count > 0; count--) {
      const key = trie[at++] as string;
      map.set(key, new PrebuiltNode(trie, this.all, at));
      at = skipNode(trie, at);
    }
    return map;
  }
}

/**
 * `rule.regex` made on first read (see `lazyRegex`): most rules are skipped in most texts by their
 * start strings and required words, read from the table without the expression.
 */
function lazyPattern(rule: CompiledRule, source: string): void {
  const make = lazyRegex(`rule:${rule.id}`, source, 'giu');
  rule.source = source;
  Object.defineProperty(rule, 'regex', {
    configurable: true,
    enumerable: true,
    get(): RegExp {
      const expression = make();
      Object.defineProperty(rule, 'regex', { configurable: true, enumerable: true, writable: true, value: expression });
      return expression;
    },
  });
}

/**
 * The table written down by `serializeRuleTable`, or undefined when the data is of another shape,
 * language or rule data than `files` (then the caller builds the table itself).
 */
export function restoreRuleTable(files: readonly RuleFile[], language: Language, json: string, key: string): RuleTable | undefined {
  const data = JSON.parse(json) as PrebuiltTable;
  if (data.format !== PREBUILT_FORMAT || data.key !== key || data.language !== language) return undefined;
  // Nodes are made as the matcher first walks into them (PrebuiltNode); the walk here only checks
  // that the counts add up to the whole array.
  if (skipNode(data.trie, 0) !== data.trie.length) return undefined;
  const entries = data.entries as unknown as TrieEntry[];
  const table: RuleTable = {
    language,
    rules: [],
    byId: new Map(),
    trie: new PrebuiltNode(data.trie, entries, 0),
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
        lazyPattern(rule, saved.source);
        if (saved.starts !== undefined) rule.starts = saved.starts;
        if (saved.needs !== undefined) rule.needs = saved.needs;
        table.patternRules.push(rule);
      }
      if (ruleData.check) table.documentRules.push(rule);
    }
  }
  if (table.rules.length !== data.rules.length) return undefined;
  for (const entry of data.entries) {
    const rule = table.rules[entry.rule];
    if (!rule) return undefined;
    (entry as unknown as TrieEntry).rule = rule;
  }
  for (const [k, list] of data.suffixes) table.suffixes.set(k, list.map((i) => entries[i]!));
  return table;
}
