/** Lints one text (from a file or stdin) and shapes the result for the formatters. */
import { lintSync, type LintOptions } from '@vacancy-lint/core';
import type { FileResult } from './output/types.js';

export function lintText(filePath: string, text: string, options: LintOptions): FileResult {
  const { language, findings, summary } = lintSync(text, options);
  return {
    filePath,
    language,
    messages: findings,
    errorCount: summary.errorCount,
    warningCount: summary.warningCount,
    infoCount: summary.infoCount,
    summary,
  };
}
