// The bin runs the bundled CLI unless something it was built from is newer: a tsc build of the
// CLI, core or config, or the core's rule data rewritten by `npm run rules:check`. A stale bundle
// would lint with yesterday's rules. The real bin file runs here beside stub entry points. The bundle
// runs with V8's code cache from a private folder of the user's: a cache that is damaged, or in a
// folder others can write, must never change what runs.
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'vl-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function layout(cacheHome = mkdtempSync(join(dir, 'cache-'))): { run: (...args: string[]) => string; touch: (file: string, secondsAgo: number) => void; base: string } {
  const base = mkdtempSync(join(dir, 'p-'));
  const file = (rel: string, text: string) => {
    mkdirSync(join(base, rel, '..'), { recursive: true });
    writeFileSync(join(base, rel), text);
  };
  mkdirSync(join(base, 'cli/bin'), { recursive: true });
  copyFileSync(join(ROOT, 'packages/cli/bin/vacancy-lint.js'), join(base, 'cli/bin/vacancy-lint.js'));
  file('cli/dist/bundle/cli.cjs', "exports.main = async function main() { process.stdout.write('bundle'); return 0; };\n");
  file('cli/dist/main.js', "export async function main() { process.stdout.write('modules'); return 0; }\n");
  for (const rel of ['cli/dist/.tsbuildinfo', 'core/dist/.tsbuildinfo', 'config/dist/.tsbuildinfo', 'core/dist/generated/rules.js']) file(rel, '');
  const touch = (rel: string, secondsAgo: number) => {
    const t = Date.now() / 1000 - secondsAgo;
    utimesSync(join(base, rel), t, t);
  };
  for (const rel of ['cli/dist/.tsbuildinfo', 'core/dist/.tsbuildinfo', 'config/dist/.tsbuildinfo', 'core/dist/generated/rules.js']) touch(rel, 100);
  touch('cli/dist/bundle/cli.cjs', 50);
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(base, 'cli/bin/vacancy-lint.js'), ...args], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
    expect(result.stderr).toBe('');
    return result.stdout;
  };
  return { run, touch, base };
}

describe('bin: bundle or compiled modules', () => {
  it('runs the bundle when it is newer than everything it was built from', () => {
    expect(layout().run()).toBe('bundle');
  });

  it.each(['core/dist/generated/rules.js', 'core/dist/.tsbuildinfo', 'cli/dist/.tsbuildinfo', 'config/dist/.tsbuildinfo'])('runs the compiled modules when %s is newer than the bundle', (rel) => {
    const { run, touch } = layout();
    touch(rel, 10);
    expect(run()).toBe('modules');
  });
});

describe('bin: code cache of the bundle', () => {
  const cacheFiles = (home: string) => {
    const folder = join(home, 'vacancy-lint', 'v8');
    return existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : [];
  };

  it('writes one cache file on the first run and runs the same with it', () => {
    const home = mkdtempSync(join(dir, 'cache-'));
    const { run } = layout(home);
    expect(run()).toBe('bundle');
    expect(cacheFiles(home)).toHaveLength(1);
    expect(run()).toBe('bundle');
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('writes and reads no cache for a --jsonl run (a stream of documents, where memory counts more than start-up)', () => {
    const home = mkdtempSync(join(dir, 'cache-'));
    const { run } = layout(home);
    expect(run('--jsonl', 'ads.jsonl')).toBe('bundle');
    expect(run('--jsonl=ads.jsonl')).toBe('bundle');
    expect(cacheFiles(home)).toEqual([]);
    expect(run('ad.txt')).toBe('bundle');
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('never runs the cache of a bundle rebuilt since, even one of the same length', () => {
    const home = mkdtempSync(join(dir, 'cache-'));
    const { run, base } = layout(home);
    expect(run()).toBe('bundle');
    expect(run()).toBe('bundle');
    // The cache is keyed by the bundle file's identity (size, times, inode), not its text.
    writeFileSync(join(base, 'cli/dist/bundle/cli.cjs'), "exports.main = async function main() { process.stdout.write('BUNDLE'); return 0; };\n");
    expect(run()).toBe('BUNDLE');
    expect(run()).toBe('BUNDLE');
    expect(cacheFiles(home)).toHaveLength(1);
  });

  it('runs a bundle written already wrapped as a function (what scripts/bundle.mjs writes), with and without its cache', () => {
    const home = mkdtempSync(join(dir, 'cache-'));
    const { run, base } = layout(home);
    writeFileSync(join(base, 'cli/dist/bundle/cli.cjs'), "(function (exports, require, module, __filename, __dirname, __import) { 'use strict'; exports.main = async function main() { process.stdout.write('wrapped'); return 0; };\n})");
    expect(run()).toBe('wrapped');
    expect(cacheFiles(home)).toHaveLength(1);
    expect(run()).toBe('wrapped');
  });

  it('ignores a damaged cache file and writes a good one in its place', () => {
    const home = mkdtempSync(join(dir, 'cache-'));
    const { run } = layout(home);
    run();
    const [cache] = cacheFiles(home);
    writeFileSync(cache!, 'not V8 code cache data');
    expect(run()).toBe('bundle');
    expect(cacheFiles(home)).toHaveLength(1);
    expect(run()).toBe('bundle');
  });

  it.skipIf(process.platform === 'win32')('uses no cache folder that others can write to', () => {
    const home = mkdtempSync(join(dir, 'cache-'));
    mkdirSync(join(home, 'vacancy-lint', 'v8'), { recursive: true });
    chmodSync(join(home, 'vacancy-lint', 'v8'), 0o777);
    const { run } = layout(home);
    expect(run()).toBe('bundle');
    expect(cacheFiles(home)).toEqual([]);
  });
});
