/** Library entry of @vacancy-lint/cli: what other Node tools (the language server) reuse. */
export { loadConfigFile, validateConfig, ConfigError } from './config/load.js';
export { collectFiles, DEFAULT_EXTENSIONS } from './inputs/collect.js';
export { readTextFile, decodeText, formatFor, InputError } from './inputs/read.js';
export { lintText } from './lint-files.js';
export { formatJson } from './output/json.js';
export { formatStylish } from './output/stylish.js';
export type { FileResult } from './output/types.js';
export { main, EXIT } from './main.js';
