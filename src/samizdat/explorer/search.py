"""Breadth-first search over every state a story can reach, and the step both searches share.

`search(engine)` starts from the beginning and takes every available choice
in every state, following every outcome of every roll (`dice.py`). States
are de-duplicated on their live part (`liveness.py`, `keys.py`), so
playthroughs that differ only in values nothing will read again merge.
The result, a `Search`, is the explored graph in compact arrays: one bytes
key, one parent and one choice per state, and the edges. `findings.py` turns
it into what a writer wants to know.

`Expander` is one concrete step of exploration: the choices available in a
state and, for each, every state it may lead to. The breadth-first search
and the directed search (`directed.py`) both expand states through it. Pure:
engine in, values out.
"""
from __future__ import annotations

import time
from array import array
from operator import itemgetter
from typing import Callable, Optional

from ..acyclic import cycles_not_collected
from ..engine import FALLBACK_ID, ChoiceUnavailable, State, StoryFault
from .dice import BranchingDice
from .footprint import MAX_REMEMBERED, StepMemo
from .graph import StoryGraph
from .keys import StateCodec
from .liveness import analyse

DEFAULT_MAX_STATES = 200_000
NO_CHOICE = 0xFFFFFFFF  # the choice code of a starting state
PROGRESS_EVERY = 8192  # expansions between progress reports


class Expansion:
    """What one state offers: the choices available and, per choice, its outcomes."""
    __slots__ = ("ids", "stuck", "by_chance", "moves", "loops", "cut")

    def __init__(self):
        self.ids = ()
        self.stuck = False  # nothing can be done here
        self.by_chance = False  # depending on a roll, nothing can be done here
        self.moves = []  # (choice id, choice key, [(scene, at, offer, values, visits, entered, stack)])
        # Rare, so empty tuples until something is met (`went_wrong`, `cut_short`).
        self.loops = ()  # (choice id, message) of choices where the story goes wrong ("": the page)
        self.cut = ()  # choice ids whose outcomes were too many to follow (dice.MAX_OUTCOMES)

    def went_wrong(self, choice_id, message):
        self.loops = [*self.loops, (choice_id, message)]

    def cut_short(self, choice_id):
        self.cut = [*self.cut, choice_id]


