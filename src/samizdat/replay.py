"""Replaying a saved path through the engine by stable ids, and saying where an edited story diverges.

Everything here is pure: engine and playthrough in, states and findings out.
The `replay` command, the player's load and its live `reload` are drivers on
top of these functions.
"""
from __future__ import annotations

from typing import Optional

from attrs import frozen

from .engine import Engine, State, StoryError, StoryLoop, Turn
from .saves import Outcome, Playthrough, Step

# Kinds of divergence
START = "start"  # the path cannot even start: its --from scene or a --set name is gone
ELSEWHERE = "elsewhere"  # the story is no longer in the scene the step was made in
MISSING = "missing"  # the scene no longer has the choice
UNAVAILABLE = "unavailable"  # the choice is there but cannot be taken now
LOOP = "loop"  # taking the choice makes the story jump forever


@frozen
class Divergence:
    """Where an edited story parts from a recorded path."""
    step: int  # 1-based number of the step that no longer applies; 0 for the start
    kind: str
    scene: str  # the scene the step was recorded in
    choice: str  # the recorded choice id ("" for the start)
    text: str  # the recorded choice text
    now_scene: str  # the scene the story is in at that point now ("" if it cannot start)
    choices: tuple = ()  # ChoiceViews offered there now, available or not
    ending: Optional[str] = None  # the ending's title, when the story now ends there
    detail: str = ""  # the engine's own words, for START and LOOP
    at: str = ""  # where in the scene the step was recorded ("" for the scene's first choices)
    now_at: str = ""  # where in the scene the story is now

    def describe(self) -> str:
        """Several lines for people: what broke, and what the story offers there now."""
        quoted = f"'{self.choice}' (\"{self.text}\")" if self.text else f"'{self.choice}'"
        if self.kind == START:
            return f"the path cannot start: {self.detail}"
        recorded = _where(self.scene, self.at)
        if self.kind == ELSEWHERE:
            head = (f"step {self.step}: the path takes {quoted} in {recorded}, "
                    f"but at this point the story is now in {_where(self.now_scene, self.now_at)}")
        elif self.kind == MISSING:
            head = f"step {self.step}: {recorded} no longer has the choice {quoted}"
        elif self.kind == UNAVAILABLE:
            reason = next((c.reason for c in self.choices if c.id == self.choice), None)
            head = (f"step {self.step}: in {recorded}, the choice {quoted} is not available"
                    + (f": {reason}" if reason else ""))
        else:
            return f"step {self.step}: taking {quoted} in {recorded} loops: {self.detail}"
        return head + "\n" + self._offered()

    def _offered(self) -> str:
        where = _where(self.now_scene, self.now_at)
        if self.ending is not None:
            return f"  {where} is now an ending: {self.ending}"
        if not self.choices:
            return f"  {where} offers no choices now"
        lines = [f"  choices in {where} now:"]
        for view in self.choices:
            line = f"    {view.id}: {view.text}"
            if not view.available:
                line += f" (unavailable{': ' + view.reason if view.reason else ''})"
            lines.append(line)
        return "\n".join(lines)


def _where(scene: str, at: str) -> str:
    """"scene 'kremlin'", or "scene 'kremlin', at kremlin/ask" for a point inside it."""
    if not at or at == scene:
        return f"scene '{scene}'"
    return f"scene '{scene}', at {at}"


@frozen
class Moved:
    """A step whose choice was found by its text, its recorded id now naming another or none."""
    step: int
    recorded: str  # the id in the file
    now: str  # the id of the choice with the same text


@frozen
class Replayed:
    """The turns along a replayed path: the start, then one per step applied."""
    turns: tuple
    divergence: Optional[Divergence] = None
    moved: tuple = ()  # of Moved: steps found by their text (an insertion moved the ids)

    @property
    def ok(self) -> bool:
        return self.divergence is None

    @property
    def states(self) -> tuple:
        return tuple(t.state for t in self.turns)

    @property
    def final(self) -> Optional[State]:
        return self.turns[-1].state if self.turns else None

    @property
    def final_turn(self) -> Optional[Turn]:
        return self.turns[-1] if self.turns else None


