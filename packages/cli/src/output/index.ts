/** Picks the formatter for `--format`. */
import type { FileResult } from './types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatCompact } from './compact.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;
export type FormatName = (typeof FORMATS)[number];

export function formatResults(format: FormatName, results: readonly FileResult[], opts: { color: boolean; dryRun?: boolean }): string {
  switch (format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results);
    case 'github':
      return formatGithub(results);
    case 'compact':
      return formatCompact(results);
    default:
      return formatStylish(results, opts.color, opts.dryRun);
  }
}
