"""Lowers a scene's flow to a flat program: what the engine runs and the tools analyse.

A scene in the model is a tree (choices hold bodies, blocks hold branches).
`lower(story, scene)` turns it into a `Program`: a tuple of instructions
indexed from 0, with every name resolved (a bare label means this scene's
label; `scene.label` another's) and every choice numbered. The engine
compiles programs into closures; liveness, footprints, the interval
abstraction, the checker's flow warnings and the graph all read the same
programs, so they agree on what a story does.

Instructions:

    Say(text, ends_paragraph, place)   show text; `place` is whose visits {sequence:} follows
    Do(assign)                         a `set`
    Test(condition, otherwise)         go on if the condition holds, else to `otherwise`
    Go(to)                             continue at another instruction of this scene
    Enter(scene, label)                enter a scene (at its top, or at a label)
    Call(scene, label)                 the same, to come back to the next instruction
    Return()                           come back from the latest call
    Ask(name, prompt, limit, choice)   wait for the player to type a text
    Count(place)                       count a visit of a label or a choice
    Offer(choice)                      gather a choice for the next Wait
    Wait(choices, fallback)            offer the gathered choices and wait for the player
    Break()                            end the paragraph (a choice's body is over)
    Stop()                             the scene's flow has nowhere to go (in an ending: the end)

A run of choices (see `model.choice_groups`) becomes its Offers, with a Test
before those inside `if` blocks, and one Wait. Each choice's body is laid out
after the scene's own flow and ends by going to the line below the run (the
gather) or to the choice's target.
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from attrs import field, frozen

from . import model as m

FALLBACK_ID = "otherwise"
FALLBACK_TEXT = "Continue"
ANSWER_ID = "answer"  # the one way on from an `ask`: the text typed (in a save, the step's text)


# --------------------------------------------------------------- instructions

class Say(NamedTuple):
    text: tuple
    ends_paragraph: bool
    place: str
    pos: Optional[m.Pos] = None


class Do(NamedTuple):
    assign: m.Assign


class Test(NamedTuple):
    condition: m.Expr
    otherwise: int
    pos: Optional[m.Pos] = None  # the line that tests it (a block's branch, a jump)


class Go(NamedTuple):
    to: int


class Enter(NamedTuple):
    scene: str
    label: Optional[str]  # None: the scene's top
    pos: Optional[m.Pos] = None


class Call(NamedTuple):
    scene: str
    label: Optional[str]
    pos: Optional[m.Pos] = None


class Return(NamedTuple):
    pos: Optional[m.Pos] = None


class Ask(NamedTuple):
    name: str  # the text variable the answer goes into
    prompt: str
    limit: int  # characters at most
    choice: int  # the number of its "answer" choice: how tools take it
    place: str
    pos: Optional[m.Pos] = None


class Count(NamedTuple):
    place: str
    pos: Optional[m.Pos] = None


class Offer(NamedTuple):
    choice: int


class Wait(NamedTuple):
    choices: tuple  # numbers of the choices that can be gathered for it, in order
    fallback: Optional[int]  # the number of its `otherwise`, if it has one
    place: str  # whose visits {sequence:} in the choices' text follows
    name: str  # where it is, for people: "scene", "scene/ask", "scene.vote"
    pos: Optional[m.Pos] = None  # its first choice
    fixed: bool = True  # always gathers every one of `choices` (no `if` block among them)


class Break(NamedTuple):
    """(no fields)"""


class Stop(NamedTuple):
    pos: Optional[m.Pos] = None  # where the flow ran out


class ChoiceInfo(NamedTuple):
    number: int  # in the scene, in the order written
    id: str  # unique among the choices of its Wait
    key: str  # "scene/number": how once-only choices are remembered
    path: str  # for people: the Wait's name and the id, "scene/ask/why"
    sticky: bool
    is_fallback: bool
    text: tuple
    conditions: tuple  # of model.Condition
    start: int  # where its body begins
    wait: int  # the Wait that offers it
    place: Optional[str]  # a labelled choice's place ("scene.id"), counted when taken
    pos: m.Pos


@frozen
class Program:
    scene: str
    code: tuple
    choices: tuple  # of ChoiceInfo, by number
    labels: dict = field(eq=False)  # label -> instruction index (labelled choices: their body)
    places: dict = field(eq=False)  # place name -> kind ("scene", "label" or "choice")

    def waits(self):
        """(index, Wait) of every point where the player may be asked to choose."""
        return [(i, ins) for i, ins in enumerate(self.code) if isinstance(ins, Wait)]

    def asks(self):
        """(index, Ask) of every point where the player is asked to type a text."""
        return [(i, ins) for i, ins in enumerate(self.code) if isinstance(ins, Ask)]


def place_of_label(scene_id: str, label: str) -> str:
    return f"{scene_id}.{label}"


# ------------------------------------------------------------------ resolving

def labels_of(scene: m.Scene, every=None) -> dict:
    """The labels of a scene: `label` lines and choices with an explicit id, first wins.

    `every` may be given: the scene's items, already walked (`model.walk`).
    """
    found = {}
    for item in m.walk(scene.items) if every is None else every:
        if isinstance(item, m.Label):
            found.setdefault(item.name, item)
        elif isinstance(item, m.Choice) and item.explicit_id:
            found.setdefault(item.id, item)
    return found


def resolve(story: m.Story, scene_id: Optional[str], name: str):
    """(scene id, label or None) that `name` means in `scene_id`, or None if nothing.

    A bare name is a scene, if there is one by that name, and otherwise a
    label of the scene it is written in; `scene.label` is a label of that
    scene. (Scenes come first so that a choice whose id is also the scene it
    leads to, `* (end) Give up -> end`, still leads there.)
    """
    if "." in name:
        scene_name, label = name.split(".", 1)
        scene = story.scenes_by_id.get(scene_name)
        if scene is None or label not in _labels(story, scene):
            return None
        return scene_name, label
    if name in story.scenes_by_id:
        return name, None
    if scene_id is not None:
        scene = story.scenes_by_id.get(scene_id)
        if scene is not None and name in _labels(story, scene):
            return scene_id, name
    return None


def resolve_place(story, scene_id, name) -> Optional[str]:
    """The canonical place name ("scene" or "scene.label") `name` means in `scene_id`."""
    found = resolve(story, scene_id, name)
    if found is None:
        return None
    scene, label = found
    return scene if label is None else place_of_label(scene, label)


def _labels(story, scene, every=None):
    cache = story.facts.setdefault("labels", {})
    known = cache.get(scene.id)
    if known is None:
        known = cache[scene.id] = labels_of(scene, every)
    return known


def remember_labels(story, scene, every):
    """Work out a scene's labels from its walked items (for a caller that walked them anyway)."""
    return _labels(story, scene, every)


