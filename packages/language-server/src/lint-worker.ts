/**
 * Worker-thread entry: checks long documents off the server's main thread, so hover, code
 * actions and cancellation are answered while a large document is being checked.
 */
import { parentPort } from 'node:worker_threads';
import { lintDocument, type LintRequest } from './lint-document.js';

export interface WorkerTask {
  id: number;
  request: LintRequest;
}

export type WorkerReply = { id: number; result: ReturnType<typeof lintDocument> } | { id: number; error: string };

parentPort?.on('message', ({ id, request }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: lintDocument(request) };
  } catch (error) {
    reply = { id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
