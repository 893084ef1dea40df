#!/usr/bin/env node
// Compiles rules/<lang>/*.yml into packages/core/src/generated/rules.ts after validating every
// file against rules/schema.json, so the core package carries its rule data without reading
// files at run time (it must stay browser-safe).
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { LineCounter, isMap, parseDocument } from 'yaml';
import { closest, distance } from 'fastest-levenshtein';
import Ajv from 'ajv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// VACANCY_LINT_RULES_DIR: validate another copy of rules/ (the tests use one); the generated
// module is written from the repository's own rules only.
const rulesDir = process.env.VACANCY_LINT_RULES_DIR ? resolve(process.env.VACANCY_LINT_RULES_DIR) : join(root, 'rules');
export const ownRules = rulesDir === join(root, 'rules');
/** How files are named in messages: `rules/nl/age.yml`, wherever the rules folder is. */
const shown = (path) => relative(dirname(rulesDir), path);
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
  const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  const problems = [];
  const files = [];
  const seen = new Map();
  for (const lang of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!lang.isDirectory()) continue;
    for (const name of readdirSync(join(rulesDir, lang.name)).sort()) {
      if (!name.endsWith('.yml')) continue;
      const path = join(rulesDir, lang.name, name);
      const where = shown(path);
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
  // `validated` and `source` are provenance the build enforces and the engine never reads.
  const lexicons = loadWordLists('gender-coded.yml', 'lexicon.schema.json', problems, (data, where) => {
    if (data.validated) return;
    const rules = files.filter((f) => f.language === data.language && f.category === 'gender-coded').flatMap((f) => f.rules);
    for (const rule of rules) {
      if (!rule.explanation.includes(UNVALIDATED[data.language])) problems.push(`${where}: the list is not validated, so ${rule.id} must say so in its explanation ('${UNVALIDATED[data.language]}')`);
    }
  }, ['validated', 'source']);
  const titleLexicons = loadWordLists('gendered-titles.yml', 'titles.schema.json', problems, (data, where) => {
    const forms = new Set();
    for (const entry of data.entries) {
      if (forms.has(entry.form)) problems.push(`${where}: '${entry.form}' is listed twice`);
      forms.add(entry.form);
    }
  }, ['source']);
  const contexts = loadWordLists('context.yml', 'context.schema.json', problems);
  const equality = loadEquality(problems);
  const regions = loadRegionOverlays(files, problems);
  const slots = loadWordLists('slots.yml', 'slots.schema.json', problems);
  // Every {name} in a pattern is a slot of its language ({num} is built in). Quantifiers ({2}, {1,3}) are not names.
  for (const file of files) {
    const known = new Set(['num', ...Object.keys(slots.find((l) => l.language === file.language)?.slots ?? {})]);
    for (const rule of file.rules) {
      for (const [, name] of (rule.pattern ?? '').matchAll(/\{([a-z][a-z-]*)\}/gu)) {
        if (!known.has(name)) problems.push(`rules/${file.file}: rule ${rule.id}: pattern slot '{${name}}' is not defined${nearest(name, [...known]) ? ` (did you mean '{${nearest(name, [...known])}}'?)` : ''}; slots are in rules/${file.language}/lexicon/slots.yml`);
      }
    }
  }
  return { files, problems, lexicons, titleLexicons, contexts, regions, equality, slots };
}


/**
 * A YAML data file of one language folder: parsed and validated, its problems added to `problems`
 * as `file:line: rule <id>: <key> …` (with "did you mean" for a misspelled key or value). Returns
 * undefined when it cannot be used; a wrong `language` is reported but the data still returned,
 * so later checks can add what else is wrong.
 */
