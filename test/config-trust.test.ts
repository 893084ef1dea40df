/**
 * The configuration trust boundary, tried on the real CLI: only `--config` and the documented
 * files from the linted file's folder up to the project root load; nothing else runs or counts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, NL_BAD, cleanup, project, run } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const ids = (stdout: string): string[] => (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((f) => f.messages.map((m) => m.ruleId));
const NURSE = 'nl.gender.functietitel-verpleegster';
const TEAM = 'nl.age.jong-team';

/** CommonJS that leaves a file next to the folder it sits in when it runs (it must never run). */
const writesMarker = (name: string) => `require('node:fs').writeFileSync(require('node:path').join(__dirname, ${JSON.stringify(name)}), 'ran');\nmodule.exports = { rules: { age: 'off' } };\n`;

describe('cosmiconfig-style meta-config in the working folder does nothing', () => {
  const modes: Array<[string, string[], Record<string, string>]> = [
    ['a plain run', ['ad.txt'], {}],
    ['--config', ['--config', 'own.json', 'ad.txt'], { 'own.json': '{}' }],
    ['--jsonl', ['--jsonl', 'ads.jsonl'], { 'ads.jsonl': `${JSON.stringify({ id: 1, text: NL_BAD })}\n` }],
    ['--print-config', ['--print-config', 'ad.txt'], {}],
  ];
  for (const [name, args, extra] of modes) {
    it(`.config/config.js is not run (${name})`, async () => {
      const dir = project({ '.config/config.js': writesMarker('../ran'), 'ad.txt': NL_BAD, ...extra });
      const r = await run(['--format', 'json', ...args], { cwd: dir });
      expect(r.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/u);
      expect(existsSync(join(dir, 'ran')), 'the meta-config ran').toBe(false);
    });
  }

  it('.config/config.json cannot point the search at a JavaScript file', async () => {
    const dir = project({
      '.config/config.json': JSON.stringify({ cosmiconfig: { searchPlaces: ['evil.js'] }, searchPlaces: ['evil.js'] }),
      'evil.js': writesMarker('ran'),
      'ad.txt': NL_BAD,
    });
    const r = await run(['--format', 'json', 'ad.txt'], { cwd: dir });
    expect(existsSync(join(dir, 'ran')), 'evil.js ran').toBe(false);
    expect(ids(r.stdout)).toEqual([NURSE, TEAM]);
  });
});

describe('the home folder', () => {
  it('~/.config/vacancylint/config.json (a fake HOME) is ignored', async () => {
    const home = project({ '.config/vacancylint/config.json': JSON.stringify({ rules: { age: 'off', gender: 'off' } }), '.config/vacancylint/config.yaml': 'rules:\n  gender: off\n' });
    const dir = project({ 'ad.txt': NL_BAD });
    const r = await run(['--format', 'json', 'ad.txt'], { cwd: dir, env: { HOME: home, XDG_CONFIG_HOME: join(home, '.config') } });
    expect(ids(r.stdout)).toEqual([NURSE, TEAM]);
  });

  it("the home folder's own .vacancylintrc.json is not read for a file below it, unless home is a project root", async () => {
    const home = project({ '.vacancylintrc.json': JSON.stringify({ rules: { age: 'off' } }), 'ads/ad.txt': NL_BAD });
    const r = await run(['--format', 'json', 'ads/ad.txt'], { cwd: home, env: { HOME: home } });
    expect(ids(r.stdout)).toEqual([NURSE, TEAM]);
    const p = await run(['--print-config', 'ads/ad.txt'], { cwd: home, env: { HOME: home } });
    expect(JSON.parse(p.stdout)).toMatchObject({ configFile: null, stop: { folder: home, reason: 'home' } });
    // A home folder that is itself a repository (dotfiles) is a project root like any other.
    mkdirSync(join(home, '.git'));
    const root = await run(['--format', 'json', 'ads/ad.txt'], { cwd: home, env: { HOME: home } });
    expect(ids(root.stdout)).toEqual([NURSE]);
  });
});

