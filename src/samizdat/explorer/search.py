"""Breadth-first search over every state a story can reach.

`search(engine)` starts from the beginning and takes every available choice
in every state, following every outcome of every roll (`dice.py`). States
are de-duplicated on their live part (`liveness.py`, `keys.py`), so
playthroughs that differ only in values nothing will read again merge.
The result, a `Search`, is the explored graph in compact arrays: one bytes
key, one parent and one choice per state, and the edges. `findings.py` turns
it into what a writer wants to know. Pure: engine in, values out.
"""
from __future__ import annotations

import time
from array import array
from typing import Callable, Optional

from ..engine import FALLBACK_ID, ChoiceUnavailable, State, StoryFault
from .dice import BranchingDice
from .footprint import MAX_REMEMBERED
from .graph import StoryGraph
from .liveness import analyse
from .keys import StateCodec

DEFAULT_MAX_STATES = 1_000_000
NO_CHOICE = 0xFFFFFFFF  # the choice code of a starting state
PROGRESS_EVERY = 8192  # expansions between progress reports


class Search:
    """The explored state graph and what was met on the way."""

    def __init__(self, engine, codec, graph):
        self.engine = engine
        self.codec = codec
        self.graph = graph
        self.keys = []  # state number -> bytes key; the BFS queue itself
        self.index = {}  # key -> state number
        self.parent = array("i")  # state number -> the state it was first reached from (-1 at the start)
        self.via = array("I")  # state number -> code of the choice that first reached it
        self.edge_start = array("I")  # expanded state number -> first index in `edges`
        self.edges = array("I")  # successor state numbers
        self.depth_of_layer = []  # state number where each BFS depth starts
        self.choices = []  # choice code -> (scene id, choice id)
        self.choice_at = []  # choice code -> (scene id, instruction index of its Wait)
        self.choice_code = {}
        self.reached = {}  # scene id -> (depth, state number, or (parent, choice code) if only passed through)
        self.available = {}  # choice key ("scene/number") -> (depth, state number)
        self.endings = {}  # ending scene id -> state number first at it
        self.stuck = []  # state numbers where nothing can be done
        self.maybe_stuck = []  # state numbers where, depending on a roll, nothing can be done
        self.loops = []  # (state number, choice code, message): a choice that jumps forever
        self.low = list(engine.initial_values)  # per value slot, over the states where it is live
        self.high = list(engine.initial_values)
        self.seen_live = [False] * len(engine.initial_values)
        self.expanded = 0
        self.complete = False
        self.exhaustive_rolls = True
        self.elapsed = 0.0
        self.max_states = 0

    @property
    def states(self) -> int:
        return len(self.keys)

    @property
    def transitions(self) -> int:
        return len(self.edges)

    def depth(self, number: int) -> int:
        from bisect import bisect_right

        return bisect_right(self.depth_of_layer, number) - 1

    def code(self, scene_id, at, choice_id) -> int:
        triple = (scene_id, at, choice_id)
        code = self.choice_code.get(triple)
        if code is None:
            code = self.choice_code[triple] = len(self.choices)
            self.choices.append((scene_id, choice_id))
            self.choice_at.append((scene_id, at))
        return code

    def path(self, number: int) -> list:
        """The (scene id, choice id) steps from a starting state to state `number`."""
        steps = []
        while self.parent[number] >= 0:
            steps.append(self.choices[self.via[number]])
            number = self.parent[number]
        steps.reverse()
        return steps

    def path_keys(self, number: int) -> list:
        """The keys of the states along the path to `number`, the start first."""
        keys = []
        while number >= 0:
            keys.append(self.keys[number])
            number = self.parent[number]
        keys.reverse()
        return keys

    def children(self, number: int):
        if number >= self.expanded:
            return ()
        end = self.edge_start[number + 1] if number + 1 < self.expanded else len(self.edges)
        return self.edges[self.edge_start[number]:end]


