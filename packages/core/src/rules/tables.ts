/**
 * Builds the lookup tables of one language once: a token trie with every phrase of every rule
 * (hits and exception contexts together, so a text is scanned once for all of them), a suffix
 * table for compound matches, and the compiled patterns.
 */
import type { Category, Language } from '../types.js';
import type { RuleData, RuleFile } from './rule-data.js';
import { expandPhrase } from './phrases.js';
import { compilePattern } from './patterns.js';

export interface CompiledRule extends RuleData {
  category: Category;
  language: Language;
  /** Index in `RuleTable.rules`. */
  index: number;
  before: string[][];
  after: string[][];
  hasSentenceExceptions: boolean;
  regex?: RegExp;
}

export interface TrieEntry {
  rule: CompiledRule;
  /** `hit` flags; `context` only marks the sentence as having an exception for the rule. */
  kind: 'hit' | 'context';
  /** Exact tokens to compare with for case-sensitive rules. */
  exact?: string[];
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: TrieEntry[];
}

export interface RuleTable {
  language: Language;
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
  trie: TrieNode;
  /** Compound endings (`*verpleegster`) keyed by the normalized ending. */
  suffixes: Map<string, TrieEntry[]>;
  shortestSuffix: number;
  patternRules: CompiledRule[];
  documentRules: CompiledRule[];
}

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

function insert(root: TrieNode, tokens: string[], entry: TrieEntry): void {
  let node = root;
  for (const token of tokens) {
    const key = token.toLowerCase();
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
  }
  node.entries.push(entry);
}

export function buildRuleTable(files: readonly RuleFile[], language: Language): RuleTable {
  const table: RuleTable = {
    language,
    rules: [],
    byId: new Map(),
    trie: newNode(),
    suffixes: new Map(),
    shortestSuffix: Infinity,
    patternRules: [],
    documentRules: [],
  };
  for (const file of files) {
    if (file.language !== language) continue;
    for (const data of file.rules) {
      const expand = (phrases: string[] | undefined) =>
        (phrases ?? []).flatMap((p) => expandPhrase(p, language).map((e) => e.tokens));
      const rule: CompiledRule = {
        ...data,
        category: file.category,
        language,
        index: table.rules.length,
        before: expand(data.exceptions?.before),
        after: expand(data.exceptions?.after),
        hasSentenceExceptions: (data.exceptions?.sentence?.length ?? 0) > 0,
      };
      table.rules.push(rule);
      table.byId.set(rule.id, rule);
      for (const phrase of data.phrases ?? []) {
        for (const expanded of expandPhrase(phrase, language, data)) {
          const entry: TrieEntry = { rule, kind: 'hit', ...(data.caseSensitive ? { exact: expanded.tokens } : {}) };
          if (expanded.compound) {
            const key = expanded.tokens[0]!.toLowerCase();
            const list = table.suffixes.get(key) ?? [];
            list.push(entry);
            table.suffixes.set(key, list);
            table.shortestSuffix = Math.min(table.shortestSuffix, key.length);
          }
          insert(table.trie, expanded.tokens, entry);
        }
      }
      for (const phrase of data.exceptions?.sentence ?? []) {
        for (const expanded of expandPhrase(phrase, language)) insert(table.trie, expanded.tokens, { rule, kind: 'context' });
      }
      if (data.pattern) {
        rule.regex = compilePattern(data.pattern, language, `rule:${rule.id}`);
        table.patternRules.push(rule);
      }
      if (data.check) table.documentRules.push(rule);
    }
  }
  return table;
}
