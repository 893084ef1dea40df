#!/usr/bin/env node
// Compiles rules/<lang>/*.yml into packages/core/src/generated/rules.ts after validating every
// file against rules/schema.json, so the core package carries its rule data without reading
// files at run time (it must stay browser-safe).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import Ajv from 'ajv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'rules');
const outFile = join(root, 'packages/core/src/generated/rules.ts');

export function loadRuleFiles() {
  const schema = JSON.parse(readFileSync(join(rulesDir, 'schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const problems = [];
  const files = [];
  const seen = new Map();
  for (const lang of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const name of readdirSync(join(rulesDir, lang.name)).sort()) {
      if (!name.endsWith('.yml')) continue;
      const path = join(rulesDir, lang.name, name);
      const where = relative(root, path);
      let data;
      try {
        data = parse(readFileSync(path, 'utf8'));
      } catch (error) {
        problems.push(`${where}: not valid YAML: ${error.message.split('\n')[0]}`);
        continue;
      }
      if (!validate(data)) {
        for (const e of validate.errors ?? []) problems.push(`${where}: ${e.instancePath || '/'} ${e.message}`);
        continue;
      }
      if (data.language !== lang.name) problems.push(`${where}: language '${data.language}' does not match folder '${lang.name}'`);
      for (const rule of data.rules) {
        const prefix = `${data.language}.${data.category}.`;
        if (!rule.id.startsWith(prefix)) problems.push(`${where}: rule id '${rule.id}' must start with '${prefix}'`);
        if (seen.has(rule.id)) problems.push(`${where}: rule id '${rule.id}' is also used in ${seen.get(rule.id)}`);
        seen.set(rule.id, where);
      }
      files.push({ file: `${lang.name}/${name}`, ...data });
    }
  }
  const lexicons = [];
  const lexiconSchema = JSON.parse(readFileSync(join(rulesDir, 'lexicon.schema.json'), 'utf8'));
  const validateLexicon = new Ajv({ allErrors: true, strict: false }).compile(lexiconSchema);
  for (const lang of ['nl', 'en']) {
    const path = join(rulesDir, lang, 'lexicon', 'gender-coded.yml');
    const where = relative(root, path);
    let data;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${where}: ${error.message.split('\n')[0]}`);
      continue;
    }
    if (!validateLexicon(data)) {
      for (const e of validateLexicon.errors ?? []) problems.push(`${where}: ${e.instancePath || '/'} ${e.message}`);
      continue;
    }
    if (data.language !== lang) problems.push(`${where}: language '${data.language}' does not match folder '${lang}'`);
    const { $schema, ...rest } = data;
    lexicons.push(rest);
  }
  const regions = loadRegionOverlays(files, problems);
  return { files, problems, lexicons, regions };
}

/**
 * Region overlays, rules/<lang>/regions/<region>.yml: validated against rules/region.schema.json;
 * the file name is the region, its rule ids must exist and its patterns must compile.
 */
export function loadRegionOverlays(files, problems) {
  const schema = JSON.parse(readFileSync(join(rulesDir, 'region.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const ids = new Set(files.flatMap((f) => f.rules.map((r) => r.id)));
  const overlays = [];
  for (const lang of ['nl', 'en']) {
    const dir = join(rulesDir, lang, 'regions');
    let names = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.yml')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const where = relative(root, path);
      let data;
      try {
        data = parse(readFileSync(path, 'utf8'));
      } catch (error) {
        problems.push(`${where}: not valid YAML: ${error.message.split('\n')[0]}`);
        continue;
      }
      if (!validate(data)) {
        for (const e of validate.errors ?? []) problems.push(`${where}: ${e.instancePath || '/'} ${e.message}`);
        continue;
      }
      if (data.language !== lang) problems.push(`${where}: language '${data.language}' does not match folder '${lang}'`);
      if (`${data.region}.yml` !== name) problems.push(`${where}: region '${data.region}' does not match the file name`);
      if (data.region !== lang && !data.region.startsWith(`${lang}-`)) problems.push(`${where}: region '${data.region}' is not a region of '${lang}'`);
      for (const id of Object.keys(data.rules ?? {})) {
        if (!ids.has(id) || !id.startsWith(`${lang}.`)) problems.push(`${where}: rules: no ${lang} rule '${id}'`);
      }
      for (const [i, entry] of [...(data.sources ?? []), ...(data.text ?? [])].entries()) {
        try {
          new RegExp(entry.match, 'u');
        } catch (error) {
          problems.push(`${where}: pattern ${i + 1} '${entry.match}': ${error.message}`);
        }
      }
      const { $schema, ...rest } = data;
      overlays.push(rest);
    }
  }
  return overlays;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files, problems, lexicons, regions } = loadRuleFiles();
  if (problems.length > 0) {
    console.error(`rules: ${problems.length} problem(s):\n  ` + problems.join('\n  '));
    process.exit(1);
  }
  const equality = parse(readFileSync(join(rulesDir, 'retext-equality.yml'), 'utf8'));
  const byId = {};
  for (const [category, ids] of Object.entries(equality.categories)) for (const id of ids) byId[id] = category;
  mkdirSync(dirname(outFile), { recursive: true });
  const json = JSON.stringify(files.map(({ $schema, ...rest }) => rest));
  writeFileSync(
    outFile,
    '// Generated by scripts/build-rules.mjs from rules/**/*.yml. Do not edit.\n' +
      "import type { GenderLexicon, RuleFile } from '../rules/rule-data.js';\n" +
      "import type { Category } from '../types.js';\n" +
      "import type { RegionOverlay } from '../region/overlay.js';\n\n" +
      `export const ruleFiles: readonly RuleFile[] = JSON.parse(${JSON.stringify(json)});\n\n` +
      '/** retext-equality pattern id → category, and the patterns that are off by default (id → why). */\n' +
      '/** Gender-coded word lists per language (rules/<lang>/lexicon/gender-coded.yml). */\n' +
      `export const lexicons: readonly GenderLexicon[] = ${JSON.stringify(lexicons)};\n\n` +
      '/** Region overlays (rules/<lang>/regions/<region>.yml). */\n' +
      `export const regionOverlays: readonly RegionOverlay[] = ${JSON.stringify(regions)};\n\n` +
      `export const equalityData: { categories: Record<string, Category>; off: Record<string, string> } = ${JSON.stringify({ categories: byId, off: equality.off })};\n`,
  );
  const count = files.reduce((n, f) => n + f.rules.length, 0);
  console.log(`rules: ${count} rules in ${files.length} files, ${regions.length} region overlays -> ${relative(root, outFile)}`);
}
