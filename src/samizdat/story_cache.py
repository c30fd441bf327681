"""A cache of compiled stories, so that playing a long story does not parse it every time.

An entry holds the parsed files (the model, as JSON: a safe format, read
back only into the model's own classes, never pickle) and the checker's
findings, keyed by the story's root file and the samizdat version, and valid
only while every file it was built from still has the same SHA-256. It lives
in the user's cache folder; anything wrong with an entry (corrupt, stale,
unreadable) just means a fresh parse.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Optional

import attrs

from . import __version__
from . import model as m
from .diagnostics import Diagnostic

FORMAT = 1
_CLASSES = {cls.__name__: cls for cls in vars(m).values()
            if isinstance(cls, type) and attrs.has(cls) and cls is not m.Story}
_CLASSES["Diagnostic"] = Diagnostic


_FIELDS = {cls: tuple(f.name for f in attrs.fields(cls)) for cls in _CLASSES.values()}


def _encode(value):
    names = _FIELDS.get(type(value))
    if names is not None:
        out = {"_": type(value).__name__}
        for name in names:
            out[name] = _encode(getattr(value, name))
        return out
    if type(value) is tuple:
        return [_encode(v) for v in value]
    return value


# Fields that hold tuples (JSON gives lists back); the paragraphs of a scene and
# the alternatives of a variation are tuples of tuples.
_TUPLE_FIELDS = {
    "SourceFile": ("settings", "includes", "declarations", "whenevers", "scenes"),
    "Scene": ("paragraphs", "entry", "choices"), "Choice": ("text", "conditions", "effects"),
    "IfText": ("then", "otherwise"), "Vary": ("alternatives",), "Call": ("args",),
}
_NESTED = {("Scene", "paragraphs"), ("Vary", "alternatives")}


def _decode_object(d):
    tag = d.pop("_", None)
    if tag is None:
        return d  # the entry's own wrapper
    cls = _CLASSES.get(tag)
    if cls is None:
        raise ValueError(f"unknown node {tag!r} in cache")
    for name in _TUPLE_FIELDS.get(tag, ()):
        if (tag, name) in _NESTED:
            d[name] = tuple(map(tuple, d[name]))
        else:
            d[name] = tuple(d[name])
    return cls(**d)


def _digest(path: Path) -> Optional[str]:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _entry_path(folder: Path, root: Path) -> Path:
    key = hashlib.sha256(f"{FORMAT}\0{__version__}\0{root.resolve()}".encode()).hexdigest()[:32]
    return folder / "stories" / f"{key}.json"


def read(folder: Path, root: Path):
    """(files, diagnostics) from a valid entry for the story at `root`, or None."""
    try:
        with open(_entry_path(folder, root), encoding="utf-8") as f:
            entry = json.load(f)
        for name, digest in entry["digests"].items():
            if _digest(Path(name)) != digest:
                return None
        collecting = gc.isenabled()
        gc.disable()  # as in parser.py: many acyclic objects, nothing to collect
        try:
            data = json.loads(entry["model"], object_hook=_decode_object)
        finally:
            if collecting:
                gc.enable()
        files = tuple(data["files"])
        diagnostics = list(data["diagnostics"])
        if not all(isinstance(f, m.SourceFile) for f in files):
            return None
        return files, diagnostics
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def write(folder: Path, root: Path, files, diagnostics, sources: dict) -> None:
    """Store an entry; failing to is never an error (the cache is only a cache)."""
    target = _entry_path(folder, root)
    digests = {str(Path(name).resolve()): hashlib.sha256(text.encode("utf-8")).hexdigest()
               for name, text in sources.items()}
    # The model goes in as a string of its own so that reading an entry with a
    # stale digest never pays for decoding the model.
    model = json.dumps({"files": [_encode(f) for f in files],
                        "diagnostics": [_encode(d) for d in diagnostics]}, separators=(",", ":"))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"format": FORMAT, "digests": digests, "model": model}, f)
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, RecursionError):
        pass
