/**
 * The CLI's view of configuration files: loading and validation live in @vacancy-lint/config
 * (shared with the language server); this module keeps the CLI's names for them.
 */
import type { VacancyLintConfig } from '@vacancy-lint/core';

export { ConfigError, validateConfig, loadConfigFile, type ConfigFileData } from '@vacancy-lint/config';

/** What the CLI hands to core (presets already resolved). */
export type CliConfig = VacancyLintConfig;
