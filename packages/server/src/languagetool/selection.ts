/**
 * Which findings a LanguageTool request wants: `enabledRules`, `disabledRules`,
 * `enabledCategories`, `disabledCategories`, `enabledOnly` and `level`, with LanguageTool's own
 * checks of contradicting parameters.
 *
 * `level=picky` adds the `info` findings ("worth a look, depends on context"); the default level
 * reports errors and warnings, so an editor underlines what matters and picky mode shows the rest.
 */
import type { Finding } from '@vacancy-lint/core';
import { BadRequest } from '../errors.js';
import { categoryId, normalizeCategoryId } from './categories.js';
import { flag, list, type Params } from './params.js';

export interface Selection {
  enabledRules: string[];
  keep(finding: Finding): boolean;
}

export function selection(params: Params): Selection {
  const enabledOnly = flag(params, 'enabledOnly');
  const enabledRules = list(params, 'enabledRules');
  const disabledRules = new Set(list(params, 'disabledRules'));
  const enabledCategories = new Set(list(params, 'enabledCategories').map(normalizeCategoryId));
  const disabledCategories = new Set(list(params, 'disabledCategories').map(normalizeCategoryId));
  const level = params.level ?? 'default';
  if (level !== 'default' && level !== 'picky') {
    throw new BadRequest(`'level' must be 'default' or 'picky', not '${level.slice(0, 20)}'`);
  }
  if (enabledOnly && (disabledRules.size > 0 || disabledCategories.size > 0)) {
    throw new BadRequest('you cannot specify disabled rules or categories using enabledOnly=true');
  }
  if (enabledOnly && enabledRules.length === 0 && enabledCategories.size === 0) {
    throw new BadRequest('you must specify enabled rules or categories when using enabledOnly=true');
  }
  const enabled = new Set(enabledRules);
  const picky = level === 'picky';
  return {
    enabledRules,
    keep(finding) {
      const category = categoryId(finding.category);
      const named = enabled.has(finding.ruleId) || enabledCategories.has(category);
      if (enabledOnly) return named;
      if (disabledRules.has(finding.ruleId) || disabledCategories.has(category)) return false;
      // A rule or category the client enabled by name is shown at every level.
      return picky || named || finding.severity !== 'info';
    },
  };
}
