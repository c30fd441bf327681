"""Directed search: real playthroughs to the states that answer open questions.

The abstract search (`abstract.py`) says what *may* happen: this ending may
be reached, this choice may be offered, the player may be stuck here. A
witness settles it: a real path from the start, which the engine plays and
a replay file can record. `DirectedSearch` looks for witnesses best first.
Each state it meets belongs to one abstract class; the abstract edges, read
backwards from the classes where the question is answered, give every class
its distance in steps to an answer. A state whose class has no way to an
answer is dropped (the abstraction over-approximates, so it cannot have
one); the others are taken in order of that distance, weighed with how far
each has come, so the search heads for the answer instead of sweeping
breadth first through everything.

Every state is real: it was reached by the engine, through `search.Expander`,
following every outcome of every roll. What the search finds is witnessed;
what it does not find within its budget stays open.
"""
from __future__ import annotations

import heapq
import time
from array import array
from collections import deque

from .. import model as m
from .keys import StateCodec
from .search import NO_CHOICE, Expander

DEFAULT_BUDGET = 200_000  # states one directed search may store
DEPTH_WEIGHT = 0.1  # how much the steps taken count against the steps still to go
CONDITION_WEIGHT = 3.0  # how much a state's distance from the target's conditions counts


class Target:
    """One open question a witness would answer."""
    __slots__ = ("kind", "name", "classes", "scene", "choice_key", "point", "conditions")

    def __init__(self, kind, name, classes, scene=None, choice_key=None, point=None, conditions=()):
        self.kind = kind  # "scene" (entered), "choice" (available), "stuck" (nothing to choose)
        self.name = name  # scene id, choice key, or point number
        self.classes = classes  # abstract class keys where the answer may lie
        self.scene = scene
        self.choice_key = choice_key
        self.point = point
        # Alternatives, each a tuple of conditions that together answer it (for the
        # heuristic only: how far a state's values are from making them true).
        self.conditions = conditions


class Found:
    """A witness: the state where the answer was seen, and the choice taken there, if any."""
    __slots__ = ("number", "step")

    def __init__(self, number, step=None):
        self.number = number
        self.step = step  # (scene id, choice id) when the answer is the step out of the state


