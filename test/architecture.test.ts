/**
 * The shape of the packages: what depends on what, what each exports, and that generated files
 * match their sources. These fail when a seam the architecture issue closed opens again.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_SCHEMA } from '@vacancy-lint/config';
import { CATEGORIES } from '@vacancy-lint/core';
import { CHECKS, type GenderLexicon, type RuleData } from '../packages/core/src/rules/rule-data.js';

const ROOT = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('configuration', () => {
  it('schema/config.schema.json is the schema the validator uses (npm run build writes it)', () => {
    expect(JSON.parse(read('packages/config/schema/config.schema.json'))).toEqual(CONFIG_SCHEMA);
  });

  it('the VS Code bundle needs no esbuild plugin and no `typescript` external', () => {
    const build = read('packages/vscode/scripts/build.mjs');
    expect(build).not.toMatch(/plugins\s*:/u);
    expect(build).not.toMatch(/external:\s*\[[^\]]*typescript/u);
  });
});

describe('one place for shared literals', () => {
  it("'en.equality' is written once, in core's rules/ids.ts", () => {
    const files = ['packages/config/src/validate.ts', 'packages/config/src/presets.ts', 'packages/core/src/plugin.ts', 'packages/core/src/rules/registry.ts', 'packages/core/src/match/equality.ts'];
    for (const file of files) expect(read(file), file).not.toContain("'en.equality");
    expect(read('packages/core/src/rules/ids.ts')).toContain("'en.equality'");
  });
});

describe('one label table for category, severity and balance names', () => {
  // A name from each kind, in each language: written in core's findings/labels.ts and nowhere else.
  const names = ["'Leeftijd'", "'Sexual orientation'", "'Gezin en privéleven'", "'waarschuwingen'", "'mannelijk gekleurd'", "'strongly masculine-coded'"];
  it.each([
    'packages/web/src/i18n.ts',
    'packages/language-server/src/labels.ts',
    'packages/language-server/src/summary-view.ts',
    'packages/server/src/languagetool/categories.ts',
    'packages/cli/src/output/stylish.ts',
    'packages/core/src/findings/describe.ts',
  ])('%s takes them from core', (file) => {
    for (const name of names) expect(read(file), name).not.toContain(name);
  });

  it('core/src/findings/labels.ts has them all', () => {
    for (const name of names) expect(read('packages/core/src/findings/labels.ts'), name).toContain(name);
  });
});

describe("core's layers", () => {
  const core = (file: string) => read(`packages/core/src/${file}`);

  it('the input preparers share input/types.ts and do not import their dispatcher (no cycle)', () => {
    for (const file of ['input/markdown.ts', 'input/html.ts', 'input/nesting.ts', 'input/unchecked.ts']) expect(core(file), file).not.toContain("./prepare.js'");
    expect(core('input/prepare.ts')).not.toMatch(/export interface PreparedText/u);
    expect(core('input/types.ts')).toMatch(/export interface PreparedText/u);
  });

  it('input/ reads directives, findings/ applies them', () => {
    expect(core('input/directives.ts')).not.toContain('applyDirectives');
    expect(core('findings/directives.ts')).toContain('export function applyDirectives');
  });

  it('one normaliser in text/, used by rules/ and match/', () => {
    expect(core('rules/phrases.ts')).toContain("from '../text/normalize.js'");
    expect(core('match/tokens.ts')).toContain("from '../text/normalize.js'");
    expect(core('rules/phrases.ts')).not.toContain('function normalizeToken');
  });

  it('document checks receive their rule table; the engine leaves casing and de-duplication to findings/, segmentation to language/', () => {
    expect(core('checks/document.ts')).not.toContain('rules/registry');
    const engine = core('engine.ts');
    for (const name of ['function matchCase', 'function dropContained', 'EQUALITY_SEVERITY', 'function segmentsFor']) expect(engine).not.toContain(name);
    expect(core('language/segments.ts')).toContain('export function segmentsFor');
  });

  it('analyze takes one options object and the plugin builds no PreparedText of its own', () => {
    expect(core('engine.ts')).toContain('export function analyze(options: AnalyzeOptions)');
    expect(core('plugin.ts')).not.toMatch(/blockEnds|directives: \[\]/u);
  });
});

describe('one source of truth for the rule format', () => {
  const schema = JSON.parse(read('rules/schema.json'));
  const rule = schema.definitions.rule.properties;

  it("core's CATEGORIES and CHECKS are the schema's enums", () => {
    expect([...CATEGORIES]).toEqual(schema.properties.category.enum);
    expect([...CHECKS]).toEqual(rule.check.enum);
  });

  it('RuleData has exactly the keys the schema allows a rule', () => {
    // `satisfies` makes the compiler (npm test runs tsc on test/) check this list against RuleData.
    const keys = {
      id: true, severity: true, message: true, explanation: true, suggestions: true, fixable: true, sources: true, phrases: true,
      pattern: true, lexicon: true, check: true, max: true, minWords: true, payWords: true, allowanceWords: true, frequencyWords: true, headings: true, caseSensitive: true, inflect: true,
      plurals: true, exceptions: true, reasons: true, reasonFound: true, examples: true, note: true,
    } satisfies Record<keyof RuleData, true>;
    expect(Object.keys(keys).sort()).toEqual(Object.keys(rule).sort());
    expect(Object.keys(rule.exceptions.properties).sort()).toEqual(['after', 'before', 'sentence']);
  });

  it('GenderLexicon has the keys of rules/lexicon.schema.json that the engine reads', () => {
    const keys = { language: true, match: true, notCoded: true, masculine: true, feminine: true } satisfies Record<keyof GenderLexicon, true>;
    const provenance = ['$schema', 'validated', 'source'];
    expect(Object.keys(keys).sort()).toEqual(Object.keys(JSON.parse(read('rules/lexicon.schema.json')).properties).filter((k) => !provenance.includes(k)).sort());
  });

  it('thresholds and requirement headings are rule data, not code', () => {
    for (const file of ['checks/document.ts', 'checks/requirements.ts']) {
      const code = read(`packages/core/src/${file}`);
      expect(code, file).not.toMatch(/LONG_SENTENCE_WORDS|MIN_WORDS_FOR_PAY_CHECK|MAX_REQUIREMENTS|'profiel'|'requirements'/u);
    }
    expect(read('packages/core/src/checks/gender-coded.ts')).not.toContain('lexiconFor');
  });
});

describe('pattern slots', () => {
  it("the Dutch age in words is written once, as the {age} slot of rules/nl/lexicon/slots.yml", () => {
    const words = '(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?(?:twintig|dertig|veertig|vijftig|zestig|zeventig)|vijftien';
    expect(read('rules/nl/lexicon/slots.yml')).toContain(words);
    expect(read('rules/nl/age.yml')).not.toContain(words);
    expect(read('rules/nl/age.yml').match(/\{age\}/gu)?.length).toBeGreaterThanOrEqual(5);
    expect(read('packages/core/src/rules/patterns.ts')).not.toMatch(/'twintig'|'twenty'/u);
  });
});

describe('public API', () => {
  // What each package exports at run time; a change here is a change of its documented API (README).
  const EXPORTS: Record<string, string[]> = {
    '@vacancy-lint/core': ['CATEGORIES', 'EQUALITY_PREFIX', 'EQUALITY_RULES', 'INPUT_FORMATS', 'REGIONS', 'SEVERITIES', 'applyEdits', 'balanceLabel', 'categoryCounts', 'categoryLabel', 'describeRule', 'detectLanguage', 'getRule', 'isEqualityRule', 'lint', 'lintSync', 'listRules', 'renderRule', 'retextVacancyLint', 'ruleDocsUrl', 'selectFixes', 'severityCount', 'severityLabel', 'summarize'],
    '@vacancy-lint/config': ['CONFIG_FILE_NAMES', 'CONFIG_SCHEMA', 'ConcurrentChangeError', 'ConfigError', 'ConfigResolver', 'DEFAULT_MAX_BYTES', 'FixRefusedError', 'JAVASCRIPT_REFUSED', 'PACKAGE_KEY', 'PRESETS', 'PROJECT_ROOT_MARKERS', 'configFileGlob', 'configFromParsed', 'describeResolution', 'identityOf', 'isJavaScriptConfig', 'isProjectRoot', 'knownOptions', 'loadConfig', 'loadConfigFile', 'nearest', 'preset', 'readDataFile', 'resolveConfig', 'searchConfig', 'validateConfig', 'writeFileAtomic'],
    '@vacancy-lint/cli': ['EXIT', 'FORMATS', 'clearConfigCache', 'formatResults', 'lintText', 'main', 'resolveConfigFor', 'setConfigPolicy'],
    '@vacancy-lint/language-server': ['COMMANDS', 'SETTINGS_DESCRIPTION', 'defaultSettings', 'mergeSettings', 'startServer'],
  };

  it.each(Object.entries(EXPORTS))('%s exports exactly its documented names', async (name, names) => {
    expect(Object.keys(await import(name)).sort()).toEqual(names);
    const readme = read(`packages/${name.split('/')[1]}/README.md`);
    // Every runtime export is named in the package's manual.
    for (const exported of names) expect(readme, `${name}: ${exported}`).toContain(exported);
  });

  it.each(Object.keys(EXPORTS))('%s has an exports map, so deep imports of dist/ are refused', async (name) => {
    const manifest = JSON.parse(read(`packages/${name.split('/')[1]}/package.json`));
    expect(manifest.exports['.']).toBeDefined();
    await expect(import(`${name}/dist/index.js`)).rejects.toThrow(/not exported|ERR_PACKAGE_PATH_NOT_EXPORTED/u);
  });

  it('no test imports a package from its dist/ folder', () => {
    const dir = join(ROOT, 'test');
    // The two regex tests check the core's internal registry (regexes.ts), which is no public API.
    const internal = new Set(['architecture.test.ts', 'regex-linear.test.ts', 'regex-lower-twin.test.ts']);
    const offenders = readdirSync(dir).filter((f) => f.endsWith('.ts') && !internal.has(f)).filter((f) => /(?:from |import\()'[^']*packages\/[a-z-]+\/dist\//u.test(read(`test/${f}`)));
    expect(offenders).toEqual([]);
  });
});

describe('dependencies', () => {
  const sources = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [read(join(dir, e.name))] : []));

  it.each(['core', 'config', 'cli', 'language-server'])('@vacancy-lint/%s imports every dependency it declares', (name) => {
    const manifest = JSON.parse(read(`packages/${name}/package.json`));
    const code = sources(`packages/${name}/src`).join('\n');
    const unused = Object.keys(manifest.dependencies ?? {}).filter((dep) => !new RegExp(`(?:from |import\\()'${dep.replace(/[/.]/gu, '\\$&')}(?:/[^']*)?'`, 'u').test(code));
    expect(unused).toEqual([]);
  });

  it('the language server depends on config and core, not on the CLI', () => {
    const manifest = JSON.parse(read('packages/language-server/package.json'));
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['@vacancy-lint/config', '@vacancy-lint/core']));
    expect(Object.keys(manifest.dependencies)).not.toContain('@vacancy-lint/cli');
  });
});
