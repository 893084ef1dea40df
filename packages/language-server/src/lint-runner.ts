/**
 * Where a document is checked. Short documents (job ads) are checked on the main thread: a
 * round trip to a worker would cost more than the check. Long ones go to one dedicated worker
 * thread, one at a time; a newer request for the same document supersedes the older one, and a
 * check already running for it is stopped by ending the worker (a synchronous check cannot be
 * interrupted any other way). A fresh worker starts on the next request.
 *
 * One worker rather than a pool (piscina, tinypool): the server checks one long document at a
 * time at most, stopping a running check means terminating its thread, and the worker entry must
 * survive the VS Code extension's single-file bundle, where a pool's own worker script does not.
 */
import { Worker } from 'node:worker_threads';
import type { LintResult } from '@vacancy-lint/core';
import { lintDocument, type LintRequest } from './lint-document.js';
import type { WorkerReply, WorkerTask } from './lint-worker.js';

export interface LintRunnerOptions {
  /** Documents of at least this many UTF-16 code units are checked in the worker. */
  workerMinChars?: number;
  /** An idle worker is ended after this long, giving its memory back. */
  idleMs?: number;
  /** The worker entry; next to this module, in the package and in the bundle alike. */
  workerUrl?: URL;
}

/** About 10,000 words: ordinary job ads stay on the main thread. */
export const WORKER_MIN_CHARS = 64 * 1024;

interface Task {
  key: string;
  request: LintRequest;
  resolve(result: LintResult | undefined): void;
  reject(error: Error): void;
}

export class LintRunner {
  private readonly minChars: number;
  private readonly idleMs: number;
  private readonly workerUrl: URL;
  private worker: Worker | undefined;
  private running: (Task & { id: number }) | undefined;
  private queue: Task[] = [];
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(options: LintRunnerOptions = {}) {
    this.minChars = options.workerMinChars ?? WORKER_MIN_CHARS;
    this.idleMs = options.idleMs ?? 60_000;
    this.workerUrl = options.workerUrl ?? new URL('./lint-worker.js', import.meta.url);
  }

  /** The result, or undefined when a newer request for `key` (or `cancel`) superseded this one. */
  lint(key: string, request: LintRequest): Promise<LintResult | undefined> {
    this.cancel(key);
    if (request.text.length < this.minChars) return Promise.resolve(lintDocument(request));
    return new Promise((resolve, reject) => {
      this.queue.push({ key, request, resolve, reject });
      this.pump();
    });
  }

  /** Drops the waiting or running check of `key`; its promise resolves to undefined. */
  cancel(key: string): void {
    this.queue = this.queue.filter((task) => {
      if (task.key === key) task.resolve(undefined);
      return task.key !== key;
    });
    if (this.running?.key === key) {
      const task = this.running;
      this.running = undefined;
      this.stopWorker();
      task.resolve(undefined);
      this.pump();
    }
  }

  dispose(): void {
    for (const task of this.queue) task.resolve(undefined);
    this.queue = [];
    this.running?.resolve(undefined);
    this.running = undefined;
    clearTimeout(this.idleTimer);
    this.stopWorker();
  }

  private pump(): void {
    if (this.running) return;
    const task = this.queue.shift();
    if (!task) {
      this.scheduleIdleStop();
      return;
    }
    clearTimeout(this.idleTimer);
    const id = ++this.nextId;
    this.running = { ...task, id };
    const message: WorkerTask = { id, request: task.request };
    this.ensureWorker().postMessage(message);
  }

  private finish(worker: Worker, reply: WorkerReply): void {
    // Replies of a worker that was stopped belong to a superseded check.
    if (this.worker !== worker || this.running?.id !== reply.id) return;
    const task = this.running;
    this.running = undefined;
    if ('error' in reply) task.reject(new Error(reply.error));
    else task.resolve(reply.result);
    this.pump();
  }

  /** The worker died (out of memory, a crash): its check fails, the next request gets a new one. */
  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const task = this.running;
    this.running = undefined;
    task?.reject(error);
    this.pump();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl);
    // The server's lifetime is the connection's; an idle worker must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.finish(worker, reply));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`the check worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private scheduleIdleStop(): void {
    clearTimeout(this.idleTimer);
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => {
      if (!this.running && this.queue.length === 0) this.stopWorker();
    }, this.idleMs);
    this.idleTimer.unref();
  }
}