function readDataFile(path, validate, lang, problems) {
  const where = shown(path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    problems.push(`${where}:${error.linePos?.[0]?.line ?? 1}: not valid YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
  const data = doc.toJS();
  if (!validate(data)) {
    for (const message of schemaMessages(validate.errors ?? [], doc, lineCounter, data)) problems.push(`${where}:${message}`);
    return undefined;
  }
  if (data.language !== lang) problems.push(`${where}:${lineOf(doc, lineCounter, ['language'])}: language '${data.language}' does not match folder '${lang}'`);
  return data;
}

/** The candidate closest to `word`, when it is close enough to be a typo. */
function nearest(word, candidates) {
  const best = candidates.length > 0 ? closest(String(word), candidates) : undefined;
  return best !== undefined && distance(String(word), best) <= Math.max(2, Math.floor(String(word).length / 3)) ? best : undefined;
}

const segmentsOf = (instancePath) => instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')).map((s) => (/^\d+$/u.test(s) ? Number(s) : s));

/** 1-based line of the node at `segments` (or of its key when `key` is given), else of the nearest parent. */
function lineOf(doc, lineCounter, segments, key) {
  for (let n = segments.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
    if (!node?.range) continue;
    if (key !== undefined && n === segments.length && isMap(node)) {
      const pair = node.items.find((p) => String(p.key?.value ?? p.key) === key);
      if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
    return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Ajv's errors as messages for rule authors: the line, the rule id, the key, and what was meant.
 * A rule that fails the "exactly one of phrases, pattern, check, lexicon" choice produces a heap
 * of branch errors; they are folded into one line, and left out when a misspelled key explains them.
 */
function schemaMessages(errors, doc, lineCounter, data) {
  const messages = [];
  const misspelled = errors.filter((e) => e.keyword === 'additionalProperties');
  const explained = new Set(misspelled.map((e) => e.instancePath));
  // 'severty' explains a missing 'severity': say it once.
  const meant = new Set(misspelled.map((e) => `${e.instancePath}/${nearest(e.params.additionalProperty, Object.keys(e.parentSchema?.properties ?? {}))}`));
  const folded = new Set();
  for (const e of errors) {
    const segments = segmentsOf(e.instancePath);
    const rule = segments[0] === 'rules' && typeof segments[1] === 'number' ? data.rules?.[segments[1]] : undefined;
    const inRule = rule ? `rule ${rule.id ?? `#${segments[1] + 1}`}: ` : '';
    const keyPath = (rule ? segments.slice(2) : segments).join('.');
    const at = (extra) => [keyPath, extra].filter((k) => k !== undefined && k !== '').join('.');
    // An if/then rule reports its `then` part too; the part says it better.
    if (e.keyword === 'if') continue;
    if (e.keyword === 'not' && e.schemaPath.includes('/allOf/')) {
      const key = e.schema?.required?.[0];
      messages.push(`${lineOf(doc, lineCounter, segments, key)}: ${inRule}key '${at(key)}' does not apply to this rule${rule?.check ? ` (check: ${rule.check})` : ''}`);
      continue;
    }
    if (e.schemaPath.includes('/oneOf/') || e.keyword === 'oneOf' || e.keyword === 'not') {
      if (explained.has(e.instancePath) || folded.has(e.instancePath)) continue;
      folded.add(e.instancePath);
      messages.push(`${lineOf(doc, lineCounter, segments)}: ${inRule}needs exactly one of 'phrases', 'pattern', 'check' or 'lexicon'`);
      continue;
    }
    if (e.keyword === 'additionalProperties') {
      const key = e.params.additionalProperty;
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const near = nearest(key, known);
      messages.push(`${lineOf(doc, lineCounter, segments, key)}: ${inRule}key '${at(key)}' is not known${near ? ` (did you mean '${near}'?)` : ''}; expected one of: ${known.join(', ')}`);
    } else if (e.keyword === 'enum') {
      const near = nearest(e.data, e.params.allowedValues.map(String));
      messages.push(`${lineOf(doc, lineCounter, segments)}: ${inRule}'${at()}' is '${e.data}'${near ? ` (did you mean '${near}'?)` : ''}; expected one of: ${e.params.allowedValues.join(', ')}`);
    } else if (e.keyword === 'required') {
      if (meant.has(`${e.instancePath}/${e.params.missingProperty}`)) continue;
      messages.push(`${lineOf(doc, lineCounter, segments)}: ${inRule}key '${at(e.params.missingProperty)}' is missing`);
    } else {
      messages.push(`${lineOf(doc, lineCounter, segments)}: ${inRule}'${at() || '/'}' ${e.message}`);
    }
  }
  return messages;
}

/**
 * rules/retext-equality.yml: validated against rules/retext-equality.schema.json; every pattern id
 * with a message or an off reason must be in a category.
 */
function loadEquality(problems) {
  const path = join(rulesDir, 'retext-equality.yml');
  const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(JSON.parse(readFileSync(join(rulesDir, 'retext-equality.schema.json'), 'utf8')));
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const where = shown(path);
  if (doc.errors.length > 0) {
    problems.push(`${where}:${doc.errors[0].linePos?.[0]?.line ?? 1}: not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    return undefined;
  }
  const data = doc.toJS();
  if (!validate(data)) {
    for (const message of schemaMessages(validate.errors ?? [], doc, lineCounter, data)) problems.push(`${where}:${message}`);
    return undefined;
  }
  const ids = new Set(Object.values(data.categories).flat());
  for (const key of ['patterns', 'off']) {
    for (const id of Object.keys(data[key] ?? {})) {
      if (!ids.has(id)) problems.push(`${where}:${lineOf(doc, lineCounter, [key], id)}: ${key}: '${id}' is in no category${nearest(id, [...ids]) ? ` (did you mean '${nearest(id, [...ids])}'?)` : ''}`);
    }
  }
  return data;
}

/** What an explanation says when its gender-coded word list is not validated (`validated: false`). */
const UNVALIDATED = { nl: 'niet wetenschappelijk getoetst', en: 'not been validated' };

/**
 * One word list per language, rules/<lang>/lexicon/<name>: parsed, validated against its schema in
 * rules/, checked for its language, and handed to `check` for what the schema cannot say.
 */
function loadWordLists(name, schemaFile, problems, check = () => {}, provenance = []) {
  const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(JSON.parse(readFileSync(join(rulesDir, schemaFile), 'utf8')));
  const lists = [];
  for (const lang of ['nl', 'en']) {
    const path = join(rulesDir, lang, 'lexicon', name);
    const where = shown(path);
    const data = readDataFile(path, validate, lang, problems);
    if (!data) continue;
    check(data, where);
    const { $schema, ...rest } = data;
    for (const key of provenance) delete rest[key];
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
  const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
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
      const where = shown(path);
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

/**
 * Writes the rule data into the core: packages/core/src/generated/rules.ts for the TypeScript
 * build and, when the core is already built, the same module as JavaScript into its dist, so an
 * edited rule takes effect without a TypeScript build (`npm run rules:check`).
 */
export async function writeGenerated({ files, lexicons, titleLexicons, contexts, regions, equality, slots }) {
  const byId = {};
  for (const [category, ids] of Object.entries(equality.categories)) for (const id of ids) byId[id] = category;
  const json = JSON.stringify(files.map(({ $schema, ...rest }) => ({ ...rest, rules: rest.rules.map(plainExamples) })));
  // [name, TypeScript type, value, comment]
  const exports = [
    ['ruleFiles', 'readonly RuleFile[]', `JSON.parse(${JSON.stringify(json)})`, ''],
    ['lexicons', 'readonly GenderLexicon[]', JSON.stringify(lexicons), 'Gender-coded word lists per language (rules/<lang>/lexicon/gender-coded.yml).'],
    ['titleLexicons', 'readonly TitleLexicon[]', JSON.stringify(titleLexicons), 'Gendered job titles per language (rules/<lang>/lexicon/gendered-titles.yml).'],
    ['contextWords', 'readonly ContextWords[]', JSON.stringify(contexts), 'Context words per language (rules/<lang>/lexicon/context.yml).'],
    ['regionOverlays', 'readonly RegionOverlay[]', JSON.stringify(regions), 'Region overlays (rules/<lang>/regions/<region>.yml).'],
    ['patternSlots', 'readonly PatternSlots[]', JSON.stringify(slots), 'Named parts of rule patterns per language (rules/<lang>/lexicon/slots.yml).'],
    [
      'equalityData',
      '{\n  categories: Record<string, Category>;\n  off: Record<string, string>;\n  messages: Record<string, { message: string; none: string; explanation: string }>;\n  patterns: Record<string, { message: string; suggestions?: string[] }>;\n}',
      JSON.stringify({ categories: byId, off: equality.off, messages: equality.messages, patterns: equality.patterns ?? {} }),
      'retext-equality pattern id → category, our messages, and the patterns that are off by default (id → why).',
    ],
    [
      'equalityPatterns',
      'ReadonlyArray<readonly [string, boolean, readonly string[], readonly string[] | null]>',
      `JSON.parse(${JSON.stringify(JSON.stringify(await equalityPatternRows()))})`,
      "retext-equality's patterns: [id, apostrophes kept, phrases, suggestions or null], in its order.",
    ],
  ];
  const header = '// Generated by scripts/build-rules.mjs from rules/**/*.yml. Do not edit.\n';
  const body = (typed) =>
    exports.map(([name, type, value, comment]) => `${comment ? `/** ${comment} */\n` : ''}export const ${name}${typed ? `: ${type}` : ''} = ${value};\n`).join('\n');
  mkdirSync(dirname(outFile), { recursive: true });
  writeIfChanged(
    outFile,
    header +
      "import type { ContextWords, GenderLexicon, PatternSlots, RuleFile, TitleLexicon } from '../rules/rule-data.js';\n" +
      "import type { Category } from '../types.js';\n" +
      "import type { RegionOverlay } from '../region/overlay.js';\n\n" +
      body(true),
  );
  if (!ownRules) throw new Error(`only the repository's own rules are written into the core, not ${rulesDir}`);
  const built = join(root, 'packages/core/dist/generated');
  if (existsSync(built)) writeIfChanged(join(built, 'rules.js'), header + body(false));
}

/**
 * Replaces a file only when its text changes, through a temporary file and a rename: a process
 * importing the core meanwhile (a test, an editor's server) never reads half a module.
 */
function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const loaded = loadRuleFiles();
  const { files, problems, regions } = loaded;
  if (problems.length > 0) {
    console.error(`rules: ${problems.length} problem(s):\n  ` + problems.join('\n  '));
    process.exit(1);
  }
  await writeGenerated(loaded);
  const count = files.reduce((n, f) => n + f.rules.length, 0);
  console.log(`rules: ${count} rules in ${files.length} files, ${regions.length} region overlays -> ${relative(root, outFile)}`);
}

/**
 * retext-equality's own phrase data (its package exports only the plugin), so the core can match
 * the phrases with an index built once instead of running the plugin per document
 * (packages/core/src/match/equality.ts). Order is kept: it decides the order of findings.
 */
async function equalityPatternRows() {
  const requireFromCore = createRequire(join(root, 'packages/core/package.json'));
  const entry = requireFromCore.resolve('retext-equality');
  const { patterns } = await import(pathToFileURL(join(dirname(entry), 'patterns-en.js')).href);
  return patterns.map((p) => [p.id, p.apostrophe === true, Object.keys(p.inconsiderate), p.considerate ? Object.keys(p.considerate) : null]);
}