def replay(engine: Engine, playthrough: Playthrough, upto: Optional[int] = None) -> Replayed:
    """Replay the first `upto` steps (default: up to the save's position) by stable ids.

    A step's choice is the one with its recorded id, unless that id now names
    a choice with other text while exactly one choice has the recorded text
    (an insertion moved the ids): then that one, noted in `moved`. Stops at
    the first step the story can no longer take and describes it.
    """
    count = playthrough.at if upto is None else upto
    try:
        turn = engine.begin(playthrough.seed, at=playthrough.start_at,
                            values=dict(playthrough.start_values))
    except StoryError as exc:
        return Replayed((), Divergence(0, START, playthrough.start_at or "", "", "", "", detail=str(exc)))
    turns = [turn]
    moved = []
    for number, step in enumerate(playthrough.steps[:count], 1):
        choice_id, divergence = _resolve(engine, turn, number, step)
        if divergence is None:
            if choice_id != step.choice:
                moved.append(Moved(number, step.choice, choice_id))
            answer = step.text if turn.page.prompt is not None else None
            try:
                turn = engine.take(turn, choice_id, answer)
            except StoryLoop as exc:
                divergence = Divergence(number, LOOP, step.scene, step.choice, step.text,
                                        turn.state.scene, detail=str(exc), at=step.at,
                                        now_at=turn.page.where)
        if divergence is not None:
            return Replayed(tuple(turns), divergence, tuple(moved))
        turns.append(turn)
    return Replayed(tuple(turns), None, tuple(moved))


def _resolve(engine, turn, number, step: Step):
    """(the id to take, or None; a Divergence, or None) for one recorded step."""
    state, page = turn.state, turn.page

    def diverged(kind):
        return None, Divergence(number, kind, step.scene, step.choice, step.text, state.scene,
                                page.choices, page.ending, at=step.at, now_at=page.where)

    if state.scene != step.scene:
        return diverged(ELSEWHERE)
    by_id = next((v for v in page.choices if v.id == step.choice), None)
    by_text = [v for v in page.choices if step.text and v.text == step.text]
    if by_id is not None and (by_id.text == step.text or len(by_text) != 1):
        return (step.choice, None) if by_id.available else diverged(UNAVAILABLE)
    if len(by_text) == 1 and by_text[0].available:
        return by_text[0].id, None
    if by_id is not None:
        return diverged(UNAVAILABLE)
    if step.choice in engine.choices_here(state):
        return diverged(UNAVAILABLE)  # there, but hidden (its condition, or taken already)
    if step.at and step.at != page.where:
        return diverged(ELSEWHERE)  # the story is at another point of the scene now
    return diverged(MISSING)


def reload_path(story, playthrough: Playthrough) -> Replayed:
    """For the player's `reload`: replay the current path on a freshly compiled story.

    `story` is the edited story (a checked `model.Story`); `playthrough` is the
    path so far, its position marking where the player is. Returns the states
    up to that position, or, when the edited story no longer allows a step,
    the states up to it and a `Divergence` saying exactly where and why
    (`divergence.describe()` is ready to show). Pure: reads no files.
    """
    return replay(Engine(story), playthrough)


# ---------------------------------------------------------------- outcomes

def outcome_of(engine: Engine, state: State) -> Outcome:
    """What `replay --check` compares: the scene, the ending and every value by name."""
    page = engine.page(state)
    return Outcome(state.scene, page.ending,
                   tuple((d.name, v) for d, v in zip(engine.declarations, state.values)))


def outcome_differences(expected: Outcome, reached: Outcome) -> list:
    """What differs between a recorded outcome and the one reached now, in words."""
    def ending(o):
        return f"the ending '{o.ending}'" if o.ending else f"scene '{o.scene}' (not an ending)"

    found = []
    if expected.ending != reached.ending or expected.scene != reached.scene:
        found.append(f"it was recorded reaching {ending(expected)}, and now reaches {ending(reached)}")
    before, now = expected.values_by_name, reached.values_by_name
    for name, value in before.items():
        if name not in now:
            found.append(f"'{name}' is no longer in the story (it was {_show(value)})")
        elif now[name] != value:
            found.append(f"'{name}' was {_show(value)}, now {_show(now[name])}")
    for name, value in now.items():
        if name not in before:
            found.append(f"'{name}' is new (now {_show(value)})")
    return found


def _show(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)
