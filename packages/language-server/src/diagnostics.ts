/** Findings as LSP diagnostics. */
import { ruleDocsUrl, type Finding, type Language, type LintResult, type Severity } from '@vacancy-lint/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export const SOURCE = 'vacancy-lint';

/** What a code action needs, carried in `Diagnostic.data` so it works even if the server's state moved on. */
export interface FindingData {
  ruleId: string;
  actual: string;
  offset: number;
  endOffset: number;
  suggestions: string[];
  fixable: boolean;
  /** The range holds markup besides the matched words: no replacement is offered. */
  spansMarkup?: true;
  language: Language;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const data: FindingData = {
    ruleId: finding.ruleId,
    actual: finding.actual,
    offset: finding.offset,
    endOffset: finding.endOffset,
    suggestions: finding.suggestions,
    fixable: finding.fixable,
    ...(finding.spansMarkup ? { spansMarkup: true as const } : {}),
    language: finding.language,
  };
  return {
    range: { start: document.positionAt(finding.offset), end: document.positionAt(finding.endOffset) },
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Information,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: finding.message,
    data,
  };
}

/** Code of the notice that a document is in a language without rules. */
export const UNSUPPORTED_LANGUAGE = 'unsupported-language';

/**
 * A document in a language without rules gets one information diagnostic at its start, so the
 * writer sees that it was not checked instead of an empty, reassuring problem list.
 */
export function noticeDiagnostics(result: Pick<LintResult, 'unsupported'>): Diagnostic[] {
  if (!result.unsupported) return [];
  const start = { line: 0, character: 0 };
  return [{ range: { start, end: start }, severity: DiagnosticSeverity.Information, code: UNSUPPORTED_LANGUAGE, source: SOURCE, message: result.unsupported.message }];
}

/** Accepts `data` only when it has the shape this server wrote; clients may mangle or drop it. */
export function readFindingData(data: unknown): FindingData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Partial<FindingData>;
  if (typeof d.ruleId !== 'string' || typeof d.actual !== 'string') return undefined;
  if (typeof d.offset !== 'number' || typeof d.endOffset !== 'number' || !Array.isArray(d.suggestions)) return undefined;
  return {
    ruleId: d.ruleId,
    actual: d.actual,
    offset: d.offset,
    endOffset: d.endOffset,
    suggestions: d.suggestions.filter((s): s is string => typeof s === 'string'),
    fixable: d.fixable === true,
    ...(d.spansMarkup === true ? { spansMarkup: true as const } : {}),
    language: d.language === 'en' ? 'en' : 'nl',
  };
}
