"""What the author tools (explore, randomtest, graph, stats) share: loading a story, arguments."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..sanitize import sanitize

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def load(path):
    """(loaded, None) for a story that compiles, else (None, exit code) after printing why."""
    from ..diagnostics import summary
    from ..pipeline import compile_story
    from .check import print_diagnostics

    loaded = compile_story(path)
    if loaded.story is None:
        print_diagnostics(loaded, sys.stderr)
        if not loaded.io_failure:
            print(f"{sanitize(str(path))}: {summary(loaded.diagnostics)}", file=sys.stderr)
        return None, EXIT_USAGE if loaded.io_failure else EXIT_PROBLEMS
    return loaded, None


ENTRY_FILE = "main.story"


def default_story(command: str, quiet_if_bundled: bool = False) -> Path:
    """The story a command uses when none is named: main.story in the current
    folder, else the bundled story. Says which on stderr (unless told to be
    quiet about the bundled one, as `play` is: a reader expects it)."""
    from ..paths import bundled_story

    if Path(ENTRY_FILE).is_file():
        print(f"{command}: no story named: using {ENTRY_FILE} in this folder", file=sys.stderr)
        return Path(ENTRY_FILE)
    story = bundled_story()
    if not quiet_if_bundled:
        print(f"{command}: no story named and no {ENTRY_FILE} in this folder: "
              f"using the bundled story, {sanitize(str(story))}", file=sys.stderr)
    return story


class _StoryPath(argparse.Action):
    """A story argument that may be left out: see `default_story`."""

    def __call__(self, parser, namespace, values, option_string=None):
        if values is None:
            values = default_story(parser.prog, quiet_if_bundled=parser.prog.endswith(" play"))
        setattr(namespace, self.dest, values)


def story_argument(parser, name="path", metavar="STORY"):
    parser.add_argument(name, metavar=metavar, nargs="?", action=_StoryPath,
                        help=f"a .story file, or a folder with {ENTRY_FILE} (default: {ENTRY_FILE} "
                             "in this folder, else the bundled story)")


def format_argument(parser, for_whom="tools"):
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help=f"text for people (default), json for {for_whom}")


def count(text: str) -> int:
    """An argparse type: a whole number of at least 1 (underscores allowed: 1_000_000)."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not '{text}'") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, not {value}")
    return value


def natural(text: str) -> int:
    """An argparse type: a whole number of at least 0."""
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not '{text}'") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, not {value}")
    return value


def plural(n: int, word: str, many: str = None) -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def show_value(value) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value in (float("inf"), float("-inf")):
        return "unbounded" if value > 0 else "-unbounded"
    return str(value)


class StatusLine:
    """One line of progress on stderr, redrawn in place; silent unless stderr is a terminal."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.width = 0

    def show(self, text: str):
        if self.enabled:
            padding = " " * max(0, self.width - len(text))
            self.stream.write("\r" + text + padding)
            self.stream.flush()
            self.width = len(text)

    def clear(self):
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
