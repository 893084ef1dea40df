/**
 * Hover text for a finding, and the "Explain rule" text: core's rule description (one label
 * table and renderer, shared with the CLI's --explain and the rule pages), as Markdown.
 */
import { describeRule, renderRule, ruleDocsUrl, type Finding, type RuleDescription, type RuleInfo } from '@vacancy-lint/core';

const escape = (text: string) => text.replace(/([\\`*_[\]<>])/gu, '\\$1');

/** A finding's own message as its heading; then why, what instead, sources and the rule's page. */
function explain(f: Finding): string {
  const described = describeRule({ id: f.ruleId, language: f.language, message: f.message, explanation: f.explanation, suggestions: f.suggestions, sources: f.sources, docsUrl: ruleDocsUrl(f.ruleId) });
  const fields: RuleDescription = { ...described, fields: described.fields.filter((field) => field.field !== 'message') };
  return `**${escape(f.message)}**\n\n${renderRule(fields, 'markdown')}\n\n\`${f.ruleId}\``;
}

export function hoverMarkdown(findings: Finding[]): string {
  return findings.map(explain).join('\n\n---\n\n');
}

/** A rule outside any text (the "Explain rule" command). */
export function ruleMarkdown(rule: RuleInfo): string {
  return `# ${rule.id}\n\n${renderRule(describeRule(rule), 'markdown')}`;
}