class Expander:
    """Expands concrete states: the engine, its dice that follow every roll, and the memo."""

    def __init__(self, engine, graph, codec, remember_steps=True):
        self.engine = engine
        self.graph = graph
        self.used_of = codec.used_of
        self.dice = BranchingDice()
        self.memo = StepMemo(engine, graph, codec.once_only_bit) if remember_steps else None
        self._base = graph.base
        self._points = {}  # node -> (the memo's page, {choice id: (choice key, Step or None)})

    def _point(self, scene_id, at):
        """What the expander keeps about a point, worked out the first time a state is there."""
        g, memo = self.graph, self.memo
        page = memo.page(scene_id, at) if memo is not None else None
        choices = {info.id: (info.key, memo.step(scene_id, number) if page is not None else None)
                   for number, info in g.choices_at(g.node(scene_id, at))}
        known = self._points[g.node(scene_id, at)] = (page, choices)
        return known

    def start(self, start_at=None, start_values=None):
        """The starting states: [(State, entered)], and errors [(message)]."""
        dice = self.dice
        engine = self.engine
        entered = []
        states, errors = [], []

        def begin():
            entered.clear()
            return engine.start(0, start_at, start_values, dice, entered)

        for state, error in dice.outcomes(begin):
            if error is not None:
                errors.append(str(error))
            else:
                states.append((state, tuple(entered)))
        return states, errors, dice.cut

    def expand(self, scene_id, at, offer, values, visits, mask, turn=1,
               stack=()) -> Expansion:
        """Every choice available at the state and every outcome of each.

        `mask` holds the once-only choices taken, as the codec's bits (made
        the engine's frozenset only when a step is not in the memo); `stack`
        the calls waiting for their return. Each outcome keeps the state's
        values and visits as tuples, with its stack last.
        """
        engine, dice, memo = self.engine, self.dice, self.memo
        page, choices = self._points.get(self._base[scene_id] + at) or self._point(scene_id, at)
        out = Expansion()
        state = None
        ids = None
        if page is not None:
            # The memo's page key (footprint.StepMemo.page), built here without a call.
            node, pick_values, pick_visits, own = page
            page_key = (node, offer, pick_values(values), pick_visits(visits), mask & own)
            ids = memo.offers.get(page_key)
        dice.reset()
        if ids is None:
            state = State(scene_id, at, offer, values, visits, self.used_of(mask), 0, turn, stack)
            try:
                ids = engine.available_ids(state, dice)
            except StoryFault as exc:  # a condition's arithmetic leaves the range: the
                out.went_wrong("", str(exc))  # page itself goes wrong, whatever is chosen
                return out
            if page is not None and not dice.fresh and len(memo.offers) < MAX_REMEMBERED:
                memo.offers[page_key] = ids
        if dice.fresh:
            ids, sometimes_none = _available_by_chance(engine, state, dice)
            if sometimes_none:
                out.by_chance = bool(ids)
                out.stuck = not ids
        elif not ids:
            out.stuck = True
        out.ids = ids
        moves = out.moves
        for choice_id in ids:
            choice_key, step = choices[choice_id]
            memo_key = None
            if step is not None:
                # The memo's own format (footprint.StepMemo.remember), read here without a
                # call per choice: calls cost 4% of explore's instructions per state.
                memo_key = (step.start, step.pick_values(values), step.pick_visits(visits))
                known = memo.outcomes.get(memo_key)
                if known is not None:
                    results = []
                    for outcome, extra in known:
                        if outcome is None:
                            out.went_wrong(choice_id, extra)
                        else:
                            # a remembered step neither calls nor returns: the stack stays
                            new_scene, new_at, new_offer, new_values, new_visits = outcome
                            results.append((new_scene, new_at, new_offer,
                                            step.merge_values(values + new_values),
                                            step.merge_visits(visits + new_visits), extra, stack))
                    moves.append((choice_id, choice_key, results))
                    continue
            if state is None:
                state = State(scene_id, at, offer, values, visits, self.used_of(mask), 0, turn, stack)
            entered = []

            def run(state=state, choice_id=choice_id, entered=entered):
                entered.clear()
                return engine.choose(state, choice_id, dice, entered)

            dice.reset()
            try:
                first = (run(), None)
            except StoryFault as exc:  # the story goes wrong at this step
                first = (None, exc)
            except ChoiceUnavailable:  # only when availability itself depends on a roll
                first = (None, None)
            cut = False
            if not dice.fresh:
                outcomes = [(first[0], tuple(entered) if first[0] is not None else first[1])]
            else:
                # `entered` is each run's while its outcome is handed out
                outcomes = [(new, tuple(entered) if new is not None else error)
                            for new, error in dice.outcomes(run, first=first)]
                cut = dice.cut
                if cut:
                    out.cut_short(choice_id)
            results = []
            unavailable = False
            for new, extra in outcomes:
                if new is not None:
                    results.append((new.scene, new.at, new.offer, new.values, new.visits, extra,
                                    new.stack))
                elif isinstance(extra, StoryFault):
                    out.went_wrong(choice_id, str(extra))
                else:
                    unavailable = True
            if memo_key is not None and not cut and not unavailable:
                memo.remember(step, memo_key, [(new, extra if new is not None else str(extra))
                                               for new, extra in outcomes])
            moves.append((choice_id, choice_key, results))
        return out


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
        # point node -> {choice id: choice code}: two lookups, where a (scene, index,
        # choice) key would be a tuple built, hashed and compared per choice
        self.choice_code = {}
        self.reached = {}  # scene id -> (depth, state number, or (parent, choice code) if only passed through)
        self.available = {}  # choice key ("scene/number") -> (depth, state number)
        self.endings = {}  # ending scene id -> state number first at it
        self.stuck = []  # state numbers where nothing can be done
        self.maybe_stuck = []  # state numbers where, depending on a roll, nothing can be done
        self.loops = []  # (state number, choice code, message): a choice that jumps forever
        self.cut = []  # (state number, choice code): a choice with more outcomes than were followed
        self.low = list(engine.initial_values)  # per value slot, over the states where it is live
        self.high = list(engine.initial_values)
        self.seen_live = [False] * len(engine.initial_values)
        self.expanded = 0
        self.complete = False
        self.exhaustive_rolls = True
        self.elapsed = 0.0
        self.max_states = 0
        self.peak_bytes = 0  # the search's own tables and its step memo at their largest

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
        codes = self.choice_code.setdefault(self.graph.base[scene_id] + at, {})
        code = codes.get(choice_id)
        if code is None:
            code = codes[choice_id] = len(self.choices)
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
           remember_steps: bool = True, deadline: Optional[float] = None) -> Search:
    """Explore `engine`'s story breadth first, storing at most about `max_states` states
    (and stopping at `deadline`, a `time.perf_counter()` value, if given).

    `progress(search)` is called now and then on long runs. With
    `remember_steps`, a step already taken from a state that agrees on all the
    step can read is not run through the engine again (`footprint.py`).
    """
    with cycles_not_collected():  # keys, tuples and arrays by the million, no cycles
        return _search(engine, max_states, observe_text, progress, start_at, start_values,
                       remember_steps, deadline)


