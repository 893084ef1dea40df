-- Neovim without plugins (0.7 and later; on 0.11 and later neovim-lsp-config.lua is shorter): start
-- vacancy-lint for job-ad filetypes.
-- Put this in init.lua. Install the server first: npm install --global @vacancy-lint/language-server
-- Neovim 0.8+ has vim.lsp.start, which reuses one client per root folder; on 0.7 (Debian 12) the
-- same is done by hand with vim.lsp.start_client and buf_attach_client.
local markers = { '.vacancylintrc.json', '.vacancylintrc.yaml', '.vacancylintrc.yml', '.git' }

-- The folder of the nearest marker above the file, or the current folder.
local function root_for(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  while true do
    for _, marker in ipairs(markers) do
      if vim.fn.filereadable(dir .. '/' .. marker) == 1 or vim.fn.isdirectory(dir .. '/' .. marker) == 1 then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then return vim.fn.getcwd() end
    dir = parent
  end
end

local clients = {} -- root folder -> client id (Neovim 0.7)

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text', 'html' },
  callback = function(args)
    local config = {
      name = 'vacancy-lint',
      cmd = { 'vacancy-lint-language-server', '--stdio' },
      root_dir = root_for(vim.api.nvim_buf_get_name(args.buf)),
      -- Answered when the server asks for workspace/configuration (section vacancyLint).
      settings = { vacancyLint = { language = 'auto', summary = 'diagnostic' } },
    }
    if vim.lsp.start then
      vim.lsp.start(config, { bufnr = args.buf })
      return
    end
    local id = clients[config.root_dir]
    if not id or vim.lsp.get_client_by_id(id) == nil then
      config.workspace_folders = { { uri = vim.uri_from_fname(config.root_dir), name = config.root_dir } }
      config.on_init = function(client)
        client.notify('workspace/didChangeConfiguration', { settings = config.settings })
      end
      id = vim.lsp.start_client(config)
      clients[config.root_dir] = id
    end
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
