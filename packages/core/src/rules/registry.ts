/** The rule tables, built once per language on first use, and rule metadata for tools. */
import { ruleDataKey, ruleFiles, titleLexicons } from '../generated/rules.js';
import { prebuiltTables } from '../generated/tables.js';
import type { Category, Finding, Language } from '../types.js';
import type { CompiledRule, RuleTable } from './tables.js';
import { buildRuleTable } from './tables.js';
import { restoreRuleTable } from './prebuilt.js';
import { isEqualityRule } from './ids.js';

const tables = new Map<Language, RuleTable>();

/**
 * The table of a language: read back from the build's prebuilt data (prebuilt.ts) when that was
 * made from this rule data, else built from the rule files (after `npm run rules:check`, or before
 * the first full build).
 */
export function ruleTable(language: Language): RuleTable {
  let table = tables.get(language);
  if (!table) {
    const prebuilt = prebuiltTables[language];
    table = (prebuilt !== undefined ? restoreRuleTable(ruleFiles, language, prebuilt, ruleDataKey) : undefined) ?? buildRuleTable(ruleFiles, language);
    tables.set(language, table);
  }
  return table;
}

const listsOfEveryLanguage = new Map<string, readonly string[]>();

/**
 * A word list of a document check, of every language together (ads mix them), read from the rule
 * data itself: a Dutch text must not pay for compiling the English rule table just to learn it.
 */
function checkWords(check: 'long-requirement-list' | 'no-pay-range', field: 'headings' | 'payWords' | 'allowanceWords' | 'frequencyWords'): readonly string[] {
  let words = listsOfEveryLanguage.get(field);
  if (!words) {
    words = [...new Set(ruleFiles.flatMap((file) => file.rules.flatMap((rule) => (rule.check === check ? (rule[field] ?? []) : []))))];
    listsOfEveryLanguage.set(field, words);
  }
  return words;
}

/** The lines before a list that make it a list of requirements. */
export const requirementHeadings = (): readonly string[] => checkWords('long-requirement-list', 'headings');

/** The words that make an amount of money pay. */
export const payWords = (): readonly string[] => checkWords('no-pay-range', 'payWords');

/** Words for money that is not pay (allowances, vouchers), and the pay words that only give a frequency. */
export const allowanceWords = (): { words: readonly string[]; frequencies: readonly string[] } => ({
  words: checkWords('no-pay-range', 'allowanceWords'),
  frequencies: checkWords('no-pay-range', 'frequencyWords'),
});

/** Where a rule's documentation lives (the generated docs/rules/<lang>.md pages). */
export const DOCS_BASE = 'https://github.com/vacancy-lint/vacancy-lint/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  const language = ruleId.startsWith('en.') ? 'en' : 'nl';
  if (isEqualityRule(ruleId)) return 'https://github.com/retextjs/retext-equality/blob/main/data/en';
  return `${DOCS_BASE}${language}.md#${ruleId.replaceAll('.', '')}`;
}

/** What tools (CLI --explain, the language server, the docs) need to know about a rule. */
export interface RuleInfo extends Pick<Finding, 'language' | 'category' | 'severity' | 'message' | 'explanation' | 'suggestions' | 'fixable' | 'sources'> {
  id: string;
  examples: { flag: string[]; pass: string[] };
  /** `reference`: words that refer back to someone (generic he/hij), judged by what they refer to. */
  kind: 'phrase' | 'pattern' | 'document' | 'reference';
  phrases?: string[];
  pattern?: string;
  /** The word table a lexicon rule matches (rules/<lang>/lexicon/<name>.yml), and its number of entries. */
  lexicon?: string;
  lexiconSize?: number;
  /** Job-related reasons looked for in the whole document. */
  reasons?: string[];
  /** A document check's limit (long-sentence: words; long-requirement-list: items). */
  max?: number;
  /** no-pay-range: the fewest words a text needs to be checked. */
  minWords?: number;
  /** Path of the rule file below rules/. */
  file: string;
  docsUrl: string;
}

function toInfo(rule: CompiledRule, file: string): RuleInfo {
  return {
    id: rule.id,
    language: rule.language,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    explanation: rule.explanation,
    suggestions: rule.suggestions,
    fixable: rule.fixable ?? false,
    sources: rule.sources,
    examples: rule.examples,
    kind: rule.check === 'generic-pronoun' ? 'reference' : rule.check ? 'document' : rule.pattern ? 'pattern' : 'phrase',
    ...(rule.phrases ? { phrases: rule.phrases } : {}),
    ...(rule.pattern ? { pattern: rule.pattern } : {}),
    ...(rule.reasons ? { reasons: rule.reasons } : {}),
    ...(rule.max !== undefined ? { max: rule.max } : {}),
    ...(rule.minWords !== undefined ? { minWords: rule.minWords } : {}),
    ...(rule.lexicon
      ? { lexicon: rule.lexicon, lexiconSize: titleLexicons.find((l) => l.language === rule.language)?.entries.length ?? 0 }
      : {}),
    file,
    docsUrl: ruleDocsUrl(rule.id),
  };
}

/** Every rule of vacancy-lint's own data (retext-equality's patterns not included). */
export function listRules(filter: { language?: Language; category?: Category } = {}): RuleInfo[] {
  const out: RuleInfo[] = [];
  for (const file of ruleFiles) {
    if (filter.language && file.language !== filter.language) continue;
    if (filter.category && file.category !== filter.category) continue;
    const table = ruleTable(file.language);
    for (const data of file.rules) out.push(toInfo(table.byId.get(data.id)!, file.file));
  }
  return out;
}

export function getRule(id: string): RuleInfo | undefined {
  return listRules().find((rule) => rule.id === id);
}
