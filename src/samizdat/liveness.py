"""What part of a state can still change the future, scene by scene.

Two playthroughs standing on the same page merge, for the explorer, when they
differ only in values nothing will read again. `analyse(engine)` works out,
for every scene, which stats, flags and variables are live (some later
condition, effect or, if asked, text may read them before they are
overwritten), which visit counts can still be tested and up to what number
they matter, and which once-only choices can still be met. It is a classic
backward liveness analysis over the scene graph, run to a fixpoint.
"""
from __future__ import annotations

from attrs import frozen

from . import model as m


@frozen
class SceneLiveness:
    values: tuple  # value slots live on this scene's page, ascending
    visits: tuple  # visit slots live on this scene's page, ascending
    once_only: int  # bit mask over `Liveness.once_only_keys`: choices that can still be met


@frozen
class Liveness:
    scenes: dict  # scene id -> SceneLiveness
    visit_caps: tuple  # per visit slot: counts above this behave alike (None: every count matters)
    once_only_keys: tuple  # "scene/choice" of every once-only choice, bit i is the i-th
    read_anywhere: frozenset  # value slots something reads somewhere


def analyse(engine, observe_text: bool = True) -> Liveness:
    """The liveness of every scene of `engine`'s story.

    With `observe_text`, values shown in prose or choice text count as read,
    so two states merge only if the player would also read the same page.
    """
    return _Analysis(engine, observe_text).run()


