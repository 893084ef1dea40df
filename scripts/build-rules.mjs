#!/usr/bin/env node
// Compiles rules/<lang>/*.yml into packages/core/src/generated/rules.ts after validating every
// file against rules/schema.json, so the core package carries its rule data without reading
// files at run time (it must stay browser-safe).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import Ajv from 'ajv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rulesDir = join(root, 'rules');
const outFile = join(root, 'packages/core/src/generated/rules.ts');

/**
 * A flag example as written: 'Je komt in een [jong team] van tien.' → the plain text and the
 * expected spans (offsets into the plain text). Undefined when the brackets do not pair up.
 */
export function parseMarkedExample(marked) {
  let text = '';
  const spans = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '[') {
      if (open !== -1) return undefined;
      open = text.length;
    } else if (ch === ']') {
      if (open === -1 || open === text.length) return undefined;
      spans.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return open === -1 && spans.length > 0 ? { text, spans } : undefined;
}

/** A flag example in either form (a marked string, or {text, fixed}). */
export function flagExample(example) {
  return typeof example === 'string' ? { marked: example } : { marked: example.text, fixed: example.fixed };
}

/** Problems with a rule's examples the schema cannot see: bracket pairs, `fixed` exactly for fixable rules. */
function exampleProblems(rule, where) {
  const problems = [];
  rule.examples.flag.forEach((example, i) => {
    const { marked, fixed } = flagExample(example);
    if (!parseMarkedExample(marked)) problems.push(`${where}: ${rule.id} flag example ${i + 1}: brackets must mark one or more non-empty spans, not nested: ${marked}`);
    if (rule.fixable && fixed === undefined) problems.push(`${where}: ${rule.id} is fixable, so flag example ${i + 1} needs 'fixed' (the sentence after the fix)`);
    if (!rule.fixable && fixed !== undefined) problems.push(`${where}: ${rule.id} is not fixable, so flag example ${i + 1} must not have 'fixed'`);
  });
  return problems;
}

/** The examples as tools show them: plain sentences, no brackets (the spans are for the tests). */
function plainExamples(rule) {
  const { config: _config, ...examples } = rule.examples;
  return { ...rule, examples: { ...examples, flag: rule.examples.flag.map((e) => parseMarkedExample(flagExample(e).marked)?.text ?? flagExample(e).marked) } };
}

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
      const data = readDataFile(path, validate, lang.name, problems);
      if (!data) continue;
      for (const rule of data.rules) {
        const prefix = `${data.language}.${data.category}.`;
        if (!rule.id.startsWith(prefix)) problems.push(`${where}: rule id '${rule.id}' must start with '${prefix}'`);
        if (seen.has(rule.id)) problems.push(`${where}: rule id '${rule.id}' is also used in ${seen.get(rule.id)}`);
        problems.push(...exampleProblems(rule, where));
        seen.set(rule.id, where);
      }
      files.push({ file: `${lang.name}/${name}`, ...data });
    }
  }
  const lexicons = loadWordLists('gender-coded.yml', 'lexicon.schema.json', problems);
  const titleLexicons = loadWordLists('gendered-titles.yml', 'titles.schema.json', problems, (data, where) => {
    const forms = new Set();
    for (const entry of data.entries) {
      if (forms.has(entry.form)) problems.push(`${where}: '${entry.form}' is listed twice`);
      forms.add(entry.form);
    }
  });
  const contexts = loadWordLists('context.yml', 'context.schema.json', problems);
  const regions = loadRegionOverlays(files, problems);
  return { files, problems, lexicons, titleLexicons, contexts, regions };
}


/**
 * A YAML data file of one language folder: parsed and validated, its problems added to `problems`
 * with the file's path. Returns undefined when it cannot be used; a wrong `language` is reported
 * but the data still returned, so later checks can add what else is wrong.
 */
function readDataFile(path, validate, lang, problems) {
  const where = relative(root, path);
  let data;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${where}: not valid YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
  if (!validate(data)) {
    for (const e of validate.errors ?? []) problems.push(`${where}: ${e.instancePath || '/'} ${e.message}`);
    return undefined;
  }
  if (data.language !== lang) problems.push(`${where}: language '${data.language}' does not match folder '${lang}'`);
  return data;
}

/**
 * One word list per language, rules/<lang>/lexicon/<name>: parsed, validated against its schema in
 * rules/, checked for its language, and handed to `check` for what the schema cannot say.
 */
