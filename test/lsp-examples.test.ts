/** The editor configurations in examples/editors: present, well-formed, and pointing at the server. */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures/lsp/client.js';
import { itNeeding } from './fixtures/shared.js';

const DIR = join(ROOT, 'examples/editors');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('examples/editors', () => {
  test.each(['neovim-lspconfig.lua', 'neovim-lsp-start.lua', 'neovim-lsp-config.lua', 'helix-languages.toml', 'emacs-eglot.el', 'sublime-LSP.sublime-settings'])('%s starts the server with --stdio', (name) => {
    const text = read(name);
    expect(text).toContain('vacancy-lint-language-server');
    expect(text).toContain('--stdio');
    expect(text).toContain('vacancyLint');
  });

  test('the Sublime settings are JSON once comments are removed', () => {
    const json = read('sublime-LSP.sublime-settings').replace(/^\s*\/\/.*$/gmu, '');
    const settings = JSON.parse(json) as { clients: Record<string, { selector: string }> };
    expect(settings.clients['vacancy-lint']!.selector).toContain('text.html.markdown');
  });

  // Skipped with a notice without nvim; VACANCY_LINT_REQUIRE_NVIM=1 (CI) makes it required.
  itNeeding(['nvim'], 'the Neovim files are valid Lua', () => {
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `lua for _, f in ipairs({'neovim-lspconfig.lua', 'neovim-lsp-start.lua', 'neovim-lsp-config.lua'}) do assert(loadfile('${DIR}/' .. f)) end`, '-c', 'qa!'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });

  test('the README lists every example', () => {
    const readme = read('README.md');
    for (const name of ['neovim-lspconfig.lua', 'neovim-lsp-start.lua', 'neovim-lsp-config.lua', 'helix-languages.toml', 'emacs-eglot.el', 'sublime-LSP.sublime-settings']) expect(readme).toContain(`(${name})`);
  });
});
