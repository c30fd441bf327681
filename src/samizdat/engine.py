"""The engine core: state in, state out.

`Engine(story)` compiles a checked story's scenes (their lowered programs,
`flow.py`) into closures, each the first time it is needed; then

    turn = engine.begin(seed)               # the first page and its State
    turn = engine.take(turn, "kiev")        # one step, by stable choice id

A `Turn` is a `State` and the `Page` shown there: the text the step
produced (a choice's body, the lines after it, any scene it led to) and the
choices offered. Tools that need no text use the lean calls:

    state = engine.start(seed)
    ids = engine.available_ids(state)
    state = engine.choose(state, "kiev")

`State` is a frozen, hashable value holding everything that changes: the
scene and the point in it where the player waits, the choices gathered
there, values, visit counts, once-only choices taken, the seed and the turn.
Undo is keeping old states, a save is a seed and a path of choice ids, and
exploration is a search over states. The engine prints nothing, reads no
files and keeps no clock.
"""
from __future__ import annotations

from typing import Optional

from attrs import frozen

from . import flow as f
from . import model as m
from .evaluate import SEEDED, Context, Symbols, compile_expr, compile_text, tidy
from .faults import (  # noqa: F401 (drivers import them from here)
    ChoiceUnavailable, NoCall, NumberOutOfRange, StoryError, StoryFault, StoryLoop, UnknownChoice)
from .flow import ANSWER_ID, FALLBACK_ID, FALLBACK_TEXT
from .model import MAX_WHOLE

MAX_HOPS = 1000  # scenes entered in one step before the story is declared to loop
MAX_INSTRUCTIONS = 100_000  # instructions run in one step, likewise (a label jumping to itself)
MAX_CALLS = 100  # calls waiting for their return, at most
TEXT_STREAM = 1 << 32  # text randomness draws from its own stream

# Instruction codes of a compiled scene. OFFERS stands at the head of a run of
# Offers: it gathers the whole run at once and goes on past it.
SAY, DO, TEST, GO, ENTER, COUNT, OFFER, WAIT, BREAK, STOP, CALL, RETURN, ASK, OFFERS = range(14)


@frozen(cache_hash=True)
class State:
    scene: str
    at: int  # the instruction of the scene's program where the player waits
    offer: tuple  # numbers of the choices gathered there, in order
    values: tuple  # one per declaration, in the story's order
    visits: tuple  # one per place (scene, label, choice) whose visits the story can observe
    used: frozenset  # once-only choices taken, by key ("scene/number")
    seed: int
    turn: int
    stack: tuple = ()  # (scene, instruction index) to come back to, one per call, innermost last


@frozen
class ChoiceView:
    id: str
    text: str
    available: bool
    reason: Optional[str] = None  # why it is unavailable, as the writer put it


@frozen
class Prompt:
    """What an `ask` asks: its question, the answer Enter keeps, and how long one may be."""
    question: str
    default: str
    limit: int


@frozen
class Section:
    """Text from one scene: where it comes from, then its paragraphs."""
    scene: str
    heading: Optional[str]  # the scene's heading (None if it has none)
    paragraphs: tuple
    arrived: bool = True  # the step entered the scene here (False: the scene on the page goes on)


@frozen
class Page:
    scene: str
    heading: Optional[str]  # of the scene where the player now is
    choices: tuple  # of ChoiceView; hidden choices are left out
    ending: Optional[str] = None  # the ending's title, when this page ends the story
    sections: tuple = ()  # the text the step showed, in order (empty from `page(state)`)
    where: str = ""  # the point in the scene, for people ("kremlin/ask")
    prompt: Optional[Prompt] = None  # when the player is asked to type a text (take "answer")

    @property
    def paragraphs(self) -> tuple:
        return tuple(p for s in self.sections for p in s.paragraphs)

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


@frozen
class Turn:
    """A State and its Page: what one step gives a player."""
    state: State
    page: Page
    draws: int = 0  # dice drawn choosing what the page offers (the next step goes on from there)


class _Choice:
    __slots__ = ("number", "id", "key", "text", "sticky", "conditions", "start", "fallback",
                 "answer_slot")


class _Scene:
    __slots__ = ("id", "heading", "ending", "code", "choices", "labels", "visit_slot",
                 "wait_names", "by_id")


