/** vacancy-lint output: every format, --output-file, colour, summary, --quiet, --max-warnings, exit codes, rule info, directives. */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { EN_BAD, EN_CLEAN, NL_BAD, NL_CLEAN, NL_WARN_ONLY, project, run, cleanup } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const ANSI = /\u001b\[\d+m/u;

function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/cli/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('formats', () => {
  it('stylish (default): findings, suggestions, summary by category and gender-coded balance, no colour when piped', async () => {
    const dir = project({ 'nl.txt': NL_BAD, 'en.txt': 'We want a competitive, dominant and decisive leader who is assertive and ambitious.\n' });
    const r = await run(['nl.txt', 'en.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nl.txt  (nl)');
    expect(r.stdout).toContain('→ verpleegkundige');
    expect(r.stdout).toMatch(/by category: .*age 1.*gender 1|by category: .*gender 1.*age 1/);
    expect(r.stdout).toMatch(/gender-coded wording:\n\s+en\.txt: (strongly )?masculine-coded \(\d+ masculine, 0 feminine\)/);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('stylish: names the categories in the language of the text, in English for a mix of languages', async () => {
    const dir = project({ 'nl.txt': NL_BAD, 'en.txt': EN_BAD });
    const nl = await run(['nl.txt'], { cwd: dir });
    expect(nl.stdout).toMatch(/by category: .*leeftijd 1/u);
    expect(nl.stdout).not.toMatch(/by category: .*\bage\b/u);
    const mixed = await run(['nl.txt', 'en.txt'], { cwd: dir });
    expect(mixed.stdout).toMatch(/by category: .*\bage \d/u);
    expect(mixed.stdout).not.toMatch(/by category: .*leeftijd/u);
  });

  it('colour: FORCE_COLOR or --color turn it on; NO_COLOR and --no-color win', async () => {
    const dir = project({ 'a.txt': NL_BAD });
    expect((await run(['a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await run(['--color', 'a.txt'], { cwd: dir })).stdout).toMatch(ANSI);
    expect((await run(['a.txt'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['--no-color', 'a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('json: ESLint result shape with every finding field; offsets match the text', async () => {
    const dir = project({ 'a.txt': NL_BAD });
    const r = await run(['-f', 'json', '--lang', 'nl', 'a.txt'], { cwd: dir });
    const [file] = JSON.parse(r.stdout);
    expect(Object.keys(file)).toEqual(expect.arrayContaining(['filePath', 'language', 'messages', 'errorCount', 'warningCount', 'infoCount', 'summary']));
    expect(file.errorCount).toBe(1);
    expect(file.warningCount).toBe(1);
    for (const m of file.messages) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'category', 'severity', 'message', 'explanation', 'suggestions', 'fixable', 'sources', 'actual', 'language', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset']));
      expect(NL_BAD.slice(m.offset, m.endOffset)).toBe(m.actual);
    }
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with rule metadata, help, locations and fixes', async () => {
    const dir = project({ 'jobs/nl ad.md': NL_BAD, 'jobs/en.md': EN_BAD, 'jobs/clean.md': NL_CLEAN });
    const r = await run(['-f', 'sarif', 'jobs'], { cwd: dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('vacancy-lint');
    const rule = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'nl.age.jong-team');
    expect(rule.help.text).toMatch(/leeftijd/);
    expect(rule.helpUri).toMatch(/^https:\/\//);
    expect(rule.properties.sources.length).toBeGreaterThan(0);
    const result = run0.results.find((x: { ruleId: string }) => x.ruleId === 'nl.gender.functietitel-verpleegster');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('jobs/nl%20ad.md');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 16, snippet: { text: 'verpleegster' } });
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('verpleegkundige');
    expect(run0.results.every((x: { ruleIndex: number; ruleId: string }) => run0.tool.driver.rules[x.ruleIndex].id === x.ruleId)).toBe(true);
  });

  it('sarif with no findings is still valid', async () => {
    const r = await run(['-f', 'sarif', '-'], { input: NL_CLEAN });
    expect(r.code).toBe(0);
    expect(sarifValidator()(JSON.parse(r.stdout))).toBe(true);
  });

  it('github: workflow annotations with escaped properties', async () => {
    const dir = project({ 'a,b.txt': NL_BAD });
    const r = await run(['-f', 'github', 'a,b.txt'], { cwd: dir });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning file=a%2Cb\.txt,line=1,endLine=1,col=16,endColumn=28,title=vacancy-lint nl\.gender\.functietitel-verpleegster::.+Suggestion: verpleegkundige$/);
    expect(lines[1]).toMatch(/^::error file=a%2Cb\.txt,line=1,/);
  });

  it('compact: file:line:col: severity message [rule]', async () => {
    const dir = project({ 'a.txt': NL_BAD });
    const r = await run(['-f', 'compact', 'a.txt'], { cwd: dir });
    expect(r.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^a\.txt:1:16: warning .+ \[nl\.gender\.functietitel-verpleegster\]$/),
      expect.stringMatching(/^a\.txt:1:\d+: error .+ \[nl\.age\.jong-team\]$/),
    ]);
  });

  it('--output-file writes the report (creating folders) and keeps stdout empty', async () => {
    const dir = project({ 'a.txt': NL_BAD });
    const r = await run(['-f', 'sarif', '-o', 'reports/out.sarif', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'reports/out.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('exit codes, --quiet and --max-warnings', () => {
  it('0 clean, 1 with an error, 0 with warnings only', async () => {
    const dir = project({ 'clean.txt': NL_CLEAN, 'bad.txt': NL_BAD, 'warn.txt': NL_WARN_ONLY, 'en.txt': EN_CLEAN });
    expect((await run(['clean.txt', 'en.txt'], { cwd: dir })).code).toBe(0);
    expect((await run(['bad.txt'], { cwd: dir })).code).toBe(1);
    expect((await run(['warn.txt'], { cwd: dir })).code).toBe(0);
  });

  it('--max-warnings N: 1 when warnings exceed N', async () => {
    const dir = project({ 'warn.txt': NL_WARN_ONLY });
    expect((await run(['--max-warnings', '0', 'warn.txt'], { cwd: dir })).code).toBe(1);
    expect((await run(['--max-warnings', '1', 'warn.txt'], { cwd: dir })).code).toBe(0);
    expect((await run(['--max-warnings', 'x', 'warn.txt'], { cwd: dir })).code).toBe(2);
  });

  it('--quiet shows and counts errors only', async () => {
    const dir = project({ 'bad.txt': NL_BAD, 'warn.txt': NL_WARN_ONLY });
    const r = await run(['-f', 'json', '--quiet', '--max-warnings', '0', 'bad.txt', 'warn.txt'], { cwd: dir });
    const files = JSON.parse(r.stdout);
    expect(files.flatMap((f: { messages: Array<{ severity: string }> }) => f.messages.map((m) => m.severity))).toEqual(['error']);
    expect(r.code).toBe(1);
    expect((await run(['--quiet', '--max-warnings', '0', 'warn.txt'], { cwd: dir })).code).toBe(0);
  });

  it('--quiet applies to every format alike; only a JSON result\'s summary counts every finding (as the README says)', async () => {
    const dir = project({ 'bad.txt': NL_BAD });
    const [file] = JSON.parse((await run(['-f', 'json', '--quiet', 'bad.txt'], { cwd: dir })).stdout);
    expect(file.messages.map((m: { severity: string }) => m.severity)).toEqual(['error']);
    expect([file.errorCount, file.warningCount]).toEqual([1, 0]);
    expect(file.summary.warningCount).toBe(1);
    const sarif = JSON.parse((await run(['-f', 'sarif', '--quiet', 'bad.txt'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['error']);
    expect(sarif.runs[0].properties.summary.byCategory).toEqual({ age: 1 });
    const stylish = (await run(['--quiet', 'bad.txt'], { cwd: dir })).stdout;
    expect(stylish).toContain('by category: leeftijd 1\n');
    expect(stylish).not.toContain('verpleegster');
  });
});

describe('rule information', () => {
  it('--explain RULE prints message, explanation, suggestions and sources, labelled in the rule\'s language', async () => {
    const r = await run(['--explain', 'nl.age.jong-team']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/nl\.age\.jong-team/);
    expect(r.stdout).toMatch(/Waarom: .+leeftijd/);
    expect(r.stdout).toMatch(/Schrijf liever: 'enthousiast team'/);
    expect(r.stdout).toMatch(/Bronnen:\n {2}- /);
    expect(r.stdout).not.toMatch(/Why|Suggestions|Sources/);
    const en = await run(['--explain', 'en.age.young-team']);
    expect(en.stdout).toMatch(/Why: .+/);
    expect(en.stdout).toMatch(/Write instead: '/);
    const j = await run(['--explain', 'nl.age.jong-team', '-f', 'json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ id: 'nl.age.jong-team', category: 'age' });
  });

  it('--explain with an unknown rule exits 2 and suggests the nearest', async () => {
    const r = await run(['--explain', 'nl.age.jong-tem']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean 'nl\.age\.jong-team'/);
  });

  it('--list-rules filters by --lang and --category', async () => {
    const { listRules } = await import('@vacancy-lint/core');
    const r = await run(['--list-rules', '--lang', 'nl', '--category', 'gender', '-f', 'json']);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; language: string; category: string }>;
    expect(rules.map((x) => x.id)).toEqual(listRules({ language: 'nl', category: 'gender' }).map((x) => x.id));
    expect(rules.every((x) => x.language === 'nl' && x.category === 'gender')).toBe(true);
    const text = await run(['--list-rules', '--lang', 'en']);
    expect(text.stdout).toMatch(/^en\.\S+ /mu);
    expect(text.stdout).not.toMatch(/^nl\./mu);
    const bad = await run(['--list-rules', '--category', 'gendr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/did you mean 'gender'/);
  });

  it('--help and --version-less usage exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--format', '--fix-dry-run', '--jsonl', '--concurrency', '--report-unused-disable-directives', '--init', '--list-rules', '--explain']) expect(r.stdout).toContain(flag);
  });
});

describe('inline directives in Markdown and HTML comments', () => {
  const md = [
    'Wij zoeken een verpleegster.',
    '',
    '<!-- vacancy-lint-disable-next-line nl.gender.functietitel-verpleegster -->',
    'Wij zoeken een verpleegster voor de nacht.',
    '',
    '<!-- vacancy-lint-disable -->',
    'Ons jonge team zoekt een verpleegster.',
    '<!-- vacancy-lint-enable -->',
    '',
    '<!-- vacancy-lint-disable nl.age -->',
    'Ons jonge team zoekt een verpleegster.',
    '<!-- vacancy-lint-enable nl.age -->',
    '',
    '<!-- vacancy-lint-disable nl.origin -->',
    'Je werkt in Utrecht.',
    '',
  ].join('\n');

  it('disable, enable and disable-next-line (with and without rule ids) in Markdown', async () => {
    const r = await run(['-f', 'json', '--lang', 'nl', '--stdin-filename', 'ad.md', '-'], { input: md });
    const lines = JSON.parse(r.stdout)[0].messages.map((m: { line: number; ruleId: string }) => `${m.line}:${m.ruleId}`);
    expect(lines).toEqual(['1:nl.gender.functietitel-verpleegster', '11:nl.gender.functietitel-verpleegster']);
  });

  it('--report-unused-disable-directives reports a disable comment that silenced nothing', async () => {
    const r = await run(['-f', 'compact', '--lang', 'nl', '--report-unused-disable-directives', '--stdin-filename', 'ad.md', '-'], { input: md });
    expect(r.stdout).toMatch(/^ad\.md:14:1: warning Unused directive .+ \[unused-disable-directive\]$/mu);
    const without = await run(['-f', 'compact', '--lang', 'nl', '--stdin-filename', 'ad.md', '-'], { input: md });
    expect(without.stdout).not.toMatch(/unused-disable-directive/);
  });

  it('works in HTML comments too', async () => {
    const html = '<p>Wij zoeken een verpleegster.</p>\n<!-- vacancy-lint-disable-next-line -->\n<p>Ons jonge team zoekt een verpleegster.</p>\n';
    const r = await run(['-f', 'json', '--lang', 'nl', '--stdin-filename', 'ad.html', '-'], { input: html });
    expect(JSON.parse(r.stdout)[0].messages.map((m: { line: number }) => m.line)).toEqual([1]);
  });
});
