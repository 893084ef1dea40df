/**
 * Runs the library on a worker thread, so a case that never ends can be stopped (the thread is
 * terminated) and the harness goes on. Replies with the findings' positions, or the error.
 */
import { parentPort } from 'node:worker_threads';
import { lint, lintSync, type Finding } from '@vacancy-lint/core';

export interface LibraryRequest {
  id: number;
  text: string;
  format: 'text' | 'markdown' | 'html';
}
export type SlimFinding = Pick<Finding, 'ruleId' | 'message' | 'actual' | 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset' | 'fixable' | 'suggestions'>;
/** `notice`: the message of a text in a language without rules (the language server shows it as a diagnostic). */
export type LibraryReply = { id: number; findings: SlimFinding[]; notice?: string; asyncAgrees: boolean } | { id: number; error: string };

const slim = (f: Finding): SlimFinding => ({
  ruleId: f.ruleId,
  message: f.message,
  actual: f.actual,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  offset: f.offset,
  endOffset: f.endOffset,
  fixable: f.fixable,
  suggestions: f.suggestions,
});

parentPort!.on('message', (request: LibraryRequest) => {
  void (async () => {
    try {
      const result = lintSync(request.text, { format: request.format });
      const sync = result.findings.map(slim);
      const viaPromise = (await lint(request.text, { format: request.format })).findings.map(slim);
      const notice = result.unsupported?.message;
      parentPort!.postMessage({ id: request.id, findings: sync, ...(notice ? { notice } : {}), asyncAgrees: JSON.stringify(sync) === JSON.stringify(viaPromise) } satisfies LibraryReply);
    } catch (error) {
      parentPort!.postMessage({ id: request.id, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) } satisfies LibraryReply);
    }
  })();
});
