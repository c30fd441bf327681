"""Saves and replays: one versioned JSON format for a playthrough, read and written safely.

A playthrough is a seed, the start overrides and a path of steps, each a
(scene id, choice id) pair with the choice's text for people. A save is a
playthrough and the position reached in it; loading one replays the path
through the engine (`replay.py`), so a save never holds a state the story
disagrees with. docs/saves.md describes the file format.

Files are written atomically (a temporary file in the same folder, fsync,
`os.replace`, fsync of the folder) and read defensively: every field is checked
by hand, and whatever is wrong is reported as a `SaveError` naming the file.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import attrs
from attrs import evolve, field, frozen

try:
    import fcntl
except ImportError:  # Windows: an open file cannot be removed there, which protects a live writer
    fcntl = None

from . import files
from . import model as m
from .files import shown
from .sanitize import shorten

MARK = "samizdat-playthrough"  # the "format" field, so a stray JSON file is not taken for a save
VERSION = 2  # the format this engine writes (2: steps may say where in a scene they were made)
OLDEST_READABLE = 1  # the oldest format this engine still reads
SUFFIX = ".json"
REPLAYS_FOLDER = "replays"  # under the save folder: every finished playthrough

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_STEPS = 100_000
MAX_TEXT = 10_000  # characters in a title, a choice text or a path
MAX_ID = 10_000  # characters in a scene or choice id (the language sets no limit)
MAX_SEED = 2**63 - 1
_ID = re.compile(r"[a-z_][a-z0-9_]*\Z")
_CHOICE_ID = re.compile(r"[a-z0-9_]+\Z")  # derived ids of choices without a target are numbers
_AT = re.compile(r"[a-z0-9_]+(?:[./#][a-z0-9_]+)*\Z")
_CREATED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_CREATED = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z", re.ASCII)


class SaveError(Exception):
    """A save or replay file that cannot be read or written; the message names the file."""

    def __init__(self, path, problem: str):
        super().__init__(f"{shown(path)}: {problem}")
        self.path = str(path)
        self.problem = problem


# ------------------------------------------------------------------ the values

def bounded_text(text: Optional[str]) -> Optional[str]:
    """Text kept for people (a title, a choice's text, an ending's title): at most MAX_TEXT characters.

    A story may hold longer ones; the file keeps their start, so that every
    game can be saved and every save read back. Replay goes by ids, and
    compares titles in this form.
    """
    if text is not None and len(text) > MAX_TEXT:
        return text[:MAX_TEXT - 1] + "…"
    return text


def _tuple_of_pairs(value):
    return tuple(value.items()) if isinstance(value, dict) else tuple(tuple(p) for p in value)


@frozen
class Step:
    scene: str  # the scene the choice was made in
    choice: str  # its stable id among the choices offered with it
    text: str = field(default="", converter=bounded_text)  # what the player read: for people, and to find a choice whose id moved
    at: str = ""  # where in the scene ("kremlin/ask", "kremlin.vote"); "" for the scene's first choices


@frozen
class Outcome:
    """Where a playthrough ended up: what `replay --check` expects to reach again."""
    scene: str
    ending: Optional[str] = field(converter=bounded_text)  # the ending's title, or None if the path stops short of one
    values: tuple = field(converter=_tuple_of_pairs)  # (name, value) of every stat, flag and var

    @property
    def values_by_name(self) -> dict:
        return dict(self.values)


@frozen
class Playthrough:
    story_title: str = field(converter=bounded_text)
    fingerprint: str
    seed: int
    steps: tuple = field(default=(), converter=tuple)  # of Step
    start_at: Optional[str] = None  # a writer's --from SCENE
    start_values: tuple = field(default=(), converter=_tuple_of_pairs)  # a writer's --set NAME=VALUE
    outcome: Optional[Outcome] = None
    position: Optional[int] = None  # steps taken at the save point; None means all of them
    story_path: Optional[str] = None  # where the story was; relative paths are from the file's folder
    created: Optional[str] = None  # UTC, "YYYY-MM-DDTHH:MM:SSZ"

    @property
    def at(self) -> int:
        """How many steps have been taken at the save point."""
        return len(self.steps) if self.position is None else self.position

    @property
    def taken(self) -> tuple:
        return self.steps[:self.at]

    def with_step(self, step: Step) -> "Playthrough":
        """This playthrough with one more step taken; steps after the position are dropped."""
        return evolve(self, steps=self.taken + (step,), position=None, outcome=None)

    def truncated(self, count: int) -> "Playthrough":
        """The first `count` steps only: what undoing the rest leaves."""
        return evolve(self, steps=self.steps[:max(0, count)], position=None, outcome=None)


def new_playthrough(story: m.Story, seed: int, start_at=None, start_values=(),
                    story_path=None) -> Playthrough:
    """An empty playthrough of `story`, ready for `with_step`."""
    return Playthrough(story.title, fingerprint(story), seed, (), start_at, start_values,
                       story_path=None if story_path is None else str(story_path))


def now_stamp() -> str:
    """The current time as `created` records it (drivers call this; the engine has no clock)."""
    return datetime.now(timezone.utc).strftime(_CREATED_FORMAT)


# ---------------------------------------------------------------- fingerprint

# Positions and file layout are not content: moving a scene to another file or
# adding a comment keeps the fingerprint; changing what the story does or says
# changes it.
_NOT_CONTENT = frozenset({"pos", "target_pos", "start_pos", "files",
                          "scenes_by_id", "declarations_by_name", "constants_by_name",
                          "facts"})


def fingerprint(story: m.Story) -> str:
    """A hash of the compiled story's content: the same on every run and machine."""
    known = story.facts.get("fingerprint")
    if known is None:
        canonical = json.dumps(_canonical(story), ensure_ascii=False, separators=(",", ":"))
        known = story.facts["fingerprint"] = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
    return known


