/**
 * Runs tasks on worker threads (lint is CPU-bound, so threads give real parallelism), or in the
 * main thread when one worker would do: starting a worker and loading the rules in it costs more
 * than it saves for a single file.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { runTask, type Task, type TaskResult } from '../lint/task.js';

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
  readonly size: number;
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

function inProcess(): Runner {
  return {
    size: 1,
    async run(task) {
      return runTask(task);
    },
    async close() {},
  };
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  id: number;
  task: Task;
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
}

function workerPool(size: number): Runner {
  const url = new URL('./worker.js', import.meta.url);
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  const running = new Map<number, { pending: Pending; slot: Slot }>();
  let nextId = 0;
  let failed: Error | undefined;

  const fail = (error: Error) => {
    failed = error;
    for (const { pending } of running.values()) pending.reject(error);
    running.clear();
    for (const p of queue.splice(0)) p.reject(error);
  };

  const dispatch = () => {
    while (queue.length > 0) {
      let slot = slots.find((s) => !s.busy);
      if (!slot && slots.length < size) {
        const worker = new Worker(url);
        const created: Slot = { worker, busy: false };
        worker.on('message', ({ id, result }: { id: number; result: TaskResult }) => {
          const entry = running.get(id);
          if (!entry) return;
          running.delete(id);
          entry.slot.busy = false;
          entry.pending.resolve(result);
          dispatch();
        });
        worker.on('error', (error) => fail(error));
        worker.on('exit', (code) => {
          if (code !== 0 && !closing) fail(new Error(`a lint worker stopped unexpectedly (exit code ${code})`));
        });
        slots.push(created);
        slot = created;
      }
      if (!slot) return;
      const pending = queue.shift()!;
      slot.busy = true;
      running.set(pending.id, { pending, slot });
      slot.worker.postMessage({ id: pending.id, task: pending.task });
    }
  };

  let closing = false;
  return {
    size,
    run(task) {
      if (failed) return Promise.reject(failed);
      return new Promise<TaskResult>((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** `concurrency` 1 runs in the main thread; `expected` tasks caps the number of workers. */
export function createRunner(concurrency: number, expected = Infinity): Runner {
  const size = Math.max(1, Math.min(concurrency, expected));
  return size === 1 ? inProcess() : workerPool(size);
}
