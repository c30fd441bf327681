"""A sound over-approximation of a story: the interval each value can hold at each scene.

When the exact search cannot cover every state, this abstraction still
proves the negative findings: a scene it never reaches is never reached, a
choice whose condition it finds false at every arrival is never available,
a scene where some choice is available at every point of the intervals is
never a dead end. It forgets visit counts, once-only choices taken and the
relations between values, so what it cannot rule out stays "unknown", never
"found". `approximate(engine)` runs it to a fixpoint with widening.
"""
from __future__ import annotations

import itertools

from attrs import define, field

from . import model as m

INF = float("inf")
TOP = (-INF, INF)
TRUE, FALSE, EITHER = (1, 1), (0, 0), (0, 1)
WIDEN_AFTER = 12  # updates of one node before its growing bounds jump to their limits
BOX_LIMIT = 20_000  # points checked when proving a scene is never a dead end


@define
class Approximation:
    pages: dict = field(factory=dict)  # scene id -> env on its page (tuple of (low, high))
    entered: set = field(factory=set)  # scenes entered, if only to jump on
    possible_choices: set = field(factory=set)  # (scene id, choice id) that may be available
    never_stuck: set = field(factory=set)  # scenes proven never a dead end
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


def approximate(engine, start_at=None, start_values=None) -> Approximation:
    """Run the abstraction over `engine`'s story to a fixpoint."""
    return _Run(engine).run(start_at, start_values)


class _Run:
    def __init__(self, engine):
        self.engine = engine
        self.story = engine.story
        self.scenes = engine.story.scenes_by_id
        self.ev = _Evaluator(engine)
        self.slots = engine.symbols.value_slots
        self.bounds = []
        for d in engine.declarations:
            if isinstance(d, m.Stat):
                self.bounds.append((d.low, d.high))
            elif isinstance(d, m.Flag):
                self.bounds.append((0, 1))
            else:
                self.bounds.append(TOP)
        self.enter_env = {}
        self.page_env = {}
        self.updates = {}
        self.todo = []
        self.result = Approximation(names=tuple(d.name for d in engine.declarations))

    def run(self, start_at, start_values):
        initial = list(self.engine.initial_values)
        for name, value in (start_values or {}).items():
            initial[self.slots[name]] = value
        env = tuple((int(v), int(v)) for v in initial)
        self.flow(("enter", start_at or self.story.start), env)
        while self.todo:
            node = self.todo.pop()
            if node[0] == "enter":
                self.enter(node[1], self.enter_env[node[1]])
            else:
                self.page(node[1], self.page_env[node[1]])
        self.result.pages = dict(self.page_env)
        self.dead_ends()
        return self.result

    def flow(self, node, env):
        table = self.enter_env if node[0] == "enter" else self.page_env
        old = table.get(node[1])
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
        table[node[1]] = new
        if node not in self.todo:
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

    def enter(self, target, env):
        scene = self.scenes[target]
        if not scene.is_ending:
            for rule in self.story.whenevers:
                if rule.target == target:
                    continue
                taken = self.ev.refine(env, rule.condition, True)
                if taken is not None:
                    self.flow(("enter", rule.target), taken)
                env = self.ev.refine(env, rule.condition, False)
                if env is None:
                    return
        self.result.entered.add(target)
        for step in scene.entry:
            if isinstance(step, m.Assign):
                env = self.assign(env, step)
                continue
            if step.condition is None:
                self.flow(("enter", step.target), env)
                return
            taken = self.ev.refine(env, step.condition, True)
            if taken is not None:
                self.flow(("enter", step.target), taken)
            env = self.ev.refine(env, step.condition, False)
            if env is None:
                return
        self.flow(("page", target), env)

    def page(self, scene_id, env):
        scene = self.scenes[scene_id]
        for choice in scene.choices:
            taken = env
            for condition in choice.conditions:
                taken = self.ev.refine(taken, condition.expr, True)
                if taken is None:
                    break
            if taken is None:
                continue
            self.result.possible_choices.add((scene_id, choice.id))
            for effect in choice.effects:
                taken = self.assign(taken, effect)
            self.flow(("enter", choice.target), taken)
        if scene.fallback is not None:
            from .engine import FALLBACK_ID

            self.result.possible_choices.add((scene_id, FALLBACK_ID))
            self.flow(("enter", scene.fallback.target), env)

    # ------------------------------------------------------------ dead ends

    def dead_ends(self):
        """Scenes proven never to leave the player without a choice."""
        revisitable = _on_cycles(self.story)
        for scene_id, env in self.page_env.items():
            scene = self.scenes[scene_id]
            if scene.is_ending or scene.fallback is not None:
                self.result.never_stuck.add(scene_id)
                continue
            usable = [c for c in scene.choices
                      if (c.sticky or scene_id not in revisitable)
                      and not any(_uses_chance_or_visits(cond.expr) for cond in c.conditions)]
            if usable and self._always_one(usable, env):
                self.result.never_stuck.add(scene_id)

    def _always_one(self, choices, env):
        if any(not c.conditions for c in choices):
            return True
        from .evaluate import Context, compile_expr

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


def _on_cycles(story) -> set:
    """Scenes the player can come back to: on a cycle of the scene graph."""
    successors = {}
    for scene in story.scenes:
        targets = {c.target for c in scene.choices}
        targets.update(s.target for s in scene.entry if isinstance(s, m.Jump))
        if scene.fallback is not None:
            targets.add(scene.fallback.target)
        if not scene.is_ending:
            targets.update(rule.target for rule in story.whenevers)
        successors[scene.id] = targets
    on_cycle = set()
    for scene_id in successors:
        seen, todo = set(), list(successors[scene_id])
        while todo:
            current = todo.pop()
            if current == scene_id:
                on_cycle.add(scene_id)
                break
            if current not in seen and current in successors:
                seen.add(current)
                todo.extend(successors[current])
    return on_cycle

