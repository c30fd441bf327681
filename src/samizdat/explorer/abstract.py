"""The abstract search: every state a story can reach, in finitely many classes, soundly.

The exact search (`search.py`) stores one state per distinct live part, and
a story with eight stats has more of those than any search can visit. This
search stores *classes* instead. A class is the point where the flow waits
(`graph.py`) with everything discrete about the state exact: the choices
gathered there, the once-only choices taken that still matter, each live
flag, each visit count up to where comparisons stop telling counts apart,
and, for each live stat or variable, which of its *regions* it is in. The
regions of a value are cut at its *thresholds*: none at first, more where a
question stays open (`refine`, counterexample-guided). Within a class each
stat or variable is an interval (`domain.py`), the hull of the values the
class's states hold; values nothing reads any more (`liveness.py`) are
forgotten.

A step from a class runs the choice's lowered program over intervals
(`_Steps`): a `set` moves an interval, a test splits the flow where its
condition may go either way, every `chance` and `roll` goes every way at
once. So every concrete state the story reaches lies in some class, with
its values inside the class's intervals, and every concrete step is an edge
between the classes of its ends: what the classes rule out never happens.

`AbstractSearch` holds the classes and edges; its methods answer what a
writer asks: a class that may leave the player with nothing to choose
(`stuck_region`), and whether from every class some ending can always still
be reached (`finishing`). Pure: engine in, values out.
"""
from __future__ import annotations

import heapq
import itertools
import time
from bisect import bisect_right

from .. import flow as f
from .. import model as m
from ..engine import MAX_CALLS
from ..evaluate import Context, compile_expr
from ..model import rolls
from .domain import INF, TRUE, Domain, atoms, hull, hull_at
from .graph import StoryGraph, components
from .keys import picker
from .liveness import OnceOnly, analyse

# Operations of the abstract program, one per node of the story graph.
SKIP, SET, TEST, GO, COUNT, OFFER, POINT, ENTER, CALL, RETURN = range(10)

PATH_LIMIT = 2_000  # instructions one path of one step may run before it is taken for a loop
STEP_WORK = 20_000  # instructions one step may run, all paths together, before paths are joined
JOINED_WIDEN = 8  # joins at one node, in a joined step, before growing ends jump to their limits
WIDEN_AFTER = 24  # growths of one class before its growing ends jump to their region's limits
BOX_LIMIT = 20_000  # concrete points tried when checking a class for a dead end
DEFAULT_MAX_CLASSES = 400_000
MEMO_LIMIT = 300_000  # step outcomes remembered
UNSURE_LIMIT = 14  # of those, unknown on one arrival (2**n classes) before the bound is declared hit


class TooLarge(Exception):
    """The classes outgrew the bound: the abstraction says nothing (sound, but silent)."""


class Choice:
    __slots__ = ("number", "info", "start", "bit", "conditions", "sticky", "key", "id", "dice")


class Point:
    """A point where the flow waits, with what the abstract search needs of it."""
    __slots__ = ("number", "node", "scene", "at", "name", "is_wait", "ending", "fixed", "choices",
                 "fallback", "live", "live_set", "once_only", "offer_bit", "project")


class Edge:
    __slots__ = ("targets", "sure", "loops", "entered")

    def __init__(self, targets, sure, loops, entered):
        self.targets = targets  # class keys the step may arrive in
        self.sure = sure  # available in every state of the class
        self.loops = loops  # some path of the step may go wrong (jump for ever, leave the range)
        self.entered = entered  # scenes the step may enter


class Precision:
    """What classes tell apart: where each slot's regions are cut, and which once-only
    choices taken are known exactly everywhere (a point's own always are)."""

    def __init__(self, thresholds: dict, tracked: int = 0):
        self.thresholds = dict(thresholds)  # slot -> sorted tuple of cuts
        self.tracked = tracked  # mask over the liveness's once-only keys

    def refined(self, cuts=(), tracked: int = 0) -> "Precision":
        merged = {slot: set(t) for slot, t in self.thresholds.items()}
        for slot, value in cuts:
            merged.setdefault(slot, set()).add(value)
        return Precision({slot: tuple(sorted(t)) for slot, t in merged.items() if t},
                         self.tracked | tracked)

    def covers(self, cuts=(), tracked: int = 0) -> bool:
        """Whether refining by these would change nothing."""
        return (tracked & ~self.tracked) == 0 and all(
            value in self.thresholds.get(slot, ()) for slot, value in cuts)

    def size(self) -> int:
        return sum(len(t) for t in self.thresholds.values()) + bin(self.tracked).count("1")


