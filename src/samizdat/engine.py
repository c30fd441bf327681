"""The engine core: state in, state out.

`Engine(story)` compiles a checked story once; then

    state = engine.start(seed)
    page = engine.page(state)            # what to show, and the choices
    state = engine.choose(state, "kiev") # by stable choice id

`State` is a frozen, hashable value holding everything that changes, the
random generator's position included, so undo is keeping old states, a save is
a seed and a path of choice ids, and exploration is a search over states. The
engine prints nothing, reads no files and keeps no clock.
"""
from __future__ import annotations

from typing import Optional

from attrs import frozen

from . import model as m
from .evaluate import SEEDED, Context, Symbols, compile_expr, compile_text, tidy

FALLBACK_ID = "otherwise"
FALLBACK_TEXT = "Continue"
MAX_HOPS = 1000  # jumps in one step before the story is declared to loop
TEXT_STREAM = 1 << 32  # text randomness draws from its own stream


class StoryError(Exception):
    """Something a driver asked of the engine that the story cannot do."""


class UnknownChoice(StoryError):
    pass


class ChoiceUnavailable(StoryError):
    pass


class StoryLoop(StoryError):
    pass


@frozen(cache_hash=True)
class State:
    scene: str
    values: tuple  # one per declaration, in the story's order
    visits: tuple  # one per scene whose visits the story can observe
    used: frozenset  # once-only choices taken, as "scene/choice" ids
    seed: int
    turn: int


@frozen
class ChoiceView:
    id: str
    text: str
    available: bool
    reason: Optional[str] = None  # why it is unavailable, as the writer put it


@frozen
class Page:
    scene: str
    heading: Optional[str]
    paragraphs: tuple
    choices: tuple  # of ChoiceView; hidden choices are left out
    ending: Optional[str] = None  # the ending's title, when this page ends the story

    @property
    def is_ending(self) -> bool:
        return self.ending is not None

    @property
    def available(self) -> tuple:
        return tuple(c for c in self.choices if c.available)

    @property
    def stuck(self) -> bool:
        """Not an ending, and nothing the player can do."""
        return not self.is_ending and not self.available


class _Choice:
    __slots__ = ("id", "key", "text", "target", "sticky", "conditions", "effects")


class _Scene:
    __slots__ = ("id", "heading", "ending", "paragraphs", "entry", "choices",
                 "fallback", "visit_slot")