function loadWordLists(name, schemaFile, problems, check = () => {}) {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(rulesDir, schemaFile), 'utf8')));
  const lists = [];
  for (const lang of ['nl', 'en']) {
    const path = join(rulesDir, lang, 'lexicon', name);
    const where = relative(root, path);
    const data = readDataFile(path, validate, lang, problems);
    if (!data) continue;
    check(data, where);
    const { $schema, ...rest } = data;
    lists.push(rest);
  }
  return lists;
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
      const data = readDataFile(path, validate, lang, problems);
      if (!data) continue;
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
  const { files, problems, lexicons, titleLexicons, contexts, regions } = loadRuleFiles();
  if (problems.length > 0) {
    console.error(`rules: ${problems.length} problem(s):\n  ` + problems.join('\n  '));
    process.exit(1);
  }
  const equality = parse(readFileSync(join(rulesDir, 'retext-equality.yml'), 'utf8'));
  const byId = {};
  for (const [category, ids] of Object.entries(equality.categories)) for (const id of ids) byId[id] = category;
  mkdirSync(dirname(outFile), { recursive: true });
  const json = JSON.stringify(files.map(({ $schema, ...rest }) => ({ ...rest, rules: rest.rules.map(plainExamples) })));
  writeFileSync(
    outFile,
    '// Generated by scripts/build-rules.mjs from rules/**/*.yml. Do not edit.\n' +
      "import type { ContextWords, GenderLexicon, RuleFile, TitleLexicon } from '../rules/rule-data.js';\n" +
      "import type { Category } from '../types.js';\n" +
      "import type { RegionOverlay } from '../region/overlay.js';\n\n" +
      `export const ruleFiles: readonly RuleFile[] = JSON.parse(${JSON.stringify(json)});\n\n` +
      '/** retext-equality pattern id → category, and the patterns that are off by default (id → why). */\n' +
      '/** Gender-coded word lists per language (rules/<lang>/lexicon/gender-coded.yml). */\n' +
      `export const lexicons: readonly GenderLexicon[] = ${JSON.stringify(lexicons)};\n\n` +
      '/** Gendered job titles per language (rules/<lang>/lexicon/gendered-titles.yml). */\n' +
      `export const titleLexicons: readonly TitleLexicon[] = ${JSON.stringify(titleLexicons)};\n\n` +
      '/** Context words per language (rules/<lang>/lexicon/context.yml). */\n' +
      `export const contextWords: readonly ContextWords[] = ${JSON.stringify(contexts)};\n\n` +
      '/** Region overlays (rules/<lang>/regions/<region>.yml). */\n' +
      `export const regionOverlays: readonly RegionOverlay[] = ${JSON.stringify(regions)};\n\n` +
      'export const equalityData: {\n' +
        '  categories: Record<string, Category>;\n' +
        '  off: Record<string, string>;\n' +
        '  messages: Record<string, { message: string; none: string; explanation: string }>;\n' +
        '  patterns: Record<string, { message: string; suggestions?: string[] }>;\n' +
        `} = ${JSON.stringify({ categories: byId, off: equality.off, messages: equality.messages, patterns: equality.patterns ?? {} })};\n` +
      (await equalityPhrases()),
  );
  const count = files.reduce((n, f) => n + f.rules.length, 0);
  console.log(`rules: ${count} rules in ${files.length} files, ${regions.length} region overlays -> ${relative(root, outFile)}`);
}

/**
 * retext-equality's own phrase data (its package exports only the plugin), so the core can match
 * the phrases with an index built once instead of running the plugin per document
 * (packages/core/src/match/equality.ts). Order is kept: it decides the order of findings.
 */
async function equalityPhrases() {
  const requireFromCore = createRequire(join(root, 'packages/core/package.json'));
  const entry = requireFromCore.resolve('retext-equality');
  const { patterns } = await import(pathToFileURL(join(dirname(entry), 'patterns-en.js')).href);
  const rows = patterns.map((p) => [p.id, p.apostrophe === true, Object.keys(p.inconsiderate), p.considerate ? Object.keys(p.considerate) : null]);
  return (
    '\n/** retext-equality\'s patterns: [id, apostrophes kept, phrases, suggestions or null], in its order. */\n' +
    `export const equalityPatterns: ReadonlyArray<readonly [string, boolean, readonly string[], readonly string[] | null]> = JSON.parse(${JSON.stringify(JSON.stringify(rows))});\n`
  );
}
