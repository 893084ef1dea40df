/** Picks the formatter for `--format`. */
import type { FileResult } from './types.js';
import { stylishChunks } from './stylish.js';
import { jsonChunks } from './json.js';
import { sarifChunks } from './sarif.js';
import { githubChunks } from './github.js';
import { compactChunks } from './compact.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  dryRun?: boolean;
  /** Inputs that could not be linted (stylish then shows no "✔"). */
  problems?: number;
}

/** The report in pieces, to be written one after another: no size limit. */
export function reportChunks(format: FormatName, results: readonly FileResult[], opts: FormatOptions): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(results);
    case 'sarif':
      return sarifChunks(results);
    case 'github':
      return githubChunks(results);
    case 'compact':
      return compactChunks(results);
    default:
      return stylishChunks(results, { colors: opts.color, dryRun: opts.dryRun === true, problems: opts.problems ?? 0 });
  }
}

/** The whole report as one string (for small reports and library callers). */
export function formatResults(format: FormatName, results: readonly FileResult[], opts: FormatOptions): string {
  return [...reportChunks(format, results, opts)].join('');
}
