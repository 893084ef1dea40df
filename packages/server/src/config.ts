/**
 * The server's configuration file, found and read by @vacancy-lint/config exactly as the CLI does:
 * `--config FILE`, or the search from the folder the server is started in up to the project root.
 * JavaScript configs run unless `--no-js-config` (the operator starts the server in their project).
 */
import { join } from 'node:path';
import { ConfigResolver } from '@vacancy-lint/config';
import type { VacancyLintConfig } from '@vacancy-lint/core';

export interface LoadedConfig {
  config: VacancyLintConfig;
  file?: string;
  /** One line each: files found and not used. */
  notices: string[];
}

export async function loadServerConfig(options: { configFile?: string; allowJavaScript: boolean; cwd?: string }): Promise<LoadedConfig> {
  const resolver = new ConfigResolver();
  const cwd = options.cwd ?? process.cwd();
  // resolveFor searches from the file's folder; a name inside cwd makes that folder the start.
  const resolved = await resolver.resolveFor(join(cwd, '.vacancy-lint-serve'), {
    allowJavaScript: options.allowJavaScript,
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  const notices = resolved.skipped
    .filter((s) => s.reason === 'javascript-not-allowed')
    .map((s) => `${s.file} was not loaded: it is a JavaScript config (code) and --no-js-config refuses those; the defaults apply`);
  return { config: resolved.config as VacancyLintConfig, ...(resolved.file ? { file: resolved.file } : {}), notices };
}
