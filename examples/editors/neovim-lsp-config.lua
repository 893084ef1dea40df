-- Neovim 0.11 and later, no plugins: vim.lsp.config describes the server, vim.lsp.enable starts it
-- for these filetypes, one client per root folder. Put this in init.lua (or the config table in
-- lsp/vacancy_lint.lua on your runtimepath, and only the vim.lsp.enable line in init.lua).
-- Install the server first: npm install --global @vacancy-lint/language-server
vim.lsp.config('vacancy_lint', {
  cmd = { 'vacancy-lint-language-server', '--stdio' },
  -- Neovim sends the filetype as languageId; the server accepts markdown, text/plaintext and html.
  filetypes = { 'markdown', 'text', 'html' },
  -- The nearest folder with one of these is the root; without one the file is checked on its own.
  root_markers = { '.vacancylintrc.json', '.vacancylintrc.yaml', '.vacancylintrc.yml', '.git' },
  -- Answered when the server asks for workspace/configuration (section vacancyLint).
  settings = {
    vacancyLint = {
      language = 'auto',       -- 'auto' | 'nl' | 'en'
      summary = 'diagnostic',  -- 'codeLens' | 'diagnostic' | 'both' | 'off'
    },
  },
})
vim.lsp.enable('vacancy_lint')
-- Neovim 0.11 maps the rest by default: K shows why (hover), gra the quick fixes and "ignore"
-- actions, ]d and [d go to the next and previous finding.
