/**
 * The downloadable report: the engine's result as JSON (the same shape `lint()` returns), or as
 * Markdown for people, grouped like the side panel, in the interface language.
 */
import type { LintResult } from '@vacancy-lint/core';
import { groupByCategory } from './findings-view.js';
import type { Messages } from './i18n.js';

export function reportJson(result: LintResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** Backticks in a finding's text would end the code span it is shown in. */
const code = (s: string): string => {
  const text = s.replace(/\s+/gu, ' ');
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ' ' : ''}${text}${fence === '``' ? ' ' : ''}${fence}`;
};

export function reportMarkdown(result: LintResult, m: Messages): string {
  const s = result.summary;
  const lines: string[] = [`# ${m.report.title}`, ''];
  lines.push(`- ${m.report.language}: ${result.language === 'und' ? (result.unsupported?.message ?? 'und') : m.languageNames[result.language]}`);
  lines.push(`- ${m.report.words}: ${s.words}`);
  lines.push(`- ${m.findings}: ${m.count(result.findings.length)} (${m.severity('error')}: ${s.errorCount}, ${m.severity('warning')}: ${s.warningCount}, ${m.severity('info')}: ${s.infoCount})`);
  const g = s.genderCoded;
  lines.push(`- ${m.balance}: ${m.balanceLabel(g.label)} (${m.masculine}: ${g.masculineWords.join(', ') || m.noCodedWords}; ${m.feminine}: ${g.feminineWords.join(', ') || m.noCodedWords})`);
  lines.push('');
  if (result.findings.length === 0) lines.push(m.noFindings, '');
  for (const group of groupByCategory(result.findings)) {
    lines.push(`## ${m.category(group.category)} (${group.findings.length})`, '');
    for (const f of group.findings) {
      lines.push(`- **${m.severity(f.severity)}**, ${m.report.line} ${f.line}: ${f.message} (${code(f.actual)})`);
      if (f.suggestions.length > 0) lines.push(`  - ${m.report.suggestions}: ${f.suggestions.map(code).join(', ')}`);
      lines.push(`  - ${m.why}: ${f.explanation}`);
      if (f.sources.length > 0) lines.push(`  - ${m.sources}: ${f.sources.join('; ')}`);
      lines.push(`  - \`${f.ruleId}\``);
    }
    lines.push('');
  }
  return lines.join('\n');
}