def content(value) -> object:
    """What the fingerprint hashes, as plain lists and values: a model value with its
    positions and file layout left out. Two texts that build equal content are the same story."""
    return _canonical(value)


def _canonical(value):
    if attrs.has(type(value)):
        return [type(value).__name__] + [
            _canonical(getattr(value, f.name)) for f in attrs.fields(type(value))
            if f.name not in _NOT_CONTENT]
    if isinstance(value, (tuple, list)):
        return [_canonical(v) for v in value]
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


# ------------------------------------------------------------------- encoding

def to_dict(playthrough: Playthrough) -> dict:
    """The JSON object for `playthrough`, checksum included."""
    p = playthrough
    body = {
        "format": MARK,
        "version": VERSION,
        "story": {"title": p.story_title, "fingerprint": p.fingerprint, "path": _as_text(p.story_path)},
        "seed": p.seed,
        "start": {"scene": p.start_at, "values": dict(p.start_values)},
        "steps": [_step_dict(s) for s in p.steps],
        "position": p.at,
        "outcome": None if p.outcome is None else {
            "scene": p.outcome.scene, "ending": p.outcome.ending,
            "values": dict(p.outcome.values)},
        "created": p.created,
    }
    body["checksum"] = _checksum(body)
    return body


def _step_dict(step: Step) -> dict:
    out = {"scene": step.scene}
    if step.at:
        out["at"] = step.at
    out["choice"] = step.choice
    out["text"] = step.text
    return out


def _as_text(path: Optional[str]) -> Optional[str]:
    """A path as the file records it: None for a name that is not text (undecodable
    bytes in a folder's name), which no UTF-8 file can hold; replay then asks
    for --story, or finds the bundled story by its title."""
    if path is None or not _SURROGATE.search(path):
        return path
    return None


def to_json(playthrough: Playthrough) -> str:
    """The file's text: indented, one step per line, so diffs of replays read well."""
    return _text(to_dict(playthrough))


