"""What can go wrong when a story runs: the errors the engine raises to its drivers.

`StoryError` is anything a driver asked that the story cannot do. Of these,
a `StoryFault` is the story's own doing, found only by running it (a jump
that never stops, a number past the range, a `return` with no call): the
player shows it, randomtest counts it, explore reports it as a problem with
the path that reaches it.
"""
from __future__ import annotations

from .model import MAX_WHOLE, expr_source


class StoryError(Exception):
    """Something a driver asked of the engine that the story cannot do."""


class UnknownChoice(StoryError):
    pass


class ChoiceUnavailable(StoryError):
    pass


class StoryFault(StoryError):
    """The story itself goes wrong at this step."""


class StoryLoop(StoryFault):
    pass


class NoCall(StoryFault):
    """A `return` reached with no call to come back to."""


class NumberOutOfRange(StoryFault):
    """Arithmetic came to a whole number outside -MAX_WHOLE..MAX_WHOLE."""

    def __init__(self, expr, value: int):
        super().__init__()
        self.expr, self.value, self.scene = expr, value, None

    def in_scene(self, scene: str) -> "NumberOutOfRange":
        if self.scene is None:
            self.scene = scene
        return self

    def __str__(self):
        pos = self.expr.pos
        where = f" in scene '{self.scene}'" if self.scene else ""
        value = f"{self.value:,}" if len(str(abs(self.value))) <= 40 else \
            f"{'-' if self.value < 0 else ''}a number of {len(str(abs(self.value)))} digits"
        return (f"{pos.file}:{pos.line}:{pos.column}: '{expr_source(self.expr)}'{where} comes to {value}, "
                f"past the largest whole number a story can hold ({MAX_WHOLE:,}, and as far below zero)")
