/**
 * Library entry of @vacancy-lint/cli, its documented API (README "Library"): run the command
 * in-process, lint one text as the command does, format results, and find the configuration that
 * applies to a file under the CLI's trust policy. Configuration loading itself is
 * @vacancy-lint/config; the engine is @vacancy-lint/core.
 */
export { main, EXIT } from './main.js';
export { lintText, type LintTextOptions } from './lint/lint-one.js';
export { formatResults, FORMATS, type FormatName, type FormatOptions } from './output/index.js';
export type { FileResult } from './output/types.js';
export { resolveConfigFor, setConfigPolicy, clearConfigCache, type ResolvedConfig, type ConfigPolicy } from './config/resolve.js';
