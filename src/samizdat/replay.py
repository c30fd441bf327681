"""Replaying a saved path through the engine by stable ids, and saying where an edited story diverges.

Everything here is pure: engine and playthrough in, states and findings out.
The `replay` command, the player's load and its live `reload` are drivers on
top of these functions.
"""
from __future__ import annotations

from typing import Optional

from attrs import frozen

from .engine import FALLBACK_ID, Engine, State, StoryError, StoryLoop
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

    def describe(self) -> str:
        """Several lines for people: what broke, and what the story offers there now."""
        quoted = f"'{self.choice}' (\"{self.text}\")" if self.text else f"'{self.choice}'"
        if self.kind == START:
            return f"the path cannot start: {self.detail}"
        if self.kind == ELSEWHERE:
            head = (f"step {self.step}: the path takes {quoted} in scene '{self.scene}', "
                    f"but at this point the story is now in scene '{self.now_scene}'")
        elif self.kind == MISSING:
            head = f"step {self.step}: scene '{self.scene}' no longer has the choice {quoted}"
        elif self.kind == UNAVAILABLE:
            reason = next((c.reason for c in self.choices if c.id == self.choice), None)
            head = (f"step {self.step}: in scene '{self.scene}', the choice {quoted} is not available"
                    + (f": {reason}" if reason else ""))
        else:
            return f"step {self.step}: taking {quoted} in scene '{self.scene}' loops: {self.detail}"
        return head + "\n" + self._offered()

    def _offered(self) -> str:
        where = f"scene '{self.now_scene}'"
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


@frozen
class Replayed:
    """The states along a replayed path: the start, then one per step applied."""
    states: tuple
    divergence: Optional[Divergence] = None

    @property
    def ok(self) -> bool:
        return self.divergence is None

    @property
    def final(self) -> Optional[State]:
        return self.states[-1] if self.states else None


def replay(engine: Engine, playthrough: Playthrough, upto: Optional[int] = None) -> Replayed:
    """Replay the first `upto` steps (default: up to the save's position) by stable ids.

    Stops at the first step the story can no longer take and describes it.
    """
    count = playthrough.at if upto is None else upto
    try:
        state = engine.start(playthrough.seed, at=playthrough.start_at,
                             values=dict(playthrough.start_values))
    except StoryError as exc:
        return Replayed((), Divergence(0, START, playthrough.start_at or "", "", "", "", detail=str(exc)))
    states = [state]
    for number, step in enumerate(playthrough.steps[:count], 1):
        divergence = _check_step(engine, state, number, step)
        if divergence is None:
            try:
                state = engine.choose(state, step.choice)
            except StoryLoop as exc:
                divergence = Divergence(number, LOOP, step.scene, step.choice, step.text,
                                        state.scene, detail=str(exc))
        if divergence is not None:
            return Replayed(tuple(states), divergence)
        states.append(state)
    return Replayed(tuple(states))


def _check_step(engine, state, number, step: Step) -> Optional[Divergence]:
    if state.scene == step.scene and step.choice in engine.available_ids(state):
        return None
    page = engine.page(state)
    if state.scene != step.scene:
        kind = ELSEWHERE
    elif any(view.id == step.choice for view in page.choices) or (
            step.choice == FALLBACK_ID and engine.scenes[state.scene].fallback is not None) or (
            any(c.id == step.choice for c in engine.scenes[state.scene].choices)):
        kind = UNAVAILABLE
    else:
        kind = MISSING
    return Divergence(number, kind, step.scene, step.choice, step.text, state.scene,
                      page.choices, page.ending)


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
