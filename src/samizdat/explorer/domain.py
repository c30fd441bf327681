"""Intervals over a story's slots: the abstract values the explorer's proofs compute with.

A *slot* is one number of a State: value slot i is declaration i (a stat, a
flag as 0 or 1, a variable), visit slot j is `base + j` (how many times a
place the story observes was passed). An *env* gives each slot an interval
(low, high), both ends included; a truth value is (0, 0), (1, 1) or, when it
may go either way, (0, 1). `Domain` evaluates expressions over an env,
narrows an env to where a condition is true or false (`refine`), and applies
a `set` (`assign`), always so that every concrete state inside the env is
still inside the result: what it computes over-approximates what the
engine does, never the other way round. A text value (`text name = "Ivan"`)
is always TOP: comparisons of texts go either way, which is sound, only
less precise.
"""
from __future__ import annotations

from .. import model as m
from ..model import MAX_WHOLE

INF = float("inf")
TOP = (-INF, INF)
TRUE, FALSE, EITHER = (1, 1), (0, 0), (0, 1)
COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")
_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}


def _span(points):
    return (min(points), max(points))


def _mul(a, b):
    return 0 if a == 0 or b == 0 else a * b


def _floordiv(a, b):
    if b == 0:
        return 0
    if a in (INF, -INF) or b in (INF, -INF):
        return None
    return a // b


def hull(a, b):
    """The smallest env holding both."""
    return tuple(x if x == y else (min(x[0], y[0]), max(x[1], y[1])) for x, y in zip(a, b))


def hull_at(a, b, slots):
    """`hull(a, b)` for envs that agree outside `slots`."""
    out = None
    for s in slots:
        x = a[s]
        y = b[s]
        if x != y:
            low = x[0] if x[0] <= y[0] else y[0]
            high = x[1] if x[1] >= y[1] else y[1]
            if low != x[0] or high != x[1]:
                if out is None:
                    out = list(a)
                out[s] = (low, high)
    return a if out is None else tuple(out)


def contains(big, small) -> bool:
    return all(b[0] <= s[0] and s[1] <= b[1] for b, s in zip(big, small))


