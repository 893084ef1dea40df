/** The run summary: findings per category over all files, and each file's gender-coded balance. */
import type { Category, GenderCodedBalance } from '@vacancy-lint/core';
import type { FileResult } from './types.js';

export interface RunSummary {
  files: number;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixedCount: number;
  /** Files --fix had fixes for but did not write (read-only, hard links, changed meanwhile, …). */
  notFixedCount: number;
  byCategory: Partial<Record<Category, number>>;
  genderCoded: Array<{ filePath: string } & GenderCodedBalance>;
}

export function summarizeRun(results: readonly FileResult[]): RunSummary {
  const out: RunSummary = { files: results.length, errorCount: 0, warningCount: 0, infoCount: 0, fixedCount: 0, notFixedCount: 0, byCategory: {}, genderCoded: [] };
  for (const r of results) {
    out.errorCount += r.errorCount;
    out.warningCount += r.warningCount;
    out.infoCount += r.infoCount;
    out.fixedCount += r.fixedCount ?? 0;
    if (r.notFixed) out.notFixedCount++;
    // Counted from the messages shown (after --quiet), so the summary matches the report.
    for (const m of r.messages) out.byCategory[m.category] = (out.byCategory[m.category] ?? 0) + 1;
    const g = r.summary.genderCoded;
    if (g && g.label !== 'empty') out.genderCoded.push({ filePath: r.filePath, ...g });
  }
  return out;
}
