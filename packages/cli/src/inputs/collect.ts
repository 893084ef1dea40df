/** Turns the command line's operands (files, folders, globs, `-`) into a sorted list of files. */
import { statSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];

export interface Collected {
  files: string[];
  /** Operands that matched nothing, with the reason. */
  missing: Array<{ operand: string; reason: string }>;
}

export async function collectFiles(operands: readonly string[], extensions = DEFAULT_EXTENSIONS): Promise<Collected> {
  const files = new Set<string>();
  const missing: Collected['missing'] = [];
  const ignore = ['**/node_modules/**', '**/.git/**'];
  for (const operand of operands) {
    if (isDynamicPattern(operand)) {
      const found = await glob(operand, { ignore, onlyFiles: true, dot: false });
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
      const pattern = `**/*.{${extensions.join(',')}}`;
      const found = await glob(pattern, { cwd: operand, ignore, onlyFiles: true, absolute: false });
      for (const f of found) files.add(joinPath(operand, f));
    } else {
      files.add(operand);
    }
  }
  return { files: [...files].sort(), missing };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}
