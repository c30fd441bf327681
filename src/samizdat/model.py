"""The story model: immutable values the parser builds and the engine runs.

Nothing here parses, checks or runs anything. Positions (`Pos`) travel with
every node that a diagnostic may need to point at.
"""
from __future__ import annotations

from typing import Optional, Union

from attrs import field, frozen


@frozen
class Pos:
    file: str
    line: int
    column: int


# ---------------------------------------------------------------- expressions

@frozen
class Number:
    value: int
    pos: Pos
    depth: int = 1


@frozen
class Bool:
    value: bool
    pos: Pos
    depth: int = 1


@frozen
class Str:
    """A text in double quotes: "Ivan"."""
    value: str
    pos: Pos
    depth: int = 1


@frozen
class Name:
    name: str
    pos: Pos
    depth: int = 1


@frozen
class Unary:
    op: str  # "-" or "not"
    operand: "Expr"
    pos: Pos
    depth: int = 1


@frozen
class Binary:
    op: str  # + - * / == != < <= > >= and or
    left: "Expr"
    right: "Expr"
    pos: Pos
    depth: int = 1


@frozen
class Call:
    function: str  # seen visits chance roll min max
    args: tuple
    pos: Pos
    depth: int = 1


Expr = Union[Number, Bool, Str, Name, Unary, Binary, Call]

FUNCTIONS = ("seen", "visits", "chance", "roll", "min", "max")


def reads(expr):
    """What an expression reads: ("value", name) for each stat, flag or
    variable, ("visits", scene) for each seen() or visits(); without recursion."""
    stack = [expr]
    while stack:
        e = stack.pop()
        if isinstance(e, Name):
            yield "value", e.name
        elif isinstance(e, Call):
            if e.function in ("seen", "visits"):
                yield "visits", e.args[0].name
            else:
                stack.extend(e.args)
        elif isinstance(e, Unary):
            stack.append(e.operand)
        elif isinstance(e, Binary):
            stack.append(e.left)
            stack.append(e.right)


_PRECEDENCE = {"or": 1, "and": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
               "+": 4, "-": 4, "*": 5, "/": 5}


def expr_source(e, outer: int = 0) -> str:
    """An expression as a writer would type it, with only the brackets it needs."""
    if isinstance(e, Number):
        return str(e.value)
    if isinstance(e, Bool):
        return "true" if e.value else "false"
    if isinstance(e, Str):
        return '"' + e.value + '"'
    if isinstance(e, Name):
        return e.name
    if isinstance(e, Unary):
        inner = expr_source(e.operand, 6)
        return f"not {inner}" if e.op == "not" else f"-{inner}"
    if isinstance(e, Binary):
        mine = _PRECEDENCE[e.op]
        text = f"{expr_source(e.left, mine)} {e.op} {expr_source(e.right, mine + 1)}"
        return f"({text})" if mine < outer else text
    return f"{e.function}({', '.join(expr_source(a) for a in e.args)})"


def rolls(e) -> bool:
    """Whether evaluating an expression may draw dice (chance or roll)."""
    if isinstance(e, Call):
        return e.function in ("chance", "roll") or any(rolls(a) for a in e.args)
    if isinstance(e, Unary):
        return rolls(e.operand)
    if isinstance(e, Binary):
        return rolls(e.left) or rolls(e.right)
    return False


def may_leave_range(e) -> bool:
    """Whether evaluating an expression does arithmetic that may leave -MAX_WHOLE..MAX_WHOLE."""
    if isinstance(e, Binary):
        return e.op in GROWING or may_leave_range(e.left) or may_leave_range(e.right)
    if isinstance(e, Unary):
        return may_leave_range(e.operand)
    if isinstance(e, Call):
        return any(may_leave_range(a) for a in e.args)
    return False


GROWING = ("+", "-", "*")  # the operators whose result may leave the range (/ and unary - cannot)

# The whole numbers a story holds: every literal, every value read from a save
# or `--set`, and every result of arithmetic lies within -MAX_WHOLE..MAX_WHOLE
# (64-bit signed, its lowest value left out so that the range is symmetric).
MAX_WHOLE = 2**63 - 1

# Nothing in a story nests deeper than this, counting every kind of nesting
# together: brackets and operators in an expression, braces in text, choices
# under choices, blocks in blocks. The builder refuses a story that does
# (build.py), so no later stage meets one; they may walk the model
# recursively, and nobody writes a hundred levels.
MAX_DEPTH = 100