def _search(engine, max_states, observe_text, progress, start_at, start_values, remember_steps,
            deadline) -> Search:
    began = time.perf_counter()
    graph = StoryGraph(engine)
    liveness = analyse(engine, observe_text, graph)
    codec = StateCodec(engine, liveness, graph)
    s = Search(engine, codec, graph)
    s.max_states = max_states
    expander = Expander(engine, graph, codec, remember_steps)
    scenes = engine.scenes
    keys, index, parent, via, edges = s.keys, s.index, s.parent, s.via, s.edges
    reached, available = s.reached, s.available
    base, choice_code = graph.base, s.choice_code
    encode = codec.encode_parts
    once_only_bit = codec.once_only_bit

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
    starts, errors, cut = expander.start(start_at, start_values)
    for message in errors:
        s.loops.append((-1, NO_CHOICE, message))
    if cut:
        s.cut.append((-1, NO_CHOICE))
    for state, entered in starts:
        add(state.scene, state.at, state.offer, state.values, state.visits,
            codec.mask_of(state.used), entered, -1, NO_CHOICE, 0, state.stack)

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
        if deadline is not None and not head % 1024 and time.perf_counter() > deadline:
            break
        number = head
        head += 1
        edge_start.append(len(edges))
        scene_id, at, offer, values, visits, mask, stack = codec.unpack(keys[number])
        if scenes[scene_id].ending:
            if scene_id not in s.endings:
                s.endings[scene_id] = number
            continue
        x = expander.expand(scene_id, at, offer, values, visits, mask, depth + 1,
                            stack)
        if x.stuck:
            s.stuck.append(number)
        elif x.by_chance:
            s.maybe_stuck.append(number)
        for choice_id, message in x.loops:
            s.loops.append((number, s.code(scene_id, at, choice_id), message))
        for choice_id in x.cut:
            s.cut.append((number, s.code(scene_id, at, choice_id)))
        codes = choice_code.get(base[scene_id] + at) or {}  # choice id -> code, at this point
        for choice_id, choice_key, results in x.moves:
            if choice_key not in available:
                available[choice_key] = (depth, number)
            code = codes.get(choice_id)
            if code is None:
                code = s.code(scene_id, at, choice_id)
            new_mask = mask | once_only_bit.get(choice_key, 0)
            for new_scene, new_at, new_offer, new_values, new_visits, entered, new_stack in results:
                add(new_scene, new_at, new_offer, new_values, new_visits, new_mask, entered,
                    number, code, depth + 1, new_stack)
        if progress is not None and head >= next_report:
            next_report = head + PROGRESS_EVERY
            s.expanded = head
            s.elapsed = time.perf_counter() - began
            progress(s)
    s.expanded = head
    s.complete = head == len(keys)
    s.exhaustive_rolls = expander.dice.exhaustive
    s.peak_bytes = stored_bytes(s) + memo_bytes(expander.memo)
    _value_ranges(s)
    s.elapsed = time.perf_counter() - began
    return s


def stored_bytes(s) -> int:
    """What the search keeps per state, counted container by container."""
    import sys

    # A bytes object is its header and its length; the index's values are the
    # state numbers, those past 256 each an int object (smaller ones are shared).
    total = sys.getsizeof(s.keys) + len(s.keys) * sys.getsizeof(b"") + sum(map(len, s.keys))
    total += sys.getsizeof(s.index)
    total += max(0, len(s.index) - 257) * sys.getsizeof(len(s.index))
    for table in (s.parent, s.via, s.edge_start, s.edges):
        total += table.buffer_info()[1] * table.itemsize
    return total


def memo_bytes(memo) -> int:
    """The step memo's tables, roughly: the dicts and the tuples they hold."""
    import sys

    if memo is None:
        return 0
    total = sys.getsizeof(memo.outcomes) + sys.getsizeof(memo.offers)
    for table in (memo.outcomes, memo.offers):
        for key, value in table.items():
            total += sys.getsizeof(key) + sum(sys.getsizeof(part) for part in key[1:])
            total += sys.getsizeof(value)
    return total


def _value_ranges(s: Search):
    """Each value's lowest and highest, over the states where something still reads it."""
    codec = s.codec
    keys_by_head = {}  # a key's first bytes (its point's number) -> the keys
    for key in s.keys:
        same = keys_by_head.get(key[:codec.head])
        if same is None:
            keys_by_head[key[:codec.head]] = [key]
        else:
            same.append(key)
    rows_by_point = {}  # point number -> (codec, [live values of each key])
    for head, keys in keys_by_head.items():
        if int.from_bytes(head, "little") == codec.spill:  # keys of no fixed layout
            for key in keys:
                c, values = codec.live_values(key)
                rows_by_point.setdefault(c.number, (c, []))[1].append(values)
            continue
        c = codec.scene_of(head)
        live = itemgetter(slice(1, 1 + len(c.values)))  # a key's fields: its point, then values
        rows_by_point.setdefault(c.number, (c, []))[1].extend(map(live, map(c.layout.unpack_from, keys)))
    for c, rows in rows_by_point.values():
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
    for ids, _ in dice.outcomes(lambda: engine.available_ids(state, dice), first=None):
        if not ids:
            sometimes_none = True
        for choice_id in ids or ():
            if choice_id not in union:
                union.append(choice_id)
    return tuple(union), sometimes_none


__all__ = ["search", "Search", "Expander", "DEFAULT_MAX_STATES", "FALLBACK_ID"]