class Domain:
    """The slots of one engine's story, and expressions evaluated over intervals of them."""

    def __init__(self, engine):
        declarations = engine.declarations
        self.value_slots = engine.symbols.value_slots
        self.visit_slots = engine.visit_slots
        self.base = len(declarations)
        self.size = self.base + len(self.visit_slots)
        bounds = []
        for d in declarations:
            if isinstance(d, m.Stat):
                bounds.append((d.low, d.high))
            elif isinstance(d, m.Flag):
                bounds.append((0, 1))
            else:  # a variable, or a text (which this domain does not tell apart: TOP)
                bounds.append(TOP)
        bounds.extend((0, INF) for _ in self.visit_slots)
        self.bounds = tuple(bounds)  # every value a slot can ever hold
        self.is_flag = tuple(isinstance(d, m.Flag) for d in declarations) + (False,) * len(self.visit_slots)
        self.clamped = tuple(isinstance(d, m.Stat) for d in declarations)
        self.overflow = False  # set when some arithmetic evaluated may leave -MAX_WHOLE..MAX_WHOLE
        self.is_text = tuple(isinstance(d, m.Text) for d in declarations) + (False,) * len(self.visit_slots)

    # -------------------------------------------------------------- slots

    def slot_of(self, e):
        """The slot an expression is, when it is one: a name, or visits(place)."""
        if e.__class__ is m.Name:
            return self.value_slots[e.name]
        if e.__class__ is m.Call and e.function == "visits":
            slot = self.visit_slots.get(e.args[0].name)
            return None if slot is None else self.base + slot
        return None

    def initial(self, values, visits):
        """The env of one concrete state."""
        return tuple(TOP if isinstance(v, str) else (int(v), int(v)) for v in values) \
            + tuple((v, v) for v in visits)

    # --------------------------------------------------------- evaluation

    def value(self, e, env):
        kind = e.__class__
        if kind is m.Number:
            return (e.value, e.value)
        if kind is m.Name:
            return env[self.value_slots[e.name]]
        if kind is m.Bool:
            return TRUE if e.value else FALSE
        if kind is m.Str:
            return TOP  # texts are not told apart: a comparison of texts may go either way
        if kind is m.Binary:
            return self._binary(e, env)
        if kind is m.Unary:
            low, high = self.value(e.operand, env)
            return (1 - high, 1 - low) if e.op == "not" else (-high, -low)
        return self._call(e, env)

    def _binary(self, e, env):
        op = e.op
        a = self.value(e.left, env)
        if op == "and" and a == FALSE:
            return FALSE
        if op == "or" and a == TRUE:
            return TRUE
        b = self.value(e.right, env)
        if op == "and":
            return (min(a[0], b[0]), min(a[1], b[1]))
        if op == "or":
            return (max(a[0], b[0]), max(a[1], b[1]))
        if op == "+":
            return self._whole((a[0] + b[0], a[1] + b[1]))
        if op == "-":
            return self._whole((a[0] - b[1], a[1] - b[0]))
        if op == "*":
            return self._whole(_span([_mul(x, y) for x in a for y in b]))
        if op == "/":
            divisors = {b[0], b[1]} | {d for d in (-1, 1) if b[0] <= d <= b[1]}
            results = [_floordiv(x, y) for x in a for y in divisors]
            if None in results:
                return TOP
            if b[0] <= 0 <= b[1]:
                results.append(0)
            return _span(results)
        return compare(op, a, b)

    def _whole(self, result):
        """An arithmetic result, noting in `overflow` when it may leave the range of whole
        numbers (where the engine stops the story with an error)."""
        if result[0] < -MAX_WHOLE or result[1] > MAX_WHOLE:
            self.overflow = True
            return (max(result[0], -MAX_WHOLE), min(result[1], MAX_WHOLE))
        return result

    def _call(self, e, env):
        name = e.function
        if name == "visits" or name == "seen":
            slot = self.visit_slots.get(e.args[0].name)
            count = (0, INF) if slot is None else env[self.base + slot]
            if name == "visits":
                return count
            return TRUE if count[0] >= 1 else FALSE if count[1] < 1 else EITHER
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

    # ----------------------------------------------------------- refining

    def refine(self, env, e, truth):
        """`env` narrowed to where `e` can evaluate to `truth`; None where it never does."""
        kind = e.__class__
        if kind is m.Unary and e.op == "not":
            return self.refine(env, e.operand, not truth)
        if kind is m.Binary:
            op = e.op
            if op == "and" or op == "or":
                if (op == "and") == truth:  # both sides must hold (or both fail)
                    env = self.refine(env, e.left, truth)
                    return None if env is None else self.refine(env, e.right, truth)
                left = self.refine(env, e.left, truth)
                right = self.refine(env, e.right, truth)
                if left is None:
                    return right
                if right is None:
                    return left
                return hull(left, right)
            if op in COMPARISONS:
                return self._refine_comparison(env, e, truth)
        if kind is m.Name:
            slot = self.value_slots[e.name]
            return _narrow(env, slot, TRUE if truth else FALSE)
        if kind is m.Call and e.function == "seen":
            slot = self.visit_slots.get(e.args[0].name)
            if slot is not None:
                return _narrow(env, self.base + slot, (1, INF) if truth else (0, 0))
        result = self.value(e, env)
        if result == (FALSE if truth else TRUE):
            return None
        return env

    def _refine_comparison(self, env, e, truth):
        op = e.op if truth else _NEGATED[e.op]
        left, right = self.value(e.left, env), self.value(e.right, env)
        if compare(op, left, right) == FALSE:
            return None
        for term, other, how in ((e.left, right, op), (e.right, left, _FLIPPED[op])):
            slot = self.slot_of(term)
            if slot is None:
                continue
            low, high = other
            if how == "<":
                bounds = (-INF, high - 1)
            elif how == "<=":
                bounds = (-INF, high)
            elif how == ">":
                bounds = (low + 1, INF)
            elif how == ">=":
                bounds = (low, INF)
            elif how == "==":
                bounds = (low, high)
            else:  # != narrows only an end that equals a constant
                here = env[slot]
                if low != high:
                    continue
                if here[0] == here[1] == low:
                    return None
                bounds = (here[0] + (here[0] == low), here[1] - (here[1] == low))
            env = _narrow(env, slot, bounds)
            if env is None:
                return None
        return env

    # --------------------------------------------------------- assignment

    def assign(self, env, slot, op, value):
        """The env after `set <slot> <op> <value>` (value an interval)."""
        current = env[slot]
        if op == "=":
            new = value
        elif op == "+=":  # the engine's x = x + v, range-checked like any sum
            new = self._whole((current[0] + value[0], current[1] + value[1]))
        elif op == "-=":
            new = self._whole((current[0] - value[1], current[1] - value[0]))
        else:
            low, high = self.bounds[slot]
            if INF in (abs(current[0]), abs(current[1]), abs(value[0]), abs(value[1])):
                new = (low, high)
            elif op == "%+":
                new = _span([c + ((high - c) * v * 2 + 100) // 200 for c in current for v in value])
            else:
                new = _span([c - ((c - low) * v * 2 + 100) // 200 for c in current for v in value])
        if self.clamped[slot]:
            low, high = self.bounds[slot]
            new = (min(max(new[0], low), high), max(min(new[1], high), low))
        return env[:slot] + (new,) + env[slot + 1:]


def compare(op, a, b):
    """The truth of `a op b` for intervals a and b."""
    if op == "==" or op == "!=":
        if a[0] == a[1] == b[0] == b[1]:
            result = TRUE
        elif a[1] < b[0] or b[1] < a[0]:
            result = FALSE
        else:
            result = EITHER
        return result if op == "==" else (1 - result[1], 1 - result[0])
    if op == ">" or op == ">=":
        a, b = b, a
        op = "<" if op == ">" else "<="
    if op == "<":
        return TRUE if a[1] < b[0] else FALSE if a[0] >= b[1] else EITHER
    return TRUE if a[1] <= b[0] else FALSE if a[0] > b[1] else EITHER


def _narrow(env, slot, bounds):
    low, high = env[slot]
    new_low, new_high = max(low, bounds[0]), min(high, bounds[1])
    if new_low > new_high:
        return None
    if new_low == low and new_high == high:
        return env
    return env[:slot] + ((new_low, new_high),) + env[slot + 1:]


def atoms(e):
    """The comparisons and truth-valued names inside a condition, for thresholds."""
    if isinstance(e, m.Unary) and e.op == "not":
        yield from atoms(e.operand)
    elif isinstance(e, m.Binary) and e.op in ("and", "or"):
        yield from atoms(e.left)
        yield from atoms(e.right)
    else:
        yield e