class DirectedSearch:
    """Best-first search over concrete states toward open targets, guided by an abstraction."""

    def __init__(self, engine, abstract, start_at=None, start_values=None):
        self.engine = engine
        self.abstract = abstract
        self.graph = abstract.graph
        self.codec = StateCodec(engine, abstract.liveness, abstract.graph)
        self.expander = Expander(engine, abstract.graph, self.codec)
        self.start_at = start_at
        self.start_values = start_values
        self.keys = []
        self.index = {}
        self.parent = array("i")
        self.via = []  # state number -> (scene id, choice id) that first reached it
        self.depth = array("I")
        self.expanded = 0
        self.unsound = 0  # concrete states outside every class (never, if the abstraction is sound)
        # The last run went through every state that could lead to a target, every
        # outcome of every roll followed: what it did not find cannot happen.
        self.exhausted = False

    # ------------------------------------------------------------- distances

    def distances(self, targets):
        """Per abstract class, the fewest abstract steps to one of the targets' classes."""
        a = self.abstract
        predecessors = {}
        for key, edges in a.edges.items():
            for edge in edges.values():
                for target in edge.targets:
                    predecessors.setdefault(target, []).append(key)
        dist = {}
        todo = deque()
        for t in targets:
            for key in t.classes:
                if key not in dist:
                    dist[key] = 0
                    todo.append(key)
        while todo:
            key = todo.popleft()
            d = dist[key] + 1
            for before in predecessors.get(key, ()):
                if before not in dist:
                    dist[before] = d
                    todo.append(before)
        return dist

    # ----------------------------------------------------------------- search

    def run(self, targets, budget=DEFAULT_BUDGET, deadline=None):
        """Search until every target is witnessed, the budget of states is spent or the
        deadline passes. Returns {target name: Found}; sets `exhausted` when it ran out
        of states that could lead to a target instead."""
        a = self.abstract
        codec = self.codec
        expander = self.expander
        open_targets = {t.name: t for t in targets}
        scene_targets = {t.scene: t for t in targets if t.kind == "scene"}
        choice_targets = {t.choice_key: t for t in targets if t.kind == "choice"}
        stuck_targets = {t.point: t for t in targets if t.kind == "stuck"}
        found = {}
        dist = self.distances(targets)
        heap = []
        counter = 0
        keys, index, parent, via, depth = self.keys, self.index, self.parent, self.via, self.depth
        relevant = a.once_only.relevant

        gauge = _Gauge(a.domain, [t.conditions for t in targets])

        def priority(scene_id, at, offer, values, visits, mask, stack, d):
            class_key = a.key_of(scene_id, at, offer, values, visits, mask, stack)
            to_go = dist.get(class_key)
            if to_go is None:
                if class_key not in a.classes:
                    self.unsound += 1
                return None
            return to_go + DEPTH_WEIGHT * d + CONDITION_WEIGHT * gauge(values, visits)

        def add(scene_id, at, offer, values, visits, mask, stack, from_number, step, d):
            nonlocal counter
            key = codec.encode_parts(scene_id, at, offer, values, visits, mask, stack)
            if key in index:
                return index[key], False
            number = index[key] = len(keys)
            keys.append(key)
            parent.append(from_number)
            via.append(step)
            depth.append(d)
            rank = priority(scene_id, at, offer, values, visits, mask, stack, d)
            if rank is not None:
                counter += 1
                heapq.heappush(heap, (rank, counter, number))
            return number, True

        def hit(target, found_at):
            if target.name in open_targets:
                found[target.name] = found_at
                del open_targets[target.name]
                return True
            return False

        starts, _errors, _cut = expander.start(self.start_at, self.start_values)
        for state, entered in starts:
            number, _ = add(state.scene, state.at, state.offer, state.values, state.visits,
                            codec.mask_of(state.used), state.stack, -1, None, 0)
            for scene_id in entered:
                t = scene_targets.get(scene_id)
                if t is not None:
                    hit(t, Found(number))
        changed = False
        self.exhausted = False
        cut = False
        while heap and open_targets and len(keys) < budget:
            if deadline is not None and not self.expanded % 256 and time.perf_counter() > deadline:
                break
            if changed:  # some targets are answered: head for the others
                dist = self.distances(open_targets.values())
                gauge = _Gauge(a.domain, [t.conditions for t in open_targets.values()])
                heap = [(r, c, n) for r, c, n in heap]
                rescored = []
                for _, c, n in heap:
                    parts = codec.unpack(keys[n])
                    rank = priority(*parts, depth[n])
                    if rank is not None:
                        rescored.append((rank, c, n))
                heap = rescored
                heapq.heapify(heap)
                changed = False
                if not heap:
                    break
            _, _, number = heapq.heappop(heap)
            self.expanded += 1
            scene_id, at, offer, values, visits, mask, stack = codec.unpack(keys[number])
            if self.engine.scenes[scene_id].ending:
                continue
            x = expander.expand(scene_id, at, offer, values, visits, mask,
                                depth[number] + 1, stack)
            cut = cut or bool(x.cut)
            if x.stuck or x.by_chance:
                t = stuck_targets.get(a.point_at[self.graph.node(scene_id, at)].number)
                if t is not None and hit(t, Found(number)):
                    changed = True
            for choice_id, choice_key, results in x.moves:
                t = choice_targets.get(choice_key)
                if t is not None and hit(t, Found(number)):
                    changed = True
                new_mask = mask | codec.once_only_bit.get(choice_key, 0)
                for new_scene, new_at, new_offer, new_values, new_visits, entered, new_stack in results:
                    new_number, fresh = add(new_scene, new_at, new_offer, new_values, new_visits,
                                            new_mask, new_stack, number, (scene_id, choice_id),
                                            depth[number] + 1)
                    for entered_id in entered:
                        t = scene_targets.get(entered_id)
                        if t is not None and hit(t, Found(number, (scene_id, choice_id))
                                                 if entered_id != new_scene else Found(new_number)):
                            changed = True
        self.exhausted = (not heap and not changed and not cut and self.unsound == 0
                          and expander.dice.exhaustive)
        return found

    # ------------------------------------------------------------------ paths

    def path(self, found: Found) -> tuple:
        steps = []
        number = found.number
        while self.parent[number] >= 0:
            steps.append(self.via[number])
            number = self.parent[number]
        steps.reverse()
        if found.step is not None:
            steps.append(found.step)
        return tuple(steps)

    def path_keys(self, found: Found) -> tuple:
        keys = []
        number = found.number
        while number >= 0:
            keys.append(self.keys[number])
            number = self.parent[number]
        keys.reverse()
        return tuple(keys)


