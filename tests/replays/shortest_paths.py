"""Record the shortest path to each ending of a story as a golden replay file.

    python tests/replays/shortest_paths.py stories/examples tests/replays/examples

A breadth-first search over engine states, seed 0 first, then further seeds
for endings only some rolls of the dice reach. Existing files are replaced;
the story path recorded in each is relative to the output folder.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import deque
from pathlib import Path

from attrs import evolve

from samizdat import saves
from samizdat.engine import Engine
from samizdat.pipeline import compile_story
from samizdat.replay import outcome_of

MAX_STATES = 200_000  # per seed: enough for the example story, a bound for bigger ones


def shortest_paths(engine: Engine, seed: int, wanted: set) -> dict:
    """Ending scene id -> list of (state, choice id) steps, for the endings in `wanted`."""
    start = engine.start(seed)
    came_from = {start: None}
    queue = deque([start])
    found = {}
    while queue and len(found) < len(wanted) and len(came_from) < MAX_STATES:
        state = queue.popleft()
        if state.scene in wanted and state.scene not in found and engine.page(state).is_ending:
            found[state.scene] = state
            continue
        for choice_id in engine.available_ids(state):
            after = engine.choose(state, choice_id)
            if after not in came_from:
                came_from[after] = (state, choice_id)
                queue.append(after)
    paths = {}
    for scene, state in found.items():
        steps = []
        while came_from[state] is not None:
            state, choice_id = came_from[state]
            steps.append((state, choice_id))
        paths[scene] = steps[::-1]
    return paths


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story")
    parser.add_argument("out")
    parser.add_argument("--seeds", type=int, default=20, help="how many seeds to try (default 20)")
    args = parser.parse_args(argv)
    loaded = compile_story(args.story)
    if loaded.story is None:
        print(f"{args.story}: the story has errors; run samizdat check", file=sys.stderr)
        return 1
    story, engine = loaded.story, Engine(loaded.story)
    out = Path(args.out)
    relative_story = os.path.relpath(Path(args.story).resolve(), out.resolve())
    wanted = {scene.id for scene in story.endings}
    for seed in range(args.seeds):
        for scene, steps in shortest_paths(engine, seed, wanted).items():
            playthrough = saves.new_playthrough(story, seed, story_path=relative_story)
            for state, choice_id in steps:
                text = next(c.text for c in engine.page(state).choices if c.id == choice_id)
                playthrough = playthrough.with_step(saves.Step(state.scene, choice_id, text))
            final = saves.replay(engine, playthrough).final
            saves.write(out / f"{scene}.json", evolve(playthrough, outcome=outcome_of(engine, final)))
            print(f"{scene}: {len(steps)} steps, seed {seed}")
            wanted.discard(scene)
        if not wanted:
            break
    for scene in sorted(wanted):
        print(f"{scene}: not reached in {args.seeds} seeds", file=sys.stderr)
    return 1 if wanted else 0


if __name__ == "__main__":
    raise SystemExit(main())