class _Narration:
    """Collects a step's text into sections and paragraphs."""
    __slots__ = ("sections", "scene", "paragraphs", "pieces", "arrived")

    def __init__(self, scene=None):
        self.sections = []
        self.scene = scene  # the compiled scene the text is from, None before the first
        self.arrived = False
        self.paragraphs = []
        self.pieces = []

    def say(self, text, ends_paragraph):
        if text:
            self.pieces.append(text)
        if ends_paragraph:
            self.end_paragraph()

    def end_paragraph(self):
        if self.pieces:
            paragraph = tidy(" ".join(self.pieces))
            if paragraph:
                self.paragraphs.append(paragraph)
            self.pieces = []

    def enter(self, scene, arrived=True):
        """Text from `scene` follows; `arrived`: the story enters it (else it goes back to it)."""
        self.end_paragraph()
        if self.paragraphs:
            self._close()
        self.scene = scene
        self.arrived = arrived
        self.paragraphs = []

    def _close(self):
        scene = self.scene
        self.sections.append(Section(scene.id, scene.heading, tuple(self.paragraphs), self.arrived))

    def finish(self) -> tuple:
        """The sections; the last kept even without text when the step arrived in its scene."""
        self.end_paragraph()
        if self.scene is not None and (self.paragraphs or self.arrived):
            self._close()
        return tuple(self.sections)


