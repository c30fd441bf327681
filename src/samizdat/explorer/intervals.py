"""A sound over-approximation of a story: the interval each value can hold at each point.

When the exact search cannot cover every state, this abstraction still
proves the negative findings: a scene it never reaches is never reached, a
choice whose condition it finds false at every arrival is never available,
a point where some choice is available everywhere in the intervals is never
a dead end. It runs over the story's instructions (`graph.py`) and forgets
visit counts, once-only choices taken and the relations between values, so
what it cannot rule out stays "unknown", never "found". `approximate(engine)`
runs it to a fixpoint with widening.
"""
from __future__ import annotations

import itertools

from attrs import define, field

from .. import flow as f
from .. import model as m
from .graph import StoryGraph

INF = float("inf")
TOP = (-INF, INF)
TRUE, FALSE, EITHER = (1, 1), (0, 0), (0, 1)
WIDEN_AFTER = 12  # updates of one node before its growing bounds jump to their limits
BOX_LIMIT = 20_000  # points checked when proving a scene is never a dead end


@define
class Approximation:
    pages: dict = field(factory=dict)  # (scene id, at) of a Wait -> env there (tuple of (low, high))
    entered: set = field(factory=set)  # scenes entered, if only to jump on
    possible_choices: set = field(factory=set)  # keys ("scene/number") of choices that may be available
    never_stuck: set = field(factory=set)  # (scene id, at) of points proven never a dead end
    stops: set = field(factory=set)  # (scene id, at) of the dead ends (Stops outside endings) it reaches
    names: tuple = ()  # value names, in slot order

    def value_bounds(self) -> dict:
        """Per value name, the interval it may hold on any page reached."""
        out = {}
        for slot, name in enumerate(self.names):
            lows = [env[slot][0] for env in self.pages.values()]
            highs = [env[slot][1] for env in self.pages.values()]
            out[name] = (min(lows), max(highs)) if lows else None
        return out


def _mul(a, b):
    return 0 if a == 0 or b == 0 else a * b


def _span(points):
    return (min(points), max(points))


def _floordiv(a, b):
    if b == 0:
        return 0
    if a in (INF, -INF) or b in (INF, -INF):
        return None
    return a // b


class _Evaluator:
    def __init__(self, engine):
        self.slots = engine.symbols.value_slots

    def value(self, e, env):
        if isinstance(e, m.Number):
            return (e.value, e.value)
        if isinstance(e, m.Bool):
            return TRUE if e.value else FALSE
        if isinstance(e, m.Str):
            return TOP  # texts are not followed: anything
        if isinstance(e, m.Name):
            return env[self.slots[e.name]]
        if isinstance(e, m.Unary):
            low, high = self.value(e.operand, env)
            return (1 - high, 1 - low) if e.op == "not" else (-high, -low)
        if isinstance(e, m.Binary):
            return self.binary(e, env)
        return self.call(e, env)

    def binary(self, e, env):
        a = self.value(e.left, env)
        b = self.value(e.right, env)
        op = e.op
        if op == "and":
            return (min(a[0], b[0]), min(a[1], b[1]))
        if op == "or":
            return (max(a[0], b[0]), max(a[1], b[1]))
        if op == "+":
            return (a[0] + b[0], a[1] + b[1])
        if op == "-":
            return (a[0] - b[1], a[1] - b[0])
        if op == "*":
            return _span([_mul(x, y) for x in a for y in b])
        if op == "/":
            divisors = {b[0], b[1]} | {d for d in (-1, 1) if b[0] <= d <= b[1]}
            results = [_floordiv(x, y) for x in a for y in divisors]
            if None in results:
                return TOP
            if b[0] <= 0 <= b[1]:
                results.append(0)
            return _span(results)
        return self.compare(op, a, b)

    @staticmethod
    def compare(op, a, b):
        if op in ("==", "!="):
            if a[0] == a[1] == b[0] == b[1]:
                result = TRUE
            elif a[1] < b[0] or b[1] < a[0]:
                result = FALSE
            else:
                result = EITHER
            return result if op == "==" else (1 - result[1], 1 - result[0])
        if op in (">", ">="):
            a, b = b, a
            op = "<" if op == ">" else "<="
        if op == "<":
            return TRUE if a[1] < b[0] else FALSE if a[0] >= b[1] else EITHER
        return TRUE if a[1] <= b[0] else FALSE if a[0] > b[1] else EITHER

    def call(self, e, env):
        name = e.function
        if name == "seen":
            return EITHER
        if name == "visits":
            return (0, INF)
        args = [self.value(a, env) for a in e.args]
        if name == "chance":
            (p,) = args
            return FALSE if p[1] <= 0 else TRUE if p[0] >= 100 else EITHER
        if name == "roll":
            (sides,) = args
            return (1, max(1, sides[1]))
        a, b = args
        if name == "min":
            return (min(a[0], b[0]), min(a[1], b[1]))
        return (max(a[0], b[0]), max(a[1], b[1]))

    # ------------------------------------------------------------- refining

    def refine(self, env, e, truth):
        """`env` narrowed to where `e` evaluates to `truth`, or None where it never does."""
        if isinstance(e, m.Unary) and e.op == "not":
            return self.refine(env, e.operand, not truth)
        if isinstance(e, m.Binary) and (e.op == "and" and truth or e.op == "or" and not truth):
            env = self.refine(env, e.left, truth)
            return None if env is None else self.refine(env, e.right, truth)
        if isinstance(e, m.Name):
            return self._narrow(env, self.slots[e.name], TRUE if truth else FALSE)
        if isinstance(e, m.Binary) and e.op in ("<", "<=", ">", ">=", "==", "!="):
            env = self._refine_comparison(env, e, truth)
            if env is None:
                return None
        result = self.value(e, env)
        if result == (FALSE if truth else TRUE):
            return None
        return env

    def _refine_comparison(self, env, e, truth):
        op = e.op
        left, right = e.left, e.right
        if isinstance(left, m.Number) and isinstance(right, m.Name):
            left, right = right, left
            op = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(op, op)
        if not (isinstance(left, m.Name) and isinstance(right, m.Number)):
            return env
        if not truth:
            op = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}[op]
        c = right.value
        slot = self.slots[left.name]
        bounds = {"<": (-INF, c - 1), "<=": (-INF, c), ">": (c + 1, INF), ">=": (c, INF),
                  "==": (c, c)}.get(op)
        if bounds is None:  # != narrows only a bound that equals c
            low, high = env[slot]
            if low == high == c:
                return None
            bounds = (low + (low == c), high - (high == c))
        return self._narrow(env, slot, bounds)

    @staticmethod
    def _narrow(env, slot, bounds):
        low, high = env[slot]
        low, high = max(low, bounds[0]), min(high, bounds[1])
        if low > high:
            return None
        return env[:slot] + ((low, high),) + env[slot + 1:]