def canonical(story, scene_id, expr):
    """`expr` with the scene and label names in seen() and visits() made canonical, and
    each constant replaced by its value."""
    if isinstance(expr, m.Name):
        const = story.constants_by_name.get(expr.name)
        if const is None:
            return expr
        return _at(const.value, expr.pos)
    if isinstance(expr, m.Call):
        if expr.function in ("seen", "visits") and len(expr.args) == 1 and isinstance(expr.args[0], m.Name):
            arg = expr.args[0]
            place = resolve_place(story, scene_id, arg.name)
            if place is not None and place != arg.name:
                return m.Call(expr.function, (m.Name(place, arg.pos, arg.depth),), expr.pos, expr.depth)
            return expr
        args = tuple(canonical(story, scene_id, a) for a in expr.args)
        return expr if args == expr.args else m.Call(expr.function, args, expr.pos, expr.depth)
    if isinstance(expr, m.Unary):
        operand = canonical(story, scene_id, expr.operand)
        return expr if operand is expr.operand else m.Unary(expr.op, operand, expr.pos, expr.depth)
    if isinstance(expr, m.Binary):
        left = canonical(story, scene_id, expr.left)
        right = canonical(story, scene_id, expr.right)
        if left is expr.left and right is expr.right:
            return expr
        return m.Binary(expr.op, left, right, expr.pos, expr.depth)
    return expr


def _at(value, pos):
    """A constant's value, placed where its name was written (for messages)."""
    return type(value)(value.value, pos)


