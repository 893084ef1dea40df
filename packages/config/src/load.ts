/**
 * Loads one configuration file. JSON and YAML are data and are read synchronously; JavaScript
 * configs are code, so they are imported only when the caller passes `allowJavaScript: true`.
 */
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ConfigError } from './errors.js';
import { isJavaScriptConfig } from './names.js';
import { parseJsonText, parseYamlText } from './parse.js';
import { assertRegularFile, readRegularFile } from './read.js';
import { configFromParsed, validateConfig, type ResolvedConfigData } from './validate.js';

export interface LoadOptions {
  /** Import `.js`/`.mjs`/`.cjs` configs, i.e. run their code. No default: every caller decides. */
  allowJavaScript: boolean;
}

/** Why a JavaScript config was not loaded; callers show it, so the user is never left guessing. */
export const JAVASCRIPT_REFUSED = 'is a JavaScript config (code), and loading JavaScript configs is not allowed here';

const require = createRequire(import.meta.url);

/** Raw data of a JSON or YAML file (package.json: its `vacancyLint` value, undefined when absent). */
export function readDataFile(file: string): unknown {
  const text = readRegularFile(file);
  if (text.trim() === '') return basename(file) === 'package.json' ? undefined : {};
  const data = /\.json$/iu.test(file) ? parseJsonText(text, file) : parseYamlText(text, file);
  return configFromParsed(data, file);
}

/** A JSON or YAML config file, validated and with presets resolved. Throws ConfigError for JavaScript. */
export function loadConfigFile(file: string): ResolvedConfigData {
  if (isJavaScriptConfig(file)) throw new ConfigError(file, '', 'is a JavaScript config; load it with loadConfig(file, { allowJavaScript: true })');
  return validateConfig(readDataFile(file) ?? {}, file);
}

/** Imports a JavaScript config. The URL carries the file's mtime so an edited file is imported afresh. */
async function importJavaScript(file: string): Promise<unknown> {
  assertRegularFile(file);
  const stats = statSync(file);
  // A CommonJS config is cached by path in require.cache whatever the URL says.
  delete require.cache[file];
  const url = `${pathToFileURL(file).href}?mtime=${stats.mtimeMs}-${stats.size}`;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(file, '', `could not be loaded: ${String((error as Error).message ?? error).split('\n')[0]}`);
  }
  return module.default ?? {};
}

/** Any config file. A JavaScript file without permission is a ConfigError (callers that search skip it instead). */
export async function loadConfig(file: string, options: LoadOptions): Promise<ResolvedConfigData> {
  if (!isJavaScriptConfig(file)) return loadConfigFile(file);
  if (!options.allowJavaScript) throw new ConfigError(file, '', JAVASCRIPT_REFUSED);
  return validateConfig(await importJavaScript(file), file);
}
