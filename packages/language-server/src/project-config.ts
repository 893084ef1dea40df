/**
 * The project's configuration for a document: the CLI's own search (`resolveConfigFor`), so the
 * editor and the pipeline read the same file the same way (presets, package.json key, JS configs).
 */
import { join } from 'node:path';
import { clearConfigCache, resolveConfigFor, SEARCH_PLACES, type CliConfig } from '@vacancy-lint/cli';

/** File names whose change means the configuration must be read again. */
export const CONFIG_FILE_NAMES: readonly string[] = SEARCH_PLACES;

export interface ProjectConfig {
  config: CliConfig;
  /** The file the configuration came from; absent when none was found. */
  file?: string;
}

/** Searches `directory` and its parents; throws the CLI's ConfigError (naming file and key) on a broken file. */
export function resolveProjectConfig(directory: string): Promise<ProjectConfig> {
  // resolveConfigFor starts at the folder of the path it is given.
  return resolveConfigFor(join(directory, '.vacancy-lint-document'));
}

/** Called when a watched config file changed, or before a re-read without a watcher. */
export function forgetProjectConfigs(): void {
  clearConfigCache();
}
