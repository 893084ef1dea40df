/** One line per finding, for grep and editors' quickfix lists: `file:line:col: severity message [rule]`. */
import type { FileResult } from './types.js';

export function formatCompact(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const m of r.messages) lines.push(`${r.filePath}:${m.line}:${m.column}: ${m.severity} ${m.message.replace(/\s+/gu, ' ')} [${m.ruleId}]`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
