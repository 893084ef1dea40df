/**
 * `--jsonl`: streams vacancies in and results out, one JSON object per line, in input order.
 * At most a fixed number of records are in flight, so memory does not grow with the input.
 */
import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Options } from '../cli/options.js';
import { readJsonl, type JsonlFields } from '../inputs/jsonl.js';
import { DEFAULT_MAX_BYTES } from '../inputs/read.js';
import { resolveConfigFor } from '../config/resolve.js';
import { createRunner, defaultConcurrency } from '../batch/pool.js';
import type { TaskResult } from '../lint/task.js';

export interface JsonlRun {
  records: number;
  errorRecords: number;
  errorCount: number;
  warningCount: number;
}

/** Writes and waits when the pipe is full, so a slow reader slows the linting, not the memory. */
function writeLine(out: Writable, line: string): Promise<void> | undefined {
  if (out.write(line + '\n')) return undefined;
  return new Promise((resolve) => out.once('drain', resolve));
}

export async function lintJsonl(operands: readonly string[], options: Options, out: Writable): Promise<JsonlRun> {
  const fields: JsonlFields = { id: options.jsonlIdField, text: options.jsonlTextField, lang: options.jsonlLangField, format: options.jsonlFormatField };
  const { config } = await resolveConfigFor('stdin', options.config ? { configFile: options.config } : {});
  const concurrency = options.concurrency ?? defaultConcurrency();
  const runner = createRunner(concurrency);
  // Enough records in flight to keep every worker busy, few enough to bound memory.
  const window = Math.max(4, concurrency * 8);
  const inFlight: Array<Promise<string>> = [];
  const run: JsonlRun = { records: 0, errorRecords: 0, errorCount: 0, warningCount: 0 };

  const flushOne = async () => {
    const line = await inFlight.shift()!;
    await writeLine(out, line);
  };

  try {
    for (const operand of operands) {
      const input = operand === '-' ? process.stdin : createReadStream(operand);
      const opened = new Promise<void>((resolve, reject) => {
        if (operand === '-') resolve();
        else input.once('open', () => resolve()).once('error', reject);
      });
      try {
        await opened;
      } catch (error) {
        throw new Error(`${operand}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      for await (const item of readJsonl(input, fields, DEFAULT_MAX_BYTES)) {
        run.records++;
        if (item.kind === 'error') {
          run.errorRecords++;
          const { kind: _k, ...record } = item;
          inFlight.push(Promise.resolve(JSON.stringify(operands.length > 1 ? { file: operand, ...record } : record)));
        } else {
          const task = {
            kind: 'text' as const,
            name: String(item.id),
            text: item.text,
            options: { language: item.lang ?? options.lang, format: item.format ?? 'text', config, ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: true } : {}) },
            fix: 'none' as const,
          };
          const pending = runner.run(task).then((outcome: TaskResult) => {
              if (!outcome.ok) {
                run.errorRecords++;
                return JSON.stringify({ line: item.line, id: item.id, error: outcome.error });
              }
              const r = outcome.result;
              run.errorCount += r.errorCount;
              run.warningCount += r.warningCount;
              const findings = options.quiet ? r.messages.filter((m) => m.severity === 'error') : r.messages;
              return JSON.stringify({ id: item.id, language: r.language, findings, summary: r.summary });
            });
          // Handled when its turn to be written comes; this only stops an early failure from
          // counting as an unhandled rejection.
          pending.catch(() => {});
          inFlight.push(pending);
        }
        if (inFlight.length >= window) await flushOne();
      }
    }
    while (inFlight.length > 0) await flushOne();
  } finally {
    await runner.close();
  }
  return run;
}
