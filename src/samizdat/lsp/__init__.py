"""The language server, `samizdat lsp`: a story's errors, names and outline, live in the writer's editor.

    server.py    the LSP features, on pygls (the optional extra samizdat[lsp])
    stories.py   which story each open file belongs to, and each story compiled
    index.py     where every scene, label, declared name and file is defined and used

The server drives the pipeline as `samizdat check` does (loader, checker) and
reads the model; nothing in the core imports this package.
"""
