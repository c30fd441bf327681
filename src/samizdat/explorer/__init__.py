"""The explorer: what every playthrough of a story can do, searched, proven and sampled.

    graph.py      the story's lowered programs as one graph of instructions and points
    liveness.py   what part of a state can still matter, point by point
    keys.py       a state's live part packed into a short key
    footprint.py  what one step reads and writes, so a step is run once per footprint
    dice.py       dice that follow every outcome of every roll
    search.py     the breadth-first search over states
    intervals.py  the interval abstraction, which proves what can never happen
    findings.py   the report a writer reads, from all of the above
    witness.py    paths turned into replay files anyone can play
"""
from .findings import explore_story
from .search import DEFAULT_MAX_STATES, search

__all__ = ["explore_story", "search", "DEFAULT_MAX_STATES"]