# ----------------------------------------------------------------------- text

@frozen
class Literal:
    text: str


@frozen
class Show:
    expr: Expr
    pos: Pos


@frozen
class IfText:
    condition: Expr
    then: tuple  # of text nodes
    otherwise: tuple
    pos: Pos


@frozen
class Vary:
    """Text that varies: with visits ({sequence:}, {cycle:}, {once:}), at random
    ({shuffle:}), or by a value ({pick n: a | b | c}, whose `selector` is n)."""
    kind: str  # sequence cycle once shuffle pick
    alternatives: tuple  # of tuples of text nodes
    pos: Pos
    selector: Optional["Expr"] = None  # for pick

    @property
    def follows_visits(self) -> bool:
        return self.kind in ("sequence", "cycle", "once")


TextNode = Union[Literal, Show, IfText, Vary]


# ----------------------------------------------------------------- statements
#
# A scene is a flow: a tuple of items read top to bottom. Items are prose,
# `set` lines, jumps, labels, blocks, choices and fallbacks; the bodies of
# choices, fallbacks and block branches are flows of their own.

@frozen
class Prose:
    """A line of prose (or a run of plain lines); `ends_paragraph` when a blank line follows.

    Lines with nothing between them make one paragraph: the engine joins them.
    """
    text: tuple  # of text nodes
    ends_paragraph: bool
    pos: Pos


@frozen
class Assign:
    name: str
    op: str  # = += -= %+ %-
    value: Expr
    pos: Pos


@frozen
class Jump:
    """`-> target [if condition]`: the target as written, "scene", "label" or "scene.label".

    `-> target ->` is a call: the story goes there and, at its `return`, comes back here.
    """
    target: str
    condition: Optional[Expr]
    pos: Pos
    call: bool = False


@frozen
class Return:
    """`return`: back to the line after the call that led here."""
    pos: Pos


@frozen
class Ask:
    """`ask name "Question?" [max N]`: the player types a text (Enter keeps the current one)."""
    name: str
    prompt: str
    limit: int
    pos: Pos


@frozen
class Label:
    """`label name`: a point in a scene that `->` can jump to and `seen()` can ask about."""
    name: str
    pos: Pos


@frozen
class Branch:
    condition: Optional[Expr]  # None for `else:`
    items: tuple
    pos: Pos


@frozen
class Block:
    """`if …:` with its `else if …:` and `else:` branches, in order."""
    branches: tuple  # of Branch
    pos: Pos


@frozen
class Condition:
    expr: Expr
    reason: Optional[str]  # shown when false; None hides the choice
    pos: Pos


@frozen
class Choice:
    id: str  # unique among the choices offered with it (see `assign_ids`)
    explicit_id: bool  # written as `* (id)`: then also a label of its scene
    sticky: bool
    text: tuple  # of text nodes
    target: Optional[str]  # where the flow goes after the body; None: on below the choices
    target_pos: Optional[Pos]
    conditions: tuple  # of Condition
    body: tuple  # the flow run when the choice is taken: its `set` lines first, as written
    pos: Pos


@frozen
class Fallback:
    """`otherwise [-> target]`: the "Continue" offered when none of the choices is available."""
    target: Optional[str]
    target_pos: Optional[Pos]
    body: tuple
    pos: Pos


Item = Union[Prose, Assign, Jump, Return, Ask, Label, Block, Choice, Fallback]


@frozen
class Scene:
    id: str
    heading: Optional[str]
    is_ending: bool
    items: tuple  # the scene's flow
    pos: Pos


def walk(items) -> list:
    """Every item of a flow, depth first in the order written, with the bodies inside."""
    out = []
    _walk_into(items, out)
    return out


def _walk_into(items, out):
    # Recursive: the builder keeps every flow within MAX_DEPTH levels.
    for item in items:
        out.append(item)
        kind = item.__class__
        if kind is Choice or kind is Fallback:
            if item.body:
                _walk_into(item.body, out)
        elif kind is Block:
            for branch in item.branches:
                _walk_into(branch.items, out)


def choices_of(scene) -> list:
    """Every choice of a scene, at every depth, in the order written."""
    return [item for item in walk(scene.items) if isinstance(item, Choice)]


