"""Fuzzing samizdat: hostile stories and saves, and what samizdat must do with every one.

Shared by tests/test_fuzz.py (a small budget, in CI) and bench/fuzz.py (tens
of thousands of cases, with figures). A case is a story folder (file name to
bytes) or the bytes of a save file. The Hypothesis strategies below draw
them: random text and bytes, programs derived from grammar/samizdat.lark
(read when the strategy is built, so a grammar being extended is fuzzed as
it stands), mutations of the bundled stories, generated stories that check
clean, and mutations of a valid save.

`run_case` runs one case the way the commands would and returns an
`Outcome`. What must hold for every case:

- never an internal error: every refusal is a Diagnostic, a SaveError, a
  StoryError or a FileProblem, with a message;
- never a hang: each case is bounded (CaseTimeout after `limit` seconds);
- nothing printed holds a raw control or bidi character;
- no file the case started with is changed or lost;
- a story that checks clean plays: random walks through the engine, each
  rendered page by page and round-tripped through a save file.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re
import resource
import signal
import tempfile
import traceback
from pathlib import Path

from attrs import frozen
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parent.parent
STORIES = REPO / "stories"
EXAMPLE = STORIES / "examples"
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

OK, REFUSED, FAILED, INTERNAL, HANG, MEMORY = "ok", "refused", "failed", "internal", "hang", "memory"


@frozen
class Outcome:
    kind: str  # OK (it ran clean), REFUSED (a clean message), FAILED (a property broke), INTERNAL, HANG, MEMORY
    detail: str = ""  # what was refused, or what went wrong (a traceback for INTERNAL)

    @property
    def bad(self) -> bool:
        return self.kind in (FAILED, INTERNAL, HANG, MEMORY)


class CaseTimeout(BaseException):
    """A case ran past its bound. A BaseException, so no `except Exception` swallows it."""


class PropertyFailed(Exception):
    """Samizdat answered, but broke one of the properties above."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise CaseTimeout in the block after `seconds` (POSIX, main thread)."""
    def expire(signum, frame):
        raise CaseTimeout(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def peak_memory() -> int:
    """This process's peak resident memory, in bytes (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# ------------------------------------------------------------------ running

def run_case(kind: str, payload, seed: int = 0, limit: float = 10.0) -> Outcome:
    """Run one case ("story": {name: bytes}, or "save": bytes) and say how it went."""
    runner = {"story": _run_story, "save": _run_save}[kind]
    try:
        with time_limit(limit):
            return runner(payload, seed)
    except CaseTimeout as exc:
        return Outcome(HANG, str(exc))
    except MemoryError:
        return Outcome(MEMORY, "MemoryError")
    except PropertyFailed as exc:
        return Outcome(FAILED, str(exc))
    except RecursionError:
        return Outcome(INTERNAL, traceback.format_exc(limit=-12))
    except Exception:
        return Outcome(INTERNAL, traceback.format_exc(limit=-12))


def _snapshot(folder) -> dict:
    found = {}
    for root, dirs, names in os.walk(folder):
        for name in dirs + names:
            path = Path(root) / name
            info = path.lstat()
            key = os.fsdecode(path.relative_to(folder))
            found[key] = path.read_bytes() if path.is_file() and not path.is_symlink() else info.st_mode
    return found


def _require(condition, problem):
    if not condition:
        raise PropertyFailed(problem)


def _safe_output(text: str, what: str):
    found = UNSAFE.search(text)
    _require(found is None, f"{what} printed the raw character {found and found.group()!r}")


def _write_story(folder: Path, files: dict):
    for name, data in files.items():
        target = folder / name
        if isinstance(data, tuple):  # (kind, argument): an entry that is not a plain file
            _make_special(target, *data)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def _make_special(target: Path, kind: str, argument: str = ""):
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    elif kind == "link":
        os.symlink(argument, target)


def _run_story(files: dict, seed: int) -> Outcome:
    from samizdat.commands.check import print_diagnostics
    from samizdat.diagnostics import Diagnostic, format_json, has_errors
    from samizdat.pipeline import compile_story

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        _write_story(folder, files)
        before = _snapshot(folder)
        loaded = compile_story(folder)
        for d in loaded.diagnostics:
            _require(isinstance(d, Diagnostic) and isinstance(d.message, str) and d.message,
                     f"a diagnostic without a message: {d!r}")
        _require(loaded.story is not None or has_errors(loaded.diagnostics),
                 "the story was refused without an error")
        shown = io.StringIO()
        print_diagnostics(loaded, shown)
        _safe_output(shown.getvalue(), "check")
        report = format_json(loaded.diagnostics)
        _safe_output(report, "check --format json")
        _require(len(json.loads(report)) == len(loaded.diagnostics), "the JSON report lost diagnostics")
        if loaded.story is not None:
            play(loaded.story, seed)
        _require(_snapshot(folder) == before, "checking the story changed its files")
    return Outcome(OK if loaded.story is not None else REFUSED,
                   loaded.diagnostics[0].message if loaded.diagnostics else "")


def play(story, seed: int, walks: int = 3, max_steps: int = 60):
    """Random walks, every page rendered; each path saved, read back and replayed to the same state."""
    from samizdat import saves
    from samizdat.engine import Engine, StoryError
    from samizdat.randomtest import random_test
    from samizdat.replay import replay

    engine = Engine(story)
    rng = random.Random(seed)
    for _ in range(walks):
        try:
            state = engine.start(rng.randrange(2**31))
        except StoryError:
            return
        game = saves.new_playthrough(story, state.seed)
        for _ in range(max_steps):
            page = engine.page(state)
            _safe_output(_sanitized_page(page), "the player")
            if page.is_ending or not page.available:
                break
            choice = rng.choice(page.available)
            try:
                state = engine.choose(state, choice.id)
            except StoryError:
                break
            game = game.with_step(saves.Step(page.scene, choice.id, choice.text))
        again = saves.from_json(saves.to_json(game))
        _require(again == game, "a playthrough changed on its way through a save file")
        replayed = replay(engine, again)
        if replayed.ok and replayed.states:
            _require(replayed.final == state, "a saved path replayed to another state")
    random_test(engine, 5, seed, max_steps=max_steps)


def _sanitized_page(page) -> str:
    """The page as the plain player shows it."""
    from samizdat.player.text import choice_lines, ending_line, heading_line, prose_lines

    lines = [heading_line(page)] + [line[1] for line in prose_lines(page.paragraphs, 72)]
    lines += [line[1] for line in choice_lines(page, 72)]
    if page.is_ending:
        lines.append(ending_line(page))
    return "\n".join(lines)


def _run_save(data: bytes, seed: int) -> Outcome:
    from samizdat import saves
    from samizdat.cli import main

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        os.mkfifo(folder / "pipe.story")  # for story.path to name
        path = folder / "saved.json"
        path.write_bytes(data)
        before = _snapshot(folder)
        try:
            playthrough = saves.read(path)
        except saves.SaveError as exc:
            _require(str(exc).startswith(str(path)[:50]) and exc.problem, f"a SaveError without a message: {exc!r}")
            outcome = Outcome(REFUSED, exc.problem)
        else:
            again = saves.from_json(saves.to_json(playthrough))
            _require(again == playthrough, "a save changed on its way through the file format")
            outcome = Outcome(OK, "")
        for mode in ([], ["--check"]):
            out, err = io.StringIO(), io.StringIO()
            with _debugging(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(["replay", str(path), *mode])
            _require(code in (0, 1, 2), f"replay exited {code}")
            _safe_output(out.getvalue() + err.getvalue(), "replay")
        _require(_snapshot(folder) == before, "replaying the save changed a file")
    return outcome


@contextlib.contextmanager
def _debugging():
    """SAMIZDAT_DEBUG=1: the command's last-resort handler re-raises, so a bug shows as one."""
    previous = os.environ.get("SAMIZDAT_DEBUG")
    os.environ["SAMIZDAT_DEBUG"] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SAMIZDAT_DEBUG", None)
        else:
            os.environ["SAMIZDAT_DEBUG"] = previous


# --------------------------------------------------------------- strategies

# Pieces of the language and of hostile input, for mutations to insert.
TOKENS = [
    "===", "=== ending", "*", "+", "->", "{", "}", "|", ":", "(", ")", '"', "..", "=", "==", "+=", "-=",
    "%+", "%-", "<", ">=", "!=", "and", "or", "not", "if", "else", "set", "otherwise", "sequence:",
    "cycle:", "once:", "shuffle:", "seen(", "chance(", "roll(", "min(", "max(", "title", "author",
    "start", "include", "stat", "flag", "var", "whenever", "true", "false", "0", "-1", "100",
    "2147483647", "//", "/*", "*/", "\t", "\r", "\r\n", "\n", "\n\n", " ", "\ufeff", "\x00",
    "\x1b]0;pwned\x07\x1b[2J", "\x9b2J", "\u202e", "\u2066", "é", "Ж", "漢", "\U0001f682",
    "include ../outside.story", "include main.story", "include missing.story", "include part.fifo",
    "include a_folder", "include loop.story", "include " + "n" * 300,
]
MUTATIONS = ("insert", "delete_line", "duplicate_line", "swap_lines", "replace_word", "truncate",
             "flip_byte", "repeat_line", "inflate")


def _story_files(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.story"))}


_BUNDLED = {name: _story_files(STORIES / name) for name in ("examples", "red_napoleon")}

# Entries some mutations include, beside the story's own files.
SPECIALS = {"part.fifo": ("fifo",), "a_folder": ("folder",), "loop.story": ("link", "loop.story")}


def _mutate(data: bytes, mutations) -> bytes:
    for operation, where, other, token in mutations:
        lines = data.split(b"\n")
        line = where % max(1, len(lines))
        if operation == "insert":
            at = where % (len(data) + 1)
            data = data[:at] + token.encode("utf-8", "surrogatepass") + data[at:]
        elif operation == "delete_line" and lines:
            del lines[line]
            data = b"\n".join(lines)
        elif operation == "duplicate_line" and lines:
            lines.insert(line, lines[line])
            data = b"\n".join(lines)
        elif operation == "swap_lines" and len(lines) > 1:
            second = other % len(lines)
            lines[line], lines[second] = lines[second], lines[line]
            data = b"\n".join(lines)
        elif operation == "replace_word":
            words = re.findall(rb"[a-z_][a-z0-9_]*", data)
            if words:
                old, new = words[where % len(words)], words[other % len(words)]
                data = data.replace(old, new, 1 + other % 3)
        elif operation == "truncate":
            data = data[:where % (len(data) + 1)]
        elif operation == "flip_byte" and data:
            at = where % len(data)
            data = data[:at] + bytes([data[at] ^ (1 << (other % 8))]) + data[at + 1:]
        elif operation == "repeat_line" and lines:
            lines[line:line + 1] = [lines[line]] * (2 + other % 2000)
            data = b"\n".join(lines)
        elif operation == "inflate":  # long lines, many diagnostics, huge tokens
            at = where % (len(data) + 1)
            data = data[:at] + token.encode("utf-8", "surrogatepass") * (1 + other % 20_000) + data[at:]
    return data


def mutations(max_size=6):
    return st.lists(st.tuples(st.sampled_from(MUTATIONS), st.integers(0, 2**20), st.integers(0, 2**20),
                              st.sampled_from(TOKENS)), min_size=1, max_size=max_size)


@st.composite
def mutated_bundled_stories(draw, which=("examples", "red_napoleon")):
    """A bundled story folder with one of its files mutated, sometimes beside a pipe, a folder and a link loop."""
    files = dict(_BUNDLED[draw(st.sampled_from(which))])
    name = draw(st.sampled_from(sorted(files)))
    files[name] = _mutate(files[name], draw(mutations()))
    if draw(st.booleans()):
        files.update(SPECIALS)
    return files


def grammar_stories():
    """Programs drawn from the grammar as it is on disk now."""
    from strategies import grammar_programs

    return grammar_programs().map(lambda text: {"main.story": text.encode("utf-8")})


_STORYISH = st.lists(st.sampled_from(
    list("abcxyz_019 \t\n{}|*+->=<!:().,\"/%") + ["===", "-> a", "\n=== a\n", "set x = 1", "if x",
                                                "\x1b[2J", "\x9b", "\u202e", "é"]), max_size=200).map("".join)


def text_stories():
    """Random text, and random text under a header that makes it a story's prose."""
    texts = st.one_of(st.text(max_size=300), _STORYISH,
                      _STORYISH.map(lambda t: 'title "T"\nstart a\n=== a\n' + t))
    return texts.map(lambda text: {"main.story": text.encode("utf-8", "surrogatepass")})


def byte_stories():
    return st.binary(max_size=400).map(lambda data: {"main.story": data})


@st.composite
def generated_stories(draw):
    """Stories that check clean by construction (tests/strategies.py), played; sometimes mutated."""
    from strategies import stories

    data = draw(stories()).encode("utf-8")
    if draw(st.integers(0, 3)) == 0:
        data = _mutate(data, draw(mutations(3)))
    return {"main.story": data}


# ------------------------------------------------------------------- saves

def _valid_save(seed: int, steps: int) -> dict:
    """The body of a valid save of the example story: a random path of up to `steps` choices."""
    from samizdat import saves
    from samizdat.engine import Engine
    from samizdat.replay import outcome_of

    story = _example_story()
    engine = Engine(story)
    rng = random.Random(seed)
    state = engine.start(seed)
    game = saves.new_playthrough(story, seed, story_path=str(EXAMPLE))
    for _ in range(steps):
        page = engine.page(state)
        if not page.available:
            break
        choice = rng.choice(page.available)
        state = engine.choose(state, choice.id)
        game = game.with_step(saves.Step(page.scene, choice.id, choice.text))
    game = saves.evolve(game, outcome=outcome_of(engine, state), created="2024-01-31T18:05:00Z")
    return saves.to_dict(game)


_example = []


def _example_story():
    if not _example:
        from samizdat.pipeline import compile_story

        _example.append(compile_story(EXAMPLE).story)
    return _example[0]


def seal(body: dict) -> str:
    """`body` with the checksum docs/saves.md describes, so only the change under test is wrong."""
    import hashlib

    rest = {k: v for k, v in body.items() if k != "checksum"}
    text = json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return json.dumps({**rest, "checksum": "sha256:" + digest})


_ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
    st.text(max_size=30), st.sampled_from([
        "", "\ud800", "a\udfffb", "\x00", "\x1b[2J", "\u202e", "/dev/zero", "pipe.story", "n" * 300,
        "stories\x00x", "../../..", str(EXAMPLE), "x" * 20_000, "platform", "buy", "otherwise",
        "2024-01-31T18:05:00Z", "sha256:00", "samizdat-playthrough", 2**63, -1, 10**400]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))

_FIELD_PATHS = [
    ("format",), ("version",), ("story",), ("story", "title"), ("story", "fingerprint"), ("story", "path"),
    ("seed",), ("start",), ("start", "scene"), ("start", "values"), ("steps",), ("position",),
    ("outcome",), ("outcome", "scene"), ("outcome", "ending"), ("outcome", "values"), ("created",),
    ("checksum",), ("extra",), ("story", "extra"),
]


def _edit(body, path, value, drop):
    target = body
    for key in path[:-1]:
        if not isinstance(target, dict) or key not in target:
            return
        target = target[key]
    if not isinstance(target, dict):
        return
    if drop:
        target.pop(path[-1], None)
    else:
        target[path[-1]] = value


@st.composite
def hostile_saves(draw):
    """A valid save of the example story, its fields edited (and resealed, mostly), or its bytes mutated."""
    body = _valid_save(draw(st.integers(0, 2**31)), draw(st.integers(0, 12)))
    for _ in range(draw(st.sampled_from([0, 0, 1, 1, 2, 4]))):
        path = draw(st.sampled_from(_FIELD_PATHS))
        _edit(body, path, draw(_ODD_VALUES), draw(st.integers(0, 5)) == 0)
    if body.get("steps") and isinstance(body["steps"], list) and draw(st.booleans()):
        index = draw(st.integers(0, len(body["steps"]) - 1))
        step = body["steps"][index]
        if isinstance(step, dict):
            step[draw(st.sampled_from(["scene", "choice", "text"]))] = draw(_ODD_VALUES)
    text = seal(body) if draw(st.integers(0, 4)) else json.dumps(body)
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 3)) == 0:
        data = _mutate(data, draw(mutations(3)))
    return data


# Every kind of case, for the runners: (name, how a case is drawn, what it is).
KINDS = {
    "grammar": (grammar_stories, "story"),
    "text": (text_stories, "story"),
    "bytes": (byte_stories, "story"),
    "mutant": (mutated_bundled_stories, "story"),
    "generated": (generated_stories, "story"),
    "save": (hostile_saves, "save"),
}