class AbstractSearch:
    """The classes of a story at one precision, their edges, and what they prove."""

    def __init__(self, engine, graph=None, precision=None, start_at=None, start_values=None):
        self.engine = engine
        self.story = engine.story
        self.graph = graph or StoryGraph(engine)
        self.domain = Domain(engine)
        self.liveness = analyse(engine, observe_text=False, graph=self.graph)
        self.points = _points(self.graph, self.liveness, self.domain)
        self.once_only = OnceOnly(self.graph, self.liveness)
        # Points on a cycle with more once-only choices than can be told apart
        # exactly (`liveness.WIDE`): there only the point's own are.
        self.wide = self.once_only.wide
        self.point_at = {p.node: p for p in self.points}
        self.precision = precision or self.base_precision()
        self.steps = _Steps(self)
        self.classes = {}  # key -> env
        self.edges = {}  # key -> {choice number: Edge}
        self.entered = set()  # scenes the abstraction may enter
        self.possible = set()  # choice keys that may be available
        self.loops = set()  # (scene, choice id) of steps that may go wrong
        self.start_at = start_at
        self.start_values = start_values
        self.elapsed = 0.0
        self.expansions = 0

    # ------------------------------------------------------------ precision

    def base_precision(self) -> Precision:
        """The coarsest: no thresholds, only each point's own once-only choices exact."""
        return Precision({})

    def cuts_for(self, expressions) -> set:
        """Thresholds that would tell apart the states where each comparison in `expressions`
        differs: (slot, cut) pairs, a flag cut at 1, `seen(x)` at 1."""
        d = self.domain
        cuts = set()
        for e in expressions:
            for atom in atoms(e):
                if isinstance(atom, m.Name):
                    cuts.add((d.value_slots[atom.name], 1))
                    continue
                if isinstance(atom, m.Call) and atom.function == "seen":
                    slot = d.slot_of(m.Call("visits", atom.args, atom.pos))
                    if slot is not None:
                        cuts.add((slot, 1))
                    continue
                if not (isinstance(atom, m.Binary) and atom.op in ("<", "<=", ">", ">=", "==", "!=")):
                    continue
                for term, other, op in ((atom.left, atom.right, atom.op),
                                        (atom.right, atom.left, _flip(atom.op))):
                    slot = d.slot_of(term)
                    if slot is None:
                        continue
                    constant = _constant(other)
                    if constant is None:
                        continue
                    if op in ("<", ">="):
                        cuts.add((slot, constant))
                    elif op in ("<=", ">"):
                        cuts.add((slot, constant + 1))
                    else:
                        cuts.update(((slot, constant), (slot, constant + 1)))
        return cuts

    # --------------------------------------------------------------- search

    def run(self, max_classes=DEFAULT_MAX_CLASSES, deadline=None):
        """Search every class to a fixpoint. Raises TooLarge past `max_classes` or `deadline`."""
        began = time.perf_counter()
        d = self.domain
        values = list(self.engine.initial_values)
        for name, value in (self.start_values or {}).items():
            values[d.value_slots[name]] = value
        env = d.initial(values, [0] * len(d.visit_slots))
        scene_id, _, label = (self.start_at or self.story.start).partition(".")
        start = self.graph.enter_node(scene_id, label or None)
        self.start_keys = set()
        self._heap = []
        self._queued = set()
        self._growth = {}
        self._rank = _ranks(self.graph, self.points)
        self._counter = itertools.count()
        exits, entered, loops = self.steps.run(start, env, (), ())
        self.entered |= entered
        if loops:
            self.loops.add((scene_id, ""))
        for number, exit_env, offer, stack in exits:
            self.start_keys.update(self._arrive(number, exit_env, offer, stack, 0, 0))
        heap = self._heap
        while heap:
            if len(self.classes) > max_classes:
                raise TooLarge(len(self.classes))
            if deadline is not None and not self.expansions % 64 and time.perf_counter() > deadline:
                raise TooLarge(len(self.classes))
            _, _, key = heapq.heappop(heap)
            self._queued.discard(key)
            self._expand(key)
        self.elapsed = time.perf_counter() - began
        del self._heap, self._queued, self._growth
        return self

    def exact_bits(self, number) -> int:
        """The once-only choices whose being taken a class at this point knows exactly:
        those of the points it can come back to (a hub and the scenes around it), and
        any the precision tracks."""
        if self.wide[number]:
            return self.once_only.own[number]
        return self.once_only.cycle[number] | self.precision.tracked

    def _arrive(self, number, env, offer, stack, may, must):
        """Join the states arriving at point `number` into their classes; returns their keys.

        `stack` is the calls waiting for their return, as the engine keeps them;
        `may` and `must` bound the once-only choices taken: every one of `must`,
        some of `may`."""
        p = self.points[number]
        env = p.project(env + self.domain.bounds)
        if self.wide[number]:
            # On a cycle through much of the story, which of its once-only choices were
            # taken is not followed: any may have been, only the point's own are known.
            exact = self.exact_bits(number)
            must &= exact
            may = p.once_only
        reach = self.once_only.reach(number, must)
        may &= reach & p.once_only
        must &= may
        exact = self.exact_bits(number) & may
        gathered = 0
        if not p.fixed:
            for n in offer:
                gathered |= p.offer_bit.get(n, 0)
        unsure = (may ^ must) & exact
        if bin(unsure).count("1") > UNSURE_LIMIT:
            raise TooLarge(len(self.classes))  # one arrival would make too many classes
        if unsure:
            choices = [must & exact | extra for extra in _subsets(unsure)]
        else:
            choices = [must & exact]
        rest_may, rest_must = may & ~exact, must & ~exact
        keys = []
        for used in choices:
            discrete = (number, gathered, used, stack)
            for part, regions in self._split(env, p.live):
                key = discrete + regions
                keys.append(key)
                self._join(key, part, rest_may, rest_must)
        return keys

    def _split(self, env, live):
        """(env, regions) for each combination of regions the env straddles."""
        thresholds = self.precision.thresholds
        if not thresholds:
            return [(env, (0,) * len(live))]
        pieces = []
        for slot in live:
            cuts = thresholds.get(slot)
            low, high = env[slot]
            if not cuts:
                pieces.append(((0, (low, high)),))
                continue
            first, last = bisect_right(cuts, low), bisect_right(cuts, high)
            if first == last:
                pieces.append(((first, (low, high)),))
                continue
            parts = []
            for region in range(first, last + 1):
                part_low = low if region == first else cuts[region - 1]
                part_high = high if region == last else cuts[region] - 1
                parts.append((region, (part_low, part_high)))
            pieces.append(tuple(parts))
        if all(len(p) == 1 for p in pieces):
            return [(env, tuple(p[0][0] for p in pieces))]
        out = []
        for combination in itertools.product(*pieces):
            part = list(env)
            for slot, (_, interval) in zip(live, combination):
                part[slot] = interval
            out.append((tuple(part), tuple(region for region, _ in combination)))
        return out

    def _join(self, key, env, may, must):
        old = self.classes.get(key)
        if old is None:
            new = (env, may, must)
        else:
            old_env, old_may, old_must = old
            new_env = hull_at(old_env, env, self.points[key[0]].live)
            new_may, new_must = old_may | may, old_must & must
            if new_env == old_env and new_may == old_may and new_must == old_must:
                return
            if new_env != old_env:
                growth = self._growth[key] = self._growth.get(key, 0) + 1
                if growth > WIDEN_AFTER:
                    new_env = self._widen(key, old_env, new_env)
            new = (new_env, new_may, new_must)
        self.classes[key] = new
        if key not in self._queued:
            self._queued.add(key)
            heapq.heappush(self._heap, (self._rank[key[0]], next(self._counter), key))

    def _widen(self, key, old, new):
        """Growing ends moved to the limit of the class's region (or the slot's bounds)."""
        p = self.points[key[0]]
        thresholds = self.precision.thresholds
        bounds = self.domain.bounds
        out = list(new)
        for slot, region in zip(p.live, key[4:]):
            n, o = new[slot], old[slot]
            if n == o:
                continue
            cuts = thresholds.get(slot, ())
            low = cuts[region - 1] if region > 0 else bounds[slot][0]
            high = cuts[region] - 1 if region < len(cuts) else bounds[slot][1]
            out[slot] = (low if n[0] < o[0] else n[0], high if n[1] > o[1] else n[1])
        return tuple(out)

    def _expand(self, key):
        self.expansions += 1
        env, may, must = self.classes[key]
        p = self.points[key[0]]
        if not p.is_wait:
            return
        d = self.domain
        used = key[2]
        edges = self.edges.get(key)
        if edges is None:
            edges = self.edges[key] = {}
        memo = {}
        offered = self.candidates(key)
        for c in offered:
            taken = env
            sure = True
            d.overflow = False
            for condition in c.conditions:
                if sure and d.value(condition, taken) != TRUE:
                    sure = False
                taken = d.refine(taken, condition, True)
                if taken is None:
                    break
            if d.overflow:  # its condition's arithmetic may leave the range
                self.loops.add((p.scene, c.id))
            if taken is None:
                continue
            self.possible.add(c.key)
            self._follow(key, edges, c, taken, sure, used, may, must, memo)
        if p.fallback is not None:
            rest = self.not_any(env, offered)
            if rest is not None:
                c = p.fallback
                self.possible.add(c.key)
                self._follow(key, edges, c, rest, not offered, used, may, must, memo)

    def _follow(self, key, edges, c, env, sure, used, may, must, memo):
        found = memo.get((c.start, env))
        if found is None:
            found = memo[(c.start, env)] = self.steps.run(c.start, env, (), key[3])
        exits, entered, loops = found
        self.entered |= entered
        if loops:
            self.loops.add((self.points[key[0]].scene, c.id))
        new_may, new_must = may | used | c.bit, must | used | c.bit
        targets = set()
        for number, exit_env, offer, stack in exits:
            targets.update(self._arrive(number, exit_env, offer, stack, new_may, new_must))
        old = edges.get(c.number)
        if old is not None:
            targets |= old.targets
            entered = entered | old.entered
            sure = sure and old.sure
            loops = loops or old.loops
        edges[c.number] = Edge(frozenset(targets), sure, loops, frozenset(entered))

    # -------------------------------------------------------------- answers

    def not_any(self, env, choices):
        """`env` narrowed to where none of `choices` is available; None if that is nowhere."""
        d = self.domain
        for c in choices:
            if not c.conditions:
                return None
            if len(c.conditions) == 1:
                env = d.refine(env, c.conditions[0], False)
            else:
                parts = [d.refine(env, cond, False) for cond in c.conditions]
                parts = [part for part in parts if part is not None]
                env = None if not parts else parts[0] if len(parts) == 1 else _hull_all(parts)
            if env is None:
                return None
        return env

    def candidates(self, key):
        """The choices a class may offer (once-only ones not yet taken), the fallback left out."""
        p = self.points[key[0]]
        used = key[2]
        offer = p.choices if p.fixed else [c for c in p.choices if key[1] & p.offer_bit[c.number]]
        return [c for c in offer if c.sticky or not used & c.bit]

    def env(self, key):
        return self.classes[key][0]

    def stuck_region(self, key):
        """None if no state of the class can be left with nothing to choose; else an env
        holding every state of it that might be (a Stop outside an ending: the whole env)."""
        p = self.points[key[0]]
        env = self.classes[key][0]
        if p.ending:
            return None
        if not p.is_wait:
            return env
        if p.fallback is not None:
            return None
        choices = self.candidates(key)
        region = self.not_any(env, choices)
        if region is None:
            return None
        if self._box_covers(region, choices):
            return None
        return region

    def _box_covers(self, env, choices) -> bool:
        """Whether in every point of the env's box some choice is available (tried point by point)."""
        if not choices or any(c.dice for c in choices):
            return False
        d = self.domain
        read = sorted({s for c in choices for cond in c.conditions for s in _slots(d, cond)})
        ranges = []
        size = 1
        for slot in read:
            low, high = env[slot]
            if INF in (abs(low), abs(high)):
                return False
            ranges.append(range(int(low), int(high) + 1))
            size *= len(ranges[-1])
            if size > BOX_LIMIT:
                return False
        tests = [self.steps.compiled(c) for c in choices]
        values = [0] * d.base
        visits = [0] * (d.size - d.base)
        ctx = Context(values, visits, 0, 0)
        for point in itertools.product(*ranges):
            for slot, value in zip(read, point):
                if slot < d.base:
                    values[slot] = bool(value) if d.is_flag[slot] else value
                else:
                    visits[slot - d.base] = value
            if not any(all(test(ctx) for test in choice_tests) for choice_tests in tests):
                return False
        return True

    def finishing(self) -> set:
        """The classes from which, whatever state of the class the player is in, some
        ending can still be reached: a least fixpoint over the edges."""
        predecessors = {}
        for key, edges in self.edges.items():
            for edge in edges.values():
                for target in edge.targets:
                    predecessors.setdefault(target, set()).add(key)
        good = {key for key in self.classes if self.points[key[0]].ending}
        todo = list(good)
        while todo:
            target = todo.pop()
            for key in predecessors.get(target, ()):
                if key not in good and self._finishes(key, good):
                    good.add(key)
                    todo.append(key)
        return good

    def _finishes(self, key, good) -> bool:
        """Whether in every state of the class some choice is available whose every
        outcome is a class in `good` (and whose step cannot jump for ever)."""
        p = self.points[key[0]]
        edges = self.edges.get(key, {})

        def finishes(c):
            edge = edges.get(c.number)
            return edge is not None and not edge.loops and edge.targets <= good

        choices = self.candidates(key)
        ready = [c for c in choices if finishes(c)]
        region = self.not_any(self.classes[key][0], ready)
        if region is None:
            return True
        if p.fallback is not None and finishes(p.fallback):
            # Where no ready choice is available, the fallback is offered (and finishes)
            # unless another choice is available there.
            for c in choices:
                if c in ready:
                    continue
                taken = region
                for condition in c.conditions:
                    taken = self.domain.refine(taken, condition, True)
                    if taken is None:
                        break
                if taken is not None:
                    return False
            return True
        return bool(ready) and self._box_covers(region, ready)

    # ------------------------------------------------------------- concrete

    def key_of(self, scene_id, at, offer, values, visits, used, stack=()):
        """The class a concrete state belongs to (`used`: a mask over the once-only keys)."""
        p = self.point_at[self.graph.node(scene_id, at)]
        d = self.domain
        thresholds = self.precision.thresholds
        gathered = 0
        if not p.fixed:
            for n in offer:
                gathered |= p.offer_bit.get(n, 0)
        used = self.once_only.relevant(p.number, used) & self.exact_bits(p.number)
        regions = []
        for slot in p.live:
            cuts = thresholds.get(slot)
            if not cuts:
                regions.append(0)
            else:
                v = values[slot] if slot < d.base else visits[slot - d.base]
                regions.append(bisect_right(cuts, int(v)))
        return (p.number, gathered, used, stack) + tuple(regions)

    def holds(self, key, values, visits, used) -> bool:
        """Whether a concrete state with this key lies inside its class."""
        found = self.classes.get(key)
        if found is None:
            return False
        env, may, must = found
        number = key[0]
        used = self.once_only.relevant(number, used) & ~self.exact_bits(number)
        if used & ~may or must & ~used:
            return False
        d = self.domain
        for slot in self.points[number].live:
            v = values[slot] if slot < d.base else visits[slot - d.base]
            if v.__class__ is str:
                continue  # a text: its interval is always TOP
            low, high = env[slot]
            if not low <= v <= high:
                return False
        return True

    def classes_at(self, number):
        return [key for key in self.classes if key[0] == number]


