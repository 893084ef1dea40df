/**
 * One unit of work: lint a file (and fix it) or lint a text. Runs the same on a worker thread or
 * in the main thread, and returns plain data so it can cross the thread boundary.
 */
import { readFileDecoded, encodeText, formatFor, InputError } from '../inputs/read.js';
import { ConcurrentChangeError, writeFileAtomic } from '../fix/write.js';
import { fixText } from '../fix/fix-text.js';
import { unifiedDiff } from '../fix/diff.js';
import { lintText, type LintTextOptions } from './lint-one.js';
import type { FileResult } from '../output/types.js';

export type FixMode = 'none' | 'write' | 'dry-run';

export interface FileTask {
  kind: 'file';
  file: string;
  options: LintTextOptions;
  fix: FixMode;
}

export interface TextTask {
  kind: 'text';
  name: string;
  text: string;
  options: LintTextOptions;
  fix: FixMode;
}

export type Task = FileTask | TextTask;

export type TaskResult = { ok: true; result: FileResult } | { ok: false; error: string };

function lintWithFix(name: string, text: string, options: LintTextOptions, fix: FixMode, write?: (output: string) => void): FileResult {
  if (fix === 'none') return lintText(name, text, options);
  const { output, fixedCount } = fixText(text, options);
  if (output !== text && fix === 'write') write?.(output);
  const result = lintText(name, output, options);
  result.fixedCount = fixedCount;
  if (fix === 'dry-run') {
    const diff = unifiedDiff(name, text, output);
    if (diff) result.diff = diff;
  }
  return result;
}

export function runTask(task: Task): TaskResult {
  try {
    if (task.kind === 'text') {
      const options = { format: formatFor(task.name), ...task.options };
      return { ok: true, result: lintWithFix(task.name, task.text, options, task.fix === 'write' ? 'dry-run' : task.fix) };
    }
    const { text, encoding, bytes } = readFileDecoded(task.file);
    const options = { format: formatFor(task.file), ...task.options };
    const result = lintWithFix(task.file, text, options, task.fix, (output) => {
      // Same encoding, same BOM (it is part of the text): only the fixed spans differ.
      writeFileAtomic(task.file, encodeText(output, encoding), bytes);
    });
    return { ok: true, result };
  } catch (error) {
    if (error instanceof InputError || error instanceof ConcurrentChangeError) return { ok: false, error: error.message };
    const where = task.kind === 'file' ? task.file : task.name;
    return { ok: false, error: `${where}: internal error: ${(error as Error).stack ?? String(error)}` };
  }
}
