/**
 * One unit of work: lint a file (and fix it) or lint a text. Runs the same on a worker thread or
 * in the main thread, and returns plain data so it can cross the thread boundary.
 */
import { readFileDecoded, encodeText, formatFor, identityOf, InputError } from '../inputs/read.js';
import { ConcurrentChangeError, FixRefusedError, writeFileAtomic } from '../fix/write.js';
import { fixRefusal } from '../fix/policy.js';
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
  /** `--fix-hard-links`: fix hard-linked files in place instead of leaving them alone. */
  fixHardLinks?: boolean;
}

export interface TextTask {
  kind: 'text';
  name: string;
  text: string;
  options: LintTextOptions;
  fix: FixMode;
}

export type Task = FileTask | TextTask;

/** A failed task: a one-line message, plus the stack of an internal error for --debug. */
export type TaskResult = { ok: true; result: FileResult } | { ok: false; error: string; stack?: string };

function lintWithFix(name: string, text: string, options: LintTextOptions, fix: 'none' | 'dry-run'): FileResult {
  if (fix === 'none') return lintText(name, text, options);
  const { output, fixedCount } = fixText(text, options);
  const result = lintText(name, output, options);
  result.fixedCount = fixedCount;
  const diff = unifiedDiff(name, text, output);
  if (diff) result.diff = diff;
  return result;
}

/** Writes the fix when the file system allows it; otherwise reports the unfixed text and why. */
function lintAndFixFile(task: FileTask): FileResult {
  const { text, encoding, bytes, stat } = readFileDecoded(task.file);
  const options = { format: formatFor(task.file), ...task.options };
  const { output, fixedCount } = fixText(text, options);
  if (output === text) return { ...lintText(task.file, text, options), fixedCount: 0 };
  const unfixed = (reason: string, kind: 'refused' | 'unsafe' | 'failed'): FileResult => ({ ...lintText(task.file, text, options), fixedCount: 0, notFixed: { reason, kind } });
  const refusal = fixRefusal(task.file, stat, { fixHardLinks: task.fixHardLinks === true });
  if (refusal) return unfixed(refusal, 'refused');
  try {
    // Same encoding, same BOM (it is part of the text): only the fixed spans differ.
    writeFileAtomic(task.file, encodeText(output, encoding), bytes, { identity: identityOf(stat), inPlace: stat.nlink > 1 });
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return unfixed('it changed on disk while it was being fixed, so writing would be unsafe', 'unsafe');
    if (error instanceof FixRefusedError) return unfixed(error.reason, 'refused');
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return unfixed(`writing failed (${code})`, 'failed');
    throw error;
  }
  const result = lintText(task.file, output, options);
  result.fixedCount = fixedCount;
  return result;
}

export function runTask(task: Task): TaskResult {
  try {
    if (task.kind === 'text') {
      const options = { format: formatFor(task.name), ...task.options };
      // Standard input cannot be written back: --fix shows what it would do, as a dry run.
      return { ok: true, result: lintWithFix(task.name, task.text, options, task.fix === 'none' ? 'none' : 'dry-run') };
    }
    if (task.fix === 'write') return { ok: true, result: lintAndFixFile(task) };
    const { text } = readFileDecoded(task.file);
    const options = { format: formatFor(task.file), ...task.options };
    return { ok: true, result: lintWithFix(task.file, text, options, task.fix) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, error: error.message };
    const where = task.kind === 'file' ? task.file : task.name;
    // One line for people and for JSON Lines records; the stack only travels for --debug.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${where}: internal error: ${message.split('\n')[0]}`, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
  }
}
