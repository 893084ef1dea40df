/** Presets a config can extend. Each is plain configuration, so it merges like a user's own. */
import { EQUALITY_RULES, listRules, type SeveritySetting, type VacancyLintConfig } from '@vacancy-lint/core';

export const PRESETS = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESETS)[number];

const STRICTER: Record<string, SeveritySetting> = { info: 'warning', warning: 'error', error: 'error' };

export function preset(name: PresetName): VacancyLintConfig {
  if (name === 'recommended') return {};
  // Built from the rule list at run time, so new rules are covered without editing this file.
  const rules: Record<string, SeveritySetting> = {};
  for (const rule of listRules()) {
    if (rule.severity !== 'error') rules[rule.id] = STRICTER[rule.severity]!;
  }
  rules[EQUALITY_RULES] = 'warning';
  return { rules, equality: true };
}