def _subsets(mask):
    """Every sub-mask of `mask`."""
    bits = []
    rest = mask
    while rest:
        low = rest & -rest
        bits.append(low)
        rest ^= low
    for count in range(len(bits) + 1):
        for chosen in itertools.combinations(bits, count):
            yield sum(chosen)


def _hull_all(envs):
    out = envs[0]
    for env in envs[1:]:
        out = hull(out, env)
    return out


def _flip(op):
    return {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}[op]


def _constant(e):
    if isinstance(e, m.Number):
        return e.value
    if isinstance(e, m.Unary) and e.op == "-" and isinstance(e.operand, m.Number):
        return -e.operand.value
    return None


def _slots(d, e):
    for kind, name in m.reads(e):
        if kind == "value":
            yield d.value_slots[name]
        else:
            slot = d.visit_slots.get(name)
            if slot is not None:
                yield d.base + slot


# ------------------------------------------------------------------ points

def _points(graph, liveness, domain):
    points = []
    numbers = {slot for slot, d in enumerate(graph.story.declarations) if isinstance(d, m.Var)}
    for number, (node, live) in enumerate(zip(graph.points, liveness.points)):
        scene_id, at = graph.where(node)
        ins = graph.instruction(node)
        p = Point()
        p.number, p.node, p.scene, p.at = number, node, scene_id, at
        is_ask = isinstance(ins, f.Ask)  # offers its one "answer", always
        p.is_wait = isinstance(ins, f.Wait) or is_ask
        p.ending = graph.story.scenes_by_id[scene_id].is_ending
        if is_ask:
            p.name = graph.programs[scene_id].choices[ins.choice].path
        else:
            p.name = ins.name if p.is_wait else f"{scene_id} (the end of its lines)"
        p.fixed = not p.is_wait or is_ask or ins.fixed
        # Variables stay live everywhere: nothing may read them again, but a sum that
        # takes one past the largest whole number still stops the story, and only
        # an interval kept for it can rule that out.
        p.live = tuple(sorted(set(live.values) | numbers)) + tuple(domain.base + j for j in live.visits)
        p.live_set = frozenset(p.live)
        # env + bounds -> env with every dead slot at its bounds
        p.project = picker([s if s in p.live_set else domain.size + s for s in range(domain.size)])
        p.once_only = live.once_only
        p.choices = []
        p.fallback = None
        p.offer_bit = {}
        if p.is_wait:
            p.offer_bit = {} if is_ask else {n: 1 << i for i, n in enumerate(ins.choices)}
            for number_, info in graph.choices_at(node):
                c = Choice()
                c.number, c.info, c.id, c.key, c.sticky = number_, info, info.id, info.key, info.sticky
                c.start = graph.choice_start(scene_id, number_)
                c.bit = 0
                c.conditions = tuple(cond.expr for cond in info.conditions)
                c.dice = any(rolls(e) for e in c.conditions)
                if not is_ask and number_ == ins.fallback:
                    p.fallback = c
                else:
                    p.choices.append(c)
        points.append(p)
    bits = {key: 1 << i for i, key in enumerate(liveness.once_only_keys)}
    for p in points:
        for c in p.choices:
            c.bit = bits.get(c.key, 0)
        if p.fallback is not None:
            p.fallback.bit = 0
    return points



