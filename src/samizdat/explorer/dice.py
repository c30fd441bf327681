"""Dice that follow every outcome of every roll, for the explorer.

The engine sends every roll through a dice object (`evaluate.Dice`).
`BranchingDice` replays a chosen prefix of outcomes and answers 0 to every
roll after it, noting each such roll's bound; `outcomes(run)` then calls `run`
once per distinct sequence of outcomes, so a search sees every way a step can
go.

A `chance(p)` roll is only ever compared with its threshold: the value
handed out records the comparison, and only its two sides (below `p`, from
`p` up) are followed rather than all hundred values. Any other roll (`roll(n)`)
is followed through every value up to `MAX_FACES`; above that a spread of values
is sampled and `exhaustive` turns false.

One step may roll several times (`roll(100) + roll(100) + roll(100)`): its
outcomes multiply. `outcomes` follows at most `MAX_OUTCOMES` of them and sets
`cut` when there were more, so that a search reports the step instead of
running for ever.
"""
from __future__ import annotations

from ..evaluate import Dice

MAX_FACES = 1000
MAX_OUTCOMES = 10_000  # outcome sequences of one step followed; past it `cut` is set


class _Drawn(int):
    """A drawn 0 that remembers what it was compared with (chance's `draw < p`)."""

    def __lt__(self, other):
        self.thresholds.append(other)
        return int(self) < other


class BranchingDice(Dice):
    def __init__(self):
        self.prefix = ()
        self.position = 0
        self.fresh = []  # (bound, thresholds) of each roll past the prefix
        self.exhaustive = True  # false once a roll had too many faces to follow them all
        self.cut = False  # the last `outcomes` stopped at MAX_OUTCOMES

    def reset(self, prefix=()):
        self.prefix = prefix
        self.position = 0
        if self.fresh:
            self.fresh = []

    def draw(self, ctx, bound: int) -> int:
        i = self.position
        self.position = i + 1
        if i < len(self.prefix):
            return self.prefix[i]
        drawn = _Drawn(0)
        drawn.thresholds = []
        self.fresh.append((bound, drawn.thresholds))
        return drawn

    def alternatives(self, bound, thresholds):
        """The other outcomes of a roll whose first try drew 0: one per class that behaves alike."""
        if thresholds:
            return sorted({t for t in thresholds if isinstance(t, int) and 0 < t < bound})
        if bound <= MAX_FACES:
            return range(1, bound)
        self.exhaustive = False
        step = bound / MAX_FACES
        return sorted({int(k * step) for k in range(1, MAX_FACES)} | {bound - 1})

    def outcomes(self, run, first=None, limit=MAX_OUTCOMES):
        """Yield (result, error) for every distinct outcome sequence of `run()`, at most `limit`.

        `run` is called with the dice reset to each prefix in turn; an engine
        error (`StoryError`) raised by it is yielded, not raised. `first`, if
        given, is the (result, error) of a run just made with the empty prefix,
        whose rolls are still in `fresh`: it is yielded rather than run again.
        When there are more than `limit`, the rest are left and `cut` is set.
        """
        from ..engine import StoryError

        self.cut = False
        stack = []
        count = 0
        if first is None:
            stack.append(())
        else:
            self._push_alternatives(stack, ())
            count = 1
            yield first
        while stack:
            if count >= limit:
                self.cut = True
                self.exhaustive = False
                return
            count += 1
            prefix = stack.pop()
            self.reset(prefix)
            try:
                result, error = run(), None
            except StoryError as exc:
                result, error = None, exc
            self._push_alternatives(stack, prefix)
            yield result, error

    def _push_alternatives(self, stack, prefix):
        base = prefix
        for bound, thresholds in self.fresh:
            for value in self.alternatives(bound, thresholds):
                stack.append(base + (value,))
            base = base + (0,)
