-- Neovim >= 0.8 without plugins: start vacancy-lint with vim.lsp.start for job-ad filetypes.
-- Put this in init.lua. Install the server first: npm install --global @vacancy-lint/language-server
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text', 'html' },
  callback = function(args)
    local root = vim.fs.dirname(vim.fs.find({ '.vacancylintrc.json', '.vacancylintrc.yaml', '.vacancylintrc.yml', '.git' }, {
      upward = true,
      path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)),
    })[1])
    vim.lsp.start({
      name = 'vacancy-lint',
      cmd = { 'vacancy-lint-language-server', '--stdio' },
      root_dir = root or vim.fn.getcwd(),
      -- Answered when the server asks for workspace/configuration (section vacancyLint).
      settings = { vacancyLint = { language = 'auto', summary = 'diagnostic' } },
    }, { bufnr = args.buf })
  end,
})
