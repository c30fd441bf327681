"""Compiles expressions and text from the model into plain Python closures.

Story text is data: nothing here calls `eval` or `exec`. Each expression
node becomes a small function of an evaluation `Context`, which is much
faster than walking the tree on every step. The checker has already made
sure names exist and types agree.
"""
from __future__ import annotations

import operator
import re

from . import model as m
from .faults import NumberOutOfRange
from .model import MAX_WHOLE

_MASK = (1 << 64) - 1


def random_bits(seed: int, turn: int, k: int) -> int:
    """64 random bits, a pure function of (seed, turn, k): splitmix64's finaliser."""
    x = (seed * 0x9E3779B97F4A7C15 + turn * 0xD1B54A32D192ED03 + k * 0xBF58476D1CE4E5B9 + 1) & _MASK
    x ^= x >> 30
    x = (x * 0xBF58476D1CE4E5B9) & _MASK
    x ^= x >> 27
    x = (x * 0x94D049BB133111EB) & _MASK
    return x ^ (x >> 31)


class Dice:
    """Where randomness comes from: by default the seeded generator.

    The explorer substitutes its own to follow every outcome of every roll.
    """

    def draw(self, ctx, bound: int) -> int:
        ctx.draws += 1
        return random_bits(ctx.seed, ctx.turn, ctx.stream + ctx.draws) % bound


SEEDED = Dice()


class Context:
    """What an expression can see: current values, visit counts, randomness."""
    __slots__ = ("values", "visits", "here", "seed", "turn", "stream", "draws", "dice")

    def __init__(self, values, visits, seed, turn, stream=0, dice=SEEDED, here=0):
        self.values = values
        self.visits = visits
        self.here = here  # visits of the scene being shown, for {sequence: ...}
        self.seed = seed
        self.turn = turn
        self.stream = stream
        self.draws = 0
        self.dice = dice

    def draw(self, bound: int) -> int:
        return self.dice.draw(self, max(1, bound))


def _divide(a, b):
    return a // b if b else 0


_BINARY = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": _divide,
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}

_CONSTANTS = (m.Number, m.Bool, m.Str)


class Symbols:
    """Where each name lives in a State: value slots and visit slots."""

    def __init__(self, value_slots: dict, visit_slots: dict):
        self.value_slots = value_slots
        self.visit_slots = visit_slots


def compile_expr(expr, symbols):
    """A function ctx -> value. `symbols` may be None for constant expressions."""
    if isinstance(expr, (m.Number, m.Bool, m.Str)):
        value = expr.value
        return lambda ctx: value
    if isinstance(expr, m.Name):
        slot = symbols.value_slots[expr.name]
        return lambda ctx: ctx.values[slot]
    if isinstance(expr, m.Unary):
        operand = compile_expr(expr.operand, symbols)
        if expr.op == "not":
            return lambda ctx: not operand(ctx)
        return lambda ctx: -operand(ctx)
    if isinstance(expr, m.Binary):
        left = compile_expr(expr.left, symbols)
        right = compile_expr(expr.right, symbols)
        if expr.op == "and":
            return lambda ctx: left(ctx) and right(ctx)
        if expr.op == "or":
            return lambda ctx: left(ctx) or right(ctx)
        op = _BINARY[expr.op]
        constant = isinstance(expr.right, _CONSTANTS)  # `x + 5`, `army > 50`: the common case, made direct
        k = expr.right.value if constant else None
        if expr.op in m.GROWING:
            if constant:
                def arithmetic(ctx):
                    value = op(left(ctx), k)
                    if -MAX_WHOLE <= value <= MAX_WHOLE:
                        return value
                    raise NumberOutOfRange(expr, value)
            else:
                def arithmetic(ctx):
                    value = op(left(ctx), right(ctx))
                    if -MAX_WHOLE <= value <= MAX_WHOLE:
                        return value
                    raise NumberOutOfRange(expr, value)
            return arithmetic
        if constant and isinstance(expr.left, m.Name):
            slot = symbols.value_slots[expr.left.name]
            return lambda ctx: op(ctx.values[slot], k)
        if constant:
            return lambda ctx: op(left(ctx), k)
        return lambda ctx: op(left(ctx), right(ctx))
    return _compile_call(expr, symbols)


