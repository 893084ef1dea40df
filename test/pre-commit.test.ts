/**
 * The pre-commit hook as a content repository gets it. `pre-commit try-repo` installs the hook from a
 * fresh clone of this repository exactly as a `repos:` entry in .pre-commit-config.yaml does (npm
 * install in the clone, which builds it, then `npm pack` and `npm install -g` of the root package; see
 * .pre-commit-hooks.yaml) and runs it on the example ads. The clone has what is committed, as a user's
 * would: uncommitted changes are not tested here.
 *
 * Skipped with a notice without the `pre-commit` program; VACANCY_LINT_REQUIRE_PRE_COMMIT=1 (CI, .ci/run)
 * makes it required. Takes a minute or two: most of it is pre-commit's npm install and build of the clone.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { describeNeeding } from './fixtures/shared.js';
import { BIN, ROOT } from './fixtures/cli/helpers.js';

const temp = mkdtempSync(join(tmpdir(), 'vacancy-lint-pre-commit-'));
const clone = join(temp, 'repo');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const BAD = ['examples/job-ad-developer.md', 'examples/vacature-verpleegkundige.md'];
const GOOD = ['examples/job-ad-developer-improved.md', 'examples/vacature-verpleegkundige-verbeterd.md'];

/**
 * The environment of a user's shell: none of the `npm_*` variables that `npm test` sets (they would
 * steer the npm that pre-commit runs) and no node_modules/.bin on the PATH (the hook must find the
 * `vacancy-lint` that pre-commit installed, not this checkout's). PRE_COMMIT_HOME in the temporary
 * folder keeps pre-commit's logs and cache out of the user's home.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_|^INIT_CWD$/iu.test(key)) env[key] = value;
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => !dir.includes('node_modules'))
    .join(delimiter);
  env['PRE_COMMIT_HOME'] = join(temp, 'pre-commit-home');
  return env;
}

/** The CLI of this checkout, run on the clone's files: what the hook must print. */
function cli(args: string[], cwd = clone): string[] {
  const r = spawnSync(process.execPath, [BIN, '--format', 'compact', ...args], { cwd, encoding: 'utf8' });
  return r.stdout.split('\n').filter((line) => line.trim() !== '');
}

describeNeeding(['preCommit'], 'pre-commit try-repo on a fresh clone', () => {
  // One run of both hooks: try-repo installs into a new store every time (it ignores PRE_COMMIT_HOME),
  // and the install is most of the time this takes.
  it('installs both hooks; the lint hook reports what the CLI reports, the fix hook fixes what --fix fixes', () => {
    const git = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
    expect(git.status, git.stderr).toBe(0);

    // What the hooks must do: this checkout's CLI on the same files (the fix on copies of them).
    const findings = cli([...BAD, ...GOOD]);
    expect(findings.length).toBeGreaterThan(10);
    expect(findings.filter((line) => GOOD.some((file) => line.startsWith(file)))).toEqual([]);
    const before = new Map([...BAD, ...GOOD].map((file) => [file, readFileSync(join(clone, file), 'utf8')]));
    const fixed = new Map(
      BAD.map((file, i) => {
        const copy = join(temp, `expected-${i}.md`);
        copyFileSync(join(clone, file), copy);
        cli(['--fix', copy], temp);
        return [file, readFileSync(copy, 'utf8')];
      }),
    );
    for (const file of BAD) expect(fixed.get(file), `--fix changes nothing in ${file}`).not.toBe(before.get(file));

    // No hook id: every hook in .pre-commit-hooks.yaml, in its order (lint first, then fix).
    const r = spawnSync('pre-commit', ['try-repo', clone, '--color', 'never', '--files', ...BAD, ...GOOD], {
      cwd: clone,
      env: userEnv(),
      encoding: 'utf8',
      // Generous: this installs the hooks (npm install and a full build of the clone) on a loaded machine.
      timeout: 540_000,
    });
    const out = `${r.stdout}${r.stderr}`;
    expect(out, 'pre-commit could not install or run the hooks').toMatch(/^vacancy-lint\.+Failed$/mu);
    expect(out).toMatch(/^vacancy-lint \(safe fixes\)\.+Failed$/mu);
    expect(out).toContain('files were modified by this hook');
    expect(r.status).toBe(1);

    // The lint hook printed every finding the CLI prints, and none in the improved ads.
    const printed = new Set(r.stdout.split('\n'));
    expect(findings.filter((line) => !printed.has(line))).toEqual([]);
    for (const file of GOOD) expect(out).not.toContain(`${file}:`);
    // The fix hook wrote what --fix writes, and left the clean ads alone.
    for (const file of BAD) expect(readFileSync(join(clone, file), 'utf8'), file).toBe(fixed.get(file));
    for (const file of GOOD) expect(readFileSync(join(clone, file), 'utf8'), file).toBe(before.get(file));
  }, 600_000);
});

/** The CI templates name hooks, packages, commands and options that exist (no pre-commit needed). */
describe('examples/ci', () => {
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

  it('the pre-commit example names hooks that .pre-commit-hooks.yaml defines, run by a bin of the root package', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as Array<{ id: string; entry: string }>;
    const used = [...read('examples/ci/pre-commit-config.example.yaml').matchAll(/id: (\S+)/gu)].map((m) => m[1]);
    expect(used).toEqual(['vacancy-lint', 'vacancy-lint-fix']);
    for (const id of used) expect(hooks.map((h) => h.id)).toContain(id);
    const bins = Object.keys((JSON.parse(read('package.json')) as { bin: Record<string, string> }).bin);
    for (const hook of hooks) expect(bins).toContain(hook.entry.split(' ')[0]);
  });

  it.each(['examples/ci/github-actions.yml', 'examples/ci/gitlab-ci.yml'])('%s installs the CLI package and runs it with options it has', (path) => {
    const text = read(path);
    const cliPackage = JSON.parse(read('packages/cli/package.json')) as { name: string; bin: Record<string, string> };
    expect(text).toContain(`npm install --no-save ${cliPackage.name}\n`);
    const runs = [...text.matchAll(/npx (vacancy-lint|@vacancy-lint\/cli) ([^\n|]+)/gu)];
    expect(runs.length).toBeGreaterThan(0);
    for (const [, command, rest] of runs) {
      expect(command === cliPackage.name || command! in cliPackage.bin).toBe(true);
      // On a content/ folder with the English example ad: findings (exit 1), never a usage error (2).
      const dir = mkdtempSync(join(temp, 'ci-'));
      mkdirSync(join(dir, 'content'));
      copyFileSync(join(ROOT, BAD[0]!), join(dir, 'content', 'ad.md'));
      const args = rest!.trim().split(/\s+/u);
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
      expect(r.status, `${path}: vacancy-lint ${args.join(' ')}: ${r.stderr}`).toBe(1);
      const output = args.indexOf('--output-file');
      if (output >= 0) {
        const file = join(dir, args[output + 1]!);
        expect(existsSync(file), file).toBe(true);
        expect((JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version).toBe('2.1.0');
      }
    }
  });
});
