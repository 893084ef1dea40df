-- Neovim with nvim-lspconfig: vacancy-lint for Markdown, plain text and HTML.
-- Install the server first: npm install --global @vacancy-lint/language-server
-- (or point `cmd` at the server bundled in the VS Code extension: { 'node', '/path/to/dist/server.js', '--stdio' }).
local lspconfig = require('lspconfig')
local configs = require('lspconfig.configs')

if not configs.vacancy_lint then
  configs.vacancy_lint = {
    default_config = {
      cmd = { 'vacancy-lint-language-server', '--stdio' },
      -- Neovim sends the filetype as languageId; the server accepts markdown, text/plaintext and html.
      filetypes = { 'markdown', 'text', 'html' },
      root_dir = lspconfig.util.root_pattern('.vacancylintrc.json', '.vacancylintrc.yaml', '.vacancylintrc.yml', 'package.json', '.git'),
      single_file_support = true,
      settings = {
        vacancyLint = {
          language = 'auto',      -- 'auto' | 'nl' | 'en'
          summary = 'codeLens',   -- 'codeLens' | 'diagnostic' | 'both' | 'off'
          rules = {},             -- e.g. { ['nl.age.jong-team'] = 'warning', age = 'error' }
          allow = {},             -- phrases that are fine in your organisation
        },
      },
    },
  }
end

lspconfig.vacancy_lint.setup({
  on_attach = function(client, bufnr)
    -- The document summary is a code lens on the first line; Neovim shows lenses only when asked.
    if client.server_capabilities.codeLensProvider then
      vim.api.nvim_create_autocmd({ 'BufEnter', 'InsertLeave', 'TextChanged' }, {
        buffer = bufnr,
        callback = function() vim.lsp.codelens.refresh() end,
      })
    end
    -- Quick fixes and "ignore"/"turn rule off" actions: <leader>ca on a finding; K shows why.
    vim.keymap.set('n', '<leader>ca', vim.lsp.buf.code_action, { buffer = bufnr })
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = bufnr })
  end,
})