def approximate(engine, start_at=None, start_values=None, graph=None) -> Approximation:
    """Run the abstraction over `engine`'s story to a fixpoint."""
    return _Run(engine, graph or StoryGraph(engine)).run(start_at, start_values)


class _Run:
    def __init__(self, engine, graph):
        self.engine = engine
        self.graph = graph
        self.story = engine.story
        self.ev = _Evaluator(engine)
        self.slots = engine.symbols.value_slots
        self.bounds = []
        for d in engine.declarations:
            if isinstance(d, m.Stat):
                self.bounds.append((d.low, d.high))
            elif isinstance(d, m.Flag):
                self.bounds.append((0, 1))
            else:  # a var, or a text (not followed)
                self.bounds.append(TOP)
        self.env = {}
        self.updates = {}
        self.todo = []
        self.queued = set()
        self.result = Approximation(names=tuple(d.name for d in engine.declarations))

    def run(self, start_at, start_values):
        g = self.graph
        initial = list(self.engine.initial_values)
        for name, value in (start_values or {}).items():
            initial[self.slots[name]] = value
        env = tuple(TOP if isinstance(v, str) else (int(v), int(v)) for v in initial)
        scene_id, _, label = (start_at or self.story.start).partition(".")
        self.flow(g.enter_node(scene_id, label or None), env)
        while self.todo:
            node = self.todo.pop()
            self.queued.discard(node)
            self.visit(node, self.env[node])
        for node, env in self.env.items():
            if node < g.instruction_count and isinstance(g.instruction(node), f.Wait):
                self.result.pages[g.where(node)] = env
        self.dead_ends()
        return self.result

    def flow(self, node, env):
        old = self.env.get(node)
        if old is None:
            new = env
        else:
            new = tuple((min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(old, env))
            if new == old:
                return
            count = self.updates[node] = self.updates.get(node, 0) + 1
            if count > WIDEN_AFTER:
                new = tuple((limit[0] if n[0] < o[0] else n[0], limit[1] if n[1] > o[1] else n[1])
                            for n, o, limit in zip(new, old, self.bounds))
        self.env[node] = new
        if node not in self.queued:
            self.queued.add(node)
            self.todo.append(node)

    def assign(self, env, a: m.Assign):
        slot = self.slots[a.name]
        value = self.ev.value(a.value, env)
        current = env[slot]
        if a.op == "=":
            new = value
        elif a.op == "+=":
            new = (current[0] + value[0], current[1] + value[1])
        elif a.op == "-=":
            new = (current[0] - value[1], current[1] - value[0])
        else:
            low, high = self.bounds[slot]
            if a.op == "%+":
                points = [c + ((high - c) * v * 2 + 100) // 200
                          for c in current for v in value if abs(v) != INF and abs(c) != INF]
            else:
                points = [c - ((c - low) * v * 2 + 100) // 200
                          for c in current for v in value if abs(v) != INF and abs(c) != INF]
            new = _span(points) if len(points) == 4 else self.bounds[slot]
        low, high = self.bounds[slot]
        new = (min(max(new[0], low), high), max(min(new[1], high), low))
        return env[:slot] + (new,) + env[slot + 1:]

    def visit(self, node, env):
        g = self.graph
        if node >= g.instruction_count:
            self.enter(node, env)
            return
        ins = g.instruction(node)
        kind = type(ins)
        if kind is f.Do:
            self.flow(node + 1, self.assign(env, ins.assign))
        elif kind is f.Test:
            taken = self.ev.refine(env, ins.condition, True)
            if taken is not None:
                self.flow(node + 1, taken)
            skipped = self.ev.refine(env, ins.condition, False)
            if skipped is not None:
                self.flow(node - g.where(node)[1] + ins.otherwise, skipped)
        elif kind is f.Wait:
            self.wait(node, ins, env)
        elif kind is f.Ask:  # the explorer answers with what the text holds already
            scene_id, _ = g.where(node)
            self.result.possible_choices.add(g.programs[scene_id].choices[ins.choice].key)
            self.flow(node + 1, env)
        elif kind is f.Stop:
            scene_id, at = g.where(node)
            if not self.story.scenes_by_id[scene_id].is_ending:
                self.result.stops.add((scene_id, at))
        else:
            for succ in g.successors(node):
                self.flow(succ, env)

    def enter(self, node, env):
        g = self.graph
        target, _label = g.enter_of_node[node]
        scene = self.story.scenes_by_id[target]
        if not scene.is_ending:
            for condition, rule_target in g.rules:
                if rule_target == target:
                    continue
                taken = self.ev.refine(env, condition, True)
                if taken is not None:
                    self.flow(g.enter_node(rule_target), taken)
                env = self.ev.refine(env, condition, False)
                if env is None:
                    return
        self.result.entered.add(target)
        self.flow(g.successors(node)[0], env)

    def wait(self, node, ins, env):
        g = self.graph
        scene_id, _ = g.where(node)
        for number, info in g.choices_at(node):
            taken = env
            for condition in info.conditions:
                taken = self.ev.refine(taken, condition.expr, True)
                if taken is None:
                    break
            if taken is None:
                continue
            self.result.possible_choices.add(info.key)
            self.flow(g.choice_start(scene_id, number), taken)

    # ------------------------------------------------------------ dead ends

    def dead_ends(self):
        """Points proven never to leave the player without a choice."""
        g = self.graph
        revisitable = g.recurring_points()
        for (scene_id, at), env in self.result.pages.items():
            node = g.node(scene_id, at)
            ins = g.instruction(node)
            if ins.fallback is not None:
                self.result.never_stuck.add((scene_id, at))
                continue
            usable = [info for _, info in g.choices_at(node)
                      if (info.sticky or node not in revisitable) and ins.fixed
                      and not any(_uses_chance_or_visits(c.expr) for c in info.conditions)]
            if usable and self._always_one(usable, env):
                self.result.never_stuck.add((scene_id, at))

    def _always_one(self, choices, env):
        if any(not c.conditions for c in choices):
            return True
        from ..evaluate import Context, compile_expr

        read = sorted({self.slots[n] for c in choices for cond in c.conditions
                       for n in _names(cond.expr)})
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
        symbols = self.engine.symbols
        tests = [[compile_expr(cond.expr, symbols) for cond in c.conditions] for c in choices]
        values = [0] * len(self.engine.declarations)
        ctx = Context(values, [0] * len(self.engine.visit_slots), 0, 0)
        for point in itertools.product(*ranges):
            for slot, value in zip(read, point):
                values[slot] = bool(value) if self.bounds[slot] == (0, 1) and \
                    isinstance(self.engine.initial_values[slot], bool) else value
            if not any(all(test(ctx) for test in choice_tests) for choice_tests in tests):
                return False
        return True


def _names(e):
    if isinstance(e, m.Name):
        yield e.name
    elif isinstance(e, m.Unary):
        yield from _names(e.operand)
    elif isinstance(e, m.Binary):
        yield from _names(e.left)
        yield from _names(e.right)
    elif isinstance(e, m.Call):
        for a in e.args:
            yield from _names(a)


def _uses_chance_or_visits(e):
    if isinstance(e, m.Call):
        return e.function in ("chance", "roll", "seen", "visits") or any(
            _uses_chance_or_visits(a) for a in e.args)
    if isinstance(e, m.Unary):
        return _uses_chance_or_visits(e.operand)
    if isinstance(e, m.Binary):
        return _uses_chance_or_visits(e.left) or _uses_chance_or_visits(e.right)
    return False