def _needs_canonical(story, expr) -> bool:
    """Whether `canonical` would change anything: a seen()/visits() or a constant."""
    constants = story.constants_by_name
    return any(kind == "visits" or name in constants for kind, name in m.reads(expr))


def rules(story) -> tuple:
    """The story's `whenever` rules as (condition, target), conditions canonical."""
    known = story.facts.get("rules")
    if known is None:
        known = story.facts["rules"] = tuple(
            (canonical(story, None, r.condition) if _needs_canonical(story, r.condition)
             else r.condition, r.target) for r in story.whenevers)
    return known


def canonical_text(story, scene_id, nodes):
    if all(node.__class__ is m.Literal for node in nodes):
        return nodes
    out = []
    changed = False
    for node in nodes:
        new = node
        if isinstance(node, m.Show) and _needs_canonical(story, node.expr):
            new = m.Show(canonical(story, scene_id, node.expr), node.pos)
        elif isinstance(node, m.IfText):
            new = m.IfText(canonical(story, scene_id, node.condition)
                           if _needs_canonical(story, node.condition) else node.condition,
                           canonical_text(story, scene_id, node.then),
                           canonical_text(story, scene_id, node.otherwise), node.pos)
        elif isinstance(node, m.Vary):
            selector = node.selector
            if selector is not None and _needs_canonical(story, selector):
                selector = canonical(story, scene_id, selector)
            new = m.Vary(node.kind, tuple(canonical_text(story, scene_id, a) for a in node.alternatives),
                         node.pos, selector)
        changed = changed or new != node
        out.append(new)
    return tuple(out) if changed else nodes


# ------------------------------------------------------------------- lowering

def program(story: m.Story, scene_id: str) -> Program:
    """The lowered program of a scene, made once per story and kept."""
    cache = story.facts.setdefault("programs", {})
    known = cache.get(scene_id)
    if known is None:
        known = cache[scene_id] = lower(story, story.scenes_by_id[scene_id])
    return known


def lower(story: m.Story, scene: m.Scene) -> Program:
    return _Lowering(story, scene).run()


