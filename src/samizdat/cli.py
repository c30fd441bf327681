"""The `samizdat` command: parses arguments and hands each subcommand to its driver.

Exit codes: 0 success, 1 the story (or replay) has problems, 2 usage or I/O
problems, 130 interrupted. No input should ever produce a Python traceback:
the last-resort handler below turns one into a short message.
"""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .files import FileProblem
from .sanitize import sanitize, shorten

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# Each subcommand lives in its own module, imported only when it runs, so that
# `samizdat play` does not pay for the author tools and the reverse.
COMMANDS = {
    "check": "samizdat.commands.check",
    "play": "samizdat.commands.play",
    "replay": "samizdat.commands.replay",  # registers `replay` and `replays`
    "replays": "samizdat.commands.replay",
    "explore": "samizdat.commands.explore",
    "randomtest": "samizdat.commands.randomtest",
    "graph": "samizdat.commands.graph",
    "stats": "samizdat.commands.stats",
    "fmt": "samizdat.commands.fmt",
    "lsp": "samizdat.commands.lsp",
}


class _ArgumentParser(argparse.ArgumentParser):
    """argparse quotes the arguments it refuses: they pass through the sanitiser too."""

    def _print_message(self, message, file=None):
        if message:
            super()._print_message(sanitize(message), file)


def build_parser(command=None) -> argparse.ArgumentParser:
    """The argument parser; with a known `command`, only that command's module is imported."""
    parser = _ArgumentParser(
        prog="samizdat",
        description="Write, play and test choice-based stories in plain text.",
        epilog="With no command, samizdat plays the bundled story, The Red Napoleon.")
    parser.add_argument("--version", action="version", version=f"samizdat {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    wanted = [COMMANDS[command]] if command in COMMANDS else COMMANDS.values()
    for module_name in dict.fromkeys(wanted):
        importlib.import_module(module_name).add_parser(sub)
    return parser


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if not argv:
            argv = ["play"]
        parser = build_parser(argv[0])
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_USAGE
        return args.run(args)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `samizdat ... | head`); say nothing more.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except FileProblem as exc:  # a path no stage could use, said plainly
        print(f"samizdat: {sanitize(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # the last resort: a bug, but never a traceback
        if os.environ.get("SAMIZDAT_DEBUG"):
            raise
        print(sanitize(f"samizdat: internal error: {type(exc).__name__}: {shorten(str(exc), 300)}"),
              file=sys.stderr)
        print("  this is a bug in samizdat; run again with SAMIZDAT_DEBUG=1 to see where", file=sys.stderr)
        return EXIT_USAGE
