/**
 * Builds the lookup tables of one language once: a token trie with every phrase of every rule
 * (hits and exception contexts together, so a text is scanned once for all of them), a suffix
 * table for compound matches, and the compiled patterns.
 */
import type { Category, Language } from '../types.js';
import type { RuleData, RuleFile } from './rule-data.js';
import { expandPhrase } from './phrases.js';
import { compilePattern } from './patterns.js';
import { expandTitles } from './titles.js';
import { otherPluralsOf, pluralOf, possessive, possessivesOf } from './morphology.js';
import { titleLexicons } from '../generated/rules.js';

export interface CompiledRule extends RuleData {
  category: Category;
  language: Language;
  /** Index in `RuleTable.rules`. */
  index: number;
  before: string[][];
  after: string[][];
  hasSentenceExceptions: boolean;
  regex?: RegExp;
  /**
   * The pattern's source, set where `regex` is made on first read (a table read back at start-up,
   * rules/prebuilt.ts), so what needs only the source does not make the expression.
   */
  source?: string;
  /** Words that end in one of the rule's compound phrases but are something else ("hamster"). */
  notWords?: Set<string>;
  /**
   * The pattern's start strings (match/starts.ts; null: a match can start anywhere) and the words
   * it cannot match without (match/literals.ts), when read at build time (prebuilt.ts); otherwise
   * they are read from the expression on first need.
   */
  starts?: string[] | null;
  needs?: string[] | null;
}

export interface TrieEntry {
  rule: CompiledRule;
  /** `hit` flags; `context` marks the sentence as having an exception for the rule; `reason` marks a job-related reason anywhere in the document. */
  kind: 'hit' | 'context' | 'reason';
  /** Exact tokens to compare with for case-sensitive rules. */
  exact?: string[];
  /** Suggestions of this phrase (lexicon rules), instead of the rule's own. */
  suggestions?: string[];
  /** Suggestions when the phrase is a word of its own rather than the end of a compound. */
  alone?: string[];
  /** The suggestions are single words that fit any sentence the phrase fits: safe to apply. */
  dropIn?: boolean;
  /** A generated plural of a phrase: its suggestions are made plural, and it is never a drop-in. */
  plural?: boolean;
  /** Only in a word written in lower case (title heads common in surnames: "-man"). */
  lowercase?: boolean;
  /** A gendered compound head ("-vrouw", "-meisjes"): a person noun, which may name clients too. */
  head?: boolean;
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

/** A lexicon rule's phrases: every title form with its own suggestions, and pair forms as exceptions. */
function addLexicon(table: RuleTable, rule: CompiledRule, language: Language): void {
  const lexicon = titleLexicons.find((l) => l.language === language);
  if (!lexicon) return;
  const titles = expandTitles(lexicon);
  const tokens = (phrase: string) => expandPhrase(phrase, language).map((e) => e.tokens);
  rule.before.push(...titles.before.flatMap(tokens));
  rule.after.push(...titles.after.flatMap(tokens));
  rule.notWords = new Set(titles.notTitles.map((w) => w.toLowerCase()));
  for (const title of titles.phrases) {
    const entry: TrieEntry = { rule, kind: 'hit', suggestions: title.suggestions, dropIn: title.dropIn, ...(title.alone ? { alone: title.alone } : {}), ...(title.lowercase ? { lowercase: true } : {}), ...(title.headOnly ? { head: true } : {}) };
    for (const expanded of expandPhrase(title.compound ? `*${title.phrase}` : title.phrase, language)) {
      if (expanded.compound) addSuffix(table, expanded.tokens[0]!.toLowerCase(), entry);
      // A head ("-vrouw") is only the end of a compound; the word alone is for other rules.
      if (!title.headOnly) insert(table.trie, expanded.tokens, entry);
      // "the foreman's duties": the possessive has the same suggestions, but is no drop-in.
      const last = expanded.tokens.length - 1;
      for (const form of possessivesOf(expanded.tokens[last]!, language)) {
        const tokens = [...expanded.tokens.slice(0, last), form];
        const own: TrieEntry = { ...entry, suggestions: title.suggestions.map(possessive), ...(title.alone ? { alone: title.alone.map(possessive) } : {}), dropIn: false };
        if (expanded.compound) addSuffix(table, tokens[0]!.toLowerCase(), own);
        if (!title.headOnly) insert(table.trie, tokens, own);
      }
    }
  }
}

function addSuffix(table: RuleTable, key: string, entry: TrieEntry): void {
  const list = table.suffixes.get(key) ?? [];
  list.push(entry);
  table.suffixes.set(key, list);
  table.shortestSuffix = Math.min(table.shortestSuffix, key.length);
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
          if (expanded.compound) addSuffix(table, expanded.tokens[0]!.toLowerCase(), entry);
          insert(table.trie, expanded.tokens, entry);
          // Person nouns also in the plural ("schoonmaaksters", "timmermannen") and, in English, the
          // possessive ("foreman's"), with the suggestions made plural for a plural.
          if (data.plurals) {
            const last = expanded.tokens.length - 1;
            const word = expanded.tokens[last]!;
            const plural = pluralOf(word, language);
            const forms: Array<[string, boolean]> = [];
            if (plural !== word) forms.push([plural, true], ...possessivesOf(plural, language).map((p): [string, boolean] => [p, true]));
            for (const other of otherPluralsOf(word, language)) forms.push([other, true]);
            forms.push(...possessivesOf(word, language).map((p): [string, boolean] => [p, false]));
            for (const [form, isPlural] of forms) {
              const tokens = [...expanded.tokens.slice(0, last), form];
              // A possessive brings its own suggestions ("supervisor's"); they are advice, not a fix.
              const isPossessive = form.endsWith("'s");
              const own = isPossessive ? { suggestions: data.suggestions.map((s) => possessive(isPlural ? pluralOf(s, language) : s)), dropIn: false } : isPlural ? { plural: true } : {};
              const variant: TrieEntry = { rule, kind: 'hit', ...own, ...(data.caseSensitive ? { exact: tokens } : {}) };
              if (expanded.compound) addSuffix(table, tokens[0]!.toLowerCase(), variant);
              insert(table.trie, tokens, variant);
            }
          }
        }
      }
      for (const phrase of data.reasons ?? []) {
        for (const expanded of expandPhrase(phrase, language)) insert(table.trie, expanded.tokens, { rule, kind: 'reason' });
      }
      for (const phrase of data.exceptions?.sentence ?? []) {
        for (const expanded of expandPhrase(phrase, language)) insert(table.trie, expanded.tokens, { rule, kind: 'context' });
      }
      if (data.lexicon) addLexicon(table, rule, language);
      if (data.pattern) {
        rule.regex = compilePattern(data.pattern, language, `rule:${rule.id}`);
        table.patternRules.push(rule);
      }
      if (data.check) table.documentRules.push(rule);
    }
  }
  return table;
}