def _ranks(graph, points):
    """A rank per point: points earlier in the story's order of steps get lower ranks."""
    following = {p.node: graph.following(p.node) for p in points}
    order = [node for component in reversed(components(list(following), following))
             for node in component]
    rank = {node: i for i, node in enumerate(order)}
    return [rank[p.node] for p in points]


# ------------------------------------------------------------------- steps

class _Steps:
    """One step run over intervals: the abstract program of every node, and its interpreter."""

    def __init__(self, search):
        self.search = search
        g = search.graph
        d = search.domain
        self.domain = d
        self.graph = g
        self._compiled = {}
        point_number = {p.node: p.number for p in search.points}
        story = g.story
        ops = [None] * g.size
        for node in range(g.size):
            if node >= g.instruction_count:
                scene_id, label = g.enter_of_node[node]
                program = g.programs[scene_id]
                entry = g.base[scene_id] + f.entry_index(program, label)
                ending = story.scenes_by_id[scene_id].is_ending
                rules = () if ending else tuple((condition, g.enter_node(target))
                                                for condition, target in g.rules if target != scene_id)
                slot = g.visit_slots.get(scene_id)
                ops[node] = (ENTER, scene_id, entry, None if slot is None else d.base + slot, rules)
                continue
            scene_id, index = g.where(node)
            base = g.base[scene_id]
            ins = g.programs[scene_id].code[index]
            kind = type(ins)
            following = node + 1
            if kind is f.Do:
                a = ins.assign
                ops[node] = (SET, d.value_slots[a.name], a.op, a.value, following)
            elif kind is f.Test:
                ops[node] = (TEST, ins.condition, following, base + ins.otherwise)
            elif kind is f.Go:
                ops[node] = (GO, base + ins.to)
            elif kind is f.Enter:
                ops[node] = (GO, g.enter_node(ins.scene, ins.label))
            elif kind is f.Count:
                slot = g.visit_slots.get(ins.place)
                ops[node] = (SKIP, following) if slot is None else (COUNT, d.base + slot, following)
            elif kind is f.Offer:
                ops[node] = (OFFER, ins.choice, following)
            elif kind is f.Wait or kind is f.Stop or kind is f.Ask:
                ops[node] = (POINT, point_number[node])
            elif kind is f.Call:
                ops[node] = (CALL, (scene_id, index + 1), g.enter_node(ins.scene, ins.label))
            elif kind is f.Return:
                ops[node] = (RETURN,)
            elif kind is f.Say or kind is f.Break:
                ops[node] = (SKIP, following)
            else:  # an instruction this analysis does not know: it cannot answer soundly
                raise NotImplementedError(f"the abstraction does not know {kind.__name__}")
        self.ops = ops
        self._footprints = {}
        self._memo = {}

    def compiled(self, c):
        known = self._compiled.get(id(c))
        if known is None:
            symbols = self.search.engine.symbols
            known = self._compiled[id(c)] = [compile_expr(e, symbols) for e in c.conditions]
        return known

    def run(self, start, env, offer, stack):
        """(exits, scenes entered, may loop) of a step from node `start`, with `stack`
        the calls waiting for their return.

        Exits are (point number, env, offer, stack). Paths are followed one by one; a
        step with too many, or one that goes round a cycle too long, is run
        again with the paths joined at each node (sound, less precise). A step
        reads and writes only the slots of its footprint, so its outcome is
        remembered per start and footprint and replayed onto other envs.
        """
        footprint = self._footprints.get(start)
        if footprint is None:
            footprint = self._footprints[start] = self._footprint(start)
        pick, merge = footprint
        memo_key = (start, pick(env), offer, stack)
        known = self._memo.get(memo_key)
        if known is not None:
            outcomes, entered, loops = known
            return [(number, merge(env + part), exit_offer, exit_stack)
                    for number, part, exit_offer, exit_stack in outcomes], entered, loops
        d = self.domain
        d.overflow = False
        result = self._paths(start, env, offer, stack)
        if result is None:
            d.overflow = False
            result = self._joined(start, env, offer, stack)
        exits, entered, loops = result
        if d.overflow:  # some arithmetic may leave the range: the engine would stop there
            loops = True
            result = exits, entered, loops
        if len(self._memo) < MEMO_LIMIT:
            self._memo[memo_key] = ([(number, pick(exit_env), exit_offer, exit_stack)
                                     for number, exit_env, exit_offer, exit_stack in exits],
                                    entered, loops)
        return result

    def _footprint(self, start):
        """(pick, merge): the slots a step from `start` may read or write, and how to put
        them back into an env (`merge(env + picked)`)."""
        g = self.graph
        d = self.domain
        slots = set()
        for node in g.step(start).nodes:
            op = self.ops[node]
            kind = op[0]
            if kind == SET:
                slots.add(op[1])
                slots.update(_slots(d, op[3]))
            elif kind == TEST:
                slots.update(_slots(d, op[1]))
            elif kind == COUNT:
                slots.add(op[1])
            elif kind == ENTER:
                if op[3] is not None:
                    slots.add(op[3])
                for condition, _ in op[4]:
                    slots.update(_slots(d, condition))
        order = sorted(slots)
        where = {slot: d.size + i for i, slot in enumerate(order)}
        return picker(order), picker([where.get(slot, slot) for slot in range(d.size)])

    def _paths(self, start, env, offer, calls):
        d = self.domain
        ops = self.ops
        refine, value, assign = d.refine, d.value, d.assign
        exits, entered = [], set()
        loops = False
        stack = [(start, env, offer, 0, calls)]
        work = 0
        while stack:
            node, env, offer, length, calls = stack.pop()
            while True:
                length += 1
                work += 1
                if length > PATH_LIMIT or work > STEP_WORK:
                    return None
                op = ops[node]
                kind = op[0]
                if kind == SKIP:
                    node = op[1]
                elif kind == SET:
                    env = assign(env, op[1], op[2], value(op[3], env))
                    node = op[4]
                elif kind == TEST:
                    yes = refine(env, op[1], True)
                    no = refine(env, op[1], False)
                    if yes is None:
                        if no is None:
                            break
                        env, node = no, op[3]
                    else:
                        if no is not None:
                            stack.append((op[3], no, offer, length, calls))
                        env, node = yes, op[2]
                elif kind == GO:
                    node = op[1]
                elif kind == COUNT:
                    env = _bump(env, op[1])
                    node = op[2]
                elif kind == OFFER:
                    offer = offer + (op[1],)
                    node = op[2]
                elif kind == POINT:
                    exits.append((op[1], env, offer, calls))
                    break
                elif kind == CALL:
                    if len(calls) >= MAX_CALLS:
                        loops = True  # the engine stops here with an error
                        break
                    calls = calls + (op[1],)
                    node = op[2]
                elif kind == RETURN:
                    if not calls:
                        loops = True  # a return no call led to: the engine stops with an error
                        break
                    (scene_id, index), calls = calls[-1], calls[:-1]
                    node = self.graph.node(scene_id, index)
                    offer = ()
                else:  # ENTER
                    for condition, target in op[4]:
                        yes = refine(env, condition, True)
                        if yes is not None:
                            stack.append((target, yes, (), length, calls))
                        env = refine(env, condition, False)
                        if env is None:
                            break
                    if env is None:
                        break
                    entered.add(op[1])
                    if op[3] is not None:
                        env = _bump(env, op[3])
                    offer = ()
                    node = op[2]
        return exits, entered, loops

    def _joined(self, start, env, offer, calls):
        """The step with paths joined per (node, offer, calls): always ends; may-loop if
        the step's instructions hold a cycle."""
        d = self.domain
        ops = self.ops
        refine, value, assign = d.refine, d.value, d.assign
        at = {}
        joins = {}
        todo = []
        exits = {}
        entered = set()
        errors = False

        def flow(node, env, offer, calls):
            key = (node, offer, calls)
            old = at.get(key)
            if old is not None:
                new = hull(old, env)
                if new == old:
                    return
                count = joins[key] = joins.get(key, 0) + 1
                if count > JOINED_WIDEN:
                    new = tuple((d.bounds[s][0] if n[0] < o[0] else n[0],
                                 d.bounds[s][1] if n[1] > o[1] else n[1])
                                for s, (n, o) in enumerate(zip(new, old)))
                env = new
            at[key] = env
            todo.append(key)

        flow(start, env, offer, calls)
        while todo:
            node, offer, calls = todo.pop()
            env = at[(node, offer, calls)]
            op = ops[node]
            kind = op[0]
            if kind == SKIP:
                flow(op[1], env, offer, calls)
            elif kind == SET:
                flow(op[4], assign(env, op[1], op[2], value(op[3], env)), offer, calls)
            elif kind == TEST:
                yes = refine(env, op[1], True)
                if yes is not None:
                    flow(op[2], yes, offer, calls)
                no = refine(env, op[1], False)
                if no is not None:
                    flow(op[3], no, offer, calls)
            elif kind == GO:
                flow(op[1], env, offer, calls)
            elif kind == COUNT:
                flow(op[2], _bump(env, op[1]), offer, calls)
            elif kind == OFFER:
                flow(op[2], env, offer + (op[1],) if len(offer) < 10_000 else offer, calls)
            elif kind == POINT:
                key = (op[1], offer, calls)
                exits[key] = env if key not in exits else hull(exits[key], env)
            elif kind == CALL:
                if len(calls) >= MAX_CALLS:
                    errors = True
                else:
                    flow(op[2], env, offer, calls + (op[1],))
            elif kind == RETURN:
                if not calls:
                    errors = True
                else:
                    scene_id, index = calls[-1]
                    flow(self.graph.node(scene_id, index), env, (), calls[:-1])
            else:
                for condition, target in op[4]:
                    yes = refine(env, condition, True)
                    if yes is not None:
                        flow(target, yes, (), calls)
                    env = refine(env, condition, False)
                    if env is None:
                        break
                if env is not None:
                    entered.add(op[1])
                    if op[3] is not None:
                        env = _bump(env, op[3])
                    flow(op[2], env, (), calls)
        loops = errors or self.graph_has_cycle(start)
        return ([(number, env, offer, calls) for (number, offer, calls), env in exits.items()],
                entered, loops)

    def graph_has_cycle(self, start) -> bool:
        """Whether the instructions one step from `start` may run hold a cycle."""
        g = self.graph
        region = g.step(start).nodes
        colour = {}
        for root in region:
            if root in colour or root in g.point_of:
                continue
            stack = [(root, iter(g.successors(root)))]
            colour[root] = 1
            while stack:
                node, children = stack[-1]
                for child in children:
                    if child in g.point_of or child not in region:
                        continue
                    state = colour.get(child)
                    if state == 1:
                        return True
                    if state is None:
                        colour[child] = 1
                        stack.append((child, iter(g.successors(child))))
                        break
                else:
                    colour[node] = 2
                    stack.pop()
        return False


def _bump(env, slot):
    low, high = env[slot]
    return env[:slot] + ((low + 1, high + 1),) + env[slot + 1:]
