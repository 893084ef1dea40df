/**
 * The page's side of the worker protocol: waits until typing pauses (debounce), sends the latest
 * text, keeps at most one request in flight, and hands on only the answer to the newest text.
 * An answer to an older text is dropped: showing it would underline the wrong words.
 */
import type { LintOptions } from '@vacancy-lint/core';
import { isWorkerMessage, type LintRequest, type LintResponse } from './protocol.js';

/** What the client needs of a Worker; a fake in the unit tests. */
export interface WorkerPort {
  postMessage(message: LintRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type Delivered = Extract<LintResponse, { type: 'result' }> & { text: string; version: number };

export interface LintClientOptions {
  /** Pause in typing before a check starts. */
  debounceMs: number;
  onResult(result: Delivered): void;
  onError(message: string): void;
  onReady?(): void;
  timers?: Timers;
}

interface Pending {
  text: string;
  version: number;
  options: LintOptions;
}

export class LintClient {
  private nextId = 1;
  /** The request the worker is working on, if any. */
  private inFlight: (Pending & { id: number }) | undefined;
  /** The newest text, waiting for the debounce or for the request in flight to finish. */
  private queued: Pending | undefined;
  private timer: unknown;
  private readonly timers: Timers;
  /** Ids of answers that were dropped because the text changed; for tests and the page's status. */
  readonly dropped: number[] = [];

  constructor(private readonly port: WorkerPort, private readonly options: LintClientOptions) {
    this.timers = options.timers ?? { setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) };
    port.addEventListener('message', (event) => this.receive(event.data));
  }

  /** A new text (version grows with every edit): checked after the debounce. */
  update(text: string, version: number, options: LintOptions, immediately = false): void {
    this.queued = { text, version, options };
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (immediately) this.flush();
    else this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.options.debounceMs);
  }

  /** Sends the queued text unless a request is in flight (then it goes when that one returns). */
  private flush(): void {
    if (this.inFlight || !this.queued) return;
    const request = { ...this.queued, id: this.nextId++ };
    this.queued = undefined;
    this.inFlight = request;
    this.port.postMessage({ type: 'lint', id: request.id, text: request.text, options: request.options });
  }

  private receive(data: unknown): void {
    if (!isWorkerMessage(data)) return;
    if (data.type === 'ready') {
      this.options.onReady?.();
      return;
    }
    const request = this.inFlight;
    if (!request || data.id !== request.id) return;
    this.inFlight = undefined;
    // A newer text is waiting: this answer is already stale.
    const stale = this.queued !== undefined;
    if (stale) this.dropped.push(data.id);
    else if (data.type === 'result') this.options.onResult({ ...data, text: request.text, version: request.version });
    else this.options.onError(data.message);
    // Only send the waiting text now if its debounce has run out.
    if (this.timer === undefined) this.flush();
  }
}
