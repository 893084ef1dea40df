/**
 * The CLI's configuration lookup: @vacancy-lint/config's search (the linted file's folder up to
 * the project root) or `--config`, with the CLI's trust decision. The CLI runs JavaScript configs
 * by default (the user runs it in their own project); `--no-js-config` refuses them, and each
 * refused file is reported once on standard error so results never differ silently.
 */
import { CONFIG_FILE_NAMES, ConfigResolver, type ResolvedConfig as FullResolution } from '@vacancy-lint/config';
import type { CliConfig } from './load.js';

/** In one folder the first of these wins. Kept under its old name for library users. */
export const SEARCH_PLACES: readonly string[] = CONFIG_FILE_NAMES;

export interface ResolvedConfig {
  config: CliConfig;
  /** The config file used; undefined when none was found (defaults apply). */
  file?: string;
}

export interface ConfigPolicy {
  allowJavaScript: boolean;
  /** Where notices about skipped files go (one line each, once per file). */
  notice: (message: string) => void;
}

const policy: ConfigPolicy = {
  allowJavaScript: true,
  notice: (message) => process.stderr.write(`vacancy-lint: warning: ${message}\n`),
};
const resolver = new ConfigResolver();
const noticed = new Set<string>();

/** Set once by main() from the command line (`--no-js-config`). */
export function setConfigPolicy(change: Partial<ConfigPolicy>): void {
  Object.assign(policy, change);
}

/** The whole resolution (used, skipped, searched), for `--print-config`. */
export function resolveConfigDetails(filePath: string, options: { configFile?: string } = {}): Promise<FullResolution> {
  return resolver.resolveFor(filePath, { allowJavaScript: policy.allowJavaScript, ...(options.configFile ? { configFile: options.configFile } : {}) });
}

/**
 * The configuration that applies to `filePath`. With `configFile` that file is used and no
 * search happens. Results are cached per folder, so calling this for every file is cheap.
 */
export async function resolveConfigFor(filePath: string, options: { configFile?: string } = {}): Promise<ResolvedConfig> {
  const resolved = await resolveConfigDetails(filePath, options);
  for (const skip of resolved.skipped) {
    if (skip.reason !== 'javascript-not-allowed' || noticed.has(skip.file)) continue;
    noticed.add(skip.file);
    policy.notice(`${skip.file} was not loaded: it is a JavaScript config (code) and --no-js-config refuses those; the defaults apply to files under ${resolved.stop?.folder ?? 'it'}`);
  }
  return resolved.file ? { config: resolved.config, file: resolved.file } : { config: resolved.config };
}

/** Forget cached configs. */
export function clearConfigCache(): void {
  resolver.clear();
}
