/** The document summary as one line of text, for a code lens or a single diagnostic. */
import { balanceLabel, categoryCounts, severityCount, type LintResult } from '@vacancy-lint/core';
import { labelsFor } from './labels.js';

export function summaryLine(result: LintResult): string {
  const { summary } = result;
  const l = labelsFor(result.language);
  const language = result.language;
  const counts = [severityCount('error', summary.errorCount, language), severityCount('warning', summary.warningCount, language), severityCount('info', summary.infoCount, language)].join(', ');
  const categories = categoryCounts(summary.byCategory, language);
  const parts = [`vacancy-lint: ${counts}`];
  if (categories) parts.push(categories);
  const g = summary.genderCoded;
  if (g) parts.push(`${l.balance}: ${balanceLabel(g.label, language)} (${l.masculine} ${g.masculine}, ${l.feminine} ${g.feminine})`);
  return parts.join(' · ');
}

/** Longer text for when the user clicks the lens. */
export function summaryDetails(result: LintResult): string {
  const l = labelsFor(result.language);
  const lines = [summaryLine(result), l.words(result.summary.words)];
  const g = result.summary.genderCoded;
  if (g) {
    if (g.masculineWords.length) lines.push(`${l.masculine}: ${g.masculineWords.join(', ')}`);
    if (g.feminineWords.length) lines.push(`${l.feminine}: ${g.feminineWords.join(', ')}`);
  }
  return lines.join('\n');
}
