"""What a choice changed: the difference between two States, in words a reader sees."""
from __future__ import annotations

from .. import model as m

MINUS = "\u2212"  # a real minus sign: "Legitimacy −5"


def describe_changes(declarations, before, after) -> list:
    """One short phrase per value shown to the reader that differs: every stat, and
    the flags, variables and texts the writer gave a label (`model.shown`); the
    rest are the story's own bookkeeping and stay hidden.

    `before` and `after` are States of the same story, `declarations` its
    declarations in order (the order of `State.values`).
    """
    phrases = []
    for declaration, old, new in zip(declarations, before.values, after.values):
        if old == new or not m.shown(declaration):
            continue
        if isinstance(declaration, m.Stat):
            delta = new - old
            sign = "+" if delta > 0 else MINUS
            phrases.append(f"{declaration.label} {sign}{abs(delta)}")
        elif isinstance(declaration, m.Flag):
            phrases.append(f"{declaration.label}: {'yes' if new else 'no'}")
        elif isinstance(declaration, m.Var):
            delta = new - old
            phrases.append(f"{declaration.label} {'+' if delta > 0 else MINUS}{abs(delta)}")
        else:
            phrases.append(f"{declaration.label}: {new}")
    return phrases
