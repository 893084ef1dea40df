/** Conventions users expect from ESLint and Vale, checked on the real command. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, cleanup, project, run } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const AD = 'Wij zoeken een verpleegster voor ons jonge team.\n';
const ESC = '\u001b[';

describe('--version', () => {
  it.each(['--version', '-v'])('%s prints the package version and exits 0', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version);
  });
});

describe('colour on a terminal', () => {
  // `script` gives the command a pseudo-terminal, as a person's shell does.
  const onTerminal = (env: string) => {
    const dir = project({ 'ad.txt': AD });
    const r = spawnSync('script', ['-qec', `env -u NO_COLOR -u FORCE_COLOR ${env} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ad.txt`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    return r.stdout;
  };
  it.skipIf(!existsSync('/usr/bin/script'))('FORCE_COLOR=0 turns colour off even on a terminal (it used to colour)', () => {
    expect(onTerminal('')).toContain(ESC);
    expect(onTerminal('FORCE_COLOR=0')).not.toContain(ESC);
    expect(onTerminal('FORCE_COLOR=false')).not.toContain(ESC);
    expect(onTerminal('NO_COLOR=1')).not.toContain(ESC);
  });
});

describe('options that do not apply are refused, not ignored', () => {
  it.each([
    [['--jsonl', '--format', 'sarif', '-'], '--format sarif does not apply to --jsonl'],
    [['--category', 'age', 'ad.txt'], '--category only applies with --list-rules'],
    [['--jsonl-text-field', 'body', 'ad.txt'], '--jsonl-text-field only applies with --jsonl'],
  ])('%j', async (args, message) => {
    const dir = project({ 'ad.txt': AD });
    const r = await run(args, { cwd: dir, input: '{"id":1,"text":"x"}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`vacancy-lint: ${message}${message.startsWith('--format') ? ', whose output is always JSON Lines' : ''}`);
    expect(r.stdout).toBe('');
  });

  it('still accepts what applies', async () => {
    expect((await run(['--list-rules', '--category', 'age'])).code).toBe(0);
    const r = await run(['--jsonl', '--format', 'json', '-'], { input: '{"id":1,"text":"Wij zoeken een verpleegster."}\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(1);
  });
});

describe('batch summary', () => {
  it('ends with the totals', async () => {
    const dir = project({ 'a.txt': AD, 'b.txt': 'Wij zoeken een ambitieuze, dynamische, competitieve, assertieve, dominante en analytische collega.\n' });
    const r = await run(['a.txt', 'b.txt'], { cwd: dir });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^✖ \d+ findings \(\d+ errors?, \d+ warnings?, \d+ info\) in 2 files$/u);
    expect(r.stdout.indexOf('by category:')).toBeLessThan(r.stdout.lastIndexOf('findings ('));
  });
});

describe('--init', () => {
  it('writes a $schema that resolves: the installed copy when there is one', async () => {
    const dir = project({});
    const installed = join(dir, 'node_modules/@vacancy-lint/config');
    mkdirSync(dirname(installed), { recursive: true });
    symlinkSync(join(ROOT, 'packages/config'), installed);
    expect((await run(['--init'], { cwd: dir })).code).toBe(0);
    const { $schema } = JSON.parse(readFileSync(join(dir, '.vacancylintrc.json'), 'utf8'));
    expect(existsSync(resolve(dir, $schema))).toBe(true);
    expect(JSON.parse(readFileSync(resolve(dir, $schema), 'utf8')).properties.rules).toBeDefined();
  });

  it('and the published schema of the config package otherwise (npx)', async () => {
    const dir = project({});
    expect((await run(['--init'], { cwd: dir })).code).toBe(0);
    const { $schema } = JSON.parse(readFileSync(join(dir, '.vacancylintrc.json'), 'utf8'));
    const version = JSON.parse(readFileSync(join(ROOT, 'packages/config/package.json'), 'utf8')).version;
    expect($schema).toBe(`https://unpkg.com/@vacancy-lint/config@${version}/schema/config.schema.json`);
    // The path inside the URL is a file the package ships.
    expect(JSON.parse(readFileSync(join(ROOT, 'packages/config/package.json'), 'utf8')).files).toContain('schema');
  });
});