class Engine:
    def __init__(self, story: m.Story):
        self.story = story
        self.declarations = story.declarations
        value_slots = {d.name: i for i, d in enumerate(story.declarations)}
        tracked = story.facts.get("observed_places")
        if tracked is None:
            tracked = story.facts["observed_places"] = frozenset(observed_places(story))
        self.visit_slots = {place: i for i, place in enumerate(sorted(tracked))}
        self.symbols = Symbols(value_slots, self.visit_slots)
        self.bounds = tuple((d.low, d.high) if isinstance(d, m.Stat) else None
                            for d in story.declarations)
        self.initial_values = tuple(d.initial for d in story.declarations)
        self.scenes = _SceneTable(story, self._compile_scene)
        self.whenevers = tuple((compile_expr(condition, self.symbols), target)
                               for condition, target in f.rules(story))

    # ------------------------------------------------------------- public API

    def start(self, seed: int = 0, at: Optional[str] = None, values: Optional[dict] = None,
              dice=SEEDED, entered: Optional[list] = None) -> State:
        """The state at the beginning: the start scene entered, run to its first choices.

        `at` starts at another scene (or `scene.label`) and `values` overrides
        declared starting values (for writers testing a later chapter). `dice`
        and `entered` are as for `choose`.
        """
        return self._begin(seed, at, values, dice, entered, None)[0]

    def begin(self, seed: int = 0, at: Optional[str] = None, values: Optional[dict] = None) -> Turn:
        """The first Turn: the start's State and the page the reader sees first."""
        narration = _Narration()
        state = self._begin(seed, at, values, SEEDED, None, narration)[0]
        return self._turn(state, narration)

    def page(self, state: State) -> Page:
        """What is offered at a state (without the text that led there)."""
        scene = self.scenes[state.scene]
        ctx = Context(state.values, state.visits, state.seed, state.turn)
        return self._page(scene, state, ctx, ())

    def available_ids(self, state: State, dice=SEEDED) -> tuple:
        """The ids of the choices the player can take now, without rendering text."""
        scene = self.scenes[state.scene]
        ctx = Context(state.values, state.visits, state.seed, state.turn, dice=dice)
        return tuple(c.id for c, available, _ in self._offered(scene, state, ctx) if available)

    def choice_key(self, state: State, choice_id: str) -> str:
        """The key ("scene/number") of a choice gathered at the state."""
        for choice in self._candidates(self.scenes[state.scene], state):
            if choice.id == choice_id:
                return choice.key
        raise UnknownChoice(f"there is no choice '{choice_id}' here, in scene '{state.scene}'")

    def choices_here(self, state: State) -> tuple:
        """The ids of every choice gathered at the state, hidden or taken ones too."""
        return tuple(c.id for c in self._candidates(self.scenes[state.scene], state))

    def choose(self, state: State, choice_id: str, dice=SEEDED, entered: Optional[list] = None) -> State:
        """The state after taking a choice. `dice` decides every roll (an explorer
        substitutes its own); `entered`, if given, collects each scene entered on
        the way, including those a jump leaves at once."""
        scene = self.scenes[state.scene]
        ctx = Context(list(state.values), list(state.visits), state.seed, state.turn, dice=dice)
        choice = self._pick(scene, state, ctx, choice_id)
        return self._step(scene, state, choice, ctx, entered, None)

    def take(self, turn: Turn, choice_id: str, answer: Optional[str] = None) -> Turn:
        """One step with its text: the choice checked against the page already worked
        out, the flow run once, and the next page's choices worked out once. At an
        `ask`, the choice is "answer" and `answer` the text typed (None, or nothing
        but spaces, keeps the current one)."""
        state = turn.state
        scene = self.scenes[state.scene]
        view = next((v for v in turn.page.choices if v.id == choice_id), None)
        if view is None:
            if not any(c.id == choice_id for c in self._candidates(scene, state)):
                raise UnknownChoice(f"there is no choice '{choice_id}' here, in scene '{scene.id}'")
            raise ChoiceUnavailable(f"choice '{choice_id}' is not available in scene '{scene.id}'")
        if not view.available:
            raise ChoiceUnavailable(f"choice '{choice_id}' is not available in scene '{scene.id}'")
        choice = next(c for c in self._candidates(scene, state) if c.id == choice_id)
        ctx = Context(list(state.values), list(state.visits), state.seed, state.turn)
        ctx.draws = turn.draws
        narration = _Narration(scene)
        if answer is not None and choice.answer_slot is not None:
            held = ctx.values[choice.answer_slot]
            # The text held already keeps it, as Enter does, even if it is longer than the
            # question allows: a save records Enter as that text, and loading it must not
            # cut the text down to the limit.
            answer = held if answer == held else clean_answer(answer, turn.page.prompt.limit)
            if answer:  # an empty answer keeps the text, as Enter does
                ctx.values[choice.answer_slot] = answer
        new = self._step(scene, state, choice, ctx, None, narration)
        return self._turn(new, narration)

    # ------------------------------------------------------------------ steps

    def _begin(self, seed, at, values, dice, entered, narration):
        current = list(self.initial_values)
        for name, value in (values or {}).items():
            slot = self.symbols.value_slots.get(name)
            if slot is None:
                raise StoryError(f"'{name}' is not a stat, flag or variable of this story")
            current[slot] = self._clamp(slot, value)
        target = at or self.story.start
        scene_id, _, label = target.partition(".")
        if scene_id not in self.scenes:
            raise StoryError(f"there is no scene called '{scene_id}'")
        if label and label not in self.scenes[scene_id].labels:
            raise StoryError(f"scene '{scene_id}' has no label '{label}'")
        visits = [0] * len(self.visit_slots)
        ctx = Context(current, visits, seed, 0, dice=dice)
        text = self._text_context(ctx, 1) if narration is not None else None
        scene_id, index, offer, stack = self._run(None, -1, ctx, entered, narration, text, (),
                                                  enter=(scene_id, label or None))
        return State(scene_id, index, offer, tuple(current), tuple(visits), frozenset(), seed, 1,
                     stack), ctx

    def _step(self, scene, state, choice, ctx, entered, narration):
        used = state.used
        if not choice.sticky:
            used = used | {choice.key}
        text = self._text_context(ctx, state.turn + 1) if narration is not None else None
        scene_id, index, offer, stack = self._run(scene, choice.start, ctx, entered, narration, text,
                                                  state.stack)
        return State(scene_id, index, offer, tuple(ctx.values), tuple(ctx.visits), used,
                     state.seed, state.turn + 1, stack)

    def _turn(self, state, narration) -> Turn:
        scene = self.scenes[state.scene]
        ctx = Context(state.values, state.visits, state.seed, state.turn)
        page = self._page(scene, state, ctx, narration.finish())
        return Turn(state, page, ctx.draws)

    def _text_context(self, ctx, turn):
        return Context(ctx.values, ctx.visits, ctx.seed, turn, stream=TEXT_STREAM)

    def _run(self, scene, index, ctx, entered, narration, text, stack, enter=None):
        """Run from `index` of `scene` (or first enter `enter`) to the next point of waiting.

        Returns (scene id, index of its Wait, Ask or Stop, numbers of the choices
        gathered, the calls waiting for their return).
        """
        hops = 0
        budget = MAX_INSTRUCTIONS
        offer = []
        stack = list(stack)
        if enter is not None:
            scene, index = self._enter(enter[0], enter[1], ctx, entered, narration)
        code = scene.code
        values, visits = ctx.values, ctx.visits
        try:
            while True:
                ins = code[index]
                op = ins[0]
                if op == SAY:
                    if narration is not None:
                        piece = ins[1]
                        if piece.__class__ is not str:
                            slot = ins[3]
                            text.here = visits[slot] if slot is not None else 1
                            piece = piece(text)
                        narration.say(piece, ins[2])
                    index += 1
                elif op == DO:
                    self._assign(values, ins[1], ins[2], ins[3](ctx), ins[4])
                    index += 1
                elif op == TEST:
                    index = index + 1 if ins[1](ctx) else ins[2]
                elif op == GO:
                    index = ins[1]
                elif op == OFFER:
                    offer.append(ins[1])
                    index += 1
                elif op == OFFERS:
                    offer.extend(ins[1])
                    index = ins[2]
                elif op == COUNT:
                    if ins[1] is not None:
                        visits[ins[1]] += 1
                    index += 1
                elif op == ENTER or op == CALL:
                    if op == CALL:
                        if len(stack) >= MAX_CALLS:
                            raise StoryLoop(f"calls nest more than {MAX_CALLS} deep, the last to "
                                            f"'{ins[1]}': a scene that calls itself without end?")
                        stack.append((scene.id, index + 1))
                    hops += 1
                    if hops > MAX_HOPS:
                        raise StoryLoop(f"the story jumps more than {MAX_HOPS} times without stopping, "
                                        f"last at '{ins[1]}'")
                    scene, index = self._enter(ins[1], ins[2], ctx, entered, narration)
                    code = scene.code
                    offer = []
                elif op == BREAK:
                    if narration is not None:
                        narration.end_paragraph()
                    index += 1
                elif op == RETURN:
                    if not stack:
                        raise NoCall(f"scene '{scene.id}' returns, but no call led to it")
                    scene_id, index = stack.pop()
                    scene = self.scenes[scene_id]
                    code = scene.code
                    offer = []
                    if narration is not None:
                        narration.enter(scene, arrived=False)
                else:  # WAIT, ASK or STOP
                    return scene.id, index, tuple(offer), tuple(stack)
                budget -= 1
                if budget == 0:
                    raise StoryLoop(f"the story runs more than {MAX_INSTRUCTIONS} steps in scene "
                                    f"'{scene.id}' without offering a choice")
        except NumberOutOfRange as exc:
            raise exc.in_scene(scene.id)

    def _enter(self, target, label, ctx, entered, narration):
        """Enter a scene: the `whenever` rules first, then a visit counted. Returns (scene, index)."""
        for _ in range(MAX_HOPS):
            scene = self.scenes[target]
            if not scene.ending:
                rule_target = next((t for condition, t in self.whenevers
                                    if t != target and condition(ctx)), None)
                if rule_target is not None:
                    target, label = rule_target, None
                    continue
            if scene.visit_slot is not None:
                ctx.visits[scene.visit_slot] += 1
            if entered is not None:
                entered.append(target)
            if narration is not None:
                narration.enter(scene)
            return scene, (scene.labels[label] if label else 0)
        raise StoryLoop(f"the story jumps more than {MAX_HOPS} times without stopping, last at '{target}'")

    def _candidates(self, scene, state):
        """The choices gathered at the state's point, and its fallback."""
        ins = scene.code[state.at]
        if ins[0] == ASK:
            return [scene.choices[ins[4]]]
        if ins[0] != WAIT:
            return []
        found = [scene.choices[n] for n in state.offer]
        if ins[1] is not None:
            found.append(scene.choices[ins[1]])
        return found

    def _offered(self, scene, state, ctx):
        """(choice, available, reason) of each choice not hidden, the fallback last if needed."""
        ins = scene.code[state.at]
        if ins[0] == ASK:
            return [(scene.choices[ins[4]], True, None)]
        if ins[0] != WAIT:
            return []
        out = []
        used = state.used
        choices = scene.choices
        any_available = False
        for number in state.offer:
            choice = choices[number]
            if choice.key in used:
                continue
            available, reason = True, None
            for condition, why in choice.conditions:
                try:
                    passed = condition(ctx)
                except NumberOutOfRange as exc:
                    raise exc.in_scene(scene.id)
                if not passed:
                    available, reason = False, why
                    break
            if not available and reason is None:
                continue  # hidden
            any_available = any_available or available
            out.append((choice, available, reason))
        if ins[1] is not None and not any_available:
            out.append((choices[ins[1]], True, None))
        return out

    def _pick(self, scene, state, ctx, choice_id):
        # When no condition at this point rolls dice or does arithmetic that may
        # leave the range, only the chosen choice's conditions need evaluating:
        # the others draw nothing and cannot fail, so ctx.draws is what the
        # full evaluation below would leave.
        quick = scene.by_id.get(state.at)
        choice = quick.get(choice_id) if quick is not None else None
        if (choice is not None and not choice.fallback and choice.key not in state.used
                and choice.number in state.offer
                and all(condition(ctx) for condition, _ in choice.conditions)):
            return choice
        offered = self._offered(scene, state, ctx)
        for choice, available, _ in offered:
            if choice.id == choice_id:
                if not available:
                    break
                return choice
        if not any(c.id == choice_id for c in self._candidates(scene, state)):
            raise UnknownChoice(f"there is no choice '{choice_id}' here, in scene '{scene.id}'")
        if choice_id == FALLBACK_ID:
            raise ChoiceUnavailable(f"'{FALLBACK_ID}' is offered only when no other choice is")
        raise ChoiceUnavailable(f"choice '{choice_id}' is not available in scene '{scene.id}'")

    def _page(self, scene, state, ctx, sections) -> Page:
        ins = scene.code[state.at]
        where = scene.wait_names.get(state.at, scene.id)
        if ins[0] == ASK:
            default = state.values[ins[1]]
            return Page(scene.id, scene.heading, (ChoiceView(ANSWER_ID, default, True),), None,
                        sections, where, Prompt(ins[2], default, ins[3]))
        if ins[0] != WAIT:
            ending = (scene.heading or scene.id) if scene.ending else None
            return Page(scene.id, scene.heading, (), ending, sections, where)
        offered = self._offered(scene, state, ctx)
        render = None
        views = []
        for choice, available, reason in offered:
            text = choice.text
            if text.__class__ is not str:
                if render is None:
                    slot = ins[2]
                    render = Context(state.values, state.visits, state.seed, state.turn,
                                     stream=TEXT_STREAM * 2,
                                     here=state.visits[slot] if slot is not None else 1)
                try:
                    text = tidy(text(render))
                except NumberOutOfRange as exc:
                    raise exc.in_scene(scene.id)
            views.append(ChoiceView(choice.id, text, available, reason))
        return Page(scene.id, scene.heading, tuple(views), None, sections, where)

    def _assign(self, values, slot, op, value, assign):
        if op == "=":
            new = value
        elif op == "+=" or op == "-=":
            new = values[slot] + value if op == "+=" else values[slot] - value
            if not -MAX_WHOLE <= new <= MAX_WHOLE:
                raise NumberOutOfRange(m.Binary(op[0], m.Name(assign.name, assign.pos), assign.value,
                                                assign.pos), new)
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

    # -------------------------------------------------------------- compiling

    def _compile_scene(self, scene: m.Scene) -> _Scene:
        program = f.program(self.story, scene.id)
        compiled = _Scene()
        compiled.id = scene.id
        compiled.heading = scene.heading
        compiled.ending = scene.is_ending
        compiled.visit_slot = self.visit_slots.get(scene.id)
        compiled.labels = program.labels
        compiled.code = _fold_offers([self._compile_instruction(ins) for ins in program.code])
        compiled.choices = [self._compile_choice(c) for c in program.choices]
        compiled.wait_names = {i: w.name for i, w in program.waits()}
        compiled.by_id = {}  # Wait index -> {choice id: choice}, for Waits whose conditions roll no dice
        for at, _wait in program.waits():
            infos = [c for c in program.choices if c.wait == at]
            if not any(m.rolls(cond.expr) or m.may_leave_range(cond.expr)
                       for c in infos for cond in c.conditions):
                compiled.by_id[at] = {c.id: compiled.choices[c.number] for c in infos}
        for i, ask in program.asks():
            compiled.wait_names[i] = program.choices[ask.choice].path.rsplit("/", 1)[0]
        return compiled

    def _compile_instruction(self, ins):
        symbols = self.symbols
        kind = type(ins)
        if kind is f.Say:
            text = compile_text(ins.text, symbols)
            return (SAY, text, ins.ends_paragraph, self.visit_slots.get(ins.place))
        if kind is f.Do:
            a = ins.assign
            return (DO, symbols.value_slots[a.name], a.op, compile_expr(a.value, symbols), a)
        if kind is f.Test:
            return (TEST, compile_expr(ins.condition, symbols), ins.otherwise)
        if kind is f.Go:
            return (GO, ins.to)
        if kind is f.Enter:
            return (ENTER, ins.scene, ins.label)
        if kind is f.Count:
            return (COUNT, self.visit_slots.get(ins.place))
        if kind is f.Offer:
            return (OFFER, ins.choice)
        if kind is f.Wait:
            return (WAIT, ins.fallback, self.visit_slots.get(ins.place))
        if kind is f.Break:
            return (BREAK,)
        if kind is f.Call:
            return (CALL, ins.scene, ins.label)
        if kind is f.Return:
            return (RETURN,)
        if kind is f.Ask:
            return (ASK, symbols.value_slots[ins.name], ins.prompt, ins.limit, ins.choice)
        return (STOP,)

    def _compile_choice(self, info: f.ChoiceInfo) -> _Choice:
        compiled = _Choice()
        compiled.number = info.number
        compiled.id = info.id
        compiled.key = info.key
        text = compile_text(info.text, self.symbols)
        compiled.text = tidy(text) if isinstance(text, str) else text
        compiled.sticky = info.sticky
        compiled.fallback = info.is_fallback
        compiled.conditions = tuple((compile_expr(c.expr, self.symbols), c.reason)
                                    for c in info.conditions)
        compiled.start = info.start
        compiled.answer_slot = None
        if info.id == ANSWER_ID and info.wait >= 0:
            ask = f.program(self.story, info.key.rsplit("/", 1)[0]).code[info.wait]
            if isinstance(ask, f.Ask):
                compiled.answer_slot = self.symbols.value_slots[ask.name]
        return compiled