def _compile_call(expr, symbols):
    name = expr.function
    if name in ("seen", "visits"):
        slot = symbols.visit_slots[expr.args[0].name]
        if name == "seen":
            return lambda ctx: ctx.visits[slot] > 0
        return lambda ctx: ctx.visits[slot]
    args = [compile_expr(a, symbols) for a in expr.args]
    if name == "chance":
        (percent,) = args
        return lambda ctx: ctx.draw(100) < percent(ctx)
    if name == "roll":
        (sides,) = args
        return lambda ctx: 1 + ctx.draw(sides(ctx))
    first, second = args
    pick = min if name == "min" else max
    return lambda ctx: pick(first(ctx), second(ctx))


# An interpolated text is marked on its way into the page, so that `tidy` can
# give it a capital where it opens a sentence ("{name} bows." -> "Ivan bows.").
OPEN_VALUE, CLOSE_VALUE = "\ue000", "\ue001"


def show_value(value) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value.__class__ is str:
        return OPEN_VALUE + value + CLOSE_VALUE if value else ""
    return str(value)


def compile_text(nodes, symbols):
    """A str when the text never changes, else a function ctx -> str."""
    parts = [_compile_text_node(node, symbols) for node in nodes]
    if all(isinstance(p, str) for p in parts):
        return "".join(parts)
    return lambda ctx: "".join(p if p.__class__ is str else p(ctx) for p in parts)


def _compile_text_node(node, symbols):
    if isinstance(node, m.Literal):
        return node.text
    if isinstance(node, m.Show):
        expr = compile_expr(node.expr, symbols)
        return lambda ctx: show_value(expr(ctx))
    if isinstance(node, m.IfText):
        condition = compile_expr(node.condition, symbols)
        then = _as_function(compile_text(node.then, symbols))
        otherwise = _as_function(compile_text(node.otherwise, symbols))
        return lambda ctx: then(ctx) if condition(ctx) else otherwise(ctx)
    return _compile_vary(node, symbols)


def _compile_vary(node, symbols):
    alternatives = [_as_function(compile_text(a, symbols)) for a in node.alternatives]
    last = len(alternatives) - 1
    if node.kind == "pick":
        selector = compile_expr(node.selector, symbols)

        def pick(ctx):
            n = selector(ctx)
            index = (0 if n else 1) if n is True or n is False else min(max(n - 1, 0), last)
            return alternatives[index](ctx)
        return pick
    if node.kind == "sequence":
        return lambda ctx: alternatives[min(max(ctx.here - 1, 0), last)](ctx)
    if node.kind == "cycle":
        return lambda ctx: alternatives[max(ctx.here - 1, 0) % (last + 1)](ctx)
    if node.kind == "once":
        return lambda ctx: alternatives[ctx.here - 1](ctx) if 0 < ctx.here <= last + 1 else ""
    return lambda ctx: alternatives[ctx.draw(last + 1)](ctx)  # shuffle


def _as_function(text):
    if isinstance(text, str):
        return lambda ctx: text
    return text


_SPACES = re.compile(r"\s+")
_BEFORE_PUNCTUATION = re.compile(r" (?=[,.;:!?])")
_GLUE = re.compile(r"\s*<>\s*")


# Where a sentence opens: the paragraph's start, after . ! ? (and any closing quote),
# or inside the quotes that open a line of dialogue ("…: \"", "…, \"").
_SENTENCE_OPENING = re.compile("(?:^[\"“‘]?|[.!?][\"”’)]* [\"“‘]?|[:,] [\"“‘])" + OPEN_VALUE
                               + "([a-zà-ÿа-я])")
_VALUE_MARKS = re.compile("[" + OPEN_VALUE + CLOSE_VALUE + "]")


def tidy(text: str) -> str:
    """Prose as shown: runs of spaces and line breaks folded into one space, no space
    left before , . ; : ! ? and none at the ends; glue (`<>`) joins what is either side;
    an interpolated text that opens a sentence starts with a capital."""
    if "<>" in text:
        text = _GLUE.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    if " " in text:
        text = _BEFORE_PUNCTUATION.sub("", text)
    if OPEN_VALUE in text:
        text = _SENTENCE_OPENING.sub(lambda m: m.group(0)[:-1].replace(OPEN_VALUE, "")
                                     + m.group(1).upper(), text)
        text = _VALUE_MARKS.sub("", text)
    return text
