/** Hover text for a finding: why, what to write instead, and where that comes from. */
import { ruleDocsUrl, type Finding, type RuleInfo } from '@vacancy-lint/core';
import { labelsFor } from './labels.js';

type Explained = Pick<Finding, 'ruleId' | 'message' | 'explanation' | 'suggestions' | 'sources' | 'language'>;

const escape = (text: string) => text.replace(/([\\`*_[\]<>])/gu, '\\$1');

function sourceLine(source: string): string {
  return /^https?:\/\//u.test(source) ? `- <${source}>` : `- ${escape(source)}`;
}

function explain(f: Explained): string {
  const l = labelsFor(f.language);
  const parts = [`**${escape(f.message)}**`, `**${l.why}:** ${escape(f.explanation)}`];
  if (f.suggestions.length) parts.push(`**${l.instead}:** ${f.suggestions.map((s) => `'${escape(s)}'`).join(', ')}`);
  if (f.sources.length) parts.push(`**${l.sources}:**\n${f.sources.map(sourceLine).join('\n')}`);
  parts.push(`${l.rule}: [\`${f.ruleId}\`](${ruleDocsUrl(f.ruleId)})`);
  return parts.join('\n\n');
}

export function hoverMarkdown(findings: Finding[]): string {
  return findings.map(explain).join('\n\n---\n\n');
}

/** A rule outside any text (the "Explain rule" command): placeholders show the rule's first phrase. */
export function ruleMarkdown(rule: RuleInfo): string {
  // Phrases use `jong[e]` for optional letters; show the plain form.
  const example = rule.phrases?.[0]?.replace(/\[[^\]]*\]/gu, '') ?? '…';
  const fill = (s: string) => s.replaceAll('{actual}', example);
  return `# ${rule.id}\n\n${explain({ ...rule, ruleId: rule.id, message: fill(rule.message), explanation: fill(rule.explanation) })}`;
}
