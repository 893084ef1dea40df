/**
 * The worker pool (piscina) that every lint goes through, with the per-request time limit: when it
 * passes, the task is aborted, which stops the thread running it (piscina replaces the thread).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { LintTimeout, Overloaded } from './errors.js';
import type { LintReply, LintTask } from './worker.js';

export interface PoolOptions {
  /** Worker threads; default: the number of cores. */
  threads?: number;
  /** Per-request limit in milliseconds, queueing included. */
  timeLimitMs: number;
  /** Texts allowed to wait for a free thread before requests get 503. */
  maxQueue?: number;
}

export class LintPool {
  private pool: Piscina<LintTask, LintReply> | undefined;
  private readonly threads: number;
  private readonly maxQueue: number;
  private readonly timeLimitMs: number;

  constructor(options: PoolOptions) {
    this.threads = Math.max(1, options.threads ?? availableParallelism());
    this.timeLimitMs = options.timeLimitMs;
    this.maxQueue = options.maxQueue ?? 1024;
  }

  /**
   * Starts the threads. Called once the server listens (or by the first lint), not when it is
   * built: a server that cannot listen stops at once, and stopping a thread that is still loading
   * its modules makes Node abort (a V8 fatal error instead of the one-line message and exit 2).
   */
  start(): Piscina<LintTask, LintReply> {
    this.pool ??= new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      maxQueue: this.maxQueue,
      // Threads stay up: starting one loads the rule tables again.
      idleTimeout: Number.MAX_SAFE_INTEGER,
    });
    return this.pool;
  }

  async lint(task: LintTask): Promise<LintReply> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeLimitMs);
    try {
      return await this.start().run(task, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) throw new LintTimeout(this.timeLimitMs);
      if (/queue is at limit/iu.test((error as Error).message)) throw new Overloaded();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.pool ? this.pool.destroy() : Promise.resolve();
  }
}
