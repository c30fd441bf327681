"""The explorer: what every playthrough of a story can do, proven, witnessed or left open.

Imports point down this list, never up:

    graph.py      the story's lowered programs as one graph of instructions and points
    liveness.py   what part of a state can still matter, point by point
    keys.py       a state's live part packed into a short key
    domain.py     intervals over a state's slots: expressions, conditions and sets over them
    dice.py       dice that follow every outcome of every roll
    footprint.py  what one step reads and writes, so a step is run once per footprint
    search.py     the exact breadth-first search, and the concrete step it shares
    abstract.py   every reachable state in finitely many classes: what it proves
    directed.py   best-first search for real playthroughs that answer open questions
    findings.py   the report a writer reads, each finding proven, witnessed or open
    witness.py    paths turned into replay files anyone can play
"""
from .findings import explore_story
from .search import DEFAULT_MAX_STATES, search

__all__ = ["explore_story", "search", "DEFAULT_MAX_STATES"]