class Engine:
    def __init__(self, story: m.Story):
        self.story = story
        self.declarations = story.declarations
        value_slots = {d.name: i for i, d in enumerate(story.declarations)}
        tracked = story.facts.get("observed_scenes")
        if tracked is None:
            tracked = story.facts["observed_scenes"] = frozenset(_observed_scenes(story))
        self.visit_slots = {scene_id: i for i, scene_id in enumerate(sorted(tracked))}
        self.symbols = Symbols(value_slots, self.visit_slots)
        self.bounds = tuple((d.low, d.high) if isinstance(d, m.Stat) else None
                            for d in story.declarations)
        self.initial_values = tuple(d.initial for d in story.declarations)
        self.scenes = _SceneTable(story, self._compile_scene)
        self.whenevers = tuple((compile_expr(w.condition, self.symbols), w.target)
                               for w in story.whenevers)

    # ------------------------------------------------------------- public API

    def start(self, seed: int = 0, at: Optional[str] = None, values: Optional[dict] = None,
              dice=SEEDED, entered: Optional[list] = None) -> State:
        """The state at the beginning: the start scene entered.

        `at` starts at another scene and `values` overrides declared starting
        values (for writers testing a later chapter). `dice` and `entered` are
        as for `choose`.
        """
        current = list(self.initial_values)
        for name, value in (values or {}).items():
            slot = self.symbols.value_slots.get(name)
            if slot is None:
                raise StoryError(f"'{name}' is not a stat, flag or variable of this story")
            current[slot] = self._clamp(slot, value)
        target = at or self.story.start
        if target not in self.scenes:
            raise StoryError(f"there is no scene called '{target}'")
        visits = [0] * len(self.visit_slots)
        ctx = Context(current, visits, seed, 0, dice=dice)
        scene = self._enter(target, ctx, entered)
        return State(scene, tuple(current), tuple(visits), frozenset(), seed, 1)

    def page(self, state: State) -> Page:
        scene = self.scenes[state.scene]
        ctx = Context(state.values, state.visits, state.seed, state.turn)
        views = self._choice_views(scene, state, ctx, with_text=True)
        text_ctx = Context(state.values, state.visits, state.seed, state.turn,
                           stream=TEXT_STREAM, here=self._here(scene, state))
        paragraphs = []
        for paragraph in scene.paragraphs:
            text = paragraph if paragraph.__class__ is str else tidy(paragraph(text_ctx))
            if text:
                paragraphs.append(text)
        return Page(scene.id, scene.heading, tuple(paragraphs), views,
                    scene.heading or scene.id if scene.ending else None)

    def available_ids(self, state: State, dice=SEEDED) -> tuple:
        """The ids of the choices the player can take now, without rendering text."""
        scene = self.scenes[state.scene]
        ctx = Context(state.values, state.visits, state.seed, state.turn, dice=dice)
        return tuple(v.id for v in self._choice_views(scene, state, ctx, with_text=False) if v.available)

    def choose(self, state: State, choice_id: str, dice=SEEDED, entered: Optional[list] = None) -> State:
        """The state after taking a choice. `dice` decides every roll (an explorer
        substitutes its own); `entered`, if given, collects each scene entered on
        the way, including those a jump leaves at once."""
        scene = self.scenes[state.scene]
        values, visits = list(state.values), list(state.visits)
        ctx = Context(values, visits, state.seed, state.turn, dice=dice)
        views = self._choice_views(scene, state, ctx, with_text=False)
        used = state.used
        if choice_id == FALLBACK_ID and scene.fallback is not None:
            if not any(v.available and v.id == FALLBACK_ID for v in views):
                raise ChoiceUnavailable(f"'{FALLBACK_ID}' is offered only when no other choice is")
            target = scene.fallback
        else:
            choice = next((c for c in scene.choices if c.id == choice_id), None)
            if choice is None:
                raise UnknownChoice(f"scene '{scene.id}' has no choice '{choice_id}'")
            view = next((v for v in views if v.id == choice_id), None)
            if view is None or not view.available:
                raise ChoiceUnavailable(f"choice '{choice_id}' is not available in scene '{scene.id}'")
            for slot, op, value in choice.effects:
                self._assign(values, slot, op, value(ctx))
            if not choice.sticky:
                used = used | {choice.key}
            target = choice.target
        new_scene = self._enter(target, ctx, entered)
        return State(new_scene, tuple(values), tuple(visits), used, state.seed, state.turn + 1)

    # ------------------------------------------------------------------ steps

    def _choice_views(self, scene, state, ctx, with_text):
        views = []
        render = None
        for choice in scene.choices:
            if choice.key in state.used:
                continue
            available, reason = True, None
            for condition, why in choice.conditions:
                if not condition(ctx):
                    available, reason = False, why
                    break
            if not available and reason is None:
                continue  # hidden
            text = ""
            if with_text:
                if render is None:
                    render = Context(state.values, state.visits, state.seed, state.turn,
                                     stream=TEXT_STREAM * 2, here=self._here(scene, state))
                text = choice.text if choice.text.__class__ is str else tidy(choice.text(render))
            views.append(ChoiceView(choice.id, text, available, reason))
        if scene.fallback is not None and not any(v.available for v in views):
            views.append(ChoiceView(FALLBACK_ID, FALLBACK_TEXT, True))
        return tuple(views)

    def _enter(self, target, ctx, entered=None):
        for _ in range(MAX_HOPS):
            scene = self.scenes[target]
            if not scene.ending:
                rule_target = next((t for condition, t in self.whenevers
                                    if t != target and condition(ctx)), None)
                if rule_target is not None:
                    target = rule_target
                    continue
            if scene.visit_slot is not None:
                ctx.visits[scene.visit_slot] += 1
            if entered is not None:
                entered.append(target)
            jumped = None
            for step in scene.entry:
                if len(step) == 3:
                    slot, op, value = step
                    self._assign(ctx.values, slot, op, value(ctx))
                else:
                    condition, jump_target = step
                    if condition is None or condition(ctx):
                        jumped = jump_target
                        break
            if jumped is None:
                return target
            target = jumped
        raise StoryLoop(f"the story jumps more than {MAX_HOPS} times without stopping, last at '{target}'")

    def _assign(self, values, slot, op, value):
        if op == "=":
            new = value
        elif op == "+=":
            new = values[slot] + value
        elif op == "-=":
            new = values[slot] - value
        else:
            low, high = self.bounds[slot]
            current = values[slot]
            if op == "%+":
                new = current + ((high - current) * value * 2 + 100) // 200
            else:
                new = current - ((current - low) * value * 2 + 100) // 200
        values[slot] = self._clamp(slot, new)

    def _clamp(self, slot, value):
        bounds = self.bounds[slot]
        if bounds is None:
            return value
        low, high = bounds
        return low if value < low else high if value > high else value

    def _here(self, scene, state):
        return state.visits[scene.visit_slot] if scene.visit_slot is not None else 1

    # -------------------------------------------------------------- compiling

    def _compile_scene(self, scene: m.Scene) -> _Scene:
        compiled = _Scene()
        compiled.id = scene.id
        compiled.heading = scene.heading
        compiled.ending = scene.is_ending
        compiled.visit_slot = self.visit_slots.get(scene.id)
        paragraphs = []
        for paragraph in scene.paragraphs:
            text = compile_text(paragraph, self.symbols)
            paragraphs.append(tidy(text) if isinstance(text, str) else text)
        compiled.paragraphs = tuple(p for p in paragraphs if p != "")
        compiled.entry = tuple(self._compile_step(s) for s in scene.entry)
        compiled.choices = tuple(self._compile_choice(scene.id, c) for c in scene.choices)
        compiled.fallback = scene.fallback.target if scene.fallback else None
        return compiled

    def _compile_step(self, step):
        if isinstance(step, m.Assign):
            return self._compile_assign(step)
        condition = compile_expr(step.condition, self.symbols) if step.condition else None
        return (condition, step.target)

    def _compile_assign(self, assign):
        return (self.symbols.value_slots[assign.name], assign.op,
                compile_expr(assign.value, self.symbols))

    def _compile_choice(self, scene_id, choice: m.Choice) -> _Choice:
        compiled = _Choice()
        compiled.id = choice.id
        compiled.key = f"{scene_id}/{choice.id}"
        text = compile_text(choice.text, self.symbols)
        compiled.text = tidy(text) if isinstance(text, str) else text
        compiled.target = choice.target
        compiled.sticky = choice.sticky
        compiled.conditions = tuple((compile_expr(c.expr, self.symbols), c.reason)
                                    for c in choice.conditions)
        compiled.effects = tuple(self._compile_assign(e) for e in choice.effects)
        return compiled


