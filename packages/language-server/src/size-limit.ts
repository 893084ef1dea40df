/** The size limit for open documents: past it a document gets one diagnostic instead of a check. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { SOURCE } from './diagnostics.js';

/** The document's size in UTF-8 bytes when it is over `limit`, else undefined. */
export function bytesOver(text: string, limit: number): number | undefined {
  // UTF-8 takes 1 to 3 bytes per UTF-16 code unit, so most documents need no counting.
  if (text.length * 3 <= limit) return undefined;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limit ? bytes : undefined;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'document-too-large',
    message: `This document is ${size(bytes)}, larger than the limit of ${size(limit)} (setting vacancyLint.maxDocumentSizeMB), and is not checked.`,
  };
}
