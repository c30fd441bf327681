"""The stories an editor has open: which story each file belongs to, and each story compiled.

A file belongs to the story of the nearest `main.story` above it (in its
folder or a parent's) that includes it, directly or through other files;
otherwise it is a story of its own. Each story is loaded with the editor's
unsaved texts instead of the disk's (`loader.load(texts=...)`) and with a
cache of parses, so that after an edit only the edited file is parsed again,
then checked (`checker.check`) as `samizdat check` does. Unlike
`pipeline.compile_story` it keeps the model when the checker finds errors:
an editor still needs the names of a story with a typo in it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from attrs import define, field

from ..checker import check
from ..diagnostics import sort_key
from ..loader import ENTRY_FILE, Loaded, load
from .index import Index

MAX_LEVELS = 8  # how many folders up a file looks for the main.story that includes it


@define
class Compiled:
    root: Path
    loaded: Loaded
    diagnostics: list
    index: Optional[Index]
    generation: int
    uris: set = field(factory=set)  # the files it published diagnostics for

    @property
    def files(self) -> dict:
        """display name -> resolved path of every file of the story."""
        return self.loaded.paths


class Stories:
    def __init__(self):
        self.parses = {}
        self.roots = {}  # resolved file path -> the root of its story
        self.compiled = {}  # root -> Compiled
        self.last_good = {}  # root -> the last Index built (for completion while the text is broken)
        self.generation = 0  # bumped on every change to an open text

    def changed(self):
        self.generation += 1

    def root_for(self, path: Path, texts: dict) -> Path:
        path = path.resolve()
        known = self.roots.get(path)
        if known is not None:
            compiled = self.compiled.get(known)
            if compiled is None or path in compiled.files.values() or known == path:
                return known
        root = path
        for folder in [path.parent, *path.parent.parents][:MAX_LEVELS]:
            candidate = folder / ENTRY_FILE
            if candidate == path:
                break  # a main.story is the root of its own story
            if candidate not in texts and not candidate.is_file():
                continue
            loaded = load(candidate, texts=texts, parses=self.parses)
            if path in loaded.paths.values():
                root = candidate
                break
        self.roots[path] = root
        return root

    def compile(self, root: Path, texts: dict) -> Compiled:
        """The story at `root`, compiled now (unless nothing changed since it last was)."""
        known = self.compiled.get(root)
        if known is not None and known.generation == self.generation:
            return known
        loaded = load(root, texts=texts, parses=self.parses)
        diagnostics = list(loaded.diagnostics)
        index = None
        if loaded.story is not None:
            diagnostics.extend(check(loaded.story))
            index = Index(loaded.story, loaded.sources, loaded.paths)
            self.last_good[root] = index
        diagnostics.sort(key=sort_key)
        compiled = Compiled(root, loaded, diagnostics, index, self.generation,
                            known.uris if known is not None else set())
        self.compiled[root] = compiled
        for path in loaded.paths.values():
            self.roots.setdefault(path, root)
        return compiled

    def index_for(self, root: Path) -> Optional[Index]:
        """The freshest index of a story: the current one, else the last one built."""
        compiled = self.compiled.get(root)
        if compiled is not None and compiled.index is not None:
            return compiled.index
        return self.last_good.get(root)
