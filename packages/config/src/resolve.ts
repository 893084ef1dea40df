/**
 * The configuration for a linted file: `configFile` when given (no search), otherwise the search
 * result. Results are cached per folder and per file, so asking for every file of a batch is cheap;
 * `clear()` forgets them (the language server calls it when a config file changes).
 */
import { dirname, resolve } from 'node:path';
import { loadConfig } from './load.js';
import { searchConfig, type SkippedFile, type StopReason } from './search.js';
import { validateConfig, type ResolvedConfigData } from './validate.js';

export interface ResolveOptions {
  /** Import JavaScript configs (run their code). Required: the caller states its trust decision. */
  allowJavaScript: boolean;
  /** Use this file and search nothing (the CLI's `--config`). */
  configFile?: string;
}

export interface ResolvedConfig {
  /** What core takes; `{}` when no config applies. */
  config: ResolvedConfigData;
  /** The config file used; absent when none was found (defaults apply). */
  file?: string;
  /** Files that were found but not used, and why (a refused JavaScript config is first). */
  skipped: SkippedFile[];
  /** Folders searched, nearest first; empty with `configFile`. */
  searched: string[];
  /** Where the search ended and why; absent with `configFile`. */
  stop?: { folder: string; reason: StopReason };
}

export interface ResolverOptions {
  /** The home folder; defaults to os.homedir(). */
  home?: string;
}

export class ConfigResolver {
  private readonly folders = new Map<string, Promise<ResolvedConfig>>();
  private readonly configs = new Map<string, Promise<ResolvedConfigData>>();

  constructor(private readonly options: ResolverOptions = {}) {}

  /** The configuration that applies to `filePath` (a file; its folder is where the search starts). */
  async resolveFor(filePath: string, options: ResolveOptions): Promise<ResolvedConfig> {
    if (options.configFile) {
      const file = resolve(options.configFile);
      return { config: await this.load(file, options.allowJavaScript), file, skipped: [], searched: [] };
    }
    return this.resolveInFolder(dirname(resolve(filePath)), options);
  }

  /** The configuration for files in `folder`. */
  resolveInFolder(folder: string, options: ResolveOptions): Promise<ResolvedConfig> {
    const start = resolve(folder);
    const key = `${options.allowJavaScript ? 'js' : 'data'}\0${start}`;
    let resolved = this.folders.get(key);
    if (!resolved) {
      resolved = this.searchAndLoad(start, options.allowJavaScript);
      this.folders.set(key, resolved);
      // A failure (broken file) is not cached: the user fixes the file and the next call reads it.
      resolved.catch(() => this.folders.delete(key));
    }
    return resolved;
  }

  clear(): void {
    this.folders.clear();
    this.configs.clear();
  }

  private async searchAndLoad(start: string, allowJavaScript: boolean): Promise<ResolvedConfig> {
    const found = searchConfig(start, { allowJavaScript, ...(this.options.home ? { home: this.options.home } : {}) });
    const base = { skipped: found.skipped, searched: found.folders, stop: found.stop };
    if (!found.file) return { config: {}, ...base };
    const config = found.data !== undefined ? validateConfig(found.data, found.file) : await this.load(found.file, allowJavaScript);
    return { config, file: found.file, ...base };
  }

  private load(file: string, allowJavaScript: boolean): Promise<ResolvedConfigData> {
    const key = `${allowJavaScript ? 'js' : 'data'}\0${file}`;
    let config = this.configs.get(key);
    if (!config) {
      config = loadConfig(file, { allowJavaScript });
      this.configs.set(key, config);
      config.catch(() => this.configs.delete(key));
    }
    return config;
  }
}

/** One-off resolution without a shared cache. */
export function resolveConfig(filePath: string, options: ResolveOptions & ResolverOptions): Promise<ResolvedConfig> {
  return new ConfigResolver(options.home ? { home: options.home } : {}).resolveFor(filePath, options);
}
