/**
 * @vacancy-lint/config: finds, reads and validates vacancy-lint configuration files for the CLI
 * and the language server. The trust model is in README.md.
 */
export { CONFIG_FILE_NAMES, PACKAGE_KEY, PROJECT_ROOT_MARKERS, isJavaScriptConfig, configFileGlob, type ConfigFileName } from './names.js';
export { ConfigError, type SourcePosition } from './errors.js';
export { validateConfig, configFromParsed, knownOptions, type ConfigFileData, type ResolvedConfigData } from './validate.js';
export { PRESETS, preset, type PresetName } from './presets.js';
export { nearest } from './nearest.js';
export { loadConfig, loadConfigFile, readDataFile, JAVASCRIPT_REFUSED, type LoadOptions } from './load.js';
export { searchConfig, isProjectRoot, type SearchOptions, type SearchResult, type SkippedFile, type SkipReason, type StopReason } from './search.js';
export { ConfigResolver, resolveConfig, type ResolveOptions, type ResolvedConfig, type ResolverOptions } from './resolve.js';
export { describeResolution } from './describe.js';
export { writeFileAtomic, ConcurrentChangeError, FixRefusedError, identityOf, type FileIdentity, type WriteOptions } from './write-atomic.js';
export { DEFAULT_MAX_BYTES } from './limits.js';
export { CONFIG_SCHEMA } from './schema.js';
