/**
 * The VS Code extension bundle: loads under plain Node with a stub `vscode` module, starts its
 * language client against the bundled server (IPC), and gets diagnostics back.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempWorkspace, removeTempWorkspaces } from './fixtures/lsp/client.js';

afterAll(removeTempWorkspaces);

const EXTENSION_DIR = join(ROOT, 'packages/vscode');
const HARNESS = join(ROOT, 'test/fixtures/lsp/vscode-harness.cjs');
const TRUST_HARNESS = join(ROOT, 'test/fixtures/lsp/vscode-trust-harness.cjs');

describe('VS Code extension bundle', () => {
  test('activates, starts the client and server, shows diagnostics, explains a rule', async () => {
    expect(existsSync(join(EXTENSION_DIR, 'dist/extension.js')), 'run `npm run build` first').toBe(true);
    const dir = await tempWorkspace();
    const doc = join(dir, 'vacature.md');
    await copyFile(join(ROOT, 'test/fixtures/lsp/vacature.md'), doc);
    const run = spawnSync(process.execPath, [HARNESS, EXTENSION_DIR, doc], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      running: boolean;
      commands: string[];
      diagnostics: { message: string; severity: number; source: string; code: string; range: number[] }[];
      explanation?: string;
    };
    expect(out.running).toBe(true);
    // The extension's own command, plus the server's commands registered by the client.
    expect(out.commands).toEqual(expect.arrayContaining(['vacancyLint.explainRule', 'vacancyLint.ignorePhrase', 'vacancyLint.disableRule']));
    const nurse = out.diagnostics.find((d) => d.code === 'nl.gender.functietitel-verpleegster')!;
    // VS Code's DiagnosticSeverity.Warning is 1; the range is in UTF-16 code units, as in VS Code.
    expect(nurse).toMatchObject({ severity: 1, source: 'vacancy-lint', range: [2, 68, 2, 80] });
    expect(out.explanation).toMatch(/^# nl\.age\.jong-team[^]*Waarom/u);
    // No stub gaps hit on the way.
    expect(run.stderr).not.toMatch(/is not implemented/u);
  });
});

describe('workspace trust', () => {
  /** Leaves a marker next to itself when it runs, and turns the age rules off. */
  const JS_CONFIG = `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'ran');\nexport default { rules: { age: 'off' } };\n`;
  const TEXT = 'Wij zoeken een verpleegster voor ons jonge team.\n';

  async function trustRun(userSettings: Record<string, unknown>) {
    const dir = await tempWorkspace({ 'package.json': '{"name":"ads"}', 'vacancy-lint.config.mjs': JS_CONFIG, 'ad.md': TEXT });
    const run = spawnSync(process.execPath, [TRUST_HARNESS, EXTENSION_DIR, join(dir, 'ad.md'), JSON.stringify(userSettings)], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/is not implemented/u);
    return { dir, out: JSON.parse(run.stdout.trim().split('\n').pop()!) as { untrusted: string[]; ranUntrusted: boolean; trusted: string[]; messages: string[] } };
  }

  test('untrusted: the JavaScript config does not run and the user is told; once trust is granted it loads', async () => {
    const { dir, out } = await trustRun({ 'vacancyLint.allowJavaScriptConfig': true });
    expect(out.ranUntrusted, 'the JavaScript config ran in an untrusted workspace').toBe(false);
    expect(out.untrusted).toEqual(['nl.gender.functietitel-verpleegster', 'nl.age.jong-team']);
    expect(out.messages.join('\n')).toMatch(/vacancy-lint\.config\.mjs was not loaded/u);
    expect(out.trusted).toEqual(['nl.gender.functietitel-verpleegster']);
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });

  test('trusted but the user setting is off: still not run', async () => {
    const { dir, out } = await trustRun({ 'vacancyLint.allowJavaScriptConfig': false });
    expect(out.trusted).toEqual(['nl.gender.functietitel-verpleegster', 'nl.age.jong-team']);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});
