/** Lints files, folders, globs and standard input; returns results in a stable (sorted) order. */
import type { Options } from '../cli/options.js';
import { collectFiles, DEFAULT_EXTENSIONS } from '../inputs/collect.js';
import { loadIgnore } from '../inputs/ignore-file.js';
import { decodeFile, InputError, readStdin } from '../inputs/read.js';
import { resolveConfigFor } from '../config/resolve.js';
import { createRunner, defaultConcurrency } from '../batch/pool.js';
import { createProgress } from '../batch/progress.js';
import { runTask, type FixMode, type Task } from '../lint/task.js';
import type { LintTextOptions } from '../lint/lint-one.js';
import type { FileResult } from '../output/types.js';
import { UsageError } from './rules-info.js';

export interface LintRun {
  results: FileResult[];
  /** Input problems (missing or unreadable files): exit code 2 after the report. */
  problems: string[];
}

export function fixMode(options: Options): FixMode {
  return options.fix ? 'write' : options.fixDryRun ? 'dry-run' : 'none';
}

async function lintOptionsFor(name: string, options: Options): Promise<LintTextOptions> {
  const { config } = await resolveConfigFor(name, options.config ? { configFile: options.config } : {});
  return {
    language: options.lang,
    config,
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: true } : {}),
  };
}

export async function lintFiles(operands: readonly string[], options: Options): Promise<LintRun> {
  const fix = fixMode(options);
  const wantsStdin = operands.includes('-');
  if (wantsStdin && fix === 'write') throw new UsageError("--fix cannot write to standard input; use --fix-dry-run to see the changes as a diff");
  const problems: string[] = [];
  const results: FileResult[] = [];

  if (wantsStdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const lintOptions = await lintOptionsFor(options.stdinFilename ?? 'stdin', options);
    try {
      const { text } = decodeFile(await readStdin(), name);
      const outcome = runTask({ kind: 'text', name, text, options: lintOptions, fix });
      if (outcome.ok) results.push(outcome.result);
      else {
        problems.push(outcome.error);
        if (options.debug && outcome.stack) process.stderr.write(`${outcome.stack}\n`);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(error.message);
    }
  }

  const ignore = loadIgnore(options.ignore ? options.ignorePath : false);
  const { files, missing, ignored, skipped } = await collectFiles(
    operands.filter((o) => o !== '-'),
    { extensions: options.ext?.length ? options.ext : DEFAULT_EXTENSIONS, ignore },
  );
  for (const m of missing) problems.push(`${m.operand}: ${m.reason}`);
  for (const f of ignored) process.stderr.write(`vacancy-lint: ${f}: skipped, it matches ${options.ignorePath} (use --no-ignore to lint it)\n`);
  for (const s of skipped) process.stderr.write(`vacancy-lint: ${s.file}: ${s.reason}\n`);

  // Configs are resolved here, once per folder (cached), so workers only lint.
  const tasks: Task[] = [];
  for (const file of files) {
    tasks.push({ kind: 'file', file, options: await lintOptionsFor(file, options), fix, ...(options.fixHardLinks ? { fixHardLinks: true } : {}) });
  }

  const runner = createRunner(options.concurrency ?? defaultConcurrency(), tasks.length);
  const progress = createProgress(tasks.length, process.stderr, options.progress);
  try {
    const outcomes = await Promise.all(
      tasks.map(async (task) => {
        const outcome = await runner.run(task);
        progress.tick();
        return outcome;
      }),
    );
    for (const outcome of outcomes) {
      if (outcome.ok) {
        results.push(outcome.result);
        const notFixed = outcome.result.notFixed;
        if (notFixed) {
          const line = `${outcome.result.filePath}: not fixed: ${notFixed.reason}`;
          // A refusal is policy and only a notice; a fix that was unsafe or failed is a problem (exit 2).
          if (notFixed.kind === 'refused') process.stderr.write(`vacancy-lint: ${line}\n`);
          else problems.push(line);
        }
      } else {
        problems.push(outcome.error);
        if (options.debug && outcome.stack) process.stderr.write(`${outcome.stack}\n`);
      }
    }
  } finally {
    progress.done();
    await runner.close();
  }
  return { results, problems };
}
