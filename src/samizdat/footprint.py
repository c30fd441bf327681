"""What a step can read or change, so the explorer can remember steps it has already taken.

Taking choice C in scene S evaluates the conditions of S's choices, applies
C's effects and enters the target, where `whenever` rules, entry effects and
jumps may lead on. All of that reads and writes a fixed set of value and
visit slots (the step's footprint) and the once-only choices of S. Two states
that agree on those take the step to the same place and change the same
slots in the same way, so `StepMemo` runs the engine once per footprint and
replays the outcome for the rest. Steps that roll dice are never remembered.
"""
from __future__ import annotations

from . import model as m
from .engine import FALLBACK_ID
from .statekeys import picker

MAX_REMEMBERED = 500_000  # outcomes kept; past this the engine simply runs


def _slots(expr, value_slots, visit_slots):
    values, visits = set(), set()
    for kind, name in m.reads(expr):
        if kind == "value":
            values.add(value_slots[name])
        else:
            visits.add(visit_slots[name])
    return values, visits


class _Step:
    __slots__ = ("pick_values", "pick_visits", "merge_values", "merge_visits", "own_once_only")


class StepMemo:
    """Remembers the outcome of each (scene, choice) per footprint."""

    def __init__(self, engine, once_only_bit: dict):
        self.engine = engine
        story = engine.story
        self.value_slots = engine.symbols.value_slots
        self.visit_slots = engine.visit_slots
        entering = self._entering(story)
        self.steps = {}
        self.pages = {}  # scene id -> (pick values, pick visits, once-only mask) its conditions read
        self.outcomes = {}
        self.offers = {}
        self.hits = self.misses = 0
        value_count, visit_count = len(engine.declarations), len(self.visit_slots)
        for scene in story.scenes:
            page_values, page_visits = set(), set()
            for choice in scene.choices:
                for condition in choice.conditions:
                    values, visits = _slots(condition.expr, self.value_slots, self.visit_slots)
                    page_values |= values
                    page_visits |= visits
            own = 0
            for choice in scene.choices:
                own |= once_only_bit.get(f"{scene.id}/{choice.id}", 0)
            self.pages[scene.id] = (picker(sorted(page_values)), picker(sorted(page_visits)), own)
            options = [(c.id, c.target, c.effects) for c in scene.choices]
            if scene.fallback is not None:
                options.append((FALLBACK_ID, scene.fallback.target, ()))
            for choice_id, target, effects in options:
                values, visits = set(page_values), set(page_visits)
                for effect in effects:
                    more_values, more_visits = _slots(effect.value, self.value_slots, self.visit_slots)
                    values |= more_values | {self.value_slots[effect.name]}
                    visits |= more_visits
                target_values, target_visits = entering[target]
                values |= target_values
                visits |= target_visits
                step = _Step()
                step.pick_values = picker(sorted(values))
                step.pick_visits = picker(sorted(visits))
                step.merge_values = _merger(sorted(values), value_count)
                step.merge_visits = _merger(sorted(visits), visit_count)
                step.own_once_only = own
                self.steps[(scene.id, choice_id)] = step

    def _entering(self, story):
        """Per scene, the slots that entering it may read or write, jumps on included."""
        direct = {}
        leads_to = {}
        for scene in story.scenes:
            values, visits, targets = set(), set(), set()
            if not scene.is_ending:
                for rule in story.whenevers:
                    if rule.target != scene.id:
                        more_values, more_visits = _slots(rule.condition, self.value_slots, self.visit_slots)
                        values |= more_values
                        visits |= more_visits
                        targets.add(rule.target)
            if scene.id in self.visit_slots:
                visits.add(self.visit_slots[scene.id])
            for step in scene.entry:
                if isinstance(step, m.Assign):
                    more_values, more_visits = _slots(step.value, self.value_slots, self.visit_slots)
                    values |= more_values | {self.value_slots[step.name]}
                    visits |= more_visits
                else:
                    if step.condition is not None:
                        more_values, more_visits = _slots(step.condition, self.value_slots, self.visit_slots)
                        values |= more_values
                        visits |= more_visits
                    targets.add(step.target)
            direct[scene.id] = (values, visits)
            leads_to[scene.id] = targets
        closure = {}
        for scene_id in direct:
            values, visits = set(), set()
            seen, todo = {scene_id}, [scene_id]
            while todo:
                current = todo.pop()
                values |= direct[current][0]
                visits |= direct[current][1]
                for target in leads_to[current]:
                    if target not in seen:
                        seen.add(target)
                        todo.append(target)
            closure[scene_id] = (values, visits)
        return closure

    def key(self, scene_id, values, visits, choice_id, used_mask):
        step = self.steps[(scene_id, choice_id)]
        return step, (scene_id, choice_id, step.pick_values(values),
                      step.pick_visits(visits), used_mask & step.own_once_only)

    def page_key(self, scene_id, values, visits, used_mask):
        """The key under which the choices available in a state are remembered."""
        pick_values, pick_visits, own = self.pages[scene_id]
        return (scene_id, pick_values(values), pick_visits(visits), used_mask & own)

    def remember(self, step, memo_key, new_state, entered):
        if len(self.outcomes) < MAX_REMEMBERED:
            self.outcomes[memo_key] = (new_state.scene, step.pick_values(new_state.values),
                                       step.pick_visits(new_state.visits), tuple(entered))

    @staticmethod
    def replay(step, old_values, old_visits, outcome):
        """(scene, values, visits, entered) after the step, from a remembered outcome."""
        scene, values, visits, entered = outcome
        return (scene, step.merge_values(old_values + values),
                step.merge_visits(old_visits + visits), entered)



def _merger(positions, count):
    """A function (old + changed) -> new: old values with `positions` taken from `changed`."""
    where = {slot: count + i for i, slot in enumerate(positions)}
    return picker([where.get(slot, slot) for slot in range(count)])
