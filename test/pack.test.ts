/**
 * Publishable: each package is packed as `npm publish` would pack it, installed into an empty folder
 * from the tarballs alone, and used there as a new user would (ESM import, types under node16 and
 * bundler resolution, the bins). The tarballs carry README and LICENSE, and no build info or source
 * maps pointing at sources that are not shipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const PACKAGES = ['core', 'config', 'cli', 'language-server'];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const temp = mkdtempSync(join(tmpdir(), 'vacancy-lint-pack-'));
const app = join(temp, 'app');
const packed: Record<string, { filename: string; files: Array<{ path: string }> }> = {};

beforeAll(() => {
  mkdirSync(join(temp, 'tgz'));
  for (const name of PACKAGES) {
    const out = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', join(temp, 'tgz')], { cwd: join(ROOT, 'packages', name), encoding: 'utf8' });
    packed[name] = JSON.parse(out)[0];
  }
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'new-user', private: true, type: 'module' }));
  const tarballs = PACKAGES.map((name) => join(temp, 'tgz', packed[name]!.filename));
  execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.each(PACKAGES)('@vacancy-lint/%s tarball', (name) => {
  it('ships README, LICENSE and compiled code, without build info or source maps', () => {
    const files = packed[name]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json', 'dist/index.js', 'dist/index.d.ts']));
    expect(files.filter((f) => /\.map$|tsbuildinfo|^src\//u.test(f))).toEqual([]);
  });

  it('says where it comes from, that it is public, and which Node it needs', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/@vacancy-lint', name, 'package.json'), 'utf8'));
    expect(manifest.repository).toMatchObject({ type: 'git', directory: `packages/${name}` });
    expect(manifest.publishConfig).toEqual({ access: 'public' });
    expect(manifest.license).toBe('MIT');
    expect(manifest.engines.node).toBe('^20.19.0 || >=22.12.0');
  });
});

describe('installed from the tarballs into an empty folder', () => {
  it('imports as ESM and works', () => {
    const script = [
      "import { lintSync, selectFixes, applyEdits } from '@vacancy-lint/core';",
      "import { validateConfig } from '@vacancy-lint/config';",
      "import { lintText } from '@vacancy-lint/cli';",
      "import { defaultSettings } from '@vacancy-lint/language-server';",
      "const text = 'Wij zoeken een verpleegster.';",
      'console.log(JSON.stringify([applyEdits(text, selectFixes(lintSync(text).findings, text)), lintText("a.txt", text).errorCount, validateConfig({ rules: { age: "off" } }, "x").rules, typeof defaultSettings()]));',
    ].join('\n');
    writeFileSync(join(app, 'use.mjs'), script);
    const out = execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['Wij zoeken een verpleegkundige.', 0, { age: 'off' }, 'object']);
  });

  it.each([
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ])('type-checks under module %s, resolution %s', (module, resolution) => {
    writeFileSync(
      join(app, 'types.ts'),
      [
        "import { lintSync, type Finding } from '@vacancy-lint/core';",
        "import { type ConfigFileData } from '@vacancy-lint/config';",
        "import { lintText, type FileResult } from '@vacancy-lint/cli';",
        "import { startServer } from '@vacancy-lint/language-server';",
        "const findings: Finding[] = lintSync('x').findings;",
        "const config: ConfigFileData = { extends: 'strict' };",
        "const result: FileResult = lintText('a.txt', 'x', { config });",
        'export { findings, result, startServer };',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', module, '--moduleResolution', resolution, '--target', 'es2022', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules/@types'), 'types.ts'], { cwd: app, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs the bins', () => {
    writeFileSync(join(app, 'ad.txt'), 'Wij zoeken een verpleegster voor ons jonge team.\n');
    const lint = spawnSync(join(app, 'node_modules/.bin/vacancy-lint'), ['ad.txt', '--format', 'json'], { cwd: app, encoding: 'utf8' });
    expect(lint.status).toBe(1);
    expect(JSON.parse(lint.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('nl.age.jong-team');
    // The server speaks LSP on stdio: with its input closed at once it exits without a stack trace.
    const server = spawnSync(join(app, 'node_modules/.bin/vacancy-lint-language-server'), ['--stdio'], { cwd: app, encoding: 'utf8', input: '', timeout: 20_000 });
    expect(server.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('the repository as pre-commit installs it', () => {
  it('npm pack works on the root (it failed: the root had no version)', () => {
    const r = spawnSync(NPM, ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].filename).toBe('vacancy-lint-monorepo-0.1.0.tgz');
  });
});
