/**
 * End to end in a real third-party client: headless Neovim drives the bundled server (the one in
 * the .vsix) over stdio. Neovim keeps byte columns, the server sends UTF-16 ones, so accented text
 * before the findings shows whether the two agree.
 */
import { afterAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lintSync } from '@vacancy-lint/core';
import { BUNDLED_SERVER, ROOT, tempWorkspace, removeTempWorkspaces } from './fixtures/lsp/client.js';
import { describeNeeding, sharedPath } from './fixtures/shared.js';

afterAll(removeTempWorkspaces);

const SCRIPT = sharedPath('editors/nvim-lsp-check.lua');
const FIXTURE = join(ROOT, 'test/fixtures/lsp/vacature.md');

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code?: string;
}

/** Opens `source` (copied into a fresh folder) in headless Neovim; returns what Neovim got. */
async function openInNeovim(source: string, name: string) {
  expect(existsSync(BUNDLED_SERVER), 'run `npm run build` first (packages/vscode/dist/server.js)').toBe(true);
  // A folder of its own, so no configuration file of this repository applies.
  const dir = await tempWorkspace();
  const doc = join(dir, name);
  await copyFile(source, doc);
  const text = await readFile(doc, 'utf8');
  const result = spawnSync('nvim', ['--headless', '--clean', '-u', SCRIPT], {
    cwd: dir,
    env: { ...process.env, LSP_CMD: `${process.execPath} ${BUNDLED_SERVER} --stdio`, DOC: doc, LANG_ID: 'markdown', TIMEOUT_MS: '15000' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(result.status, `nvim failed: ${result.stderr}`).toBe(0);
  const line = result.stdout.split('\n').find((l) => l.startsWith('{'));
  expect(line, `no JSON from nvim; stdout: ${result.stdout} stderr: ${result.stderr}`).toBeTruthy();
  const { diagnostics, actions } = JSON.parse(line!) as { diagnostics: NvimDiagnostic[]; actions: string[] };
  // What Neovim must show: core's findings, with UTF-16 columns turned into UTF-8 byte columns.
  const lines = text.split('\n');
  const bytes = (lnum: number, utf16: number) => Buffer.byteLength(lines[lnum]!.slice(0, utf16), 'utf8');
  const expected = lintSync(text, { format: 'markdown' }).findings.map((f) => ({
    lnum: f.line - 1,
    col: bytes(f.line - 1, f.column - 1),
    end_lnum: f.endLine - 1,
    end_col: bytes(f.endLine - 1, f.endColumn - 1),
    source: 'vacancy-lint',
    message: f.message,
  }));
  const seen = diagnostics
    .map(({ lnum, col, end_lnum, end_col, source, message }) => ({ lnum, col, end_lnum, end_col, source, message }))
    .sort((a, b) => a.lnum - b.lnum || a.col - b.col);
  return { text, lines, diagnostics, actions, seen, expected };
}

// Locally a missing Neovim or ../shared only skips (with a notice); .ci/run makes both required.
describeNeeding(['nvim', 'nvimScript'], 'Neovim (headless) with the bundled language server', () => {
  test('shows the diagnostics at the right byte columns and offers the quick fixes', async () => {
    const { lines, diagnostics, actions, seen, expected } = await openInNeovim(FIXTURE, 'vacature.md');
    expect(seen).toEqual(expected);

    // The accents before "verpleegster" make byte and UTF-16 columns differ: the test has teeth.
    const nurse = seen.find((d) => d.lnum === 2 && d.message.includes('verpleegster'))!;
    const utf16 = lines[2]!.indexOf('verpleegster');
    expect(nurse.col).toBe(utf16 + 1);
    expect(nurse.end_col - nurse.col).toBe('verpleegster'.length);

    // Code actions of Neovim's first diagnostic (Neovim 0.7 sends its byte range back; the server copes).
    const first = diagnostics[0]!;
    expect(first.message).toContain('verpleegster');
    expect(actions).toEqual([
      "Vervang door 'verpleegkundige'",
      'Negeer deze melding hier (commentaar op de regel erboven)',
      "Negeer 'verpleegster' in dit document",
      'Zet regel nl.gender.functietitel-verpleegster uit voor de werkruimte',
    ]);
  });

  test('shows the Dutch example ad with the same findings as the CLI and the library', async () => {
    const { seen, expected } = await openInNeovim(join(ROOT, 'examples/vacature-verpleegkundige.md'), 'vacature-verpleegkundige.md');
    expect(expected.length).toBeGreaterThan(15);
    expect(seen).toEqual(expected);
  });
});

