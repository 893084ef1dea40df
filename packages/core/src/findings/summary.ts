/** Counting findings: one definition for the lint result, the CLI's totals and the editor's summary. */
import type { Finding, Summary } from '../types.js';

/** The parts of a summary that follow from the findings alone. */
export type FindingCounts = Pick<Summary, 'errorCount' | 'warningCount' | 'infoCount' | 'byCategory'>;

export function summarize(findings: Iterable<Pick<Finding, 'severity' | 'category'>>): FindingCounts {
  const counts: FindingCounts = { errorCount: 0, warningCount: 0, infoCount: 0, byCategory: {} };
  for (const f of findings) {
    if (f.severity === 'error') counts.errorCount++;
    else if (f.severity === 'warning') counts.warningCount++;
    else counts.infoCount++;
    counts.byCategory[f.category] = (counts.byCategory[f.category] ?? 0) + 1;
  }
  return counts;
}
