/**
 * The one place the CLI calls core's linter. (It first bridged core features that landed in
 * parallel: HTML input and unused-directive reports; core's own types now carry both.)
 */
import { lintSync, type LintOptions, type LintResult } from '@vacancy-lint/core';

export type { UnusedDirective } from '@vacancy-lint/core';
export type InputFormat = NonNullable<LintOptions['format']>;
export type CoreLintOptions = LintOptions;
export type CoreLintResult = LintResult;

export function coreLint(text: string, options: CoreLintOptions): CoreLintResult {
  return lintSync(text, options);
}
