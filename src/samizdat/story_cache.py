"""A cache of compiled stories, so that playing a long story does not parse it every time.

An entry holds the parsed files (the model, as JSON: a safe format, read
back only into the model's own classes, never pickle), each scene apart so
that it is decoded only when first used, the checker's findings and the
facts about the whole story that playing needs at once, keyed by the story's root file and the samizdat version, and valid
only while every file it was built from still has the same SHA-256. It lives
in the user's cache folder; anything wrong with an entry (corrupt, stale,
unreadable) just means a fresh parse.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Optional

import attrs
from attrs import evolve

from . import __version__
from . import model as m
from .acyclic import cycles_not_collected
from .diagnostics import Diagnostic
from .loader import merge
from .paths import keep_in_cache

FORMAT = 4
# An entry is about 3.5 times its story's text (The Red Napoleon: 194 KB, 666 KB): some
# 220 MB for the largest story the loader reads (64 MB).
MAX_ENTRY_BYTES = 1024 * 1024 * 1024
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
    "SourceFile": ("settings", "includes", "declarations", "constants", "whenevers", "scenes"),
    "Scene": ("items",), "Choice": ("text", "conditions", "body"), "Fallback": ("body",),
    "Prose": ("text",), "Block": ("branches",), "Branch": ("items",),
    "IfText": ("then", "otherwise"), "Vary": ("alternatives",), "Call": ("args",),
}
_NESTED = {("Vary", "alternatives")}


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
    from .files import FileProblem, read_bytes
    from .loader import MAX_FILE_BYTES

    try:  # the names come from the entry: a file there now may be a pipe or a device
        return hashlib.sha256(read_bytes(path, MAX_FILE_BYTES, "story file")).hexdigest()
    except FileProblem:
        return None


def _entry_path(folder: Path, root: Path) -> Path:
    key = hashlib.sha256(f"{FORMAT}\0{__version__}\0{root.resolve()}".encode()).hexdigest()[:32]
    return folder / "stories" / f"{key}.json"


def read(folder: Path, root: Path):
    """(story, diagnostics) from a valid entry for the story at `root`, or None."""
    from .files import FileProblem, read_bytes

    try:
        entry = json.loads(read_bytes(_entry_path(folder, root), MAX_ENTRY_BYTES, "cache entry"))
        for name, digest in entry["digests"].items():
            if _digest(Path(name)) != digest:
                return None
        data = _decode(entry["model"])
        table = _SceneTable(entry["scenes"])
        files = tuple(evolve(f, scenes=LazyScenes(f.scenes, table)) for f in data["files"])
        if not all(isinstance(f, m.SourceFile) for f in files):
            return None
        ids = [scene_id for f in data["files"] for scene_id in f.scenes]
        story = merge(files, [], scenes=LazyScenes(ids, table), scenes_by_id=LazySceneIndex(ids, table))
        facts = entry["facts"]
        story.facts.update(observed_places=frozenset(facts["observed_places"]),
                           fingerprint=str(facts["fingerprint"]))
        return story, list(data["diagnostics"])
    except (FileProblem, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def write(folder: Path, root: Path, story, diagnostics, sources: dict) -> None:
    """Store an entry; failing to is never an error (the cache is only a cache)."""
    from .engine import Engine
    from .saves import fingerprint

    target = _entry_path(folder, root)
    digests = {str(Path(name).resolve()): hashlib.sha256(text.encode("utf-8")).hexdigest()
               for name, text in sources.items()}
    # Each scene is a JSON string of its own, decoded when first used: a player
    # needs a few scenes for the first page, not all of a long story. The
    # facts that would otherwise need every scene go in beside them.
    Engine(story)  # fills story.facts["observed_places"]
    entry = {
        "format": FORMAT, "digests": digests,
        "model": _dumps({"files": [_encode(evolve(f, scenes=tuple(s.id for s in f.scenes)))
                                   for f in story.files],
                         "diagnostics": [_encode(d) for d in diagnostics]}),
        "scenes": {scene.id: _dumps(_encode(scene)) for scene in story.scenes},
        "facts": {"observed_places": sorted(story.facts["observed_places"]),
                  "fingerprint": fingerprint(story)},
    }
    keep_in_cache(target, lambda out: out.write(json.dumps(entry).encode("utf-8")))


def _dumps(value) -> str:
    return json.dumps(value, separators=(",", ":"))


def _decode(text: str):
    with cycles_not_collected():
        return json.loads(text, object_hook=_decode_object)


class _SceneTable:
    """The entry's scenes, each decoded the first time it is asked for."""

    def __init__(self, raw: dict):
        self._raw = raw
        self._decoded = {}

    def __contains__(self, scene_id):
        return scene_id in self._raw

    def get(self, scene_id) -> m.Scene:
        scene = self._decoded.get(scene_id)
        if scene is None:
            scene = _decode(self._raw[scene_id])
            if not isinstance(scene, m.Scene):
                raise ValueError("a scene in the cache is not a scene")
            self._decoded[scene_id] = scene
        return scene


class LazyScenes(Sequence):
    """A story's (or a file's) scenes, in order, decoded when first used."""

    def __init__(self, ids, table: _SceneTable):
        self._ids = tuple(ids)
        self._table = table

    def __len__(self):
        return len(self._ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self._table.get(i) for i in self._ids[index])
        return self._table.get(self._ids[index])

    def __eq__(self, other):
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))


class LazySceneIndex(Mapping):
    """Scenes by id, decoded when first used."""

    def __init__(self, ids, table: _SceneTable):
        self._ids = {scene_id: None for scene_id in ids}  # ordered, first wins
        self._table = table

    def __getitem__(self, scene_id):
        if scene_id not in self._ids:
            raise KeyError(scene_id)
        return self._table.get(scene_id)

    def __contains__(self, scene_id):
        return scene_id in self._ids

    def __iter__(self):
        return iter(self._ids)

    def __len__(self):
        return len(self._ids)
