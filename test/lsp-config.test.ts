/** Language server over stdio: editor settings, project configuration files, and reloading both. */
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_CAPABILITIES, ROOT, eventually, fileUri, startClient, tempWorkspace, type TestClient, removeTempWorkspaces } from './fixtures/lsp/client.js';

afterAll(removeTempWorkspaces);

const TEXT = 'Wij zoeken een verpleegster voor ons jonge team.\n';
const NURSE = 'nl.gender.functietitel-verpleegster';
const TEAM = 'nl.age.jong-team';

async function codes(client: TestClient, uri: string, since: number, accept?: (codes: unknown[]) => boolean) {
  const publish = await client.diagnostics(uri, since, accept ? (p) => accept(p.diagnostics.map((d) => d.code)) : undefined);
  return publish.diagnostics.map((d) => d.code);
}

async function withClient(options: Parameters<typeof startClient>[0], run: (client: TestClient, dir: string) => Promise<void>) {
  const dir = options?.rootDir ?? (await tempWorkspace());
  const client = await startClient({ ...options, rootDir: dir });
  try {
    await run(client, dir);
  } finally {
    await client.close();
  }
}

describe('editor settings (workspace/configuration, section vacancyLint)', () => {
  test('are asked for per document and applied; changes are picked up on didChangeConfiguration', async () => {
    await withClient({ settings: { rules: { [NURSE]: 'error' } } }, async (client, dir) => {
      const uri = fileUri(join(dir, 'a.md'));
      let since = client.mark();
      client.open(uri, 'markdown', TEXT);
      const first = await client.diagnostics(uri, since);
      expect(first.diagnostics.find((d) => d.code === NURSE)!.severity).toBe(1);
      expect(client.configurationRequests).toContainEqual({ items: [{ scopeUri: uri, section: 'vacancyLint' }] });
      expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeConfiguration');

      client.settings = { categories: { age: false }, allow: ['verpleegster'] };
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(await codes(client, uri, since)).toEqual([]);

      client.settings = { enable: false };
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(await codes(client, uri, since)).toEqual([]);

      client.settings = { language: 'en' };
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      // Checked as English, the Dutch rules do not apply.
      expect((await codes(client, uri, since)).filter((c) => String(c).startsWith('nl.'))).toEqual([]);
    });
  });

  test('bad settings are reported in the log and the rest still applies', async () => {
    await withClient({ settings: { enable: 'yes', language: 'fr', rules: { [TEAM]: 'loud', [NURSE]: 'info' }, allow: 5, categories: { nonsense: false }, colour: 'red' } }, async (client, dir) => {
      const uri = fileUri(join(dir, 'bad.md'));
      const since = client.mark();
      client.open(uri, 'markdown', TEXT);
      const { diagnostics } = await client.diagnostics(uri, since);
      expect(diagnostics.find((d) => d.code === NURSE)!.severity).toBe(3);
      expect(diagnostics.find((d) => d.code === TEAM)!.severity).toBe(1);
      const log = client.logs.join('\n');
      for (const key of ['vacancyLint.enable', 'vacancyLint.language', `vacancyLint.rules.${TEAM}`, 'vacancyLint.allow', 'vacancyLint.categories.nonsense', 'vacancyLint.colour']) {
        expect(log).toContain(key);
      }
    });
  });

  test('a client that answers configuration requests with an error gets defaults', async () => {
    await withClient({ configuration: 'error' }, async (client, dir) => {
      const uri = fileUri(join(dir, 'err.md'));
      const since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
    });
  });

  test('a client that never answers configuration requests gets defaults after a timeout', async () => {
    await withClient({ configuration: 'never' }, async (client, dir) => {
      const uri = fileUri(join(dir, 'never.md'));
      const since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
      expect(client.logs.join('\n')).toMatch(/did not answer workspace\/configuration/u);
      // The next document does not wait again.
      const second = fileUri(join(dir, 'never2.md'));
      const started = Date.now();
      const again = client.mark();
      client.open(second, 'markdown', TEXT);
      await client.diagnostics(second, again);
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });

  test('no configuration capability: initializationOptions and pushed settings are used', async () => {
    const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, configuration: false } };
    await withClient({ capabilities, initializationOptions: { vacancyLint: { rules: { [TEAM]: 'off' } } } }, async (client, dir) => {
      const uri = fileUri(join(dir, 'init.md'));
      let since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE]);
      expect(client.configurationRequests).toEqual([]);
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { vacancyLint: { rules: { [NURSE]: 'off' } } } });
      expect(await codes(client, uri, since)).toEqual([TEAM]);
    });
  });

  test('a bare client (no capabilities, no initializationOptions) works', async () => {
    await withClient({ capabilities: {}, configuration: 'error' }, async (client, dir) => {
      const uri = fileUri(join(dir, 'bare.txt'));
      const since = client.mark();
      client.open(uri, 'plaintext', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
      const actions: { title: string; edit?: { changes?: Record<string, unknown> } }[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 17 }, end: { line: 0, character: 17 } },
        context: { diagnostics: [] },
      });
      // Without documentChanges support the edit uses `changes`.
      expect(actions[0]!.edit!.changes![uri]).toBeDefined();
      expect(client.registrations).toEqual([]);
    });
  });
});

