"""Reads a story from disk: its root file and every file it includes.

Turns a path (a `.story` file, or a folder with `main.story`) into one
`Story`, or into diagnostics: unreadable files, bad encodings, binary data,
includes that are missing, outside the story's folder or circular, and the
syntax errors of each file. It checks nothing about what the story means;
that is `checker.py`.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from attrs import define, field

from . import model as m
from .diagnostics import error, warning

ENTRY_FILE = "main.story"
MAX_FILE_BYTES = 64 * 1024 * 1024


@define
class Loaded:
    """What loading produced: the story (None on errors), findings, and sources."""
    story: Optional[m.Story]
    diagnostics: list
    sources: dict = field(factory=dict)  # display name -> text, for carets
    io_failure: bool = False  # the path itself could not be read (exit 2)


def display_name(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def find_root(path: Path):
    """The root file of the story at `path`, or an error message."""
    if not path.exists():
        return None, f"{path}: no such file or folder"
    if path.is_dir():
        entry = path / ENTRY_FILE
        if entry.is_file():
            return entry, None
        others = sorted(p.name for p in path.glob("*.story"))
        hint = f" (found {', '.join(others[:3])}; name the file, or rename it {ENTRY_FILE})" if others else ""
        return None, f"{path}: no story here: a story folder needs a {ENTRY_FILE}{hint}"
    return path, None


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
        return None, error(f"{name}: {message}", pos, hint=hint)
    return None, error(message, hint=hint, file=name)


def _read_problem(path, name):
    """The text, or (message, hint, position) of what is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return (f"too large to be a story ({size // (1024 * 1024)} MB)", None, None)
        data = path.read_bytes()
    except IsADirectoryError:
        return ("this is a folder, not a story file", None, None)
    except OSError as exc:
        return (f"cannot read this file: {exc.strerror or exc}", None, None)
    if b"\x00" in data:
        return ("not a text file (it holds binary data)", None, None)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return (f"this file is not valid UTF-8 (byte 0x{data[exc.start]:02x})",
                "save the file as UTF-8", m.Pos(name, line, column))


def load(path) -> Loaded:
    path = Path(path)
    root, problem = find_root(path)
    if root is None:
        return Loaded(None, [error(problem)], io_failure=True)
    folder = root.parent.resolve()
    loaded = Loaded(None, [])
    files = []
    root_name = display_name(root)
    text, problem = read_story_text(root, root_name)
    if problem:
        loaded.diagnostics.append(problem)
        loaded.io_failure = problem.line is None
        return loaded
    _load_file(root.resolve(), root_name, text, folder, [], set(), files, loaded)
    if any(d.is_error for d in loaded.diagnostics):
        return loaded
    loaded.story = merge(files, loaded.diagnostics)
    return loaded


def _load_file(path, name, text, folder, stack, done, files, loaded):
    from .parser import parse_source  # Lark is imported only when something is parsed

    loaded.sources[name] = text
    done.add(path)
    source, diagnostics = parse_source(text, name)
    loaded.diagnostics.extend(diagnostics)
    if source is None:
        return
    files.append(source)
    for include in source.includes:
        target = (path.parent / include.path).resolve()
        target_name = display_name(target)
        if not _inside(target, folder):
            loaded.diagnostics.append(error(
                f"'{include.path}' is outside the story's folder", include.pos,
                width=len(include.path), hint=f"a story may only include files under {display_name(folder)}"))
            continue
        if target in stack or target == path:
            chain = " -> ".join(display_name(p) for p in stack + [path, target])
            loaded.diagnostics.append(error(
                f"including '{include.path}' makes a circle", include.pos,
                width=len(include.path), hint=chain))
            continue
        if target in done:
            loaded.diagnostics.append(warning(
                f"'{include.path}' is already included", include.pos, width=len(include.path)))
            continue
        if not target.is_file():
            loaded.diagnostics.append(error(
                f"there is no file '{include.path}' to include", include.pos,
                width=len(include.path),
                hint=f"looked for {target_name}" if not target.exists() else f"{target_name} is a folder"))
            continue
        text, problem = read_story_text(target, target_name, include.pos)
        if problem:
            loaded.diagnostics.append(problem)
            continue
        _load_file(target, target_name, text, folder, stack + [path], done, files, loaded)


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
        declarations_by_name=_first_by(declarations, "name"))


def _first_by(items, key):
    index = {}
    for item in items:
        index.setdefault(getattr(item, key), item)
    return index


def _where(pos):
    return f"{pos.file}:{pos.line}"
