/**
 * The Neovim configurations in examples/editors/ as users copy them: each loaded as init.lua, with
 * `vacancy-lint-language-server` on the PATH as a global npm install would put it, on every Neovim
 * found (test/fixtures/nvim/find.ts): the machine's (Debian 12 ships 0.7.2) and those .ci/fetch-nvim.sh
 * unpacked from other Debian suites (trixie's 0.10, unstable's current release). neovim-lsp-start.lua is
 * for 0.7 and later, neovim-lsp-config.lua for 0.11 and later. The lspconfig example needs the
 * nvim-lspconfig plugin and is not run here.
 *
 * Without a Neovim 0.11 or newer the current-Neovim check is skipped with a notice;
 * VACANCY_LINT_REQUIRE_NVIM=1 (CI) makes it a failure.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintSync } from '@vacancy-lint/core';
import { findNvims, isCurrent, type Nvim } from './fixtures/nvim/find.js';
import { itNeeding } from './fixtures/shared.js';

const ROOT = join(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'vacancy-lint-nvim-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `vacancy-lint-language-server` on a PATH of its own, as `npm install --global` would provide it. */
function serverOnPath(): string {
  const bin = join(temp, 'bin');
  mkdirSync(bin, { recursive: true });
  const server = join(bin, 'vacancy-lint-language-server');
  writeFileSync(server, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'packages/language-server/bin/vacancy-lint-language-server.js'))} "$@"\n`);
  chmodSync(server, 0o755);
  return bin;
}

let runs = 0;
/** Opens a Dutch ad with `example` as init.lua, waits for the findings and checks them against the engine's. */
function checkExample(nvim: Nvim, example: string): void {
  const run = join(temp, `run-${++runs}`);
  const project = join(run, 'project');
  mkdirSync(join(project, '.git'), { recursive: true });
  const text = '# Vacature\n\nWij zoeken een verpleegster voor ons jonge team.\n';
  const doc = join(project, 'ad.md');
  writeFileSync(doc, text);
  const r = spawnSync(nvim.command, ['--headless', '-u', join(ROOT, 'examples/editors', example), doc, '-c', `luafile ${join(ROOT, 'test/fixtures/nvim/wait-diagnostics.lua')}`], {
    cwd: project,
    env: { ...process.env, PATH: `${serverOnPath()}:${process.env['PATH']}`, XDG_CONFIG_HOME: join(run, 'config'), XDG_DATA_HOME: join(run, 'data'), XDG_STATE_HOME: join(run, 'state') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  expect(line, `nvim printed nothing; stderr: ${r.stderr}`).toBeTruthy();
  const got = JSON.parse(line!) as { ok: boolean; diagnostics: Array<{ lnum: number; code: string }>; clients: number; version: string };
  expect(nvim.version.startsWith(got.version), `ran ${got.version}, expected ${nvim.version}`).toBe(true);
  expect(got.clients).toBe(1);
  expect(got.ok, r.stderr).toBe(true);
  const expected = lintSync(text, { format: 'markdown' }).findings.map((f) => `${f.line - 1}:${f.ruleId}`).sort();
  expect(got.diagnostics.filter((d) => d.code !== undefined).map((d) => `${d.lnum}:${d.code}`).sort()).toEqual(expected);
  // The example's settings reached the server: `summary = 'diagnostic'` adds one on the first line.
  expect(got.diagnostics.filter((d) => d.code === undefined).map((d) => d.lnum)).toEqual([0]);
}

const nvims = findNvims();

for (const nvim of nvims) {
  describe(`examples/editors on Neovim ${nvim.version} (${nvim.from})`, () => {
    it('neovim-lsp-start.lua starts the server and shows its findings', () => checkExample(nvim, 'neovim-lsp-start.lua'), 90_000);
    it.runIf(isCurrent(nvim))('neovim-lsp-config.lua (vim.lsp.config and vim.lsp.enable) starts the server and shows its findings', () => checkExample(nvim, 'neovim-lsp-config.lua'), 90_000);
  });
}

// Which Neovims ran is in the test names above; these say when one that should have is missing.
itNeeding(['nvim'], 'the examples ran on the Neovim on the PATH', () => expect(nvims.some((n) => n.from === 'PATH')).toBe(true));
itNeeding(['currentNvim'], 'the examples ran on a current Neovim (0.11 or newer)', () => expect(nvims.some(isCurrent)).toBe(true));
