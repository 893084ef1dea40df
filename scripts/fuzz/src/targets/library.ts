/**
 * (a) The library: `lintSync` and `lint` on every generated document, in a worker thread with a
 * deadline. Also the reference the CLI and language server checks compare against.
 */
import { Worker } from 'node:worker_threads';
import type { Doc } from '../classes.js';
import { checkPositions, Violation } from '../invariants.js';
import type { LibraryReply, LibraryRequest, SlimFinding } from './library-worker.js';

export class LibraryRunner {
  private worker: Worker | undefined;
  private next = 0;

  constructor(private readonly timeoutMs: number) {}

  /** The findings of `text`; throws a Violation on a crash or when the deadline passes. */
  async findings(text: string, format: Doc['format']): Promise<SlimFinding[]> {
    return (await this.result(text, format)).findings;
  }

  /** The findings and, for a text in a language without rules, the notice the editor shows instead. */
  result(text: string, format: Doc['format']): Promise<{ findings: SlimFinding[]; notice?: string }> {
    // 1 MB of stack, like a main thread (the CLI with --concurrency 1, the language server).
    const worker = (this.worker ??= new Worker(new URL('./library-worker.js', import.meta.url), { resourceLimits: { stackSizeMb: 1 } }));
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        // The only way to stop a regular expression that runs for minutes.
        void worker.terminate();
        this.worker = undefined;
        reject(new Violation(`hang: the library took more than ${this.timeoutMs} ms (${format}, ${text.length} characters)`));
      }, this.timeoutMs);
      const onMessage = (reply: LibraryReply) => {
        if (reply.id !== id) return;
        cleanup();
        if ('error' in reply) reject(new Violation(`crash: the library threw on ${format} input: ${reply.error}`));
        else if (!reply.asyncAgrees) reject(new Violation('lint() and lintSync() gave different findings'));
        else resolve({ findings: reply.findings, ...(reply.notice ? { notice: reply.notice } : {}) });
      };
      const onError = (error: Error) => {
        cleanup();
        this.worker = undefined;
        reject(new Violation(`crash: the library's thread died: ${error.message}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, text, format } satisfies LibraryRequest);
    });
  }

  async check(doc: Doc): Promise<void> {
    const findings = await this.findings(doc.text, doc.format);
    checkPositions(doc.text, findings, `library (${doc.format}): `);
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
