-- samizdat for Neovim (0.10 or later): the language server and the formatter.
-- Put this folder on the runtimepath (see docs/editors.md), then in init.lua:
--   require("samizdat").setup()
local M = {}

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "samizdat", "lsp" }
  vim.api.nvim_create_autocmd("FileType", {
    pattern = "samizdat",
    callback = function(args)
      vim.bo[args.buf].commentstring = "// %s"
      vim.bo[args.buf].expandtab = true
      vim.bo[args.buf].shiftwidth = 2
      vim.bo[args.buf].formatprg = "samizdat fmt -"
      local root = vim.fs.root(args.buf, { "main.story" }) or vim.fs.dirname(args.file)
      vim.lsp.start({ name = "samizdat", cmd = cmd, root_dir = root })
    end,
  })
  -- :SamizdatExplore shows the explorer's findings for the story as diagnostics.
  vim.api.nvim_create_user_command("SamizdatExplore", function()
    local client = vim.lsp.get_clients({ bufnr = 0, name = "samizdat" })[1]
    if not client then
      vim.notify("samizdat: the language server is not running here", vim.log.levels.WARN)
      return
    end
    client:request("workspace/executeCommand",
      { command = "samizdat.explore", arguments = { vim.uri_from_bufnr(0) } },
      function(err, result)
        vim.notify(err and err.message or result or "samizdat: explored")
      end, 0)
  end, {})
end

return M
