/** Applies a configuration to findings: severity overrides, rules turned off, allowed phrases. */
import type { Category, Finding, Language, Severity, SeveritySetting, VacancyLintConfig } from '../types.js';
import { expandPhrase } from '../rules/phrases.js';
import type { Token } from '../match/tokens.js';

/**
 * The setting that applies to a rule: its id, then each shorter dot-prefix of the id
 * (`en.equality`), then `<language>.<category>`, then the category. Undefined: the default.
 */
export function settingFor(config: VacancyLintConfig | undefined, ruleId: string, language: Language, category: Category): SeveritySetting | undefined {
  const rules = config?.rules;
  if (!rules) return undefined;
  if (rules[ruleId] !== undefined) return rules[ruleId];
  const parts = ruleId.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const key = parts.slice(0, n).join('.');
    if (rules[key] !== undefined) return rules[key];
  }
  return rules[`${language}.${category}`] ?? rules[category];
}

export function resolveSeverity(config: VacancyLintConfig | undefined, ruleId: string, language: Language, category: Category, fallback: Severity): SeveritySetting {
  return settingFor(config, ruleId, language, category) ?? fallback;
}

/** Allowed phrases as token lists, per language. */
// Per allow list and language: a pipeline or an editor lints many documents with one config. Keyed
// by the list itself, and made again if its length changed (a caller that adds a phrase in place).
const allowLists = new WeakMap<readonly string[], { length: number; byLanguage: Partial<Record<Language, string[][]>> }>();

export function compileAllowList(config: VacancyLintConfig | undefined, language: Language): string[][] {
  const allow = config?.allow;
  if (!allow?.length) return [];
  let compiled = allowLists.get(allow);
  if (!compiled || compiled.length !== allow.length) allowLists.set(allow, (compiled = { length: allow.length, byLanguage: {} }));
  return (compiled.byLanguage[language] ??= allow.flatMap((phrase) => expandPhrase(phrase, language).map((e) => e.tokens)));
}

/** True when the finding lies inside an occurrence of an allowed phrase. */
export function isAllowed(finding: Pick<Finding, 'offset' | 'endOffset'>, tokens: readonly Token[], first: number, last: number, allow: string[][]): boolean {
  if (allow.length === 0) return false;
  for (const phrase of allow) {
    const n = phrase.length;
    // Every window of n tokens that covers [first, last].
    for (let from = Math.max(0, last - n + 1); from <= first; from++) {
      if (from + n > tokens.length) break;
      let ok = true;
      for (let k = 0; k < n; k++) {
        const token = tokens[from + k]!;
        if (token.norm !== phrase[k] || token.sentence !== tokens[from]!.sentence) {
          ok = false;
          break;
        }
      }
      if (ok && tokens[from]!.start <= finding.offset && tokens[from + n - 1]!.end >= finding.endOffset) return true;
    }
  }
  return false;
}

/** retext-equality has no severities: ours for its categories, `info` for the rest. */
const EQUALITY_SEVERITY: Partial<Record<Category, Severity>> = {
  gender: 'warning',
  origin: 'warning',
  disability: 'warning',
  'sexual-orientation': 'warning',
};

export function equalitySeverity(category: Category): Severity {
  return EQUALITY_SEVERITY[category] ?? 'info';
}
