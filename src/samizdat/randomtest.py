"""Random playthroughs: a uniformly random available choice each step until an ending.

`random_test(engine, runs, seed)` plays `runs` playthroughs and gathers what
they covered: scenes entered, choices taken, endings reached, dead ends, and
how long playthroughs were. Each playthrough has its own engine seed, so
any one of them can be written as a replay and played again. Everything
follows from `seed`: the same seed gives the same report. Pure.
"""
from __future__ import annotations

import random
from typing import Callable, Optional

from attrs import define, field, frozen

from .engine import StoryFault, StoryLoop

DEFAULT_MAX_STEPS = 1000
SEED_LIMIT = 2**63 - 1


@frozen
class Walk:
    """One playthrough: its engine seed, the (scene, choice) steps, and how it stopped."""
    seed: int
    steps: tuple
    scene: str  # where it stopped
    ending: Optional[str]  # the ending scene's id, when it reached one
    outcome: str  # "ending", "stuck", "capped" (the step cap ran out), "loop" or "fault"
    entered: frozenset = frozenset()  # scenes entered, including those jumped through
    keys: tuple = ()  # the explorer's key of every state on the way, when asked for
    taken: tuple = ()  # the key ("scene/number") of each choice taken after the prefix
    fault: str = ""  # what went wrong, when the outcome is "fault" (a number out of range...)


def walk(engine, seed: int, pick: Callable, max_steps: int = DEFAULT_MAX_STEPS,
         start=None, prefix: tuple = (), codec=None, prefix_keys: tuple = ()) -> Walk:
    """Play with the engine seeded by `seed`, choosing `pick(state, ids)` each step.

    From the beginning, or from `start`, a state reached by the steps `prefix`.
    With `codec` (a `statekeys.StateCodec`), the walk keeps every state's key,
    so that a seed can later be found that replays it (`witness.pin_seed`).
    """
    entered = []
    steps = list(prefix)
    taken = []  # the key of every choice taken ("scene/number"), the prefix's not included
    keys = list(prefix_keys)
    if start is None:
        try:
            state = engine.start(seed, entered=entered)
        except StoryLoop:
            return Walk(seed, (), engine.story.start, None, "loop", frozenset(entered))
        except StoryFault as exc:
            return Walk(seed, (), engine.story.start, None, "fault", frozenset(entered), fault=str(exc))
    else:
        state = start
    if codec is not None and start is None:
        keys.append(codec.encode(state, codec.mask_of(state.used)))
    scenes = engine.scenes

    def done(outcome, ending=None, fault=""):
        return Walk(seed, tuple(steps), state.scene, ending, outcome, frozenset(entered), tuple(keys),
                    tuple(taken), fault)

    while True:
        if scenes[state.scene].ending:
            return done("ending", state.scene)
        ids = engine.available_ids(state)
        if not ids:
            return done("stuck")
        if len(steps) - len(prefix) >= max_steps:
            return done("capped")
        choice_id = pick(state, ids)
        steps.append((state.scene, choice_id))
        taken.append(engine.choice_key(state, choice_id))
        try:
            state = engine.choose(state, choice_id, entered=entered)
        except StoryLoop:
            return done("loop")
        except StoryFault as exc:
            return done("fault", fault=str(exc))
        if codec is not None:
            keys.append(codec.encode(state, codec.mask_of(state.used)))


@define
class RandomTest:
    runs: int = 0
    seed: int = 0
    max_steps: int = DEFAULT_MAX_STEPS
    scenes: dict = field(factory=dict)  # scene id -> playthroughs that entered it
    choices: dict = field(factory=dict)  # choice key ("scene/number") -> times taken
    endings: dict = field(factory=dict)  # ending id -> playthroughs that reached it
    outcomes: dict = field(factory=dict)  # "ending"/"stuck"/"capped"/"loop"/"fault" -> count
    first: dict = field(factory=dict)  # outcome or ending -> the first Walk that had it
    total_steps: int = 0
    longest: Optional[Walk] = None

    @property
    def mean_steps(self) -> float:
        return self.total_steps / self.runs if self.runs else 0.0

    def add(self, w: Walk):
        self.runs += 1
        self.total_steps += len(w.steps)
        if self.longest is None or len(w.steps) > len(self.longest.steps):
            self.longest = w
        self.outcomes[w.outcome] = self.outcomes.get(w.outcome, 0) + 1
        self.first.setdefault(w.outcome, w)
        if w.ending is not None:
            self.endings[w.ending] = self.endings.get(w.ending, 0) + 1
            self.first.setdefault(("ending", w.ending), w)
        for scene_id in w.entered:
            self.scenes[scene_id] = self.scenes.get(scene_id, 0) + 1
        for key in w.taken:
            self.choices[key] = self.choices.get(key, 0) + 1


def all_choices(story) -> list:
    """Every choice a player could take (`flow.ChoiceInfo`), the fallbacks included, in story order."""
    from .flow import program

    out = []
    for scene in story.scenes:
        out.extend(program(story, scene.id).choices)
    return out


def random_test(engine, runs: int, seed: int = 0, max_steps: int = DEFAULT_MAX_STEPS,
                progress: Optional[Callable] = None) -> RandomTest:
    """Play `runs` random playthroughs; `progress(done)` is called after each."""
    rng = random.Random(seed)
    result = RandomTest(seed=seed, max_steps=max_steps)

    def pick(state, ids):
        return ids[rng.randrange(len(ids))]

    for done in range(1, runs + 1):
        result.add(walk(engine, rng.randrange(SEED_LIMIT), pick, max_steps))
        if progress is not None:
            progress(done)
    return result


def novelty_walks(engine, runs: int, seed: int = 0, max_steps: int = DEFAULT_MAX_STEPS,
                  taken: Optional[set] = None, signature: Optional[Callable] = None) -> RandomTest:
    """Like `random_test`, but each step prefers a choice no playthrough has taken yet.

    The explorer samples this way when the full search is out of reach: it
    covers rare choices far sooner than uniform play. With `signature(state)`,
    a choice counts as new again in each new signature (say, each combination
    of flags), which leads walks down branches that earlier choices opened.
    """
    rng = random.Random(seed)
    result = RandomTest(seed=seed, max_steps=max_steps)
    taken = set() if taken is None else taken

    def pick(state, ids):
        context = state.scene if signature is None else (state.scene, signature(state))
        fresh = [i for i in ids if (context, i) not in taken]
        pool = fresh or ids
        chosen = pool[rng.randrange(len(pool))]
        taken.add((context, chosen))
        return chosen

    for _ in range(runs):
        result.add(walk(engine, rng.randrange(SEED_LIMIT), pick, max_steps))
    return result


def merge(first: RandomTest, second: RandomTest) -> RandomTest:
    """Both sets of playthroughs as one report (the first's examples win)."""
    merged = RandomTest(seed=first.seed, max_steps=first.max_steps)
    for part in (first, second):
        merged.runs += part.runs
        merged.total_steps += part.total_steps
        for table, into in ((part.scenes, merged.scenes), (part.choices, merged.choices),
                            (part.endings, merged.endings), (part.outcomes, merged.outcomes)):
            for key, value in table.items():
                into[key] = into.get(key, 0) + value
        for key, value in part.first.items():
            merged.first.setdefault(key, value)
        if part.longest is not None and (merged.longest is None
                                         or len(part.longest.steps) > len(merged.longest.steps)):
            merged.longest = part.longest
    return merged
