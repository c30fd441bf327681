"""`samizdat check PATH`: report a story's errors and warnings, like a compiler."""
from __future__ import annotations

import sys

from ..diagnostics import format_json, format_text, has_errors, summary
from ..pipeline import compile_story
from ..sanitize import sanitize
from .authoring import format_argument, story_argument


def add_parser(sub):
    p = sub.add_parser("check", help="check a story for errors and warnings",
                       description="Check a story file or folder and report what is wrong with it.")
    story_argument(p, metavar="PATH")
    format_argument(p, "editors and CI")
    p.set_defaults(run=run)


def run(args) -> int:
    loaded = compile_story(args.path)
    if args.format == "json":
        print(format_json(loaded.diagnostics))
    else:
        print_diagnostics(loaded, sys.stdout)
        if not loaded.io_failure:
            print(f"{sanitize(str(args.path))}: {summary(loaded.diagnostics)}")
    if loaded.io_failure:
        return 2
    return 1 if has_errors(loaded.diagnostics) else 0


def print_diagnostics(loaded, stream):
    lines_of = {}  # each file split into lines once, however many diagnostics it has
    for diagnostic in loaded.diagnostics:
        lines = lines_of.get(diagnostic.file)
        if lines is None:
            source = loaded.sources.get(diagnostic.file)
            if source is not None:
                lines = lines_of[diagnostic.file] = source.split("\n")
        print(format_text(diagnostic, lines), file=stream)
