/**
 * The Neovim configuration in examples/editors/ as users copy it: loaded as init.lua by the Neovim
 * on this machine (Debian stable ships 0.7.2), with `vacancy-lint-language-server` on the PATH as a
 * global npm install would put it. The lspconfig example needs the nvim-lspconfig plugin and is not
 * run here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintSync } from '@vacancy-lint/core';

const ROOT = join(import.meta.dirname, '..');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const version = nvim.status === 0 ? /NVIM v(\S+)/u.exec(nvim.stdout)?.[1] : undefined;
const temp = mkdtempSync(join(tmpdir(), 'vacancy-lint-nvim-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.skipIf(!version)(`examples/editors on Neovim ${version ?? '(not installed)'}`, () => {
  it('neovim-lsp-start.lua starts the server and shows its findings', () => {
    const bin = join(temp, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    const server = join(bin, 'vacancy-lint-language-server');
    writeFileSync(server, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'packages/language-server/bin/vacancy-lint-language-server.js'))} "$@"\n`);
    chmodSync(server, 0o755);
    const project = join(temp, 'project');
    spawnSync('mkdir', ['-p', join(project, '.git')]);
    const text = '# Vacature\n\nWij zoeken een verpleegster voor ons jonge team.\n';
    const doc = join(project, 'ad.md');
    writeFileSync(doc, text);
    const r = spawnSync('nvim', ['--headless', '-u', join(ROOT, 'examples/editors/neovim-lsp-start.lua'), doc, '-c', `luafile ${join(ROOT, 'test/fixtures/nvim/wait-diagnostics.lua')}`], {
      cwd: project,
      env: { ...process.env, PATH: `${bin}:${process.env['PATH']}`, XDG_CONFIG_HOME: join(temp, 'config'), XDG_DATA_HOME: join(temp, 'data'), XDG_STATE_HOME: join(temp, 'state') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    expect(line, `nvim printed nothing; stderr: ${r.stderr}`).toBeTruthy();
    const got = JSON.parse(line!) as { ok: boolean; diagnostics: Array<{ lnum: number; code: string }>; clients: number; version: string };
    expect(got.version).toBe(version);
    expect(got.clients).toBe(1);
    expect(got.ok, r.stderr).toBe(true);
    const expected = lintSync(text, { format: 'markdown' }).findings.map((f) => `${f.line - 1}:${f.ruleId}`).sort();
    expect(got.diagnostics.filter((d) => d.code !== undefined).map((d) => `${d.lnum}:${d.code}`).sort()).toEqual(expected);
    // The example's settings reached the server: `summary = 'diagnostic'` adds one on the first line.
    expect(got.diagnostics.filter((d) => d.code === undefined).map((d) => d.lnum)).toEqual([0]);
  });
});
