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


Expr = Union[Number, Bool, Name, Unary, Binary, Call]

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

# Expressions deeper than this are refused: the checker and the engine walk
# them recursively, and nobody writes a condition a hundred levels deep.
MAX_DEPTH = 100


# ----------------------------------------------------------------------- text

@frozen
class Literal:
    text: str


@frozen
class Show:
    expr: Expr


@frozen
class IfText:
    condition: Expr
    then: tuple  # of text nodes
    otherwise: tuple


@frozen
class Vary:
    kind: str  # sequence cycle once shuffle
    alternatives: tuple  # of tuples of text nodes
    pos: Pos


TextNode = Union[Literal, Show, IfText, Vary]


# ----------------------------------------------------------------- statements

@frozen
class Assign:
    name: str
    op: str  # = += -= %+ %-
    value: Expr
    pos: Pos


@frozen
class Jump:
    target: str
    condition: Optional[Expr]
    pos: Pos


@frozen
class Condition:
    expr: Expr
    reason: Optional[str]  # shown when false; None hides the choice
    pos: Pos


@frozen
class Choice:
    id: str
    explicit_id: bool
    sticky: bool
    text: tuple  # of text nodes
    target: str
    target_pos: Pos
    conditions: tuple  # of Condition
    effects: tuple  # of Assign
    pos: Pos


@frozen
class Scene:
    id: str
    heading: Optional[str]
    is_ending: bool
    paragraphs: tuple  # of tuples of text nodes
    entry: tuple  # of Assign and Jump, in the order written
    choices: tuple  # of Choice
    fallback: Optional[Jump]
    pos: Pos


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


@frozen
class Var:
    name: str
    initial: int
    pos: Pos


Declaration = Union[Stat, Flag, Var]


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
