/**
 * `--jsonl`: streams vacancies in and results out, one JSON object per line, in input order.
 * At most a fixed number of records are in flight, so memory does not grow with the input.
 */
import { closeSync, constants, createReadStream, fstatSync, openSync, statSync, type ReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Options } from '../cli/options.js';
import { readJsonl, type JsonlFields } from '../inputs/jsonl.js';
import { DEFAULT_MAX_BYTES, specialKind } from '../inputs/read.js';
import { resolveConfigFor } from '../config/resolve.js';
import { createRunner, defaultConcurrency } from '../batch/pool.js';
import type { TaskResult } from '../lint/task.js';
import { UsageError } from './rules-info.js';
import { isClosed, writeChunks } from '../output/sink.js';
import { PLACEHOLDER, streamJson } from '../output/stream-json.js';

export interface JsonlRun {
  records: number;
  errorRecords: number;
  errorCount: number;
  warningCount: number;
}

/** One output record, in pieces: a record for a huge text can be larger than a string may be. */
type Line = Iterable<string>;

function line(value: unknown): Line {
  return [JSON.stringify(value), '\n'];
}

/**
 * Checks every operand before anything is read or written, so a bad one stops the run with a
 * usage error instead of breaking the output stream halfway. A FIFO is refused too: it could block
 * forever; its data can be piped into standard input ('-') instead.
 */
function checkOperands(operands: readonly string[]): void {
  for (const operand of operands) {
    if (operand === '-') continue;
    let stat;
    try {
      stat = statSync(operand);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`${operand}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`);
    }
    if (stat.isDirectory()) throw new UsageError(`${operand}: is a folder; --jsonl reads JSON Lines files or '-' (standard input)`);
    const special = specialKind(stat);
    if (special) throw new UsageError(`${operand}: is ${special}, not a regular file; pipe it into standard input ('-') instead`);
  }
}

/**
 * Opens a checked operand without blocking (a file swapped for a FIFO after the check cannot
 * block the open) and makes sure it is still a regular file before streaming it.
 */
function openJsonl(operand: string): ReadStream {
  let fd: number;
  try {
    fd = openSync(operand, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UsageError(`${operand}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const special = specialKind(fstatSync(fd));
  if (special) {
    closeSync(fd);
    throw new UsageError(`${operand}: is ${special}, not a regular file; pipe it into standard input ('-') instead`);
  }
  // Chunks of 16 KB, not the default 64 KB: a chunk is held while the stream reads ahead and while
  // its lines are linted, and a 64 KB one lived long enough to be promoted, its memory then kept
  // until a full collection (some 4 MB of external memory over the English corpus).
  return createReadStream('', { fd, highWaterMark: 16 * 1024 });
}

export async function lintJsonl(operands: readonly string[], options: Options, out: Writable): Promise<JsonlRun> {
  checkOperands(operands);
  const fields: JsonlFields = { id: options.jsonlIdField, text: options.jsonlTextField, lang: options.jsonlLangField, format: options.jsonlFormatField };
  const { config } = await resolveConfigFor('stdin', options.config ? { configFile: options.config } : {});
  const concurrency = options.concurrency ?? defaultConcurrency();
  const runner = createRunner(concurrency);
  // Enough records in flight to keep every worker busy, few enough to bound memory. In the main
  // thread a record is linted when it is handed over, so keeping results back only made them live
  // through more scavenges (and be promoted, as garbage, to the old generation).
  const window = runner.size === 1 ? 1 : Math.max(4, concurrency * 8);
  const inFlight: Array<Promise<Line>> = [];
  const run: JsonlRun = { records: 0, errorRecords: 0, errorCount: 0, warningCount: 0 };

  const flushOne = async () => {
    const pieces = await inFlight.shift()!;
    await writeChunks(out, pieces);
  };

  try {
    for (const operand of operands) {
      const input = operand === '-' ? process.stdin : openJsonl(operand);
      for await (const item of readJsonl(input, fields, DEFAULT_MAX_BYTES)) {
        run.records++;
        if (item.kind === 'error') {
          run.errorRecords++;
          const { kind: _k, ...record } = item;
          inFlight.push(Promise.resolve(line(operands.length > 1 ? { file: operand, ...record } : record)));
        } else {
          const task = {
            kind: 'text' as const,
            name: String(item.id),
            text: item.text,
            options: { language: item.lang ?? options.lang, format: item.format ?? 'text', config, ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: true } : {}) },
            fix: 'none' as const,
          };
          const pending = runner.run(task).then((outcome: TaskResult): Line => {
              if (!outcome.ok) {
                run.errorRecords++;
                // The record carries the one-line message only; a stack is for --debug, on stderr.
                if (options.debug && outcome.stack) process.stderr.write(`${outcome.stack}\n`);
                return line({ line: item.line, id: item.id, error: outcome.error });
              }
              const r = outcome.result;
              run.errorCount += r.errorCount;
              run.warningCount += r.warningCount;
              const findings = options.quiet ? r.messages.filter((m) => m.severity === 'error') : r.messages;
              return [...streamJson({ id: item.id, language: r.language, findings: PLACEHOLDER, summary: r.summary }, findings, false), '\n'];
            });
          // Handled when its turn to be written comes; this only stops an early failure from
          // counting as an unhandled rejection.
          pending.catch(() => {});
          inFlight.push(pending);
        }
        if (inFlight.length >= window) await flushOne();
        // The reader went away (EPIPE): stop reading instead of linting for nobody.
        if (isClosed(out)) break;
      }
      if (isClosed(out)) break;
    }
    while (inFlight.length > 0) await flushOne();
  } finally {
    await runner.close();
  }
  return run;
}
