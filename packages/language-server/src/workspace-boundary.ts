/**
 * The trust boundary for files the server writes: real paths (symlinks followed, `..` resolved)
 * compared with the real paths of the workspace folders. A path string alone proves nothing.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

/** `path` with every symlink resolved; for a path that does not exist yet, its nearest existing ancestor's. */
export async function realPathOf(path: string): Promise<string> {
  const rest: string[] = [];
  let current = path;
  for (;;) {
    try {
      const real = await realpath(current);
      return rest.length ? join(real, ...rest.reverse()) : real;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(current);
      // Only a missing part may be skipped: a loop or a permission problem is not a place to write.
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === current) throw error;
      rest.push(basename(current));
      current = parent;
    }
  }
}

/** True when `path` is `folder` or below it (both real, absolute paths). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real paths of the workspace folders that exist. */
export async function realFolders(folders: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const folder of folders) {
    try {
      out.push(await realpath(folder));
    } catch {
      // A folder removed since the editor opened it holds nothing to write to.
    }
  }
  return out;
}

/** The innermost real workspace folder holding the real path `path`, if any. */
export function folderHolding(path: string, folders: readonly string[]): string | undefined {
  return folders.filter((f) => isInside(f, path)).sort((a, b) => b.length - a.length)[0];
}
