"""Witness paths: the explorer's shortest paths, turned into replay files anyone can play.

The explorer follows every outcome of every roll; a replay has one seed. So
for a path that depends on rolls, `pin_seed` tries seeds until the seeded
dice take the same branches (checked state by state against the explored
keys). `write_witness` writes the path in the save format (`saves.py`) with
its outcome, so `samizdat replay FILE` plays it and `--check` confirms it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from ..engine import FALLBACK_TEXT, StoryError

DEFAULT_SEED_TRIES = 20_000


def pin_seed(engine, codec, keys: list, steps: list, stuck: bool = False,
             tries: int = DEFAULT_SEED_TRIES) -> Optional[int]:
    """A seed whose playthrough follows `steps` through exactly the states `keys`, or None.

    With `stuck`, the last state must also leave the player without a choice
    under that seed (availability may itself depend on a roll).
    """
    for seed in range(tries):
        try:
            state = engine.start(seed)
            if codec.encode(state, codec.mask_of(state.used)) != keys[0]:
                continue
            for (scene_id, choice_id), key in zip(steps, keys[1:]):
                if choice_id not in engine.available_ids(state):
                    break
                state = engine.choose(state, choice_id)
                if codec.encode(state, codec.mask_of(state.used)) != key:
                    break
            else:
                if not stuck or not engine.available_ids(state):
                    return seed
        except StoryError:
            continue
    return None


def playthrough_for(engine, story_path, seed: int, steps, until_fault: bool = False) -> "object":
    """The replay of `steps` from `seed`, with each choice's text and the outcome.

    With `until_fault`, the path is one on which the story goes wrong (a
    `StoryFault`): the replay stops at the last page before it does."""
    from ..engine import StoryFault
    from ..replay import outcome_of
    from ..saves import new_playthrough

    playthrough = new_playthrough(engine.story, seed, story_path=story_path)
    turn = engine.begin(seed)
    for scene_id, choice_id in steps:
        try:
            taken = engine.take(turn, choice_id)
        except StoryFault:
            if not until_fault:
                raise
            break
        playthrough = playthrough.with_step(step_of(turn, choice_id))
        turn = taken
    from attrs import evolve

    return evolve(playthrough, outcome=outcome_of(engine, turn.state))


def step_of(turn, choice_id, answer=None):
    """The recorded step of taking `choice_id` at a Turn: scene, point in it, id and text.

    At a question the text is the answer, as the story keeps it (`answer` typed, or
    the one shown when None)."""
    from ..engine import clean_answer
    from ..saves import Step

    page = turn.page
    text = next((c.text for c in page.choices if c.id == choice_id), FALLBACK_TEXT)
    if answer is not None and page.prompt is not None:
        text = clean_answer(answer, page.prompt.limit)
    at = page.where if page.where != page.scene else ""
    return Step(page.scene, choice_id, text, at)


def write_witness(engine, folder, name: str, story_path, seed: int, steps,
                  until_fault: bool = False) -> Path:
    """Write one witness as FOLDER/NAME.json; returns its path."""
    from ..saves import write

    folder = Path(folder)
    path = folder / f"{name}.json"
    try:
        recorded = os.path.relpath(Path(story_path).resolve(), folder.resolve())
    except ValueError:  # another drive on Windows
        recorded = str(Path(story_path).resolve())
    write(path, playthrough_for(engine, recorded, seed, steps, until_fault))
    return path