describe('the search stops at the project root', () => {
  for (const marker of ['.git', 'package.json']) {
    it(`a config above the first folder with ${marker} is not used; one in that folder is`, async () => {
      const files: Record<string, string> = { '.vacancylintrc.json': JSON.stringify({ rules: { age: 'off' } }), 'repo/src/ad.txt': NL_BAD };
      if (marker === 'package.json') files['repo/package.json'] = JSON.stringify({ name: 'ads' });
      const dir = project(files);
      if (marker === '.git') mkdirSync(join(dir, 'repo/.git'));
      const r = await run(['--format', 'json', 'repo/src/ad.txt'], { cwd: dir });
      expect(ids(r.stdout)).toEqual([NURSE, TEAM]);
      const p = await run(['--print-config', 'repo/src/ad.txt'], { cwd: dir });
      expect(JSON.parse(p.stdout)).toMatchObject({ configFile: null, stop: { folder: join(dir, 'repo'), reason: 'project-root' } });
    });
  }

  it('the project root itself is searched', async () => {
    const dir = project({ 'repo/.vacancylintrc.yaml': 'rules:\n  age: off\n', 'repo/package.json': '{"name":"x"}', 'repo/a/ad.txt': NL_BAD });
    const r = await run(['--format', 'json', 'repo/a/ad.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual([NURSE]);
  });
});

describe('JavaScript config files are code', () => {
  const js = { 'package.json': JSON.stringify({ name: 'ads' }), 'vacancy-lint.config.cjs': writesMarker('ran'), 'ad.txt': NL_BAD };

  it('run by default (the user runs the CLI in their own project)', async () => {
    const dir = project(js);
    const r = await run(['--format', 'json', 'ad.txt'], { cwd: dir });
    expect(ids(r.stdout)).toEqual([NURSE]);
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });

  it('--no-js-config does not run them, and says so on standard error', async () => {
    const dir = project(js);
    const r = await run(['--format', 'json', '--no-js-config', 'ad.txt'], { cwd: dir });
    expect(existsSync(join(dir, 'ran')), 'the JavaScript config ran').toBe(false);
    expect(ids(r.stdout)).toEqual([NURSE, TEAM]);
    expect(r.stderr).toMatch(/vacancy-lint\.config\.cjs was not loaded: it is a JavaScript config \(code\) and --no-js-config refuses those/u);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(1);
  });

  it('--no-js-config with --config pointing at a JavaScript file is a configuration error', async () => {
    const dir = project(js);
    const r = await run(['--no-js-config', '--config', 'vacancy-lint.config.cjs', 'ad.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/vacancy-lint\.config\.cjs: is a JavaScript config \(code\)/u);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});

describe('--print-config FILE', () => {
  it('prints the resolved config with the file used, the files skipped and why, and where the search stopped', async () => {
    const dir = project({ 'package.json': JSON.stringify({ name: 'x' }), 'jobs/.vacancylintrc.json': JSON.stringify({ extends: 'recommended', rules: { age: 'off' } }), 'jobs/.vacancylintrc.yaml': 'rules: {}\n' });
    const r = await run(['--print-config', 'jobs/new.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toEqual({
      for: join(dir, 'jobs/new.md'),
      configFile: join(dir, 'jobs/.vacancylintrc.json'),
      source: 'search',
      config: { rules: { age: 'off' }, allow: [] },
      skipped: [{ file: join(dir, 'jobs/.vacancylintrc.yaml'), reason: 'shadowed', message: expect.stringContaining('comes first') }],
      searched: [join(dir, 'jobs')],
      stop: { folder: join(dir, 'jobs'), reason: 'config-file' },
    });
    const refused = await run(['--print-config', 'ad.md', '--no-js-config'], { cwd: project({ '.git/HEAD': '', 'vacancy-lint.config.mjs': 'export default {}' }) });
    expect(JSON.parse(refused.stdout)).toMatchObject({ configFile: null, skipped: [{ reason: 'javascript-not-allowed' }] });
    const option = await run(['--print-config', 'ad.md', '--config', 'jobs/.vacancylintrc.yaml'], { cwd: dir });
    expect(JSON.parse(option.stdout)).toMatchObject({ source: 'option', configFile: join(dir, 'jobs/.vacancylintrc.yaml'), searched: [] });
  });
});

describe('only regular files are read', () => {
  const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

  it.skipIf(process.platform === 'win32')("an ancestor's .vacancylintrc.json that is a FIFO does not hang: a clear error, exit 2", () => {
    const dir = project({ 'sub/ad.txt': NL_BAD });
    expect(fifo(join(dir, '.vacancylintrc.json')), 'mkfifo failed').toBe(true);
    const r = spawnSync(process.execPath, [BIN, 'sub/ad.txt'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.signal, 'the CLI hung on the FIFO').toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.vacancylintrc\.json: is a FIFO \(named pipe\), not a regular file/u);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const given = spawnSync(process.execPath, [BIN, '--config', '.vacancylintrc.json', 'sub/ad.txt'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(given.signal).toBeNull();
    expect(given.status).toBe(2);
  });

  it.skipIf(process.platform === 'win32')('a FIFO named like a JavaScript config is not imported either', () => {
    const dir = project({ 'package.json': '{}', 'ad.txt': NL_BAD });
    expect(fifo(join(dir, 'vacancy-lint.config.mjs'))).toBe(true);
    const r = spawnSync(process.execPath, [BIN, 'ad.txt'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/vacancy-lint\.config\.mjs: is a FIFO/u);
  });
});

describe('a syntax error names file:line:column and the reason, on one line', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['.vacancylintrc.json', '{\n  "rules": {\n    age: "off"\n  }\n}\n', /\.vacancylintrc\.json:3:5: invalid JSON: \S.*/u],
    ['.vacancylintrc.json', '{\n  "rules": {\n    "age": "off",\n  }\n}\n', /\.vacancylintrc\.json:4:3: invalid JSON: \S.*/u],
    ['.vacancylintrc.json', '{"rules": ', /\.vacancylintrc\.json:1:11: invalid JSON: unexpected end of the file/u],
    ['.vacancylintrc.yaml', 'rules:\n  age: off\n   gender: [info\n', /\.vacancylintrc\.yaml:\d+:\d+: invalid YAML: \S.*/u],
    ['.vacancylintrc.yml', 'rules:\n  age: off\n  age: info\n', /\.vacancylintrc\.yml:3:3: invalid YAML: Map keys must be unique/u],
    ['package.json', '{ "name": "x", }', /package\.json:1:16: invalid JSON: \S.*/u],
  ];
  for (const [file, content, message] of cases) {
    it(`${file}: ${JSON.stringify(content).slice(0, 40)}`, async () => {
      const dir = project({ [file]: content, 'ad.txt': NL_BAD });
      const r = await run(['ad.txt'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    });
  }
});
