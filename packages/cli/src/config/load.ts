/**
 * Reads and validates a configuration file. Every problem names the file, the key path and
 * what was expected, so a pipeline log says exactly what to fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import { Ajv } from 'ajv';
import { CATEGORIES, listRules, type VacancyLintConfig } from '@vacancy-lint/core';
import { nearest } from './nearest.js';

const require = createRequire(import.meta.url);
const schema = require('../../schema/config.schema.json') as object;

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly keyPath: string,
    detail: string,
  ) {
    super(`${file}: ${keyPath ? `'${keyPath}' ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Keys that `rules` may use besides rule ids: categories, `<lang>.<category>`, rule groups. */
function knownRuleKeys(): Set<string> {
  const keys = new Set<string>(CATEGORIES);
  for (const lang of ['nl', 'en']) {
    keys.add(lang);
    for (const category of CATEGORIES) keys.add(`${lang}.${category}`);
  }
  keys.add('en.equality');
  for (const rule of listRules()) keys.add(rule.id);
  return keys;
}

/** Checks a parsed configuration object; throws ConfigError naming `file` and the key. */
export function validateConfig(data: unknown, file: string): VacancyLintConfig {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validator(data)) {
    const error = validator.errors![0]!;
    const path = error.instancePath.slice(1).replaceAll('/', '.');
    let detail = error.message ?? 'is not valid';
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((schema as { properties: object }).properties).filter((k) => k !== '$schema');
      const near = nearest(extra, known);
      throw new ConfigError(file, path ? `${path}.${extra}` : extra, `is not a known option${near ? ` (did you mean '${near}'?)` : ''}; expected one of: ${known.join(', ')}`);
    }
    if (error.keyword === 'enum') detail = `must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    throw new ConfigError(file, path, detail);
  }
  const config = data as VacancyLintConfig;
  const known = knownRuleKeys();
  for (const key of Object.keys(config.rules ?? {})) {
    if (known.has(key) || key.startsWith('en.equality.')) continue;
    const near = nearest(key, [...known]);
    throw new ConfigError(file, `rules.${key}`, `is not a known rule id or category${near ? ` (did you mean '${near}'?)` : ''}`);
  }
  return config;
}

/** Loads a JSON or YAML configuration file. */
export function loadConfigFile(file: string): VacancyLintConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = /\.json$/iu.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(file, '', `is not valid ${/\.json$/iu.test(file) ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  return validateConfig(data ?? {}, file);
}
