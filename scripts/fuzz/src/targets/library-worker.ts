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
export type LibraryReply = { id: number; findings: SlimFinding[]; asyncAgrees: boolean } | { id: number; error: string };

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
      const sync = lintSync(request.text, { format: request.format }).findings.map(slim);
      const viaPromise = (await lint(request.text, { format: request.format })).findings.map(slim);
      parentPort!.postMessage({ id: request.id, findings: sync, asyncAgrees: JSON.stringify(sync) === JSON.stringify(viaPromise) } satisfies LibraryReply);
    } catch (error) {
      parentPort!.postMessage({ id: request.id, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) } satisfies LibraryReply);
    }
  })();
});