def has_choice(items) -> bool:
    return any(isinstance(item, Choice) for item in walk(items))


def joins_choices(item) -> bool:
    """Whether `item` belongs to a run of choices offered together.

    A choice does; so does an `if` block that holds choices, when each of its
    branches is some lines without choices followed only by such members
    (`if seen(kiev):` around `* Call Yakir again`). Any other line ends the run.
    """
    if isinstance(item, Choice):
        return True
    if not isinstance(item, Block) or not any(has_choice(b.items) for b in item.branches):
        return False
    for branch in item.branches:
        members = False
        for inner in branch.items:
            if joins_choices(inner):
                members = True
            elif members or has_choice((inner,)):
                return False
    return True


def choice_groups(items):
    """Each run of choices offered together, as a list of its choices, in every flow inside `items`."""
    group = []
    for item in items:
        if joins_choices(item):
            group.extend(_members(item))
            for inner in _leading(item):
                yield from choice_groups(inner)
            continue
        if group:
            yield group
            group = []
        if isinstance(item, (Choice, Fallback)):
            yield from choice_groups(item.body)
        elif isinstance(item, Block):
            for branch in item.branches:
                yield from choice_groups(branch.items)
    if group:
        yield group


def _members(item):
    """The choices of a run member, in order (a block's from every branch)."""
    if isinstance(item, Choice):
        return [item]
    found = []
    for branch in item.branches:
        for inner in branch.items:
            if joins_choices(inner):
                found.extend(_members(inner))
    return found


def _leading(item):
    """The flows inside a run member whose own choices are offered elsewhere: choice bodies."""
    if isinstance(item, Choice):
        yield item.body
        return
    for branch in item.branches:
        for inner in branch.items:
            if joins_choices(inner):
                yield from _leading(inner)


# --------------------------------------------------------------- declarations

@frozen
class Stat:
    name: str
    label: str
    initial: int
    low: int
    high: int
    pos: Pos


@frozen
class Flag:
    name: str
    initial: bool
    pos: Pos
    label: Optional[str] = None  # shown to the reader only when it has one


@frozen
class Var:
    name: str
    initial: int
    pos: Pos
    label: Optional[str] = None  # shown to the reader only when it has one


@frozen
class Text:
    """A text value: a name, a title, a rank."""
    name: str
    initial: str
    pos: Pos
    label: Optional[str] = None  # shown to the reader only when it has one


Declaration = Union[Stat, Flag, Var, Text]


@frozen
class Const:
    """A name for a number, truth value or text that never changes."""
    name: str
    value: Expr  # a Number, Bool or Str
    pos: Pos


def shown(declaration) -> bool:
    """Whether the reader is shown this value (the stats screen, what a choice changed):
    every stat, and a flag, variable or text only when the writer gave it a label."""
    return isinstance(declaration, Stat) or getattr(declaration, "label", None) is not None


@frozen
class Whenever:
    condition: Expr
    target: str
    pos: Pos


@frozen
class Setting:
    """A header line: title, author or start."""
    key: str
    value: str
    pos: Pos


@frozen
class Include:
    path: str
    pos: Pos


@frozen
class SourceFile:
    """One parsed file, before includes are followed."""
    path: str
    settings: tuple  # of Setting
    includes: tuple  # of Include
    declarations: tuple  # of Declaration
    constants: tuple  # of Const
    whenevers: tuple  # of Whenever
    scenes: tuple  # of Scene


@frozen
class Story:
    """A whole story: every file merged, in include order."""
    title: str
    author: str
    start: str
    start_pos: Optional[Pos]
    declarations: tuple
    whenevers: tuple
    scenes: tuple
    files: tuple  # of SourceFile, the root first
    scenes_by_id: dict = field(eq=False, repr=False)
    declarations_by_name: dict = field(eq=False, repr=False)
    constants: tuple = ()  # of Const
    constants_by_name: dict = field(factory=dict, eq=False, repr=False)
    # Facts derived from the whole story (its fingerprint, the scenes whose
    # visits it observes), kept once computed; the story cache stores them so
    # that a story read from it need not be walked whole before its first page.
    facts: dict = field(factory=dict, eq=False, repr=False)

    @property
    def stats(self):
        return tuple(d for d in self.declarations if isinstance(d, Stat))

    @property
    def endings(self):
        return tuple(s for s in self.scenes if s.is_ending)
