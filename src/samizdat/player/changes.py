"""What a choice changed: the difference between two States, in words a reader sees."""
from __future__ import annotations

from .. import model as m

MINUS = "\u2212"  # a real minus sign: "Legitimacy −5"


def flag_words(name: str) -> str:
    return name.replace("_", " ").strip().capitalize()


def describe_changes(declarations, before, after) -> list:
    """One short phrase per stat or flag that differs; variables stay hidden.

    `before` and `after` are States of the same story, `declarations` its
    declarations in order (the order of `State.values`).
    """
    phrases = []
    for declaration, old, new in zip(declarations, before.values, after.values):
        if old == new:
            continue
        if isinstance(declaration, m.Stat):
            delta = new - old
            sign = "+" if delta > 0 else MINUS
            phrases.append(f"{declaration.label} {sign}{abs(delta)}")
        elif isinstance(declaration, m.Flag):
            phrases.append(f"{flag_words(declaration.name)}: {'yes' if new else 'no'}")
    return phrases
