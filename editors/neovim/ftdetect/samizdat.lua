-- .story files are samizdat stories.
vim.filetype.add({ extension = { story = "samizdat" } })
