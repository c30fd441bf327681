"""`samizdat fmt STORY`: lay out a story's files the same way every time, never changing what it does."""
from __future__ import annotations

import difflib
import sys
from pathlib import Path

from ..sanitize import sanitize
from .authoring import ENTRY_FILE, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE


def add_parser(sub):
    p = sub.add_parser(
        "fmt", help="lay out a story's files: indentation, spacing, blank lines",
        description="Normalise the layout of a story's files (the root and every file it "
                    "includes): indentation under choices and blocks, spacing around marks and "
                    "operators, blank lines between scenes. Prose, choice text, strings and "
                    "comments are never changed, and the story's fingerprint stays the same, so "
                    "saves and replays are unaffected. Exits 1 when a file has syntax errors "
                    "or, with --check, when a file is not formatted.")
    p.add_argument("paths", metavar="STORY", nargs="*",
                   help=f"a .story file, or a folder with {ENTRY_FILE} (default: {ENTRY_FILE} in "
                        "this folder); - reads a file on standard input and writes it formatted "
                        "to standard output")
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 if any file would be reformatted (for CI)")
    p.add_argument("--diff", action="store_true",
                   help="change nothing; print what would change, as a unified diff")
    p.set_defaults(run=run)


def run(args) -> int:
    paths = args.paths
    if not paths:
        if not Path(ENTRY_FILE).is_file():
            print(f"samizdat fmt: no story named and no {ENTRY_FILE} in this folder",
                  file=sys.stderr)
            return EXIT_USAGE
        print(f"samizdat fmt: no story named: using {ENTRY_FILE} in this folder", file=sys.stderr)
        paths = [ENTRY_FILE]
    status = EXIT_OK
    changed = unchanged = 0
    for path in paths:
        if path == "-":
            code = _stdin(args)
            status = max(status, code)
            continue
        files, code = _files_of(path)
        status = max(status, code)
        for name, file_path, text in files:
            result = _format(name, text)
            if result is None:
                status = max(status, EXIT_PROBLEMS)
                continue
            if result == text:
                unchanged += 1
                continue
            changed += 1
            if args.diff:
                sys.stdout.writelines(difflib.unified_diff(
                    text.splitlines(keepends=True), result.splitlines(keepends=True),
                    f"{name} (as it is)", f"{name} (formatted)"))
            if args.check or args.diff:
                print(f"would format {sanitize(name)}", file=sys.stderr)
                status = max(status, EXIT_PROBLEMS if args.check else EXIT_OK)
                continue
            problem = _write(file_path, result)
            if problem:
                print(f"samizdat fmt: {sanitize(name)}: {problem}", file=sys.stderr)
                status = EXIT_USAGE
                changed -= 1
                continue
            print(f"formatted {sanitize(name)}", file=sys.stderr)
    if changed or unchanged:
        verb = "would be formatted" if args.check or args.diff else "formatted"
        print(f"{changed} file{'s' if changed != 1 else ''} {verb}, {unchanged} already formatted",
              file=sys.stderr)
    return status


def _files_of(path):
    """[(display name, resolved path, text)] of a story's files, and an exit code for what failed.

    A file that could not be included is reported (at its include line) and left out.
    """
    from ..diagnostics import format_text
    from ..loader import load

    parses = {}
    loaded = load(path, parses=parses)
    if loaded.io_failure or not loaded.paths:
        for diagnostic in loaded.diagnostics:
            print(format_text(diagnostic), file=sys.stderr)
        return [], EXIT_USAGE
    include_lines = {(include.pos.file, include.pos.line)
                     for _text, source, _diagnostics in parses.values() if source is not None
                     for include in source.includes}
    code = EXIT_OK
    for diagnostic in loaded.diagnostics:
        if diagnostic.is_error and (diagnostic.file, diagnostic.line) in include_lines:
            print(format_text(diagnostic), file=sys.stderr)
            code = EXIT_PROBLEMS
    return [(name, loaded.paths[name], loaded.sources[name]) for name in loaded.paths], code


def _format(name, text):
    """The formatted text, or None after saying why there is none."""
    from ..diagnostics import format_text as describe
    from ..formatter import FormatError, Unformattable, format_text

    try:
        return format_text(text, name)
    except FormatError as exc:
        lines = text.split("\n")
        for diagnostic in exc.diagnostics:
            print(describe(diagnostic, lines), file=sys.stderr)
        print(f"{sanitize(name)}: not formatted: fix its syntax errors first", file=sys.stderr)
    except Unformattable as exc:
        print(f"samizdat fmt: {sanitize(str(exc))}", file=sys.stderr)
    return None


def _stdin(args) -> int:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        print("samizdat fmt: standard input is not valid UTF-8", file=sys.stderr)
        return EXIT_USAGE
    result = _format("<stdin>", text)
    if result is None:
        sys.stdout.write(text)  # an editor piping through fmt keeps what it had
        return EXIT_PROBLEMS
    if args.check:
        return EXIT_PROBLEMS if result != text else EXIT_OK
    sys.stdout.write(result)
    return EXIT_OK


def _write(path: Path, text: str):
    """Replace the file so that a crash leaves the old or the new one; None, or what went wrong."""
    from ..saves import SaveError, write_atomically

    try:
        write_atomically(path, text.encode("utf-8"), mode=path.stat().st_mode & 0o7777)
    except OSError as exc:
        return f"cannot write here: {exc.strerror or exc}"
    except SaveError as exc:
        return exc.problem
    return None
