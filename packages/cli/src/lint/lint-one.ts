/** Lints one text (from a file, stdin or a JSON Lines record) and shapes the result for output. */
import { lintSync, summarize, type Finding, type InputFormat, type Language, type UnusedDirective } from '@vacancy-lint/core';
import type { CliConfig } from '../config/load.js';
import type { FileResult } from '../output/types.js';

export type { InputFormat };

export interface LintTextOptions {
  language?: Language | 'auto';
  format?: InputFormat;
  config?: CliConfig;
  /** Report `vacancy-lint-disable` comments that suppressed nothing. */
  reportUnusedDirectives?: boolean;
}

export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';

/** Unused directives are shown like findings, so every formatter and exit code handles them. */
function directiveFinding(d: UnusedDirective, source: string, language: Language): Finding {
  return {
    ruleId: UNUSED_DIRECTIVE_RULE,
    category: 'other',
    severity: 'warning',
    message: `Unused directive '${d.text.trim()}': nothing here was reported.`,
    explanation: 'This comment turns rules off, but none of them reported anything here. Remove it so it cannot hide a future finding.',
    suggestions: [],
    fixable: false,
    sources: [],
    actual: source.slice(d.offset, d.endOffset),
    language,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    offset: d.offset,
    endOffset: d.endOffset,
  };
}

export function lintText(filePath: string, text: string, options: LintTextOptions = {}): FileResult {
  const result = lintSync(text, {
    ...(options.language ? { language: options.language } : {}),
    ...(options.format ? { format: options.format } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
  });
  let messages = result.findings;
  if (options.reportUnusedDirectives && result.unusedDirectives?.length) {
    messages = [...messages, ...result.unusedDirectives.map((d) => directiveFinding(d, text, result.language === 'und' ? 'nl' : result.language))].sort(
      (a, b) => a.offset - b.offset || a.endOffset - b.endOffset,
    );
  }
  const { errorCount, warningCount, infoCount } = summarize(messages);
  return {
    filePath,
    language: result.language,
    messages,
    errorCount,
    warningCount,
    infoCount,
    summary: result.summary,
    ...(result.unsupported ? { unsupported: result.unsupported } : {}),
    ...(result.region ? { region: result.region } : {}),
  };
}
