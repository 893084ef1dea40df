/**
 * The project's configuration for a document: @vacancy-lint/config's search, the same one the
 * CLI uses, so the editor and the pipeline read the same file the same way. JavaScript configs
 * are code: they are imported only when the client allows it (`vacancyLint.allowJavaScriptConfig`).
 */
import { CONFIG_FILE_NAMES, ConfigResolver, configFileGlob, type ResolvedConfig, type ResolvedConfigData } from '@vacancy-lint/config';

/** File names whose change means the configuration must be read again. */
export { CONFIG_FILE_NAMES };

/** The glob for the client's file watcher. */
export const CONFIG_FILE_GLOB = configFileGlob();

export interface ProjectConfig {
  config: ResolvedConfigData;
  /** The file the configuration came from; absent when none was found. */
  file?: string;
  /** A JavaScript config that was found but not run (not allowed). */
  refused?: { file: string; message: string };
}

const resolver = new ConfigResolver();

/** Searches `directory` and its parents; throws ConfigError (naming file and key) on a broken file. */
export async function resolveProjectConfig(directory: string, allowJavaScript: boolean): Promise<ProjectConfig> {
  const resolved: ResolvedConfig = await resolver.resolveInFolder(directory, { allowJavaScript });
  const refused = resolved.skipped.find((s) => s.reason === 'javascript-not-allowed');
  return {
    config: resolved.config,
    ...(resolved.file ? { file: resolved.file } : {}),
    ...(refused ? { refused: { file: refused.file, message: refused.message } } : {}),
  };
}

/** Called when a watched config file changed, or before a re-read without a watcher. */
export function forgetProjectConfigs(): void {
  resolver.clear();
}
