/** Combines the editor settings with the project's file into what the core engine takes. */
import { CATEGORIES, type VacancyLintConfig } from '@vacancy-lint/core';
import type { ServerSettings } from './settings.js';

/**
 * The project file wins over the editor settings for the same key: it is what the team and CI use,
 * so the editor shows what the pipeline will report. Allowed phrases from both apply.
 */
// The same object for the same settings and project file (both cached until they change), so what
// the core compiles once per config (the allow list, the retext-equality choices) is not made again
// for every keystroke.
const combined = new WeakMap<ServerSettings, WeakMap<VacancyLintConfig, VacancyLintConfig>>();

export function effectiveConfig(settings: ServerSettings, core: VacancyLintConfig): VacancyLintConfig {
  let bySettings = combined.get(settings);
  if (!bySettings) combined.set(settings, (bySettings = new WeakMap()));
  let config = bySettings.get(core);
  if (!config) bySettings.set(core, (config = combine(settings, core)));
  return config;
}

function combine(settings: ServerSettings, core: VacancyLintConfig): VacancyLintConfig {
  const rules: Record<string, NonNullable<VacancyLintConfig['rules']>[string]> = {};
  for (const category of CATEGORIES) if (!settings.categories[category]) rules[category] = 'off';
  Object.assign(rules, settings.rules, core.rules ?? {});
  const allow = [...new Set([...settings.allow, ...(core.allow ?? [])])];
  return { ...core, rules, allow };
}

