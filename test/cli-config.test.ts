/** vacancy-lint configuration: every config source, presets, overrides, errors, --init, the schema. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { NL_BAD, NL_WARN_ONLY, ROOT, project, run, cleanup } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const ids = (stdout: string): string[] => (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }> }>).flatMap((f) => f.messages.map((m) => `${m.ruleId}:${m.severity}`));

const OFF_AGE = { rules: { age: 'off' } };

describe('config sources (nearest from the file folder upward)', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['.vacancylintrc.json', { '.vacancylintrc.json': JSON.stringify(OFF_AGE) }],
    ['.vacancylintrc.yaml', { '.vacancylintrc.yaml': 'rules:\n  age: off\n' }],
    ['.vacancylintrc.yml', { '.vacancylintrc.yml': 'rules:\n  age: "off"\n' }],
    ['vacancy-lint.config.js', { 'vacancy-lint.config.js': `export default ${JSON.stringify(OFF_AGE)};\n`, 'package.json': '{"type":"module"}' }],
    ['package.json vacancyLint', { 'package.json': JSON.stringify({ name: 'ads', vacancyLint: OFF_AGE }) }],
  ];
  for (const [name, files] of cases) {
    it(`reads ${name} from a parent folder`, async () => {
      const dir = project({ ...files, 'jobs/nl/ad.txt': NL_BAD });
      const r = await run(['--format', 'json', 'jobs/nl/ad.txt'], { cwd: dir });
      expect(ids(r.stdout)).toEqual(['nl.gender.functietitel-verpleegster:warning']);
      expect(r.code).toBe(0);
    });
  }

  it('uses the nearest config per file, and --config overrides the search', async () => {
    const dir = project({
      '.vacancylintrc.json': JSON.stringify(OFF_AGE),
      'strict/.vacancylintrc.json': JSON.stringify({ rules: { gender: 'error' } }),
      'strict/ad.txt': NL_BAD,
      'loose/ad.txt': NL_BAD,
      'other.yaml': 'rules:\n  nl.gender: info\n',
    });
    const r = await run(['--format', 'json', 'loose/ad.txt', 'strict/ad.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['nl.gender.functietitel-verpleegster:warning', 'nl.gender.functietitel-verpleegster:error', 'nl.age.jong-team:error']);
    const o = await run(['--format', 'json', '--config', 'other.yaml', 'loose/ad.txt', 'strict/ad.txt'], { cwd: dir });
    expect(ids(o.stdout)).toEqual(['nl.gender.functietitel-verpleegster:info', 'nl.age.jong-team:error', 'nl.gender.functietitel-verpleegster:info', 'nl.age.jong-team:error']);
  });

  it('applies the config of the --stdin-filename folder to standard input', async () => {
    const dir = project({ 'jobs/.vacancylintrc.json': JSON.stringify(OFF_AGE) });
    const r = await run(['--format', 'json', '--stdin-filename', 'jobs/new.md', '-'], { cwd: dir, input: NL_BAD });
    expect(ids(r.stdout)).toEqual(['nl.gender.functietitel-verpleegster:warning']);
  });
});

describe('what a config can say', () => {
  it("extends 'strict' raises warnings to errors; own rules win over the preset", async () => {
    const dir = project({ '.vacancylintrc.json': JSON.stringify({ extends: 'strict' }), 'ad.txt': NL_WARN_ONLY, 'own/.vacancylintrc.json': JSON.stringify({ extends: ['strict'], rules: { 'nl.gender.functietitel-verpleegster': 'info' } }), 'own/ad.txt': NL_WARN_ONLY });
    const r = await run(['--format', 'json', 'ad.txt', 'own/ad.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['nl.gender.functietitel-verpleegster:error', 'nl.gender.functietitel-verpleegster:info']);
    expect(r.code).toBe(1);
  });

  it('allowed phrases drop findings inside them (by phrase, not rule id)', async () => {
    const dir = project({ '.vacancylintrc.yaml': 'allow:\n  - jonge team\n', 'ad.txt': NL_BAD });
    const r = await run(['--format', 'json', 'ad.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual(['nl.gender.functietitel-verpleegster:warning']);
  });

  it('defaultLanguage decides for a text too short to tell', async () => {
    const dir = project({ '.vacancylintrc.json': JSON.stringify({ defaultLanguage: 'en' }), 'a.txt': 'Salesman.' });
    const r = await run(['--format', 'json', 'a.txt'], { cwd: dir });
    expect((JSON.parse(r.stdout) as Array<{ language: string }>)[0]!.language).toBe('en');
  });

  it("genderForm sets the house style of '(v/m/x)' suggestions and fixes", async () => {
    const dir = project({ '.vacancylintrc.json': JSON.stringify({ genderForm: 'm/v/x' }), 'ad.txt': 'Verpleegkundige (m/v) gezocht in Utrecht.\n' });
    const r = await run(['--format', 'json', '--lang', 'nl', 'ad.txt'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; suggestions: string[] }> }>;
    expect(file!.messages.find((m) => m.ruleId === 'nl.gender.m-v')!.suggestions[0]).toBe('m/v/x');
    await run(['--fix', '--lang', 'nl', 'ad.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'ad.txt'), 'utf8')).toBe('Verpleegkundige (m/v/x) gezocht in Utrecht.\n');
  });
});

describe('invalid configuration exits 2 with the file, the key path and what was expected', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['unknown rule id suggests the nearest', '.vacancylintrc.json', JSON.stringify({ rules: { 'nl.age.jong-tem': 'off' } }), /'rules\.nl\.age\.jong-tem' is not a known rule id or category \(did you mean 'nl\.age\.jong-team'\?\)/],
    ['wrong severity', '.vacancylintrc.yaml', 'rules:\n  age: loud\n', /'rules\.age' must be one of: "error", "warning", "info", "off"/],
    ['unknown option suggests the nearest', '.vacancylintrc.json', JSON.stringify({ alow: ['x'] }), /'alow' is not a known option \(did you mean 'allow'\?\)/],
    ['wrong type', '.vacancylintrc.json', JSON.stringify({ allow: 'jonge team' }), /'allow' must be array/],
    ['bad preset', '.vacancylintrc.json', JSON.stringify({ extends: 'lenient' }), /'extends' must be one of: "recommended", "strict"/],
    ['bad gender form', '.vacancylintrc.json', JSON.stringify({ genderForm: 'x-m-v' }), /'genderForm' must look like 'v\/m\/x'/],
    ['broken JSON', '.vacancylintrc.json', '{"rules": ', /\.vacancylintrc\.json:1:11: invalid JSON: unexpected end of the file/],
  ];
  for (const [name, file, content, message] of cases) {
    it(name, async () => {
      const dir = project({ [file]: content, 'ad.txt': NL_BAD });
      const r = await run(['ad.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  }

  it('a missing --config file', async () => {
    const r = await run(['--config', 'nope.json', 'x.txt'], { cwd: project({ 'x.txt': 'a' }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.json: cannot be read/);
  });
});

describe('--init', () => {
  it('writes a starter config that validates, and refuses to overwrite it', async () => {
    const dir = project({ 'ad.txt': NL_BAD });
    const first = await run(['--init'], { cwd: dir });
    expect(first.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, '.vacancylintrc.json'), 'utf8'));
    expect(config).toMatchObject({ extends: 'recommended' });
    expect((await run(['ad.txt'], { cwd: dir })).code).toBe(1);
    const again = await run(['--init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(existsSync(join(dir, '.vacancylintrc.json'))).toBe(true);
  });
});

describe('library API for the language server', () => {
  it('resolveConfigFor finds the nearest config, resolves presets, and honours configFile', async () => {
    const { resolveConfigFor } = await import('@vacancy-lint/cli');
    const { loadConfigFile, validateConfig, ConfigError } = await import('@vacancy-lint/config');
    const dir = project({ '.vacancylintrc.yaml': 'extends: strict\nallow: [Jonge Honden Prijs]\n', 'a/b/ad.md': '', 'x.json': '{"rules":{"age":"off"}}' });
    const found = await resolveConfigFor(join(dir, 'a/b/ad.md'));
    expect(found.file).toBe(join(dir, '.vacancylintrc.yaml'));
    expect(found.config.allow).toEqual(['Jonge Honden Prijs']);
    expect(found.config.rules?.['nl.gender.functietitel-verpleegster']).toBe('error');
    expect('extends' in found.config).toBe(false);
    const explicit = await resolveConfigFor(join(dir, 'a/b/ad.md'), { configFile: join(dir, 'x.json') });
    expect(explicit).toEqual({ config: { rules: { age: 'off' } }, file: join(dir, 'x.json') });
    expect(loadConfigFile(join(dir, 'x.json'))).toEqual({ rules: { age: 'off' } });
    expect(() => validateConfig({ rules: { agee: 'off' } }, 'inline')).toThrow(ConfigError);
    const none = project({ 'ad.md': '' });
    expect((await resolveConfigFor(join(none, 'ad.md'))).config).toEqual({});
  });
});

describe('config.schema.json and core VacancyLintConfig are one source of truth', () => {
  /** Keys the CLI resolves itself before calling core; none of them may also be a core key. */
  const CLI_ONLY = ['$schema', 'extends'];

  function coreTypes() {
    const file = join(ROOT, 'packages/core/src/types.ts');
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    let configKeys: string[] = [];
    let languages: string[] = [];
    ts.forEachChild(source, (node) => {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'VacancyLintConfig') {
        configKeys = node.members.map((m) => (m.name as ts.Identifier).text);
      }
      if (ts.isTypeAliasDeclaration(node) && node.name.text === 'Language' && ts.isUnionTypeNode(node.type)) {
        languages = node.type.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
      }
    });
    return { configKeys, languages };
  }

  it('every core config key is in the schema, and every schema key is core or CLI-only', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'packages/config/schema/config.schema.json'), 'utf8'));
    const { configKeys, languages } = coreTypes();
    expect(configKeys.length).toBeGreaterThan(0);
    const schemaKeys = Object.keys(schema.properties);
    for (const key of configKeys) expect(schemaKeys, `core key '${key}' missing from the schema`).toContain(key);
    for (const key of schemaKeys) expect([...configKeys, ...CLI_ONLY], `schema key '${key}' is neither core nor CLI-only`).toContain(key);
    for (const key of CLI_ONLY) expect(configKeys, `'${key}' is in core now: drop the CLI's own handling`).not.toContain(key);
    expect(schema.properties.defaultLanguage.enum).toEqual(languages);
    const { SEVERITIES } = await import('@vacancy-lint/core');
    expect(schema.properties.rules.additionalProperties.enum).toEqual([...SEVERITIES, 'off']);
  });
});