class _Lowering:
    def __init__(self, story, scene):
        self.story = story
        self.scene = scene
        self.code = []
        self.choices = []
        self.labels = {}
        self.places = {scene.id: "scene"}
        self.bodies = []  # (choice number, model choice or fallback, place, gather index)
        self.fixups = []  # (instruction index, label) of jumps to this scene's labels
        self.wait_names = {}

    def run(self) -> Program:
        scene = self.scene
        self.flow(scene.items, scene.id, scene.id)
        self.emit(Stop(None))
        position = 0
        while position < len(self.bodies):
            self.body(*self.bodies[position])
            position += 1
        for index, label in self.fixups:
            self.code[index] = Go(self.labels[label])
        choices = tuple(ChoiceInfo(**draft) for draft in self.choices)
        return Program(scene.id, tuple(self.code), choices, self.labels, self.places)

    def emit(self, instruction) -> int:
        self.code.append(instruction)
        return len(self.code) - 1

    def expr(self, e):
        return canonical(self.story, self.scene.id, e) if _needs_canonical(self.story, e) else e

    def text(self, nodes):
        return canonical_text(self.story, self.scene.id, nodes)

    # ------------------------------------------------------------------ flow

    def flow(self, items, place, where):
        """Lay out `items` in order; the caller lays out what follows them."""
        i = 0
        while i < len(items):
            item = items[i]
            if m.joins_choices(item) or isinstance(item, m.Fallback):
                members = []
                while i < len(items) and m.joins_choices(items[i]):
                    members.append(items[i])
                    i += 1
                fallback = None
                if i < len(items) and isinstance(items[i], m.Fallback):
                    fallback = items[i]
                    i += 1
                self.group(members, fallback, place, where)
                continue
            place = self.statement(item, place, where)
            if isinstance(item, m.Label):
                where = place
            i += 1

    def statement(self, item, place, where):
        if isinstance(item, m.Prose):
            self.emit(Say(self.text(item.text), item.ends_paragraph, place, item.pos))
        elif isinstance(item, m.Assign):
            self.emit(Do(m.Assign(item.name, item.op, self.expr(item.value), item.pos)))
        elif isinstance(item, m.Jump):
            test = None
            if item.condition is not None:
                test = self.emit(Test(self.expr(item.condition), -1, item.pos))
            if item.call:
                self.call(item.target, item.pos)
            else:
                self.transfer(item.target, item.pos)
            if test is not None:
                self.code[test] = _patched(self.code[test], len(self.code))
        elif isinstance(item, m.Return):
            self.emit(Return(item.pos))
        elif isinstance(item, m.Ask):
            number = self.new_answer(item)
            ask = self.emit(Ask(item.name, item.prompt, item.limit, number, place, item.pos))
            self.choices[number].update(wait=ask, start=ask + 1, path=f"{where}/{ANSWER_ID}")
        elif isinstance(item, m.Label):
            if item.name not in self.labels:
                self.labels[item.name] = len(self.code)
            place = place_of_label(self.scene.id, item.name)
            self.places[place] = "label"
            self.emit(Count(place, item.pos))
        elif isinstance(item, m.Block):
            self.block(item, lambda items: self.flow(items, place, where))
        return place

    def block(self, block, lay_out):
        """A Test per branch, `lay_out(items)` for each branch, and a Go past the block."""
        exits = []
        for branch in block.branches:
            test = None
            if branch.condition is not None:
                test = self.emit(Test(self.expr(branch.condition), -1, branch.pos))
            lay_out(branch.items)
            exits.append(self.emit(Go(-1)))
            if test is not None:
                self.code[test] = _patched(self.code[test], len(self.code))
        end = len(self.code)
        for index in exits:
            self.code[index] = Go(end)

    def go_on(self, target, pos=None):
        """After a body: to the gather (an index), to a target by name, or nowhere."""
        if target is None:
            self.emit(Stop(pos))
        elif isinstance(target, int):
            self.emit(Go(target))
        else:
            self.transfer(target, pos)

    def transfer(self, target, pos=None):
        found = resolve(self.story, self.scene.id, target)
        if found is None:
            self.emit(Stop(pos))  # the checker has reported it
            return
        scene_id, label = found
        if scene_id == self.scene.id and label is not None and "." not in target:
            self.emit(Break())  # what follows the label reads as a new paragraph
            self.fixups.append((self.emit(Go(-1)), label))
        else:
            self.emit(Enter(scene_id, label, pos))

    def call(self, target, pos):
        found = resolve(self.story, self.scene.id, target)
        if found is None:
            self.emit(Stop(pos))  # the checker has reported it
            return
        self.emit(Call(found[0], found[1], pos))

    # --------------------------------------------------------------- choices

    def new_answer(self, ask) -> int:
        """The "answer" choice of an `ask`: the way tools go on from it."""
        number = len(self.choices)
        self.choices.append(dict(
            number=number, id=ANSWER_ID, key=f"{self.scene.id}/{number}", path="", sticky=True,
            is_fallback=False, text=(m.Show(m.Name(ask.name, ask.pos), ask.pos),),
            conditions=(), start=-1, wait=-1, place=None, pos=ask.pos))
        return number

    def group(self, members, fallback, place, where):
        """One run of choices: their Offers, then the Wait that offers them."""
        name = self.wait_name(where)
        gathered = []
        first_offer = len(self.code)
        for member in members:
            self.offers(member, place, where, gathered)
        fixed = not any(isinstance(ins, (Test, Enter)) for ins in self.code[first_offer:])
        fallback_number = None
        if fallback is not None:
            fallback_number = self.new_choice(fallback, gathered, is_fallback=True)
        first = gathered[0][1].pos if gathered else None
        wait = self.emit(Wait(tuple(n for n, _ in gathered if n != fallback_number),
                              fallback_number, place, name, first, fixed))
        for number, choice in gathered:
            draft = self.choices[number]
            draft["wait"] = wait
            draft["path"] = f"{name}/{draft['id']}"
            self.bodies.append((number, choice, place, wait + 1))

    def wait_name(self, where):
        count = self.wait_names[where] = self.wait_names.get(where, 0) + 1
        return where if count == 1 else f"{where}#{count}"

    def offers(self, member, place, where, gathered):
        if isinstance(member, m.Choice):
            self.emit(Offer(self.new_choice(member, gathered)))
            return

        def lay_out(items):
            inner_place = place
            for item in items:
                if m.joins_choices(item):
                    self.offers(item, inner_place, where, gathered)
                else:
                    inner_place = self.statement(item, inner_place, where)

        self.block(member, lay_out)

    def new_choice(self, choice, gathered, is_fallback=False) -> int:
        number = len(self.choices)
        scene_id = self.scene.id
        own_place = None
        if not is_fallback and choice.explicit_id:
            own_place = place_of_label(scene_id, choice.id)
            self.places[own_place] = "choice"
        self.choices.append(dict(  # a ChoiceInfo once its Wait and its body are laid out
            number=number, id=FALLBACK_ID if is_fallback else choice.id,
            key=f"{scene_id}/{number}", path="", sticky=is_fallback or choice.sticky,
            is_fallback=is_fallback,
            text=(m.Literal(FALLBACK_TEXT),) if is_fallback else self.text(choice.text),
            conditions=() if is_fallback else tuple(
                m.Condition(self.expr(c.expr), c.reason, c.pos) for c in choice.conditions),
            start=-1, wait=-1, place=own_place, pos=choice.pos))
        gathered.append((number, choice))
        return number

    def body(self, number, choice, place, gather):
        """A choice's body: counted if it is a place, its lines, then on to its target or the gather."""
        draft = self.choices[number]
        start = draft["start"] = len(self.code)
        if draft["place"] is not None:
            self.labels.setdefault(draft["id"], start)
            self.emit(Count(draft["place"], draft["pos"]))
            place = draft["place"]
        elif _varies(choice.body):
            place = f"{self.scene.id}#{number}"
            self.places[place] = "choice"
            self.emit(Count(place, draft["pos"]))
        if choice.body:
            self.flow(choice.body, place, draft["path"])
            self.emit(Break())
        self.go_on(choice.target if choice.target is not None else gather, choice.target_pos)


