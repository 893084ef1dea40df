/**
 * Checks parsed configuration data against the JSON schema (the same file editors use for
 * completion) and the rule list, then resolves presets. Every problem names the key.
 */
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { Ajv, ErrorObject } from 'ajv';
import { CATEGORIES, EQUALITY_RULES, isEqualityRule, listRules, type VacancyLintConfig } from '@vacancy-lint/core';
import { ConfigError } from './errors.js';
import { PACKAGE_KEY } from './names.js';
import { nearest } from './nearest.js';
import { preset, type PresetName } from './presets.js';
import { CONFIG_SCHEMA } from './schema.js';

const require = createRequire(import.meta.url);
const schema: { properties: Record<string, unknown> } = CONFIG_SCHEMA;

/** What a config file says, as core takes it (presets resolved, `$schema` dropped). */
export type ResolvedConfigData = VacancyLintConfig;

/** A configuration file as written: the core config plus keys resolved while loading. */
export interface ConfigFileData extends VacancyLintConfig {
  $schema?: string;
  extends?: PresetName | PresetName[];
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Keys that `rules` may use besides rule ids: categories, `<lang>.<category>`, rule groups. */
function knownRuleKeys(): Set<string> {
  const keys = new Set<string>(CATEGORIES);
  for (const lang of ['nl', 'en']) {
    keys.add(lang);
    for (const category of CATEGORIES) keys.add(`${lang}.${category}`);
  }
  keys.add(EQUALITY_RULES);
  for (const rule of listRules()) keys.add(rule.id);
  return keys;
}

/** The most useful of ajv's errors: `oneOf` wrappers say less than the branch errors beneath them. */
function pickError(errors: ErrorObject[]): ErrorObject {
  return errors.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? errors[0]!;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'enum':
      return `must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return error.instancePath === '/genderForm' ? "must look like 'v/m/x' (letters m, v, x separated by '/')" : `must match ${(error.params as { pattern: string }).pattern}`;
    case 'type':
      return `must be ${(error.params as { type: string }).type}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/** Presets first, then the file's own settings on top; `extends` and `$schema` are consumed here. */
function resolvePresets(data: ConfigFileData): ResolvedConfigData {
  const { extends: ext, $schema: _schema, ...own } = data;
  const names = ext === undefined ? [] : Array.isArray(ext) ? ext : [ext];
  let out: ResolvedConfigData = {};
  for (const name of names) {
    const p = preset(name);
    out = { ...out, ...p, rules: { ...out.rules, ...p.rules }, allow: [...(out.allow ?? []), ...(p.allow ?? [])] };
  }
  const merged: ResolvedConfigData = { ...out, ...own };
  if (out.rules || own.rules) merged.rules = { ...out.rules, ...own.rules };
  if (out.allow?.length || own.allow) merged.allow = [...(out.allow ?? []), ...(own.allow ?? [])];
  return merged;
}

/** The top-level option names a config file may use. */
export function knownOptions(): string[] {
  return Object.keys(schema.properties).filter((k) => k !== '$schema');
}

/** Checks a parsed configuration object; throws ConfigError naming `file` and the key. */
export function validateConfig(data: unknown, file: string): ResolvedConfigData {
  // ajv is loaded with the first config file, not with every run: most runs have none.
  validator ??= new (require('ajv') as typeof import('ajv')).Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validator(data)) {
    const error = pickError(validator.errors!);
    const path = error.instancePath.slice(1).replaceAll('/', '.');
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = knownOptions();
      const near = nearest(extra, known);
      throw new ConfigError(file, path ? `${path}.${extra}` : extra, `is not a known option${near ? ` (did you mean '${near}'?)` : ''}; expected one of: ${known.join(', ')}`);
    }
    if (path === '' && error.keyword === 'type') throw new ConfigError(file, '', 'must contain an object (key: value pairs)');
    throw new ConfigError(file, path, describe(error));
  }
  const config = data as ConfigFileData;
  const known = knownRuleKeys();
  for (const key of Object.keys(config.rules ?? {})) {
    if (known.has(key) || isEqualityRule(key)) continue;
    const near = nearest(key, [...known]);
    throw new ConfigError(file, `rules.${key}`, `is not a known rule id or category${near ? ` (did you mean '${near}'?)` : ''}`);
  }
  return resolvePresets(config);
}

/**
 * The configuration inside an already parsed file: package.json keeps it under `vacancyLint`
 * (undefined when the key is absent: that package.json is no config). An empty file is an empty config.
 */
export function configFromParsed(data: unknown, file: string): unknown {
  if (basename(file) === 'package.json') {
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[PACKAGE_KEY] : undefined;
  }
  return data ?? {};
}
