/** The run summary: findings per category over all files, and each file's gender-coded balance. */
import { summarize, type Category, type GenderCodedBalance, type Language } from '@vacancy-lint/core';
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
  /**
   * The language to name the categories in: that of the files with findings when they share one,
   * English for a mix (a Dutch name next to an English one would read as two categories).
   */
  language: Language;
  genderCoded: Array<{ filePath: string } & GenderCodedBalance>;
}

export function summarizeRun(results: readonly FileResult[]): RunSummary {
  // Counted from the messages shown (after --quiet), so the summary matches the report.
  const counts = summarize(results.flatMap((r) => r.messages));
  const out: RunSummary = { files: results.length, ...counts, language: runLanguage(results), fixedCount: 0, notFixedCount: 0, genderCoded: [] };
  for (const r of results) {
    out.fixedCount += r.fixedCount ?? 0;
    if (r.notFixed) out.notFixedCount++;
    const g = r.summary.genderCoded;
    if (g && g.label !== 'empty') out.genderCoded.push({ filePath: r.filePath, ...g });
  }
  return out;
}

function runLanguage(results: readonly FileResult[]): Language {
  const languages = new Set(results.filter((r) => r.messages.length > 0).map((r) => r.language));
  const [only] = languages;
  return languages.size === 1 && only === 'nl' ? 'nl' : 'en';
}
