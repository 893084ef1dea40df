/**
 * @vacancy-lint/core: find words in job ads that exclude people, say why, and what to write
 * instead. Dutch and English. Browser-safe: no file system access; the rules are compiled in.
 *
 * @example
 *   import { lint } from '@vacancy-lint/core'
 *   const { language, findings, summary } = await lint('Wij zoeken een verpleegster voor ons jonge team.')
 */
export { lint, lintSync } from './engine.js';
export { default as retextVacancyLint, type PluginOptions } from './plugin.js';
export { listRules, getRule, ruleDocsUrl, type RuleInfo } from './rules/registry.js';
export { detectLanguage, type Detection } from './language/detect.js';
export { CATEGORIES, INPUT_FORMATS, REGIONS, SEVERITIES } from './types.js';
export { selectFixes, applyEdits, type Edit } from './findings/fixes.js';
export { summarize, type FindingCounts } from './findings/summary.js';
export { balanceLabel, categoryCounts, categoryLabel, severityCount, severityLabel } from './findings/labels.js';
export { describeRule, renderRule, type Describable, type DescribedField, type Part, type RuleDescription, type RuleField } from './findings/describe.js';
export { EQUALITY_RULES, EQUALITY_PREFIX, isEqualityRule } from './rules/ids.js';
export type {
  Category,
  Finding,
  GenderCodedBalance,
  GenderCodedWords,
  InputFormat,
  Language,
  LintOptions,
  LintResult,
  Region,
  Severity,
  SeveritySetting,
  SourceRange,
  Summary,
  UnsupportedLanguage,
  UnusedDirective,
  VacancyLintConfig,
} from './types.js';
export type { RuleData, RuleFile } from './rules/rule-data.js';