def _patched(test, otherwise):
    return Test(test.condition, otherwise, test.pos)


def _varies(items) -> bool:
    """Whether a flow shows text that changes with visits ({sequence:}, {cycle:}, {once:})."""
    return any(isinstance(item, m.Prose) and _text_varies(item.text) for item in m.walk(items))


def _text_varies(nodes) -> bool:
    for node in nodes:
        if isinstance(node, m.Vary):
            if node.follows_visits or any(_text_varies(a) for a in node.alternatives):
                return True
        elif isinstance(node, m.IfText) and (_text_varies(node.then) or _text_varies(node.otherwise)):
            return True
    return False


# ------------------------------------------------------------------ the graph

def successors(program: Program, index: int):
    """Where the flow goes from instruction `index`: (indexes in this scene, scenes entered).

    A Wait goes on to the body of each choice it may offer; a Stop goes nowhere.
    """
    ins = program.code[index]
    kind = type(ins)
    if kind is Go:
        return (ins.to,), ()
    if kind is Test:
        return (index + 1, ins.otherwise), ()
    if kind is Enter:
        return (), ((ins.scene, ins.label),)
    if kind is Call:
        return (index + 1,), ((ins.scene, ins.label),)  # there, and back here after its return
    if kind is Return:
        return (), ()  # to wherever the call came from (see explorer/graph.py)
    if kind is Ask:
        return (index + 1,), ()
    if kind is Wait:
        numbers = ins.choices + ((ins.fallback,) if ins.fallback is not None else ())
        return tuple(program.choices[n].start for n in numbers), ()
    if kind is Stop:
        return (), ()
    return (index + 1,), ()


def entry_index(program: Program, label: Optional[str]) -> int:
    return program.labels[label] if label else 0


def reachable(program: Program, starts) -> set:
    """The instructions of one scene reachable from `starts` without leaving it."""
    seen = set()
    todo = list(starts)
    while todo:
        index = todo.pop()
        if index in seen or not 0 <= index < len(program.code):
            continue
        seen.add(index)
        inside, _ = successors(program, index)
        todo.extend(inside)
    return seen
