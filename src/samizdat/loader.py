"""Reads a story from disk: its root file and every file it includes.

Turns a path (a `.story` file, or a folder with `main.story`) into one
`Story`, or into diagnostics: unreadable files, bad encodings, binary data,
includes that are missing, outside the story's folder or circular, and the
syntax errors of each file. It checks nothing about what the story means;
that is `checker.py`.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Optional

from attrs import define, field

from . import files
from . import model as m
from .diagnostics import error, warning
from .sanitize import shorten

ENTRY_FILE = "main.story"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_FILES = 10_000  # files in one story, the root and every file it includes


@define
class Loaded:
    """What loading produced: the story (None on errors), findings, and sources."""
    story: Optional[m.Story]
    diagnostics: list
    sources: dict = field(factory=dict)  # display name -> text, for carets
    io_failure: bool = False  # the path itself could not be read (exit 2)
    paths: dict = field(factory=dict)  # display name -> the resolved path it was read from


def display_name(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def find_root(path: Path):
    """The root file of the story at `path`, or an error message."""
    try:
        found = files.status(path)
        if found is None:
            return None, f"{files.shown(path)}: no such file or folder"
        if not stat.S_ISDIR(found.st_mode):
            return path, None  # reading it says what is wrong if it is not a regular file
        entry = path / ENTRY_FILE
        if files.status(entry) is not None:
            return entry, None
        others = sorted(p.name for p in path.glob("*.story"))
    except files.FileProblem as exc:
        return None, str(exc)
    except OSError as exc:  # listing the folder failed
        return None, f"{files.shown(path)}: {files.describe(exc)}"
    hint = f" (found {', '.join(others[:3])}; name the file, or rename it {ENTRY_FILE})" if others else ""
    return None, f"{files.shown(path)}: no story here: a story folder needs a {ENTRY_FILE}{hint}"


def read_story_text(path: Path, name: str, pos=None):
    """The file's text, or (None, diagnostic).

    `pos` is the include line that named the file, if any: the diagnostic then
    points there and names the file.
    """
    problem = _read_problem(path, name)
    if isinstance(problem, str):
        return problem, None
    message, hint, where = problem
    if where is not None:
        return None, error(message, where, hint=hint)
    if pos is not None:
        return None, error(f"{files.shown(name)}: {message}", pos, hint=hint)
    return None, error(message, hint=hint, file=name)


def _read_problem(path, name):
    """The text, or (message, hint, position) of what is wrong."""
    try:
        data = files.read_bytes(path, MAX_FILE_BYTES, "story file")
    except files.FileProblem as exc:
        return (exc.problem, None, None)
    if b"\x00" in data:
        return ("not a text file (it holds binary data)", None, None)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return (f"this file is not valid UTF-8 (byte 0x{data[exc.start]:02x})",
                "save the file as UTF-8", m.Pos(name, line, column))


def load(path, texts=None, parses=None) -> Loaded:
    """The story at `path`: its root file and every file it includes, parsed and merged.

    An editor passes `texts`, {resolved path: text}, for the files it has open
    (their unsaved text is read instead of the disk), and `parses`, a dict it
    keeps from one load to the next: a file whose text has not changed since
    is not parsed again.
    """
    path = Path(path)
    root, problem = find_root(path)
    if root is None:
        return Loaded(None, [error(problem)], io_failure=True)
    loaded = Loaded(None, [])
    root_name = display_name(root)
    text, problem = _read(root, root_name, None, texts)
    if problem:
        loaded.diagnostics.append(problem)
        loaded.io_failure = problem.line is None
        return loaded
    try:
        root_path, folder = root.resolve(), root.parent.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of symbolic links
        loaded.diagnostics.append(error(f"{files.shown(root)}: cannot follow this path: {_reason(exc)}"))
        loaded.io_failure = True
        return loaded
    parsed = _load_files(root_path, root_name, text, folder, loaded, texts, parses)
    if any(d.is_error for d in loaded.diagnostics):
        return loaded
    loaded.story = merge(parsed, loaded.diagnostics)
    return loaded


def _read(path, name, pos, texts):
    """The text of a file (an editor's, when it has one), or (None, diagnostic)."""
    if texts:
        try:
            given = texts.get(path.resolve())
        except (OSError, RuntimeError):
            given = None
        if given is not None:
            return given, None
    return read_story_text(path, name, pos)


def _parse(text, name, parses):
    from .parser import parse_source  # Lark is imported only when something is parsed

    if parses is None:
        return parse_source(text, name)
    kept = parses.get(name)
    if kept is not None and kept[0] == text:
        return kept[1], list(kept[2])
    source, diagnostics = parse_source(text, name)
    parses[name] = (text, source, tuple(diagnostics))
    return source, diagnostics


def _load_files(root, root_name, text, folder, loaded, texts=None, parses=None) -> list:
    """Parse the root file and every file it includes, depth first; returns them in that order.

    A loop rather than recursion, so a chain of thousands of includes is read
    like any other story (and MAX_FILES bounds how many files there can be).
    """
    parsed = []
    done = set()
    reading = []  # (path, its includes still to follow): the chain from the root down
    on_chain = set()

    def read(path, name, text):
        loaded.sources[name] = text
        loaded.paths[name] = path
        done.add(path)
        source, diagnostics = _parse(text, name, parses)
        loaded.diagnostics.extend(diagnostics)
        if source is not None:
            parsed.append(source)
            reading.append((path, iter(source.includes)))
            on_chain.add(path)

    read(root, root_name, text)
    while reading:
        path, includes = reading[-1]
        include = next(includes, None)
        if include is None:
            reading.pop()
            on_chain.discard(path)
            continue
        shown = shorten(include.path, 60)
        width = len(include.path)
        try:
            target = (path.parent / include.path).resolve()
        except (OSError, RuntimeError) as exc:
            loaded.diagnostics.append(error(
                f"cannot include '{shown}': {_reason(exc)}", include.pos, width=width))
            continue
        target_name = display_name(target)
        if not _inside(target, folder):
            loaded.diagnostics.append(error(
                f"'{shown}' is outside the story's folder", include.pos,
                width=width, hint=f"a story may only include files under {display_name(folder)}"))
            continue
        if target in on_chain:
            chain = [p for p, _ in reading] + [target]
            loaded.diagnostics.append(error(
                f"including '{shown}' makes a circle", include.pos,
                width=width, hint=_chain_text(chain)))
            continue
        if target in done:
            loaded.diagnostics.append(warning(
                f"'{shown}' is already included", include.pos, width=width))
            continue
        try:
            found = files.status(target)
        except files.FileProblem as exc:
            loaded.diagnostics.append(error(
                f"cannot include '{shown}': {exc.problem}", include.pos, width=width))
            continue
        if found is None or stat.S_ISDIR(found.st_mode):
            loaded.diagnostics.append(error(
                f"there is no file '{shown}' to include", include.pos, width=width,
                hint=f"looked for {files.shown(target_name)}" if found is None
                else f"{files.shown(target_name)} is a folder"))
            continue
        if len(done) >= MAX_FILES:
            loaded.diagnostics.append(error(
                f"cannot include '{shown}': a story may have at most {MAX_FILES:,} files",
                include.pos, width=width))
            continue
        text, problem = _read(target, target_name, include.pos, texts)
        if problem:
            loaded.diagnostics.append(problem)
            continue
        read(target, target_name, text)
    return parsed


def _reason(exc) -> str:
    if isinstance(exc, OSError):
        return files.describe(exc)
    return "a loop of symbolic links"


def _chain_text(chain) -> str:
    """`a -> b -> c`; a long chain shows its ends."""
    names = [files.shown(display_name(p)) for p in chain]
    if len(names) > 8:
        names = names[:3] + [f"… {len(names) - 6:,} more …"] + names[-3:]
    return " -> ".join(names)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def merge(files, diagnostics, scenes=None, scenes_by_id=None) -> Optional[m.Story]:
    """One Story from the parsed files, root first.

    `scenes` and `scenes_by_id` may be given already gathered (the story cache
    passes containers that decode each scene when it is first used).
    """
    settings = {}
    for source in files:
        for setting in source.settings:
            if setting.key in settings:
                diagnostics.append(error(
                    f"the story's {setting.key} is given twice", setting.pos,
                    hint=f"first given at {_where(settings[setting.key].pos)}"))
            else:
                settings[setting.key] = setting
    declarations = tuple(d for f in files for d in f.declarations)
    constants = tuple(c for f in files for c in f.constants)
    if scenes is None:
        scenes = tuple(s for f in files for s in f.scenes)
    start = settings.get("start")
    if start is None:
        root = files[0].path
        diagnostics.append(error(
            "the story does not say where it starts", m.Pos(root, 1, 1),
            hint="add a header line such as: start first_scene"))
        return None
    return m.Story(
        title=settings["title"].value if "title" in settings else "Untitled",
        author=settings["author"].value if "author" in settings else "",
        start=start.value, start_pos=start.pos,
        declarations=declarations,
        whenevers=tuple(w for f in files for w in f.whenevers),
        scenes=scenes, files=tuple(files),
        scenes_by_id=_first_by(scenes, "id") if scenes_by_id is None else scenes_by_id,
        declarations_by_name=_first_by(declarations, "name"),
        constants=constants, constants_by_name=_first_by(constants, "name"))


def _first_by(items, key):
    index = {}
    for item in items:
        index.setdefault(getattr(item, key), item)
    return index


def _where(pos):
    return f"{pos.file}:{pos.line}"
