/** `--list-rules` and `--explain RULE`: what the rules are, from core's rule metadata. */
import { CATEGORIES, describeRule, getRule, listRules, renderRule, type Category, type Language, type RuleInfo } from '@vacancy-lint/core';
import { nearest } from '../config/nearest.js';

export class UsageError extends Error {}

export function checkCategory(category: string | undefined): Category | undefined {
  if (category === undefined) return undefined;
  if ((CATEGORIES as readonly string[]).includes(category)) return category as Category;
  const near = nearest(category, CATEGORIES);
  throw new UsageError(`unknown category '${category}'${near ? ` (did you mean '${near}'?)` : ''}; expected one of: ${CATEGORIES.join(', ')}`);
}

export function listRulesText(filter: { language?: Language; category?: Category }, json: boolean): string {
  const rules = listRules(filter);
  if (json) return JSON.stringify(rules, null, 2) + '\n';
  if (rules.length === 0) return 'No rules match.\n';
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(18)}  ${r.fixable ? 'fixable' : '       '}  ${r.message.replace(/\{\w+\}/gu, '…')}`);
  return `${lines.join('\n')}\n\n${rules.length} rule${rules.length === 1 ? '' : 's'}\n`;
}

/** The rule's fields in its own language: the same renderer as the editor's hover and the rule pages. */
function explainText(rule: RuleInfo): string {
  return `${rule.id}\n\n${renderRule(describeRule(rule), 'text')}\n`;
}

export function explain(id: string, json: boolean): string {
  const rule = getRule(id);
  if (!rule) {
    const near = nearest(id, listRules().map((r) => r.id));
    throw new UsageError(`unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ''}; run vacancy-lint --list-rules`);
  }
  return json ? JSON.stringify(rule, null, 2) + '\n' : explainText(rule);
}
