/** One line per finding, for grep and editors' quickfix lists: `file:line:col: severity message [rule]`. */
import type { FileResult } from './types.js';

export function* compactChunks(results: readonly FileResult[]): Generator<string> {
  for (const r of results) {
    for (const m of r.messages) yield `${r.filePath}:${m.line}:${m.column}: ${m.severity} ${m.message.replace(/\s+/gu, ' ')} [${m.ruleId}]\n`;
  }
}

export function formatCompact(results: readonly FileResult[]): string {
  return [...compactChunks(results)].join('');
}