def _text(body: dict) -> str:
    lines = ["{"]
    keys = list(body)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = body[key]
        if key == "steps" and value:
            lines.append('  "steps": [')
            for j, step in enumerate(value):
                lines.append("    " + _compact(step) + ("," if j < len(value) - 1 else ""))
            lines.append("  ]" + comma)
        else:
            lines.append(f"  {_compact(key)}: {_compact(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def from_json(text: str, path="<string>") -> Playthrough:
    """Parse and validate a file's text; raises SaveError naming `path`."""
    return _decode(_parse_json(text, path), path)


def _compact(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _checksum(body: dict) -> str:
    rest = {k: v for k, v in body.items() if k != "checksum"}
    text = json.dumps(rest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


# -------------------------------------------------------------------- writing

def write(path, playthrough: Playthrough) -> None:
    """Write atomically: the file on disk is the old one or the new one, never a mixture.

    On any failure the temporary file is removed, the previous file is left
    as it was, and SaveError says what went wrong. After a write, what
    earlier crashes left in the folder goes once stale.
    """
    body = to_dict(playthrough)
    try:  # never write what read() would refuse: the game would be lost at the next load
        _decode(body, path, written_here=True)
    except SaveError as exc:
        raise SaveError(path, f"cannot save this game: {exc.problem}") from None
    data = _text(body).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise SaveError(path, f"cannot save this game: it would take {len(data) // (1024 * 1024)} MB, "
                              f"and a save file holds at most {MAX_FILE_BYTES // (1024 * 1024)} MB")
    write_atomically(path, data)
    sweep_stale_temporaries(Path(path).parent)


def write_atomically(path, data: bytes, mode: Optional[int] = None) -> None:
    """Replace the file at `path` with `data` so that a crash leaves the old or the new file.

    The new file gets permission bits `mode` if given (`samizdat fmt` keeps
    a story file's own), else the temporary file's, readable by the user
    alone. The temporary file is locked until the rename, so that
    `sweep_stale_temporaries` can tell a crash's leftover from a live write.
    """
    path = Path(path)
    folder = path.parent
    problem = files.name_problem(path)
    if problem:
        raise SaveError(path, f"cannot write here: {problem}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise SaveError(path, "cannot write here: this is a folder")
        # Hidden, and not ending in .json: a leftover is never listed as a save.
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=folder)
    except OSError as exc:
        raise SaveError(path, f"cannot write here: {files.describe(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            _lock(out.fileno())  # held until closed: a live writer's file is never swept
            out.write(data)
            out.flush()
            if mode is not None:
                os.chmod(temporary, mode)
            os.fsync(out.fileno())
            os.replace(temporary, path)
    except BaseException as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SaveError(path, f"could not write: {files.describe(exc)}; "
                                  "the previous file is unchanged") from None
        raise
    _fsync_folder(folder)


TEMPORARY_SUFFIX = ".tmp"
STALE_AFTER = 15 * 60  # seconds; a write takes well under one
# What write_atomically makes for a JSON file (a save, a replay, the endings
# reached): tempfile.mkstemp(prefix=".NAME.json.", suffix=".tmp") puts eight
# characters from [a-z0-9_] between them.
_TEMPORARY = re.compile(r"\..+\.json\.[a-z0-9_]{8}\.tmp\Z", re.DOTALL)


def _lock(fd) -> bool:
    """Take an exclusive lock without waiting; False if another process holds one."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: the file's age decides alone
        return True


def sweep_stale_temporaries(folder, now=None) -> list:
    """Remove the temporary files that crashed writes left in `folder`; returns their names.

    Only a regular file (never a link or a folder) named as `write_atomically`
    names its temporary files is removed, and only when it has not been
    changed for STALE_AFTER seconds and no process holds its lock (a writer's
    lock goes when the writer dies, however it dies). Failing to sweep is
    never an error.
    """
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMPORARY.match(entry.name):
            continue
        try:
            found = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(found.st_mode) or now - found.st_mtime < STALE_AFTER:
                continue
            fd = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
                         | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            opened = os.fstat(fd)
            same = (opened.st_ino, opened.st_dev) == (found.st_ino, found.st_dev)
            if same and _lock(fd):
                os.unlink(entry.path)
                removed.append(entry.name)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -------------------------------------------------------------------- reading

def read(path) -> Playthrough:
    """Read and check a save or replay file; raises SaveError saying what is wrong.

    Only a regular file is read (a pipe or a device would block or never
    end), and never more than MAX_FILE_BYTES of it.
    """
    try:
        data = files.read_bytes(path, MAX_FILE_BYTES, "save file")
    except files.FileProblem as exc:
        raise SaveError(path, exc.problem) from None
    return from_bytes(data, path)


def from_bytes(data: bytes, path="<bytes>") -> Playthrough:
    if not data.strip():
        raise SaveError(path, "the file is empty" if not data else "the file holds only blank space")
    if b"\x00" in data:
        raise SaveError(path, "not a save file: it holds binary data")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SaveError(path, f"not a save file: not valid UTF-8 (byte 0x{data[exc.start]:02x} "
                              f"at offset {exc.start})") from None
    return from_json(text, path)


def _parse_json(text: str, path):
    def no_duplicates(pairs):
        seen = {}
        for key, value in pairs:
            if key in seen:
                raise SaveError(path, f"field '{shorten(key, 80)}' appears twice")
            seen[key] = value
        return seen

    def no_constants(name):
        raise SaveError(path, f"not valid JSON: {name} is not a number JSON allows")

    text = text.removeprefix("\ufeff")
    try:
        raw = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        end = len(text.rstrip())
        if exc.pos >= end or exc.msg.startswith("Unterminated string"):
            line = text.count("\n", 0, end) + 1
            column = end - (text.rfind("\n", 0, end) + 1) + 1
            raise SaveError(path, f"the file ends too early (truncated?) at line {line} "
                                  f"column {column}") from None
        raise SaveError(path, f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise SaveError(path, "not a save file: nested too deeply") from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise SaveError(path, f"not valid JSON: {exc}") from None
    if _ESCAPED_SURROGATE.search(text):
        where = _lone_surrogate(raw)
        if where is not None:
            field, code = where
            raise SaveError(path, f"the file is damaged: '{shorten(field, 80)}' holds \\u{code:04x}, half of a "
                                  "UTF-16 pair without its other half, which is not text")
    return raw


# JSON can only smuggle a lone surrogate into a string as an escape such as
# \ud800 (the file's bytes were decoded as UTF-8, which has none); a file
# without one is not searched.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(value):
    """(field, code point) of the first string holding a lone surrogate, or None."""
    pending = [(value, "")]
    while pending:
        item, where = pending.pop()
        if isinstance(item, str):
            found = _SURROGATE.search(item)
            if found:
                return where or "the file", ord(found.group())
        elif isinstance(item, dict):
            for key, inner in item.items():
                shown_key = _SURROGATE.sub(lambda c: f"\\u{ord(c.group()):04x}", key)
                inside = f"{where}.{shown_key}" if where else shown_key
                found = _SURROGATE.search(key)
                if found:
                    return inside, ord(found.group())
                pending.append((inner, inside))
        elif isinstance(item, list):
            pending.extend((inner, f"{where}[{number}]") for number, inner in enumerate(item, 1))
    return None


# ----------------------------------------------------------------- validation

_FIELDS = ("format", "version", "story", "seed", "start", "steps", "position",
           "outcome", "created", "checksum")


class _Checker:
    """Checks one decoded object field by field, naming the field in every complaint."""

    def __init__(self, path):
        self.path = path

    def fail(self, problem):
        raise SaveError(self.path, problem)

    def obj(self, value, where, required, optional=()):
        if not isinstance(value, dict):
            self.fail(f"{where} must be an object, not {_kind(value)}")
        for key in required:
            if key not in value:
                self.fail(f"{where} has no '{key}' field" if where != "the file"
                          else f"missing field '{key}'")
        for key in value:
            if key not in required and key not in optional:
                self.fail(f"unknown field '{shorten(_label(where, key), 80)}'")
        return value

    def integer(self, value, where, low, high):
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"'{where}' must be a whole number, not {_kind(value)}")
        if not low <= value <= high:
            self.fail(f"'{where}' must be from {low} to {high}, not {value}")
        return value

    def text(self, value, where, nullable=False, limit=MAX_TEXT):
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            self.fail(f"'{where}' must be text, not {_kind(value)}")
        if len(value) > limit:
            self.fail(f"'{where}' is too long ({len(value)} characters; at most {limit})")
        return value

    def ident(self, value, where, nullable=False, pattern=_ID):
        value = self.text(value, where, nullable, limit=MAX_ID)
        if value is not None and not pattern.match(value):
            self.fail(f"'{where}' is not a scene or choice id: {json.dumps(value, ensure_ascii=False)}")
        return value

    def values(self, value, where):
        if not isinstance(value, dict):
            self.fail(f"'{where}' must be an object of names and values, not {_kind(value)}")
        out = []
        for name, item in value.items():
            if not _ID.match(name):
                self.fail(f"'{where}' holds {json.dumps(name, ensure_ascii=False)}, which is not a name")
            if isinstance(item, str):  # a text value (format 2)
                self.text(item, f"{where}.{name}")
                out.append((name, item))
                continue
            if not isinstance(item, (bool, int)):
                self.fail(f"'{where}.{name}' must be a whole number, true/false or text, "
                          f"not {_kind(item)}")
            if not isinstance(item, bool) and abs(item) > MAX_SEED:
                self.fail(f"'{where}.{name}' is out of range: {item}")
            out.append((name, item))
        return tuple(out)


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {int: "a number", float: "a number with a fraction", str: "text",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _label(where, key):
    return key if where == "the file" else f"{where}.{key}"


def _decode(raw, path, written_here=False) -> Playthrough:
    """The playthrough in `raw`, every field checked; `written_here` skips the checksum just made."""
    c = _Checker(path)
    if not isinstance(raw, dict):
        c.fail(f"not a save file: it holds {_kind(raw)}, not an object")
    if raw.get("format") != MARK:
        c.fail("not a samizdat save or replay (its \"format\" is not "
               f"\"{MARK}\")" if "format" in raw else
               f"not a samizdat save or replay (it has no \"format\": \"{MARK}\")")
    if "version" not in raw:
        c.fail("missing field 'version'")
    version = raw["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        c.fail(f"'version' must be a whole number, not {_kind(version)}")
    if version > VERSION:
        c.fail(f"made by a newer samizdat (format version {version}); this one reads "
               f"versions {OLDEST_READABLE} to {VERSION}: upgrade samizdat to load it")
    if version < OLDEST_READABLE:
        c.fail(f"format version {version} is too old; this samizdat reads versions "
               f"{OLDEST_READABLE} to {VERSION}")
    c.obj(raw, "the file", _FIELDS)
    checksum = c.text(raw["checksum"], "checksum", limit=100)
    if not written_here and checksum != _checksum(raw):
        c.fail("the file was changed after samizdat wrote it (its checksum does not match); "
               "it may be damaged")

    story = c.obj(raw["story"], "'story'", ("title", "fingerprint", "path"))
    title = c.text(story["title"], "story.title")
    fingerprint_ = c.text(story["fingerprint"], "story.fingerprint", limit=100)
    story_path = c.text(story["path"], "story.path", nullable=True)
    seed = c.integer(raw["seed"], "seed", 0, MAX_SEED)
    start = c.obj(raw["start"], "'start'", ("scene", "values"))
    start_at = c.ident(start["scene"], "start.scene", nullable=True)
    start_values = c.values(start["values"], "start.values")

    raw_steps = raw["steps"]
    if not isinstance(raw_steps, list):
        c.fail(f"'steps' must be a list, not {_kind(raw_steps)}")
    if len(raw_steps) > MAX_STEPS:
        c.fail(f"'steps' is too long ({len(raw_steps)} steps; at most {MAX_STEPS})")
    steps = []
    for number, raw_step in enumerate(raw_steps, 1):
        where = f"steps[{number}]"
        c.obj(raw_step, f"'{where}'", ("scene", "choice", "text"), ("at",) if version >= 2 else ())
        at = raw_step.get("at", "")
        if at:
            c.ident(at, f"{where}.at", pattern=_AT)
        steps.append(Step(c.ident(raw_step["scene"], f"{where}.scene"),
                          c.ident(raw_step["choice"], f"{where}.choice", pattern=_CHOICE_ID),
                          c.text(raw_step["text"], f"{where}.text"), at))
    position = c.integer(raw["position"], "position", 0, len(steps))

    outcome = None
    if raw["outcome"] is not None:
        raw_outcome = c.obj(raw["outcome"], "'outcome'", ("scene", "ending", "values"))
        outcome = Outcome(c.ident(raw_outcome["scene"], "outcome.scene"),
                          c.text(raw_outcome["ending"], "outcome.ending", nullable=True),
                          c.values(raw_outcome["values"], "outcome.values"))
    created = c.text(raw["created"], "created", nullable=True, limit=40)
    if created is not None:
        try:  # not strptime: its first call imports and sets up _strptime, 10 ms per process
            found = _CREATED.fullmatch(created)
            datetime(*map(int, found.groups()))
        except (AttributeError, ValueError):
            c.fail(f"'created' must be a time like 2024-01-31T18:05:00Z, not {json.dumps(created)}")
    return Playthrough(title, fingerprint_, seed, tuple(steps), start_at, start_values, outcome,
                       None if position == len(steps) else position, story_path, created)


# ---------------------------------------------------------------- replaying

def replay(engine, playthrough: Playthrough, upto: Optional[int] = None):
    """Run the path through `engine` by stable ids: see `replay.replay`."""
    from .replay import replay as run

    return run(engine, playthrough, upto)


# --------------------------------------------------------- finished playthroughs

def replays_dir(save_dir) -> Path:
    return Path(save_dir) / REPLAYS_FOLDER


def keep_finished(save_dir, playthrough: Playthrough) -> Path:
    """Keep a finished playthrough as a replay file under the save folder; returns its path.

    The name is the date, the story's title and a number, never an existing file.
    """
    folder = replays_dir(save_dir)
    stamp = playthrough.created or now_stamp()
    if playthrough.created is None:
        playthrough = evolve(playthrough, created=stamp)
    slug = re.sub(r"[^a-z0-9]+", "-", playthrough.story_title.lower()).strip("-")[:40] or "story"
    base = stamp.replace(":", "").replace("-", "")  # 20240131T180500Z: sortable, valid everywhere
    try:
        folder.mkdir(parents=True, exist_ok=True)
        taken = {p.name for p in folder.iterdir()}
    except OSError as exc:
        raise SaveError(folder, f"cannot keep the replay here: {exc.strerror or exc}") from None
    number = 1
    while f"{base}-{slug}-{number}{SUFFIX}" in taken:
        number += 1
    path = folder / f"{base}-{slug}-{number}{SUFFIX}"
    write(path, playthrough)
    return path


def list_files(folder) -> list:
    """The save or replay files in `folder`, newest name last; temporary files are not saves."""
    try:
        return sorted(p for p in Path(folder).iterdir()
                      if p.name.endswith(SUFFIX) and not p.name.startswith(".") and p.is_file())
    except OSError:
        return []
