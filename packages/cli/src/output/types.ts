import type { Finding, LintResult, Summary, UnsupportedLanguage } from '@vacancy-lint/core';

/** One linted file, in ESLint's result shape plus our summary. */
export interface FileResult {
  filePath: string;
  /** `und`: a language without rules; see `unsupported`. */
  language: LintResult['language'];
  /** Set when the text is in a language vacancy-lint does not check (then there are no messages). */
  unsupported?: UnsupportedLanguage;
  /** Region whose law the messages cite (absent for English without a region). */
  region?: LintResult['region'];
  messages: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  summary: Summary;
  /** Number of findings `--fix` / `--fix-dry-run` replaced. */
  fixedCount?: number;
  /** `--fix-dry-run`: unified diff of what `--fix` would change (absent when nothing changes). */
  diff?: string;
  /**
   * `--fix`: the file had fixes but was not written, and why. `refused`: the file system said no
   * (read-only, another owner, hard links); `unsafe`: it changed while being fixed; `failed`: the
   * write itself failed. The findings are those of the unchanged file.
   */
  notFixed?: { reason: string; kind: 'refused' | 'unsafe' | 'failed' };
}
