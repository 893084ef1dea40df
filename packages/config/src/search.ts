/**
 * Where configuration may come from: the linted file's folder and its parents, up to and
 * including the project root (the first folder with `.git` or `package.json`). Nothing else is
 * searched: no home-folder or XDG config folders, no meta-config, nothing above the project.
 *
 * Without a project root the search stops at the home folder (which is not read) or at the file
 * system root; the home folder itself is only read when it is a project root.
 */
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, isJavaScriptConfig, PACKAGE_KEY, PROJECT_ROOT_MARKERS } from './names.js';
import { readDataFile } from './load.js';

export type SkipReason = 'javascript-not-allowed' | 'shadowed' | 'no-package-key';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  /** One sentence for a log, a notice or `--print-config`. */
  message: string;
}

export type StopReason = 'config-file' | 'project-root' | 'home' | 'filesystem-root';

export interface SearchResult {
  /** The config file that applies; absent when none was found or the one found was refused. */
  file?: string;
  /** The data of `file` when it is JSON/YAML/package.json (already read during the search). */
  data?: unknown;
  skipped: SkippedFile[];
  /** Folders searched, nearest first. */
  folders: string[];
  /** Where and why the search ended. */
  stop: { folder: string; reason: StopReason };
}

export interface SearchOptions {
  allowJavaScript: boolean;
  /** The home folder; defaults to os.homedir() (which follows $HOME). */
  home?: string;
}

const exists = (path: string) => statSync(path, { throwIfNoEntry: false }) !== undefined;

export function isProjectRoot(folder: string): boolean {
  return PROJECT_ROOT_MARKERS.some((marker) => exists(join(folder, marker)));
}

/** Searches from `startFolder` upward; throws ConfigError for a broken, unreadable or non-regular config file. */
export function searchConfig(startFolder: string, options: SearchOptions): SearchResult {
  const home = resolve(options.home ?? homedir());
  const skipped: SkippedFile[] = [];
  const folders: string[] = [];
  let folder = resolve(startFolder);
  for (;;) {
    const root = isProjectRoot(folder);
    if (folder === home && !root) return { skipped, folders, stop: { folder, reason: 'home' } };
    folders.push(folder);
    let found: string | undefined;
    let data: unknown;
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(folder, name);
      if (!exists(file)) continue;
      if (found) {
        // A package.json behind a config file is not even read: it may not be ours to parse.
        if (name !== 'package.json') skipped.push({ file, reason: 'shadowed', message: `${file} is not used: ${found} comes first in the same folder` });
        continue;
      }
      if (isJavaScriptConfig(name)) {
        found = file;
        continue;
      }
      const read = readDataFile(file);
      if (read === undefined) {
        skipped.push({ file, reason: 'no-package-key', message: `${file} has no '${PACKAGE_KEY}' key` });
        continue;
      }
      found = file;
      data = read;
    }
    if (found) {
      if (isJavaScriptConfig(found) && !options.allowJavaScript) {
        skipped.unshift({
          file: found,
          reason: 'javascript-not-allowed',
          message: `${found} was not loaded: JavaScript config files are code, and running them is not allowed here; the defaults apply (a JSON or YAML config is always read)`,
        });
        return { skipped, folders, stop: { folder, reason: 'config-file' } };
      }
      return { file: found, ...(data === undefined ? {} : { data }), skipped, folders, stop: { folder, reason: 'config-file' } };
    }
    if (root) return { skipped, folders, stop: { folder, reason: 'project-root' } };
    const parent = dirname(folder);
    if (parent === folder) return { skipped, folders, stop: { folder, reason: 'filesystem-root' } };
    folder = parent;
  }
}