describe('project configuration file', () => {
  test('.vacancylintrc.json is found from the document folder upward and merged with the settings', async () => {
    const dir = await tempWorkspace({ '.vacancylintrc.json': JSON.stringify({ rules: { [TEAM]: 'off' } }) });
    await withClient({ rootDir: dir, settings: { rules: { [TEAM]: 'error', [NURSE]: 'info' } } }, async (client) => {
      const uri = fileUri(join(dir, 'deep', 'er', 'ad.md'));
      const since = client.mark();
      client.open(uri, 'markdown', TEXT);
      const { diagnostics } = await client.diagnostics(uri, since);
      // The project file wins over the editor setting for the same key; other settings still apply.
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([[NURSE, 3]]);
    });
  });

  test('YAML and package.json configurations are read', async () => {
    const dir = await tempWorkspace({
      'yaml/.vacancylintrc.yml': `rules:\n  ${NURSE}: off\n`,
      'pkg/package.json': JSON.stringify({ name: 'x', vacancyLint: { allow: ['jonge team'] } }),
    });
    await withClient({ rootDir: dir }, async (client) => {
      const a = fileUri(join(dir, 'yaml', 'ad.md'));
      const b = fileUri(join(dir, 'pkg', 'ad.md'));
      let since = client.mark();
      client.open(a, 'markdown', TEXT);
      expect(await codes(client, a, since)).toEqual([TEAM]);
      since = client.mark();
      client.open(b, 'markdown', TEXT);
      expect(await codes(client, b, since)).toEqual([NURSE]);
    });
  });

  test('a watcher is registered, and file changes reload the configuration', async () => {
    const dir = await tempWorkspace();
    await withClient({ rootDir: dir }, async (client) => {
      const uri = fileUri(join(dir, 'ad.md'));
      let since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
      await eventually(() => expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles'));
      const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!;
      expect(JSON.stringify(watch.registerOptions)).toContain('.vacancylintrc');

      const file = join(dir, '.vacancylintrc.json');
      await writeFile(file, JSON.stringify({ rules: { gender: 'off' } }));
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
      expect(await codes(client, uri, since)).toEqual([TEAM]);

      await unlink(file);
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 3 }] });
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
    });
  });

  test('without a watcher the file is read again after a short while', async () => {
    const dir = await tempWorkspace();
    const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: {} } };
    await withClient({ rootDir: dir, capabilities }, async (client) => {
      const uri = fileUri(join(dir, 'ad.md'));
      let since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
      await writeFile(join(dir, '.vacancylintrc.json'), JSON.stringify({ rules: { age: 'off' } }));
      await new Promise((r) => setTimeout(r, 2100));
      since = client.mark();
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${TEXT}\n` }] });
      expect(await codes(client, uri, since)).toEqual([NURSE]);
    });
  });

  test('a broken file is reported (file and key named) and checks go on with the settings', async () => {
    const dir = await tempWorkspace({ '.vacancylintrc.json': JSON.stringify({ rulez: {} }) });
    await withClient({ rootDir: dir }, async (client) => {
      const uri = fileUri(join(dir, 'ad.md'));
      const since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
      await eventually(() => expect(client.messages.map((m) => m.message).join('\n')).toMatch(/\.vacancylintrc\.json.*rulez/u));
    });
  });
});

describe('configuration trust: JavaScript configs are code', () => {
  /** An ES module config that leaves a marker file when it runs and turns the age rules off. */
  const JS_CONFIG = `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'ran');\nexport default { rules: { age: 'off' } };\n`;

  test('vacancy-lint.config.mjs is not imported by default; the user is told once why', async () => {
    const dir = await tempWorkspace({ 'package.json': '{"name":"ads"}', 'vacancy-lint.config.mjs': JS_CONFIG });
    await withClient({ rootDir: dir }, async (client) => {
      for (const name of ['a.md', 'b.md']) {
        const uri = fileUri(join(dir, name));
        const since = client.mark();
        client.open(uri, 'markdown', TEXT);
        expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
      }
      expect(existsSync(join(dir, 'ran')), 'the JavaScript config ran').toBe(false);
      await eventually(() => expect(client.messages.map((m) => m.message).join('\n')).toMatch(/vacancy-lint\.config\.mjs was not loaded: JavaScript config files are code.*allowJavaScriptConfig/u));
      expect(client.messages.filter((m) => m.message.includes('vacancy-lint.config.mjs'))).toHaveLength(1);
      expect(client.messages.find((m) => m.message.includes('vacancy-lint.config.mjs'))!.type).toBe(2);
    });
  });

  test('with vacancyLint.allowJavaScriptConfig it is imported, also when the setting is turned on later', async () => {
    const dir = await tempWorkspace({ 'package.json': '{"name":"ads"}', 'vacancy-lint.config.mjs': JS_CONFIG });
    await withClient({ rootDir: dir, settings: { allowJavaScriptConfig: true } }, async (client) => {
      const uri = fileUri(join(dir, 'a.md'));
      const since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE]);
      expect(existsSync(join(dir, 'ran'))).toBe(true);
    });
    const later = await tempWorkspace({ '.git/HEAD': '', 'vacancy-lint.config.mjs': JS_CONFIG });
    await withClient({ rootDir: later }, async (client) => {
      const uri = fileUri(join(later, 'a.md'));
      let since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
      expect(existsSync(join(later, 'ran'))).toBe(false);
      client.settings = { allowJavaScriptConfig: true };
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      expect(await codes(client, uri, since)).toEqual([NURSE]);
      expect(existsSync(join(later, 'ran'))).toBe(true);
    });
  });

  test('pushed settings (clients without workspace/configuration) can turn JavaScript configs on, and off', async () => {
    const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, configuration: false } };
    const dir = await tempWorkspace({ '.git/HEAD': '', 'vacancy-lint.config.mjs': JS_CONFIG });
    await withClient({ rootDir: dir, capabilities, initializationOptions: { vacancyLint: { allowJavaScriptConfig: true } } }, async (client) => {
      const uri = fileUri(join(dir, 'a.md'));
      let since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE]);
      since = client.mark();
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { vacancyLint: { allowJavaScriptConfig: false } } });
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
    });
  });

  test('the search stops at the project root: a config above the folder with .git is not used', async () => {
    const dir = await tempWorkspace({ '.vacancylintrc.json': JSON.stringify({ rules: { age: 'off' } }), 'repo/.git/HEAD': '' });
    await mkdir(join(dir, 'repo', 'ads'), { recursive: true });
    await withClient({ rootDir: join(dir, 'repo') }, async (client) => {
      const uri = fileUri(join(dir, 'repo', 'ads', 'a.md'));
      const since = client.mark();
      client.open(uri, 'markdown', TEXT);
      expect(await codes(client, uri, since)).toEqual([NURSE, TEAM]);
    });
  });

  test('the language server does not depend on the CLI for configuration', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/language-server/package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).not.toContain('@vacancy-lint/cli');
    expect(Object.keys(pkg.dependencies)).toContain('@vacancy-lint/config');
    const src = join(ROOT, 'packages/language-server/src');
    for (const file of readdirSync(src)) expect(readFileSync(join(src, file), 'utf8'), file).not.toContain('@vacancy-lint/cli');
  });
});
