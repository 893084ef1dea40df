/** Turns the command line's operands (files, folders, globs) into a sorted list of files. */
import { statSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { IgnoreMatcher } from './ignore-file.js';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'];

export interface Collected {
  files: string[];
  /** Operands that matched nothing, with the reason. */
  missing: Array<{ operand: string; reason: string }>;
  /** Files named explicitly that an ignore pattern skips (worth a note, not an error). */
  ignored: string[];
}

export interface CollectOptions {
  extensions?: readonly string[];
  ignore?: IgnoreMatcher;
}

export async function collectFiles(operands: readonly string[], options: CollectOptions | readonly string[] = {}): Promise<Collected> {
  // The first CLI took the extension list as second argument; keep that call shape working.
  const opts: CollectOptions = Array.isArray(options) ? { extensions: options as readonly string[] } : (options as CollectOptions);
  const extensions = opts.extensions ?? DEFAULT_EXTENSIONS;
  const ignore = opts.ignore;
  const files = new Set<string>();
  const missing: Collected['missing'] = [];
  const ignored: string[] = [];
  // Pruning these in the walk itself saves reading huge dependency trees.
  const skip = ['**/node_modules/**', '**/.git/**'];
  const keep = (f: string) => !ignore?.ignores(f);
  for (const operand of operands) {
    if (isDynamicPattern(operand)) {
      const found = (await glob(operand, { ignore: skip, onlyFiles: true, dot: false, expandDirectories: false })).filter(keep);
      if (found.length === 0) missing.push({ operand, reason: 'no files match this pattern' });
      for (const f of found) files.add(f);
      continue;
    }
    let stat;
    try {
      stat = statSync(operand);
    } catch {
      missing.push({ operand, reason: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) {
      // A brace list of one item does not expand in glob syntax.
      const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
      const found = await glob(pattern, { cwd: operand, ignore: skip, onlyFiles: true, absolute: false, expandDirectories: false });
      for (const f of found) {
        const file = joinPath(operand, f);
        if (keep(file)) files.add(file);
      }
    } else if (keep(operand)) {
      files.add(operand);
    } else {
      ignored.push(operand);
    }
  }
  return { files: [...files].sort(), missing, ignored };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
