/**
 * Turns the command line's operands (files, folders, globs) into a sorted list of files.
 *
 * What a walk does with the file system (documented in the CLI README):
 * - A folder walk follows symbolic links whose target is inside the walked folder (each real
 *   folder is visited once, so a link loop ends), and skips, with a notice, links that lead out
 *   of it: linting or fixing a folder never reaches files elsewhere.
 * - Globs do not descend into symbolically linked folders; a linked file a glob matches is only
 *   used when its target is inside the glob's base folder.
 * - FIFOs, devices and sockets are never opened: named on the command line they are an input
 *   problem, met in a walk they are skipped with a notice.
 * - A folder that cannot be read (EACCES) is an input problem, not silently empty.
 * - One file reached by two paths (a symbolic link and its target, two hard links) is linted once,
 *   under the first path in name order, so --fix never writes it twice.
 */
import { readdir as readdirCallback, readdirSync, realpathSync, statSync, lstatSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { IgnoreMatcher } from './ignore-file.js';
import { specialKind } from './read.js';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'];

export interface Collected {
  files: string[];
  /** Operands or folders that could not be used, with the reason: an input problem (exit 2). */
  missing: Array<{ operand: string; reason: string }>;
  /** Files named explicitly that an ignore pattern skips (worth a note, not an error). */
  ignored: string[];
  /** Entries a walk met and left alone (links out of the folder, FIFOs, devices): a notice each. */
  skipped: Array<{ file: string; reason: string }>;
}

export interface CollectOptions {
  extensions?: readonly string[];
  ignore?: IgnoreMatcher;
}

/** Folders that never hold job ads worth linting; pruned so huge dependency trees are not read. */
const PRUNED = new Set(['node_modules', '.git']);

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** True when `path` is `folder` or below it (both real, absolute paths). */
function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

class Collector {
  /** Real path → the path shown for it (the first one found). */
  private readonly found = new Map<string, string>();
  readonly missing: Collected['missing'] = [];
  readonly ignored: string[] = [];
  readonly skipped: Collected['skipped'] = [];

  constructor(
    private readonly extensions: readonly string[],
    private readonly ignore: IgnoreMatcher | undefined,
  ) {}

  private keep(file: string): boolean {
    return !this.ignore?.ignores(file);
  }

  private wanted(name: string): boolean {
    return this.extensions.some((ext) => name.endsWith(`.${ext}`));
  }

  /** Keyed by device and inode, so a file reached by a link, a hard link or twice is linted once. */
  private add(file: string, real: string, stat?: Stats): void {
    let st = stat;
    if (!st) {
      try {
        st = statSync(real);
      } catch {
        // Gone since the walk listed it: reading it will report that.
      }
    }
    const key = st && st.ino ? `${st.dev}:${st.ino}` : real;
    if (!this.found.has(key)) this.found.set(key, file);
  }

  files(): string[] {
    return [...this.found.values()].sort();
  }

  /** A file, folder or link named on the command line: the user chose it, so links are followed. */
  operand(operand: string): void {
    let stat: Stats;
    let real: string;
    try {
      stat = statSync(operand);
      real = realpathSync(operand);
    } catch (error) {
      const code = errorCode(error);
      this.missing.push({ operand, reason: code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot be read (${code})` });
      return;
    }
    if (stat.isDirectory()) return this.walk(operand, real);
    const special = specialKind(stat);
    if (special) {
      this.missing.push({ operand, reason: `is ${special}, not a regular file; skipped` });
      return;
    }
    if (this.keep(operand)) this.add(operand, real, stat);
    else this.ignored.push(operand);
  }

  /** Depth-first walk with an explicit stack: no recursion, so no depth can overflow it. */
  private walk(root: string, rootReal: string): void {
    const visited = new Set<string>([rootReal]);
    const stack: Array<{ dir: string; real: string }> = [{ dir: root, real: rootReal }];
    while (stack.length > 0) {
      const { dir, real } = stack.pop()!;
      let entries: Dirent[];
      try {
        // Sorted, so which path is shown for a file reached twice does not depend on the disk.
        entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch (error) {
        this.missing.push({ operand: dir, reason: `folder cannot be read (${errorCode(error)})` });
        continue;
      }
      const folders: Array<{ dir: string; real: string }> = [];
      for (const entry of entries) {
        // Hidden files and folders are skipped, as the glob-based walk did before.
        if (entry.name.startsWith('.') || PRUNED.has(entry.name)) continue;
        const path = joinPath(dir, entry.name);
        let target = join(real, entry.name);
        let stat: Stats | Dirent = entry;
        if (entry.isSymbolicLink()) {
          try {
            target = realpathSync(path);
            stat = statSync(target);
          } catch {
            if (this.wanted(entry.name)) this.skipped.push({ file: path, reason: 'is a broken symbolic link; skipped' });
            continue;
          }
          if (!inside(rootReal, target)) {
            if (stat.isDirectory() || this.wanted(entry.name)) {
              this.skipped.push({ file: path, reason: `is a symbolic link to ${target}, outside ${root}; not followed` });
            }
            continue;
          }
        }
        if (stat.isDirectory()) {
          // A link back to a folder already seen (a loop, or a second way in) is not walked again.
          if (visited.has(target)) continue;
          visited.add(target);
          folders.push({ dir: path, real: target });
        } else if (this.wanted(entry.name)) {
          if (!stat.isFile()) {
            this.skipped.push({ file: path, reason: `is ${specialKind(stat) ?? 'not a regular file'}; skipped` });
          } else if (this.keep(path)) {
            this.add(path, target, entry.isSymbolicLink() ? (stat as Stats) : undefined);
          }
        }
      }
      // Pushed in reverse, so the stack pops folders in name order (output is sorted anyway).
      for (let i = folders.length - 1; i >= 0; i--) stack.push(folders[i]!);
    }
  }

  /** A glob operand, expanded by tinyglobby; its unreadable folders are reported, not skipped. */
  async pattern(operand: string): Promise<void> {
    const unreadable: Collected['missing'] = [];
    // fdir (under tinyglobby) ignores readdir errors; this adapter notes them on the way.
    const readdir = ((path: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries?: Dirent[]) => void) =>
      readdirCallback(path, options as { withFileTypes: true }, (error, entries) => {
        if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') unreadable.push({ operand: path, reason: `folder cannot be read (${error.code})` });
        callback(error, entries);
      })) as unknown as typeof readdirCallback;
    const found = await glob(operand, {
      ignore: ['**/node_modules/**', '**/.git/**'],
      onlyFiles: true,
      dot: false,
      expandDirectories: false,
      followSymbolicLinks: false,
      fs: { readdir },
    });
    this.missing.push(...unreadable);
    const base = realBase(operand);
    let matched = 0;
    for (const file of found) {
      if (!this.keep(file)) continue;
      matched++;
      let target: string;
      let stat: Stats;
      try {
        target = realpathSync(file);
        stat = statSync(target);
      } catch {
        this.skipped.push({ file, reason: 'is a broken symbolic link; skipped' });
        continue;
      }
      if (base && !inside(base, target) && lstatSync(file).isSymbolicLink()) {
        this.skipped.push({ file, reason: `is a symbolic link to ${target}, outside the folder the pattern searches; not followed` });
        continue;
      }
      const special = specialKind(stat);
      if (special) this.skipped.push({ file, reason: `is ${special}; skipped` });
      else this.add(file, target, stat);
    }
    if (matched === 0 && unreadable.length === 0) this.missing.push({ operand, reason: 'no files match this pattern' });
  }
}

/** The real path of the folder a glob searches: its leading segments without glob syntax. */
function realBase(pattern: string): string | undefined {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  const folder = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  try {
    return realpathSync(resolve(folder));
  } catch {
    return undefined;
  }
}

export async function collectFiles(operands: readonly string[], options: CollectOptions | readonly string[] = {}): Promise<Collected> {
  // The first CLI took the extension list as second argument; keep that call shape working.
  const opts: CollectOptions = Array.isArray(options) ? { extensions: options as readonly string[] } : (options as CollectOptions);
  const collector = new Collector(opts.extensions ?? DEFAULT_EXTENSIONS, opts.ignore);
  for (const operand of operands) {
    if (isDynamicPattern(operand)) await collector.pattern(operand);
    else collector.operand(operand);
  }
  return { files: collector.files(), missing: collector.missing, ignored: collector.ignored, skipped: collector.skipped };
}
