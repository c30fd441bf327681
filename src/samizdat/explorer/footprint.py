"""What a step can read or change, so the explorer can remember steps it has already taken.

Taking choice C at a point runs C's body and whatever follows it
(`graph.Step`): `set` lines, tests, `whenever` rules and visit counts of the
scenes and labels passed. All of that reads and writes a fixed set of value
and visit slots: the step's footprint. Two states that agree on those take
the step to the same places and change the same slots in the same ways, so
`StepMemo` runs the engine once per footprint and replays the outcomes for
the rest: every outcome, when the step rolls dice (the explorer's dice follow
each one, `dice.py`, and which ones there are depends on the footprint only).

Steps are known by where their instructions start, not by the choice: a
choice whose body is only `-> corridor` starts at the entry of `corridor`,
so three hundred such choices share one step. A step is remembered only
where the conditions of the choices offered with it roll no dice (those
draws would come first), and never when it calls a scene or returns from
one (where a return goes is on the call stack, outside the footprint).
"""
from __future__ import annotations

from .. import flow as f
from ..model import rolls
from .graph import StoryGraph
from .keys import picker

MAX_REMEMBERED = 500_000  # outcomes kept; past this the engine simply runs


class Step:
    __slots__ = ("start", "pick_values", "pick_visits", "merge_values", "merge_visits")


class StepMemo:
    """Remembers the outcomes of each step per footprint, and the choices available per page."""

    def __init__(self, engine, graph: StoryGraph, once_only_bit: dict):
        self.engine = engine
        self.graph = graph
        self.once_only_bit = once_only_bit
        self.value_count = len(engine.declarations)
        self.visit_count = len(engine.visit_slots)
        self.shared = {}  # canonical start node -> Step
        self.outcomes = {}
        self.offers = {}

    # ------------------------------------------------------------------ pages

    def page(self, scene_id, at):
        """How the choices available at a point are remembered, or None if they never are
        (a condition there rolls dice): (node, pick values, pick visits, own once-only bits).

        The key of a state's page in `offers` is (node, the state's offer, its
        values and visits picked so, its once-only mask & own bits): all that
        the conditions of the choices there can read. The expander builds it
        in line (`search.Expander.expand`).
        """
        g = self.graph
        mask = own = 0
        for _number, info in g.choices_at(g.node(scene_id, at)):
            for condition in info.conditions:
                if rolls(condition.expr):
                    return None
                mask |= g.reads(condition.expr)
            own |= self.once_only_bit.get(info.key, 0)
        values, visits = self._split(mask)
        return g.node(scene_id, at), picker(values), picker(visits), own

    # ------------------------------------------------------------------ steps

    def step(self, scene_id, number):
        """The Step of taking choice `number` of a scene at a point whose page is
        remembered (see `page`), or None if it never is."""
        start = self.canonical(self.graph.choice_start(scene_id, number))
        if start not in self.shared:
            self.shared[start] = self._new_step(start)
        return self.shared[start]

    def canonical(self, node):
        """Where a step from `node` starts doing something: past text, breaks and plain
        jumps, at the entry of the scene an Enter goes to."""
        g = self.graph
        seen = set()
        while node < g.instruction_count and node not in seen:
            seen.add(node)
            ins = g.instruction(node)
            kind = type(ins)
            if kind is f.Say or kind is f.Break:
                node += 1
            elif kind is f.Go:
                node = g.base[g.scene_of_node[node]] + ins.to
            elif kind is f.Enter:
                node = g.enter_node(ins.scene, ins.label)
            else:
                break
        return node

    def _new_step(self, start):
        """The Step from `start`, or None when it calls or returns: where a return goes
        depends on the call stack, which the footprint does not hold."""
        g = self.graph
        mask = 0
        nodes = g.step(start).nodes
        if any(node < g.instruction_count and isinstance(g.instruction(node), (f.Call, f.Return))
               for node in nodes):
            return None
        for node in nodes:
            mask |= self._touches(node)
        values, visits = self._split(mask)
        step = Step()
        step.start = start
        step.pick_values = picker(values)
        step.pick_visits = picker(visits)
        step.merge_values = _merger(values, self.value_count)
        step.merge_visits = _merger(visits, self.visit_count)
        return step

    def _touches(self, node) -> int:
        """The slots one node reads or writes."""
        g = self.graph
        if node >= g.instruction_count:
            scene_id, _ = g.enter_of_node[node]
            mask = 0
            slot = g.visit_slots.get(scene_id)
            if slot is not None:
                mask |= 1 << (g.visit_base + slot)
            if not g.story.scenes_by_id[scene_id].is_ending:
                for condition, target in g.rules:
                    if target != scene_id:
                        mask |= g.reads(condition)
            return mask
        ins = g.instruction(node)
        kind = type(ins)
        if kind is f.Do:
            return g.reads(ins.assign.value) | 1 << g.value_slots[ins.assign.name]
        if kind is f.Test:
            return g.reads(ins.condition)
        if kind is f.Count:
            slot = g.visit_slots.get(ins.place)
            return 0 if slot is None else 1 << (g.visit_base + slot)
        return 0

    def _split(self, mask):
        base = self.graph.visit_base
        values = [i for i in range(self.value_count) if mask >> i & 1]
        visits = [j for j in range(self.visit_count) if mask >> (base + j) & 1]
        return values, visits

    def remember(self, step, memo_key, outcomes):
        """Keep a step's outcomes: a list of (State, entered) or (None, error).

        `memo_key` is (step.start, the step's values, its visits), each picked
        from the state's with the step's pickers; an outcome is kept as (scene,
        at, offer, changed values, changed visits), and a later state merges
        those into its own (step.merge_values(values + changed)). The expander
        reads the table so, in line (`search.Expander.expand`).
        """
        if len(self.outcomes) < MAX_REMEMBERED:
            kept = []
            for new, extra in outcomes:
                if new is None:
                    kept.append((None, extra))
                else:
                    kept.append(((new.scene, new.at, new.offer, step.pick_values(new.values),
                                  step.pick_visits(new.visits)), tuple(extra)))
            self.outcomes[memo_key] = tuple(kept)


def _merger(positions, count):
    """A function (old + changed) -> new: old values with `positions` taken from `changed`."""
    where = {slot: count + i for i, slot in enumerate(positions)}
    return picker([where.get(slot, slot) for slot in range(count)])
