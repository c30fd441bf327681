"""What a step can read or change, so the explorer can remember steps it has already taken.

Taking choice C at a point evaluates the conditions of the choices offered
there, then runs C's body and whatever follows it (`graph.Step`): `set`
lines, tests, `whenever` rules and visit counts of the scenes and labels
passed. All of that reads and writes a fixed set of value and visit slots
(the step's footprint) and the once-only choices offered at the point. Two
states that agree on those take the step to the same place and change the
same slots in the same way, so `StepMemo` runs the engine once per footprint
and replays the outcome for the rest. Steps that roll dice are never
remembered.
"""
from __future__ import annotations

from .. import flow as f
from .graph import StoryGraph
from .keys import picker

MAX_REMEMBERED = 500_000  # outcomes kept; past this the engine simply runs


class _Step:
    __slots__ = ("pick_values", "pick_visits", "merge_values", "merge_visits", "own_once_only",
                 "calls")


class StepMemo:
    """Remembers the outcome of each (point, choice) per footprint."""

    def __init__(self, engine, once_only_bit: dict, graph: StoryGraph):
        self.engine = engine
        self.graph = graph
        self.once_only_bit = once_only_bit
        self.value_count = len(engine.declarations)
        self.visit_count = len(engine.visit_slots)
        self.steps = {}  # (scene, at, choice id) -> _Step, made when first needed
        self.pages = {}  # (scene, at) -> (pick values, pick visits, own once-only mask)
        self.outcomes = {}
        self.offers = {}
        self.hits = self.misses = 0

    def _page(self, scene_id, at):
        known = self.pages.get((scene_id, at))
        if known is None:
            g = self.graph
            node = g.node(scene_id, at)
            mask = own = 0
            for _number, info in g.choices_at(node):
                for condition in info.conditions:
                    mask |= g.reads(condition.expr)
                own |= self.once_only_bit.get(info.key, 0)
            values, visits = self._split(mask)
            known = self.pages[(scene_id, at)] = (picker(values), picker(visits), own, mask)
        return known

    def _step(self, scene_id, at, choice_id):
        key = (scene_id, at, choice_id)
        step = self.steps.get(key)
        if step is None:
            g = self.graph
            _, _, own, page_mask = self._page(scene_id, at)
            number = next(n for n, info in g.choices_at(g.node(scene_id, at)) if info.id == choice_id)
            region = g.step(g.choice_start(scene_id, number))
            mask = page_mask
            for node in region.nodes:
                mask |= self._touches(node)
            values, visits = self._split(mask)
            step = _Step()
            step.pick_values = picker(values)
            step.pick_visits = picker(visits)
            step.merge_values = _merger(values, self.value_count)
            step.merge_visits = _merger(visits, self.visit_count)
            step.own_once_only = own
            step.calls = any(node < g.instruction_count
                             and isinstance(g.instruction(node), (f.Call, f.Return))
                             for node in region.nodes)
            self.steps[key] = step
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

    def key(self, scene_id, at, values, visits, choice_id, used_mask):
        step = self._step(scene_id, at, choice_id)
        return step, (scene_id, at, choice_id, step.pick_values(values),
                      step.pick_visits(visits), used_mask & step.own_once_only)

    def page_key(self, scene_id, at, offer, values, visits, used_mask):
        """The key under which the choices available in a state are remembered."""
        pick_values, pick_visits, own, _ = self._page(scene_id, at)
        return (scene_id, at, offer, pick_values(values), pick_visits(visits), used_mask & own)

    def remember(self, step, memo_key, new_state, entered):
        if len(self.outcomes) < MAX_REMEMBERED:
            self.outcomes[memo_key] = (new_state.scene, new_state.at, new_state.offer,
                                       step.pick_values(new_state.values),
                                       step.pick_visits(new_state.visits), tuple(entered))

    @staticmethod
    def replay(step, old_values, old_visits, outcome):
        """(scene, at, offer, values, visits, entered) after the step, from a remembered outcome."""
        scene, at, offer, values, visits, entered = outcome
        return (scene, at, offer, step.merge_values(old_values + values),
                step.merge_visits(old_visits + visits), entered)


def _merger(positions, count):
    """A function (old + changed) -> new: old values with `positions` taken from `changed`."""
    where = {slot: count + i for i, slot in enumerate(positions)}
    return picker([where.get(slot, slot) for slot in range(count)])
