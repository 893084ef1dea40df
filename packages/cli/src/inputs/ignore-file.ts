/**
 * `.vacancylintignore`: gitignore syntax, patterns relative to the folder of the ignore file.
 * The `ignore` package implements gitignore's rules (negation, anchoring, folder patterns).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.vacancylintignore';

export interface IgnoreMatcher {
  /** True when `file` (any path) is ignored. */
  ignores(file: string): boolean;
}

/** Folders that never hold job ads worth linting. */
const ALWAYS = ['node_modules/', '.git/'];

export function loadIgnore(ignorePath: string | false, cwd = process.cwd()): IgnoreMatcher {
  const base = ignorePath === false ? cwd : dirname(resolve(cwd, ignorePath));
  const ig: Ignore = ignore().add(ALWAYS);
  if (ignorePath !== false) {
    let text: string | undefined;
    try {
      text = readFileSync(resolve(cwd, ignorePath), 'utf8');
    } catch (error) {
      // A missing default ignore file is normal; a missing explicit one is the caller's concern.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text !== undefined) ig.add(text);
  }
  return {
    ignores(file: string): boolean {
      const abs = isAbsolute(file) ? file : resolve(cwd, file);
      const rel = relative(base, abs);
      // Files outside the ignore file's folder: only the always-skipped folders apply.
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        return abs.split(sep).some((part) => part === 'node_modules' || part === '.git');
      }
      return ig.ignores(rel.split(sep).join('/'));
    },
  };
}
