/**
 * Finds the configuration for a file: the nearest config file from the file's folder upward
 * (cosmiconfig does the search and loads JSON, YAML, JS and package.json), or `--config`.
 */
import { dirname, parse, resolve } from 'node:path';
import { cosmiconfig, type PublicExplorer } from 'cosmiconfig';
import { ConfigError, validateConfig, type CliConfig } from './load.js';

/** In one folder the first of these wins; rc files before package.json, like other linters. */
export const SEARCH_PLACES = [
  '.vacancylintrc.json',
  '.vacancylintrc.yaml',
  '.vacancylintrc.yml',
  'vacancy-lint.config.js',
  'vacancy-lint.config.mjs',
  'vacancy-lint.config.cjs',
  'package.json',
];

export interface ResolvedConfig {
  config: CliConfig;
  /** The config file used; undefined when none was found (defaults apply). */
  file?: string;
}

let explorer: PublicExplorer | undefined;
const validated = new Map<string, CliConfig>();

function getExplorer(): PublicExplorer {
  explorer ??= cosmiconfig('vacancylint', {
    searchPlaces: SEARCH_PLACES,
    packageProp: 'vacancyLint',
    // 'global' walks every parent folder up to stopDir (then the user's config folder);
    // 'project' would stop at the first package.json, which content repos often lack.
    searchStrategy: 'global',
    stopDir: parse(process.cwd()).root,
    cache: true,
  });
  return explorer;
}

function validatedFor(file: string, data: unknown): CliConfig {
  let config = validated.get(file);
  if (!config) {
    // cosmiconfig has already taken package.json's `vacancyLint` key out.
    config = validateConfig(data ?? {}, file);
    validated.set(file, config);
  }
  return config;
}

function wrap(error: unknown, file: string): never {
  if (error instanceof ConfigError) throw error;
  const e = error as NodeJS.ErrnoException & { filepath?: string };
  const where = e.filepath ?? file;
  if (e.code === 'ENOENT') throw new ConfigError(where, '', 'cannot be read (ENOENT)');
  throw new ConfigError(where, '', `cannot be loaded: ${String(e.message).split('\n')[0]}`);
}

/**
 * The configuration that applies to `filePath`. With `configFile` that file is used and no
 * search happens. Results are cached per folder, so calling this for every file is cheap.
 */
export async function resolveConfigFor(filePath: string, options: { configFile?: string } = {}): Promise<ResolvedConfig> {
  if (options.configFile) {
    const file = resolve(options.configFile);
    const cached = validated.get(file);
    if (cached) return { config: cached, file };
    try {
      const found = await getExplorer().load(file);
      return { config: validatedFor(file, found?.config ?? {}), file };
    } catch (error) {
      wrap(error, file);
    }
  }
  const start = dirname(resolve(filePath));
  try {
    const found = await getExplorer().search(start);
    if (!found || found.isEmpty) return { config: {} };
    return { config: validatedFor(found.filepath, found.config), file: found.filepath };
  } catch (error) {
    wrap(error, start);
  }
}

/** Forget cached configs (the language server calls this when a config file changes). */
export function clearConfigCache(): void {
  explorer?.clearCaches();
  validated.clear();
}
