/** @vacancy-lint/config as a library: the search, the trust option, caching and reloading, error details. */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError, ConfigResolver, loadConfigFile, resolveConfig } from '@vacancy-lint/config';
import { cleanup, project } from './fixtures/cli/helpers.js';

afterAll(cleanup);

const marker = (name: string) => `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./${name}', import.meta.url), 'ran');\nexport default { rules: { age: 'off' } };\n`;

describe('allowJavaScript', () => {
  it('false: the file is found, reported as skipped, and not imported', async () => {
    const dir = project({ '.git/HEAD': '', 'vacancy-lint.config.mjs': marker('ran'), 'package.json': JSON.stringify({ vacancyLint: { rules: { gender: 'off' } } }) });
    const r = await resolveConfig(join(dir, 'ad.md'), { allowJavaScript: false });
    expect(existsSync(join(dir, 'ran'))).toBe(false);
    expect(r.file).toBeUndefined();
    expect(r.config).toEqual({});
    // A refused JavaScript config is not replaced by a lower-priority file in its folder.
    expect(r.skipped.map((s) => s.reason)).toEqual(['javascript-not-allowed']);
    expect(r.skipped[0]!.message).toMatch(/JavaScript config files are code/u);
  });

  it('true: the file is imported', async () => {
    const dir = project({ '.git/HEAD': '', 'vacancy-lint.config.mjs': marker('ran') });
    const r = await resolveConfig(join(dir, 'ad.md'), { allowJavaScript: true });
    expect(existsSync(join(dir, 'ran'))).toBe(true);
    expect(r).toMatchObject({ file: join(dir, 'vacancy-lint.config.mjs'), config: { rules: { age: 'off' } } });
  });

  it('an edited JavaScript config is imported afresh after clear() (ESM and CommonJS)', async () => {
    for (const name of ['vacancy-lint.config.mjs', 'vacancy-lint.config.cjs']) {
      const dir = project({ '.git/HEAD': '' });
      const file = join(dir, name);
      const write = (severity: string) => writeFileSync(file, name.endsWith('.mjs') ? `export default { rules: { age: '${severity}' } };\n` : `module.exports = { rules: { age: '${severity}' } };\n`);
      write('off');
      const resolver = new ConfigResolver();
      expect((await resolver.resolveFor(join(dir, 'a.md'), { allowJavaScript: true })).config.rules).toEqual({ age: 'off' });
      write('info');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      resolver.clear();
      expect((await resolver.resolveFor(join(dir, 'a.md'), { allowJavaScript: true })).config.rules, name).toEqual({ age: 'info' });
    }
  });
});

describe('the search', () => {
  it('first match wins in a folder, in the documented order', async () => {
    expect(CONFIG_FILE_NAMES).toEqual(['.vacancylintrc.json', '.vacancylintrc.yaml', '.vacancylintrc.yml', 'vacancy-lint.config.js', 'vacancy-lint.config.mjs', 'vacancy-lint.config.cjs', 'package.json']);
    const dir = project({ '.git/HEAD': '', '.vacancylintrc.yml': 'rules: { age: info }\n', 'vacancy-lint.config.mjs': marker('ran') });
    const r = await resolveConfig(join(dir, 'a.md'), { allowJavaScript: true });
    expect(r.file).toBe(join(dir, '.vacancylintrc.yml'));
    expect(r.skipped).toEqual([expect.objectContaining({ file: join(dir, 'vacancy-lint.config.mjs'), reason: 'shadowed' })]);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('a package.json without the vacancyLint key is no config, but it is the project root', async () => {
    const dir = project({ '.vacancylintrc.json': '{"rules":{"age":"off"}}', 'app/package.json': '{"name":"x"}' });
    const r = await resolveConfig(join(dir, 'app/a.md'), { allowJavaScript: false });
    expect(r).toMatchObject({ config: {}, stop: { folder: join(dir, 'app'), reason: 'project-root' }, skipped: [{ reason: 'no-package-key' }] });
  });

  it('the home folder stops the search and is not read (unless it is a project root)', async () => {
    const home = project({ '.vacancylintrc.json': '{"rules":{"age":"off"}}' });
    mkdirSync(join(home, 'ads/nl'), { recursive: true });
    const r = await new ConfigResolver({ home }).resolveFor(join(home, 'ads/nl/a.md'), { allowJavaScript: false });
    expect(r).toMatchObject({ config: {}, searched: [join(home, 'ads/nl'), join(home, 'ads')], stop: { folder: home, reason: 'home' } });
  });

  it('reads an empty file as an empty config, tolerates a byte order mark, follows a symlink to a regular file', async () => {
    const dir = project({ '.git/HEAD': '', 'empty/.vacancylintrc.json': '', 'bom/.vacancylintrc.json': '\uFEFF{"rules":{"age":"off"}}', 'shared.yaml': 'rules:\n  gender: off\n' });
    mkdirSync(join(dir, 'linked'));
    symlinkSync(join(dir, 'shared.yaml'), join(dir, 'linked/.vacancylintrc.yaml'));
    expect((await resolveConfig(join(dir, 'empty/a.md'), { allowJavaScript: false })).config).toEqual({});
    expect((await resolveConfig(join(dir, 'bom/a.md'), { allowJavaScript: false })).config).toEqual({ rules: { age: 'off' } });
    expect((await resolveConfig(join(dir, 'linked/a.md'), { allowJavaScript: false })).config).toEqual({ rules: { gender: 'off' } });
  });
});

describe('errors', () => {
  it('a syntax error carries the position; a validation error the key', () => {
    const dir = project({ 'a.json': '{\n  "rules": {\n    age: "off"\n  }\n}\n', 'b.yaml': 'rules:\n  agee: off\n' });
    try {
      loadConfigFile(join(dir, 'a.json'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).position).toEqual({ line: 3, column: 5 });
      expect((error as ConfigError).message).toBe(`${join(dir, 'a.json')}:3:5: invalid JSON: unexpected character (found "age")`);
    }
    expect(() => loadConfigFile(join(dir, 'b.yaml'))).toThrow(/'rules\.agee' is not a known rule id or category \(did you mean 'age'\?\)/u);
  });

  it('a JavaScript file given explicitly without permission is an error, not a silent default', async () => {
    const dir = project({ 'c.mjs': marker('ran') });
    await expect(resolveConfig(join(dir, 'a.md'), { allowJavaScript: false, configFile: join(dir, 'c.mjs') })).rejects.toThrow(/c\.mjs: is a JavaScript config \(code\)/u);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});