def _fold_offers(code):
    """`code` with the first Offer of each run of several replaced by one OFFERS.

    A jump into the middle of a run still finds the run's single Offers there.
    """
    i = 0
    while i < len(code):
        j = i
        while j < len(code) and code[j][0] == OFFER:
            j += 1
        if j - i > 1:
            code[i] = (OFFERS, tuple(code[k][1] for k in range(i, j)), j)
        i = max(j, i + 1)
    return code


def clean_answer(text: str, limit: int) -> str:
    """A typed answer as the story keeps it: one line, spaces folded, no control
    characters, at most `limit` characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:limit].strip()


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


def observed_places(story: m.Story) -> set:
    """Places (scenes, labels, choices) whose visit counts the story can observe: only these are tracked."""
    observed = set()

    def expr(e):
        observed.update(name for kind, name in m.reads(e) if kind == "visits")

    def text(nodes, place):
        for n in nodes:
            if isinstance(n, m.Show):
                expr(n.expr)
            elif isinstance(n, m.IfText):
                expr(n.condition)
                text(n.then, place)
                text(n.otherwise, place)
            elif isinstance(n, m.Vary):
                if n.selector is not None:
                    expr(n.selector)
                if n.follows_visits:
                    observed.add(place)
                for alternative in n.alternatives:
                    text(alternative, place)

    for condition, _target in f.rules(story):
        expr(condition)
    for scene in story.scenes:
        program = f.program(story, scene.id)
        for ins in program.code:
            kind = type(ins)
            if kind is f.Say:
                text(ins.text, ins.place)
            elif kind is f.Do:
                expr(ins.assign.value)
            elif kind is f.Test:
                expr(ins.condition)
        for info in program.choices:
            wait = program.code[info.wait] if info.wait >= 0 else None
            text(info.text, wait.place if wait is not None else scene.id)
            for condition in info.conditions:
                expr(condition.expr)
    return observed


__all__ = ["Engine", "State", "Turn", "Page", "Section", "Prompt", "ChoiceView", "FALLBACK_ID",
           "FALLBACK_TEXT", "ANSWER_ID", "StoryError", "UnknownChoice", "ChoiceUnavailable", "StoryLoop",
           "NoCall"]