def search(engine, max_states: int = DEFAULT_MAX_STATES, observe_text: bool = True,
           progress: Optional[Callable] = None, start_at=None, start_values=None,
           remember_steps: bool = True) -> Search:
    """Explore `engine`'s story breadth first, storing at most about `max_states` states.

    `progress(search)` is called now and then on long runs. With
    `remember_steps`, a step already taken from a state that agrees on all the
    step can read is not run through the engine again (`footprint.py`).
    """
    began = time.perf_counter()
    graph = StoryGraph(engine)
    liveness = analyse(engine, observe_text, graph)
    codec = StateCodec(engine, liveness, graph)
    s = Search(engine, codec, graph)
    s.max_states = max_states
    dice = BranchingDice()
    scenes = engine.scenes
    keys, index, parent, via, edges = s.keys, s.index, s.parent, s.via, s.edges
    reached, available = s.reached, s.available
    encode = codec.encode_parts
    once_only_bit = codec.once_only_bit
    memo = None
    if remember_steps:
        from .footprint import StepMemo

        memo = StepMemo(engine, once_only_bit, graph)
    keys_of_choices = {}  # (scene id, at) -> {choice id: key}

    def choice_keys(scene_id, at):
        known = keys_of_choices.get((scene_id, at))
        if known is None:
            node = graph.node(scene_id, at)
            known = keys_of_choices[(scene_id, at)] = {info.id: info.key
                                                       for _, info in graph.choices_at(node)}
        return known

    def add(scene_id, at, offer, values, visits, mask, entered, from_number, code, depth, stack=()):
        key = encode(scene_id, at, offer, values, visits, mask, stack)
        number = index.get(key)
        if number is None:
            number = index[key] = len(keys)
            keys.append(key)
            parent.append(from_number)
            via.append(code)
        if from_number >= 0:
            edges.append(number)
        for entered_id in entered:
            if entered_id not in reached:
                reached[entered_id] = (depth, number if entered_id == scene_id else (from_number, code))
        return number

    s.depth_of_layer.append(0)
    entered = []

    def begin():
        entered.clear()
        return engine.start(0, start_at, start_values, dice, entered)

    for state, error in dice.outcomes(begin):
        if error is not None:
            s.loops.append((-1, NO_CHOICE, str(error)))
        else:
            add(state.scene, state.at, state.offer, state.values, state.visits,
                codec.mask_of(state.used), entered, -1, NO_CHOICE, 0, state.stack)
    s.exhaustive_rolls = dice.exhaustive

    head = 0
    depth = 0
    layer_end = len(keys)
    next_report = PROGRESS_EVERY
    edge_start = s.edge_start
    while head < len(keys):
        if head == layer_end:
            depth += 1
            layer_end = len(keys)
            s.depth_of_layer.append(head)
        if len(keys) >= max_states:
            break
        number = head
        head += 1
        edge_start.append(len(edges))
        scene_id, at, offer, values, visits, mask, stack = codec.unpack(keys[number])
        if scenes[scene_id].ending:
            if scene_id not in s.endings:
                s.endings[scene_id] = number
            continue
        state = None  # the engine's State, built only when the engine must run
        ids = None
        if memo is not None:
            page_key = memo.page_key(scene_id, at, offer, values, visits, mask)
            ids = memo.offers.get(page_key)
        dice.reset()
        if ids is None:
            state = State(scene_id, at, offer, values, visits, codec.used_of(mask), 0, depth + 1, stack)
            ids = engine.available_ids(state, dice)
            if memo is not None and not dice.fresh and len(memo.offers) < MAX_REMEMBERED:
                memo.offers[page_key] = ids
        if dice.fresh:
            ids, sometimes_none = _available_by_chance(engine, state, dice)
            if sometimes_none:
                (s.stuck if not ids else s.maybe_stuck).append(number)
        elif not ids:
            s.stuck.append(number)
        here = choice_keys(scene_id, at)
        for choice_id in ids:
            choice_key = here[choice_id]
            if choice_key not in available:
                available[choice_key] = (depth, number)
            code = s.code(scene_id, at, choice_id)
            new_mask = mask | once_only_bit.get(choice_key, 0)
            if memo is not None:
                step, step_key = memo.key(scene_id, at, values, visits, choice_id, mask)
                if step.calls:
                    step = None  # a call or a return: the outcome depends on the stack
                outcome = memo.outcomes.get(step_key) if step is not None else None
                if outcome is not None:
                    new_scene, new_at, new_offer, new_values, new_visits, entered = memo.replay(
                        step, values, visits, outcome)
                    add(new_scene, new_at, new_offer, new_values, new_visits, new_mask, entered,
                        number, code, depth + 1, stack)
                    continue
            if state is None:
                state = State(scene_id, at, offer, values, visits, codec.used_of(mask), 0, depth + 1, stack)
            entered = []
            dice.reset()
            try:
                new = engine.choose(state, choice_id, dice, entered)
                error = None
            except StoryFault as exc:
                new, error = None, exc
            except ChoiceUnavailable:  # only when availability itself depends on a roll
                new, error = None, None
            if not dice.fresh:
                if error is not None:
                    s.loops.append((number, code, str(error)))
                elif new is not None:
                    if memo is not None and step is not None:
                        memo.remember(step, step_key, new, entered)
                    add(new.scene, new.at, new.offer, new.values, new.visits, new_mask, entered,
                        number, code, depth + 1, new.stack)
                continue

            def run(state=state, choice_id=choice_id, entered=entered):
                entered.clear()
                return engine.choose(state, choice_id, dice, entered)

            for new, error in dice.outcomes(run, first=(new, error)):
                if isinstance(error, StoryFault):
                    s.loops.append((number, code, str(error)))
                elif new is not None:
                    add(new.scene, new.at, new.offer, new.values, new.visits, new_mask, entered,
                        number, code, depth + 1, new.stack)
        if progress is not None and head >= next_report:
            next_report = head + PROGRESS_EVERY
            s.expanded = head
            s.elapsed = time.perf_counter() - began
            progress(s)
    s.expanded = head
    s.complete = head == len(keys)
    s.exhaustive_rolls = dice.exhaustive
    _value_ranges(s)
    s.elapsed = time.perf_counter() - began
    return s


def _value_ranges(s: Search):
    """Each value's lowest and highest, over the states where something still reads it."""
    rows_by_scene = {}
    live_values = s.codec.live_values
    for key in s.keys:
        c, values = live_values(key)
        rows = rows_by_scene.get(c.number)
        if rows is None:
            rows = rows_by_scene[c.number] = (c, [])
        rows[1].append(values)
    for c, rows in rows_by_scene.values():
        for slot, column in zip(c.values, zip(*rows)):
            lowest, highest = min(column), max(column)
            if not s.seen_live[slot]:
                s.low[slot], s.high[slot], s.seen_live[slot] = lowest, highest, True
            else:
                s.low[slot] = min(s.low[slot], lowest)
                s.high[slot] = max(s.high[slot], highest)


def _available_by_chance(engine, state, dice):
    """When availability itself is rolled: every id available in some outcome, and
    whether some outcome leaves nothing available."""
    union = []
    sometimes_none = False
    for ids, _ in dice.outcomes(lambda: engine.available_ids(state, dice),
                                first=None):
        if not ids:
            sometimes_none = True
        for choice_id in ids or ():
            if choice_id not in union:
                union.append(choice_id)
    return tuple(union), sometimes_none


__all__ = ["search", "Search", "DEFAULT_MAX_STATES", "FALLBACK_ID"]
