"""The whole story as one graph of instructions, for the explorer's analyses.

Every scene's lowered program (`flow.py`) is numbered into one space of
nodes: node `base[scene] + index` is instruction `index` of `scene`, and one
more node per (scene, label) stands for entering that scene there, where the
`whenever` rules are checked first. A *point* is a node where the flow waits
(a Wait, or a Stop: an ending or a dead end); explorer states stand on
points. A *step* is what one choice runs: from the choice's body to the next
points, through any scenes entered on the way (`step`).

Values and visit counts are bits of one mask: value slot i is bit i, visit
slot j is bit `visit_base + j` (`reads`).
"""
from __future__ import annotations

from .. import flow as f
from .. import model as m


class Step:
    """What taking one choice (or starting the story) can run."""
    __slots__ = ("nodes", "exits", "entered")

    def __init__(self, nodes, exits, entered):
        self.nodes = nodes  # every node it may run
        self.exits = exits  # the points where it may stop
        self.entered = entered  # the scenes it may enter


class StoryGraph:
    def __init__(self, engine):
        story = engine.story
        self.engine = engine
        self.story = story
        self.value_slots = engine.symbols.value_slots
        self.visit_slots = engine.visit_slots
        self.visit_base = len(engine.declarations)
        self.programs = {}
        self.base = {}
        self.scene_of_node = []
        for scene in story.scenes:
            program = f.program(story, scene.id)
            self.programs[scene.id] = program
            self.base[scene.id] = len(self.scene_of_node)
            self.scene_of_node.extend([scene.id] * len(program.code))
        self.instruction_count = len(self.scene_of_node)
        self.enter_nodes = {}  # (scene, label) -> node
        self.enter_of_node = {}  # node -> (scene, label)
        for scene in story.scenes:
            for label in [None] + list(self.programs[scene.id].labels):
                node = self.instruction_count + len(self.enter_nodes)
                self.enter_nodes[(scene.id, label)] = node
                self.enter_of_node[node] = (scene.id, label)
        self.size = self.instruction_count + len(self.enter_nodes)
        self.points = []  # point number -> node
        self.point_of = {}  # node -> point number
        for scene in story.scenes:
            for index, ins in enumerate(self.programs[scene.id].code):
                if isinstance(ins, (f.Wait, f.Ask, f.Stop)):
                    node = self.base[scene.id] + index
                    self.point_of[node] = len(self.points)
                    self.points.append(node)
        self.rules = list(f.rules(story))
        # A `return` goes back after any call: the places after every call, over-approximated.
        self.return_points = [self.base[scene.id] + index + 1
                              for scene in story.scenes
                              for index, ins in enumerate(self.programs[scene.id].code)
                              if isinstance(ins, f.Call)]
        self._steps = {}
        self._successors = {}
        self._following = {}

    # ---------------------------------------------------------------- nodes

    def node(self, scene_id, index) -> int:
        return self.base[scene_id] + index

    def where(self, node):
        """(scene id, instruction index) of an instruction node."""
        scene_id = self.scene_of_node[node]
        return scene_id, node - self.base[scene_id]

    def instruction(self, node):
        scene_id, index = self.where(node)
        return self.programs[scene_id].code[index]

    def enter_node(self, scene_id, label=None) -> int:
        return self.enter_nodes[(scene_id, label)]

    def successors(self, node):
        """The nodes the flow may go to next (a Wait's: its choices' bodies)."""
        known = self._successors.get(node)
        if known is None:
            known = self._successors[node] = self._successors_of(node)
        return known

    def _successors_of(self, node):
        if node >= self.instruction_count:
            scene_id, label = self.enter_of_node[node]
            program = self.programs[scene_id]
            out = [self.base[scene_id] + f.entry_index(program, label)]
            if not self.story.scenes_by_id[scene_id].is_ending:
                out.extend(self.enter_nodes[(t, None)] for _, t in self.rules if t != scene_id)
            return out
        scene_id, index = self.where(node)
        program = self.programs[scene_id]
        ins = program.code[index]
        if isinstance(ins, f.Call):
            return [self.enter_nodes[(ins.scene, ins.label)]]  # and back after its return
        if isinstance(ins, f.Return):
            return list(self.return_points)
        inside, entered = f.successors(program, index)
        base = self.base[scene_id]
        return [base + i for i in inside] + [self.enter_nodes[key] for key in entered]

    def choice_start(self, scene_id, number) -> int:
        return self.base[scene_id] + self.programs[scene_id].choices[number].start

    # ---------------------------------------------------------------- steps

    def step(self, start_node) -> Step:
        """Everything a step from `start_node` (a choice's body, or an enter node) can run."""
        known = self._steps.get(start_node)
        if known is not None:
            return known
        nodes, exits, entered = set(), set(), set()
        todo = [start_node]
        while todo:
            node = todo.pop()
            if node in nodes:
                continue
            nodes.add(node)
            if node in self.point_of:
                exits.add(node)
                continue
            if node >= self.instruction_count:
                entered.add(self.enter_of_node[node][0])
            todo.extend(self.successors(node))
        known = self._steps[start_node] = Step(frozenset(nodes), frozenset(exits), frozenset(entered))
        return known

    def following(self, point_node) -> frozenset:
        """The points one step from a point may reach (none from a Stop)."""
        known = self._following.get(point_node)
        if known is None:
            scene_id, _ = self.where(point_node)
            out = set()
            for number, _info in self.choices_at(point_node):
                out |= self.step(self.choice_start(scene_id, number)).exits
            known = self._following[point_node] = frozenset(out)
        return known

    def recurring_points(self) -> set:
        """Points the player can come back to: those on a cycle of steps."""
        following = {node: self.following(node) for node in self.points}
        recurring = set()
        for component in components(self.points, following):
            if len(component) > 1 or component[0] in following[component[0]]:
                recurring.update(component)
        return recurring

    def choices_at(self, point_node):
        """(number, ChoiceInfo) of every choice a Wait may offer, the fallback last (an
        Ask: its one "answer")."""
        ins = self.instruction(point_node)
        if isinstance(ins, f.Ask):
            scene_id, _ = self.where(point_node)
            return [(ins.choice, self.programs[scene_id].choices[ins.choice])]
        if not isinstance(ins, f.Wait):
            return []
        scene_id, _ = self.where(point_node)
        program = self.programs[scene_id]
        numbers = ins.choices + ((ins.fallback,) if ins.fallback is not None else ())
        return [(n, program.choices[n]) for n in numbers]

    # ---------------------------------------------------------------- reads

    def reads(self, expr) -> int:
        """The mask of value and visit slots an expression reads."""
        mask = 0
        for kind, name in m.reads(expr):
            if kind == "value":
                mask |= 1 << self.value_slots[name]
            else:
                slot = self.visit_slots.get(name)
                if slot is not None:
                    mask |= 1 << (self.visit_base + slot)
        return mask

    def text_reads(self, nodes, place) -> int:
        """The mask a text reads: the values it shows or tests, and its place's visits if it varies."""
        mask = 0
        for node in nodes:
            if isinstance(node, m.Show):
                mask |= self.reads(node.expr)
            elif isinstance(node, m.IfText):
                mask |= self.reads(node.condition) | self.text_reads(node.then, place) \
                    | self.text_reads(node.otherwise, place)
            elif isinstance(node, m.Vary):
                if node.selector is not None:
                    mask |= self.reads(node.selector)
                if node.follows_visits and place in self.visit_slots:
                    mask |= 1 << (self.visit_base + self.visit_slots[place])
                for alternative in node.alternatives:
                    mask |= self.text_reads(alternative, place)
        return mask

    def expressions(self):
        """Every expression the story evaluates, with the text's when asked for."""
        for condition, _ in self.rules:
            yield condition
        for program in self.programs.values():
            for ins in program.code:
                if isinstance(ins, f.Do):
                    yield ins.assign.value
                elif isinstance(ins, f.Test):
                    yield ins.condition
                elif isinstance(ins, f.Say):
                    yield from _text_expressions(ins.text)
            for info in program.choices:
                for condition in info.conditions:
                    yield condition.expr
                yield from _text_expressions(info.text)


def components(nodes, following):
    """The strongly connected components of a graph, each after every component it
    leads to (iterative Tarjan). `following[n]` lists the nodes n leads to."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(following[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            advanced = False
            for w in children:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(following[w])))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == v:
                        break
                found.append(component)
    return found


def _text_expressions(nodes):
    for node in nodes:
        if isinstance(node, m.Show):
            yield node.expr
        elif isinstance(node, m.IfText):
            yield node.condition
            yield from _text_expressions(node.then)
            yield from _text_expressions(node.otherwise)
        elif isinstance(node, m.Vary):
            if node.selector is not None:
                yield node.selector
            for alternative in node.alternatives:
                yield from _text_expressions(alternative)
