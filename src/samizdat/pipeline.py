"""Runs the stages in order (load and parse, then check) and stops at the first that fails.

Every driver (check, play, replay, explore, ...) gets its story from here, so
they all see the same diagnostics and refuse the same broken stories.
"""
from __future__ import annotations

from .checker import check
from .diagnostics import has_errors, sort_key
from .loader import Loaded, load


def compile_story(path) -> Loaded:
    loaded = load(path)
    if loaded.story is not None:
        loaded.diagnostics.extend(check(loaded.story))
        if has_errors(loaded.diagnostics):
            loaded.story = None
    loaded.diagnostics.sort(key=sort_key)
    return loaded