class _Analysis:
    def __init__(self, engine, observe_text):
        self.engine = engine
        self.story = engine.story
        self.observe_text = observe_text
        self.value_slots = engine.symbols.value_slots
        self.visit_slots = engine.visit_slots
        self.visit_base = len(engine.declarations)  # visit slot j is bit visit_base + j
        self.read_anywhere = 0

    # --------------------------------------------------------------- reading

    def reads(self, expr) -> int:
        """The bit mask of slots an expression reads; also notes visit caps."""
        mask = 0
        for kind, name in m.reads(expr):
            if kind == "value":
                mask |= 1 << self.value_slots[name]
            else:
                mask |= 1 << (self.visit_base + self.visit_slots[name])
        self.read_anywhere |= mask
        return mask

    def cap_comparisons(self, expr):
        """A visit count only compared with constants matters up to the largest constant + 1."""
        if isinstance(expr, m.Binary):
            if expr.op in ("<", "<=", ">", ">=", "==", "!="):
                for count, other in ((expr.left, expr.right), (expr.right, expr.left)):
                    if (isinstance(count, m.Call) and count.function == "visits"
                            and isinstance(other, m.Number)):
                        slot = self.visit_slots[count.args[0].name]
                        self.comparable.setdefault(slot, 0)
                        self.comparable[slot] = max(self.comparable[slot], other.value + 1, 0)
                        self.direct.add(id(count))
            self.cap_comparisons(expr.left)
            self.cap_comparisons(expr.right)
        elif isinstance(expr, m.Unary):
            self.cap_comparisons(expr.operand)
        elif isinstance(expr, m.Call):
            if expr.function == "visits" and id(expr) not in self.direct:
                self.uncapped.add(self.visit_slots[expr.args[0].name])
            for arg in expr.args:
                self.cap_comparisons(arg)

    def text_reads(self, nodes, scene) -> int:
        if not self.observe_text:
            return 0
        mask = 0
        for node in nodes:
            if isinstance(node, m.Show):
                mask |= self.reads(node.expr)
                self.all_exprs.append(node.expr)
            elif isinstance(node, m.IfText):
                mask |= self.reads(node.condition) | self.text_reads(node.then, scene)
                mask |= self.text_reads(node.otherwise, scene)
                self.all_exprs.append(node.condition)
            elif isinstance(node, m.Vary):
                if node.kind != "shuffle" and scene.id in self.visit_slots:
                    slot = self.visit_slots[scene.id]
                    mask |= 1 << (self.visit_base + slot)
                    self.read_anywhere |= 1 << (self.visit_base + slot)
                    if node.kind == "cycle":
                        self.uncapped.add(slot)
                    else:  # sequence stays on its last, once shows nothing after its last
                        self.comparable[slot] = max(self.comparable.get(slot, 0),
                                                    len(node.alternatives) + 1)
                for alternative in node.alternatives:
                    mask |= self.text_reads(alternative, scene)
        return mask

    # -------------------------------------------------------------- the run

    def run(self) -> Liveness:
        story = self.story
        self.all_exprs = []
        self.comparable = {}
        self.direct = set()
        self.uncapped = set()
        self.compile_scenes()
        for expr in self.all_exprs:
            self.cap_comparisons(expr)
        caps = []
        for slot in range(len(self.visit_slots)):
            if slot in self.uncapped:
                caps.append(None)
            else:
                caps.append(max(self.comparable.get(slot, 0), 1))

        page = {s.id: 0 for s in story.scenes}  # live on the scene's page
        enter = {s.id: 0 for s in story.scenes}  # live just before entering it
        dependants = {s.id: set() for s in story.scenes}
        for scene in story.scenes:
            for target in self.page_targets[scene.id] | self.enter_targets[scene.id]:
                dependants[target].add(scene.id)
        todo = [s.id for s in reversed(story.scenes)]
        queued = set(todo)
        while todo:
            scene_id = todo.pop()
            queued.discard(scene_id)
            new_page = self.page_transfer(scene_id, enter)
            page_changed = new_page != page[scene_id]
            page[scene_id] = new_page
            new_enter = self.enter_transfer(scene_id, page, enter)
            if page_changed or new_enter != enter[scene_id]:
                enter[scene_id] = new_enter
                for other in dependants[scene_id] | {scene_id}:
                    if other not in queued:
                        queued.add(other)
                        todo.append(other)

        keys, reach = self.once_only_reach()
        scenes = {}
        base = self.visit_base
        for scene in story.scenes:
            live = page[scene.id]
            values = tuple(i for i in range(base) if live >> i & 1)
            visits = tuple(j for j in range(len(self.visit_slots)) if live >> (base + j) & 1)
            scenes[scene.id] = SceneLiveness(values, visits, reach[scene.id])
        read = frozenset(i for i in range(base) if self.read_anywhere >> i & 1)
        return Liveness(scenes, tuple(caps), keys, read)

    def compile_scenes(self):
        """Each scene as masks and step lists, so the fixpoint does no tree walking."""
        self.page_reads = {}
        self.choice_steps = {}  # scene -> [(effects, target)]
        self.entry_steps = {}
        self.page_targets = {}
        self.enter_targets = {}
        self.rules = []
        for rule in self.story.whenevers:
            self.rules.append((self.reads(rule.condition), rule.target))
            self.all_exprs.append(rule.condition)
        for scene in self.story.scenes:
            reads = 0
            for paragraph in scene.paragraphs:
                reads |= self.text_reads(paragraph, scene)
            choices = []
            targets = set()
            for choice in scene.choices:
                reads |= self.text_reads(choice.text, scene)
                for condition in choice.conditions:
                    reads |= self.reads(condition.expr)
                    self.all_exprs.append(condition.expr)
                choices.append((tuple(self.assign(a) for a in choice.effects), choice.target))
                targets.add(choice.target)
            if scene.fallback is not None:
                choices.append(((), scene.fallback.target))
                targets.add(scene.fallback.target)
            self.page_reads[scene.id] = reads
            self.choice_steps[scene.id] = choices
            self.page_targets[scene.id] = targets
            steps = []
            jumps = set()
            for statement in scene.entry:
                if isinstance(statement, m.Assign):
                    steps.append(("set",) + self.assign(statement))
                else:
                    condition = None
                    if statement.condition is not None:
                        condition = self.reads(statement.condition)
                        self.all_exprs.append(statement.condition)
                    steps.append(("jump", condition, statement.target))
                    jumps.add(statement.target)
            self.entry_steps[scene.id] = steps
            if not scene.is_ending:
                jumps.update(t for _, t in self.rules if t != scene.id)
            self.enter_targets[scene.id] = jumps

    def assign(self, a: m.Assign):
        self.all_exprs.append(a.value)
        return (self.value_slots[a.name], a.op, self.reads(a.value))

    @staticmethod
    def through_assign(live, slot, op, reads):
        bit = 1 << slot
        if not live & bit:
            return live  # the value written is never read
        if op == "=":
            return (live & ~bit) | reads
        return live | reads  # += -= %+ %- read the old value

    def page_transfer(self, scene_id, enter):
        live = self.page_reads[scene_id]
        for effects, target in self.choice_steps[scene_id]:
            after = enter[target]
            for slot, op, reads in reversed(effects):
                after = self.through_assign(after, slot, op, reads)
            live |= after
        return live

    def enter_transfer(self, scene_id, page, enter):
        live = page[scene_id]
        for step in reversed(self.entry_steps[scene_id]):
            if step[0] == "set":
                _, slot, op, reads = step
                live = self.through_assign(live, slot, op, reads)
            else:
                _, condition, target = step
                if condition is None:
                    live = enter[target]
                else:
                    live |= condition | enter[target]
        # Entering counts a visit: that reads and writes the count, which
        # changes nothing here. Then, before all that, the `whenever` rules.
        if not self.story.scenes_by_id[scene_id].is_ending:
            for condition, target in self.rules:
                if target != scene_id:
                    live |= condition | enter[target]
        return live

    def once_only_reach(self):
        """Per scene, the once-only choices of every scene it can lead to, itself included."""
        keys = []
        own = {}
        for scene in self.story.scenes:
            mask = 0
            for choice in scene.choices:
                if not choice.sticky:
                    mask |= 1 << len(keys)
                    keys.append(f"{scene.id}/{choice.id}")
            own[scene.id] = mask
        successors = {s: self.page_targets[s] | self.enter_targets[s] for s in own}
        reach = dict(own)
        changed = True
        order = [s.id for s in reversed(self.story.scenes)]
        while changed:
            changed = False
            for scene_id in order:
                mask = reach[scene_id]
                for target in successors[scene_id]:
                    mask |= reach[target]
                if mask != reach[scene_id]:
                    reach[scene_id] = mask
                    changed = True
        return tuple(keys), reach