class _SceneTable(dict):
    """Compiled scenes by id, each compiled the first time it is needed.

    A player needs a few scenes to draw the first page, not all eight thousand
    of a long story. Indexing keeps dict speed (a missing key is compiled by
    __missing__); iterating, len, get and `in` see every scene of the story.
    """

    def __init__(self, story, compile_scene):
        super().__init__()
        self._story = story
        self._compile_scene = compile_scene

    def __missing__(self, scene_id):
        scene = self._story.scenes_by_id[scene_id]  # KeyError for an unknown id
        compiled = self[scene_id] = self._compile_scene(scene)
        return compiled

    def _complete(self):
        if super().__len__() < len(self._story.scenes_by_id):
            for scene_id in self._story.scenes_by_id:
                self[scene_id]

    def __contains__(self, scene_id):
        return scene_id in self._story.scenes_by_id

    def get(self, scene_id, default=None):
        return self[scene_id] if scene_id in self._story.scenes_by_id else default

    def __len__(self):
        return len(self._story.scenes_by_id)

    def __iter__(self):
        self._complete()
        return super().__iter__()

    def keys(self):
        self._complete()
        return super().keys()

    def values(self):
        self._complete()
        return super().values()

    def items(self):
        self._complete()
        return super().items()


def _observed_scenes(story: m.Story) -> set:
    """Scenes whose visit counts the story can observe: only these are tracked."""
    observed = set()

    def expr(e):
        observed.update(name for kind, name in m.reads(e) if kind == "visits")

    def text(nodes, scene_id):
        for n in nodes:
            if isinstance(n, m.Show):
                expr(n.expr)
            elif isinstance(n, m.IfText):
                expr(n.condition)
                text(n.then, scene_id)
                text(n.otherwise, scene_id)
            elif isinstance(n, m.Vary):
                if n.kind != "shuffle":
                    observed.add(scene_id)
                for alternative in n.alternatives:
                    text(alternative, scene_id)

    for rule in story.whenevers:
        expr(rule.condition)
    for scene in story.scenes:
        for step in scene.entry:
            if isinstance(step, m.Assign):
                expr(step.value)
            elif step.condition is not None:
                expr(step.condition)
        for paragraph in scene.paragraphs:
            text(paragraph, scene.id)
        for choice in scene.choices:
            text(choice.text, scene.id)
            for condition in choice.conditions:
                expr(condition.expr)
            for effect in choice.effects:
                expr(effect.value)
    return observed
