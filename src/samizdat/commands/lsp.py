"""`samizdat lsp`: the language server for writers' editors, over standard input and output."""
from __future__ import annotations

import sys

from .authoring import EXIT_OK, EXIT_USAGE


def add_parser(sub):
    p = sub.add_parser(
        "lsp", help="the language server for editors (errors as you type, go to scene, rename...)",
        description="Run the Language Server Protocol server on standard input and output, for an "
                    "editor to start (see docs/editors.md). It needs the lsp extra: "
                    "pip install 'samizdat[lsp]'.")
    p.add_argument("--stdio", action="store_true",
                   help="talk over standard input and output (the default; editors often pass it)")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        print("samizdat lsp: the language server needs pygls and lsprotocol, which are not "
              "installed; install them with: pip install 'samizdat[lsp]'", file=sys.stderr)
        return EXIT_USAGE
    from ..lsp.server import start

    start()
    return EXIT_OK
