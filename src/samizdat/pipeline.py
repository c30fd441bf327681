"""Runs the stages in order (load and parse, then check) and stops at the first that fails.

Every driver (check, play, replay, explore, ...) gets its story from here, so
they all see the same diagnostics and refuse the same broken stories. Drivers
that only need a playable story may pass `use_cache=True` to reuse a parse
from the user's cache folder (see story_cache.py); `check` always parses.

The model is frozen out of the cyclic garbage collector's sight once built
(`gc.freeze`): it is acyclic and lives as long as the driver, and otherwise
the collector's full passes rescan all of it, which makes a long run (explore,
randomtest) slower the larger the story.
"""
from __future__ import annotations

import gc
from pathlib import Path
from typing import Optional

from . import story_cache
from .checker import check
from .diagnostics import has_errors, sort_key
from .loader import Loaded, find_root, load
from .paths import cache_dir


def compile_story(path, use_cache: bool = False, later: Optional[list] = None,
                  texts=None, parses=None) -> Loaded:
    """The story at `path`, loaded and checked (or its diagnostics).

    `texts` and `parses` are an editor's: see `loader.load`; with them the
    cache is not used.

    With `later` (a list), a new cache entry is not written at once: a function
    writing it is appended, for a caller with something better to do first
    (the player shows the first page, then writes the entry while it is read).
    """
    folder = cache_dir() if use_cache and texts is None and parses is None else None
    root = find_root(Path(path))[0] if folder else None
    if root is not None:
        hit = story_cache.read(folder, root)
        if hit is not None:
            story, diagnostics = hit
            gc.freeze()
            return Loaded(story, diagnostics)
    loaded = load(path, texts, parses)
    if loaded.story is not None:
        loaded.diagnostics.extend(check(loaded.story))
        if has_errors(loaded.diagnostics):
            loaded.story = None
    loaded.diagnostics.sort(key=sort_key)
    gc.freeze()
    if root is not None and loaded.story is not None:
        story, diagnostics, sources = loaded.story, list(loaded.diagnostics), loaded.sources

        def write():
            story_cache.write(folder, root, story, diagnostics, sources)

        if later is None:
            write()
        else:
            later.append(write)
    return loaded
