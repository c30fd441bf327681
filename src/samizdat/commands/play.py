"""`samizdat play [PATH]`: read a story in the terminal.

With no PATH: main.story in the current folder, else the bundled story.
"""
from __future__ import annotations

import difflib
import os
import shutil
import sys

from .. import model as m
from .. import paths
from ..diagnostics import summary
from ..sanitize import sanitize
from .authoring import story_argument

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_parser(sub):
    p = sub.add_parser("play", help="play a story (the bundled one if you name none)",
                       description="Play a story in the terminal. With no PATH, main.story in "
                                   "this folder, else the bundled story.")
    story_argument(p, metavar="PATH")
    p.add_argument("--plain", action="store_true",
                   help="plain text, one line at a time (automatic when input or output is not a terminal)")
    p.add_argument("--no-color", action="store_true", help="no colours (NO_COLOR is honoured too)")
    p.add_argument("--no-mouse", action="store_true",
                   help="leave the mouse to the terminal (for selecting text) instead of clicking choices")
    p.add_argument("--seed", type=int, metavar="N", help="make the story's randomness repeatable")
    p.add_argument("--save-dir", metavar="DIR",
                   help=f"where saves are kept (default: ${paths.SAVE_DIR_VARIABLE}, else your data folder)")
    p.add_argument("--from", dest="start_at", metavar="SCENE", help="start at this scene (for writers)")
    p.add_argument("--set", dest="assignments", action="append", default=[], metavar="NAME=VALUE",
                   help="set a stat or flag before starting (for writers; may be repeated)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..commands.check import print_diagnostics
    from ..pipeline import compile_story

    path = args.path
    later = []  # writing a new cache entry waits until the first page is shown
    loaded = compile_story(path, use_cache=True, later=later)
    if loaded.story is None:
        print_diagnostics(loaded, sys.stderr)
        if not loaded.io_failure:
            print(f"{sanitize(str(path))}: {summary(loaded.diagnostics)}", file=sys.stderr)
        return EXIT_USAGE if loaded.io_failure else EXIT_PROBLEMS
    story = loaded.story

    problem = _check_start(story, args.start_at)
    values, set_problem = parse_assignments(story, args.assignments)
    if problem or set_problem:
        print(f"samizdat play: {problem or set_problem}", file=sys.stderr)
        return EXIT_USAGE

    from ..engine import StoryError
    from ..player import store as saving
    from ..player.session import Session

    seed = args.seed if args.seed is not None else saving.new_seed()
    store = saving.Store(paths.save_dir(args.save_dir), story.title)
    # Whose game this is decides where it is autosaved: see Session.
    interactive = sys.stdin.isatty()
    try:
        session = Session(path, story, store, seed, seed_fixed=args.seed is not None,
                          start_at=args.start_at, start_values=values, interactive=interactive)
    except StoryError as exc:
        print(f"{sanitize(str(path))}: the story cannot start: {sanitize(str(exc))}", file=sys.stderr)
        return EXIT_PROBLEMS
    resumable = None
    if session.autosave_slot != saving.WRITER_AUTOSAVE and store.exists(session.autosave_slot):
        resumable = _check_autosave(store, session.autosave_slot)

    def when_shown():
        for job in later:
            job()

    plain = args.plain or not (interactive and sys.stdout.isatty())
    if plain:
        from ..player.plain import PlainPlayer

        width = _plain_width()
        return PlainPlayer(session, sys.stdin, sys.stdout, width, echo=not interactive).run(
            resumable, when_shown)
    color = not (args.no_color or os.environ.get("NO_COLOR"))
    return _play_in_terminal(session, resumable, when_shown, color, mouse=not args.no_mouse)


def _play_in_terminal(session, resumable, when_shown, color, mouse):
    """The full-screen player. Its first screen is written straight to the terminal
    before prompt-toolkit is imported (a third of the start-up), so the reader reads
    while it loads; the application then takes over the screen, drawing the same."""
    from ..player.screen import Screen
    from ..player.text import Charset

    screen = Screen(session, Charset(sys.stdout.encoding), emphasis=color)
    screen.start(resumable)
    early = os.name == "posix" and os.environ.get("TERM", "dumb") != "dumb"  # a VT100 at least
    settings = _quiet_terminal() if early else (lambda: None)
    try:
        if early:
            size = shutil.get_terminal_size()
            sys.stdout.write(screen.ansi(max(1, size.lines), max(1, size.columns), color))
            sys.stdout.flush()
        from ..player.terminal import TerminalPlayer

        player = TerminalPlayer(session, color=color, mouse=mouse, screen=screen)
    except BaseException:
        if early:
            sys.stdout.write("\x1b[?1049l")  # leave the alternate screen the first screen is on
            sys.stdout.flush()
        raise
    finally:
        settings()
    return player.run(resumable, when_shown, started=True)


def _quiet_terminal():
    """Keep what is typed before the application runs from being echoed over the first
    screen (the terminal keeps it for the application to read); returns the undo."""
    try:
        import termios

        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
        quiet = list(saved)
        quiet[3] &= ~(termios.ECHO | termios.ICANON)
        termios.tcsetattr(fd, termios.TCSANOW, quiet)
    except (ImportError, OSError, ValueError):
        return lambda: None
    return lambda: termios.tcsetattr(fd, termios.TCSANOW, saved)


def _plain_width() -> int:
    from ..player.text import reading_width

    return reading_width(shutil.get_terminal_size((80, 24)).columns)


def _check_start(story, scene):
    if scene is None or scene in story.scenes_by_id:
        return None
    return f"--from {sanitize(scene)}: there is no scene '{sanitize(scene)}'{_suggest(scene, story.scenes_by_id)}"


def parse_assignments(story, assignments):
    """({name: value}, None) from `--set NAME=VALUE` arguments, or (None, what is wrong)."""
    from ..engine import clean_answer
    from ..saves import MAX_TEXT

    values = {}
    for text in assignments:
        name, equals, raw = text.partition("=")
        name, raw = name.strip(), raw.strip()
        shown = sanitize(text)
        if not equals or not name or not raw:
            return None, f"--set {shown}: write NAME=VALUE, e.g. --set army_loyalty=70"
        declaration = story.declarations_by_name.get(name)
        if declaration is None:
            return None, (f"--set {shown}: the story has no stat, flag or variable '{sanitize(name)}'"
                          f"{_suggest(name, story.declarations_by_name)}")
        if isinstance(declaration, m.Flag):
            if raw not in ("true", "false"):
                return None, f"--set {shown}: '{name}' is a flag: give true or false"
            values[name] = raw == "true"
            continue
        if isinstance(declaration, m.Text):
            values[name] = clean_answer(raw, MAX_TEXT)
            continue
        kind = "stat" if isinstance(declaration, m.Stat) else "variable"
        try:
            number = int(raw) if len(raw) <= 40 else None
        except ValueError:
            number = None
        if number is None:
            return None, f"--set {shown}: '{name}' is a {kind}: give a whole number"
        if not -m.MAX_WHOLE <= number <= m.MAX_WHOLE:
            return None, (f"--set {shown}: '{name}' is a {kind}: give a whole number from "
                          f"-{m.MAX_WHOLE:,} to {m.MAX_WHOLE:,}")
        if isinstance(declaration, m.Stat) and not declaration.low <= number <= declaration.high:
            return None, (f"--set {shown}: '{name}' is a stat from {declaration.low} to"
                          f" {declaration.high}; {number} is outside that range")
        values[name] = number
    return values, None


def _suggest(name, known):
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _check_autosave(store, slot):
    """The autosave's slot if it can be loaded; a damaged one is kept aside, never overwritten."""
    from ..saves import SaveError

    try:
        store.read(slot)
        return slot
    except SaveError as exc:
        try:
            store.set_aside(slot, DAMAGED)
            kept = f"it is kept as {sanitize(str(store.path(DAMAGED)))}"
        except OSError:
            kept = "it is left where it is"
        print(f"Your last autosave could not be read ({sanitize(str(exc))}); {kept}, "
              "and a new game begins.", file=sys.stderr)
        return None


DAMAGED = "autosave-damaged"