class _Gauge:
    """How far a state's values are from making some target's conditions true.

    0 when they hold; a comparison off by n counts n/10 (stats move by fives
    and tens), capped at 1, a flag the wrong way round counts 1; `and` adds,
    `or` takes the nearer. A heuristic only: it orders the search, it proves
    nothing.
    """

    def __init__(self, domain, alternatives):
        self.domain = domain
        self.alternatives = [tuple(options) for options in alternatives if options]

    def __call__(self, values, visits):
        if not self.alternatives:
            return 0.0
        best = None
        for options in self.alternatives:
            for conjunction in options:
                total = 0.0
                for e in conjunction:
                    total += self._far(e, True, values, visits)
                if best is None or total < best:
                    best = total
                    if best == 0.0:
                        return 0.0
        return best

    def _value(self, e, values, visits):
        d = self.domain
        if isinstance(e, (m.Number, m.Str)):
            return e.value
        slot = d.slot_of(e)
        if slot is not None:
            return values[slot] if slot < d.base else visits[slot - d.base]
        return None

    def _far(self, e, truth, values, visits):
        if isinstance(e, m.Unary) and e.op == "not":
            return self._far(e.operand, not truth, values, visits)
        if isinstance(e, m.Binary) and e.op in ("and", "or"):
            left = self._far(e.left, truth, values, visits)
            right = self._far(e.right, truth, values, visits)
            return left + right if (e.op == "and") == truth else min(left, right)
        if isinstance(e, m.Name):
            slot = self.domain.value_slots[e.name]
            return 0.0 if bool(values[slot]) == truth else 1.0
        if isinstance(e, m.Binary) and e.op in _OFF_BY:
            a = self._value(e.left, values, visits)
            b = self._value(e.right, values, visits)
            if a is None or b is None:
                return 0.0
            if isinstance(a, str) or isinstance(b, str):  # a text: equal or not, no distance
                return 0.0
            op = e.op if truth else _NEGATE[e.op]
            return min(1.0, _OFF_BY[op](a, b) / 10)
        if isinstance(e, m.Call) and e.function == "seen":
            slot = self.domain.slot_of(m.Call("visits", e.args, e.pos))
            if slot is None:
                return 0.0
            return 0.0 if (visits[slot - self.domain.base] > 0) == truth else 1.0
        return 0.0


_OFF_BY = {
    "<": lambda a, b: max(0, a - b + 1), "<=": lambda a, b: max(0, a - b),
    ">": lambda a, b: max(0, b - a + 1), ">=": lambda a, b: max(0, b - a),
    "==": lambda a, b: abs(a - b), "!=": lambda a, b: 1 if a == b else 0,
}
_NEGATE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}

__all__ = ["DirectedSearch", "Target", "Found", "NO_CHOICE"]
