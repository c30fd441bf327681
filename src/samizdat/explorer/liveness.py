"""What part of a state can still change the future, point by point.

Two playthroughs waiting at the same point merge, for the explorer, when they
differ only in values nothing will read again. `analyse(engine)` works out,
for every point where the flow waits (`graph.py`), which stats, flags and
variables are live (some later condition, effect or, if asked, text may read
them before they are overwritten), which visit counts can still be tested and
up to what number they matter, and which once-only choices can still be met.
It is a classic backward liveness analysis over the story's instructions, run
to a fixpoint.
"""
from __future__ import annotations

from attrs import frozen

from .. import flow as f
from .. import model as m
from .graph import StoryGraph


@frozen
class PointLiveness:
    values: tuple  # value slots live at this point, ascending
    visits: tuple  # visit slots live at this point, ascending
    once_only: int  # bit mask over `Liveness.once_only_keys`: choices that can still be met


@frozen
class Liveness:
    points: tuple  # point number -> PointLiveness
    visit_caps: tuple  # per visit slot: counts above this behave alike (None: every count matters)
    once_only_keys: tuple  # key of every once-only choice ("scene/number"); bit i is the i-th
    read_anywhere: frozenset  # value slots something reads somewhere


def analyse(engine, observe_text: bool = True, graph: StoryGraph = None) -> Liveness:
    """The liveness of every point of `engine`'s story.

    With `observe_text`, values shown in prose or choice text count as read,
    so two states merge only if the player would also read the same page.
    """
    return _Analysis(graph or StoryGraph(engine), observe_text).run()


class _Analysis:
    def __init__(self, graph, observe_text):
        self.graph = graph
        self.observe_text = observe_text

    def run(self) -> Liveness:
        g = self.graph
        transfer = [None] * g.size  # per node: (kind, data)
        uses = [0] * g.size
        read_anywhere = 0
        for node in range(g.size):
            kind, data, use = self._node(node)
            transfer[node] = (kind, data)
            uses[node] = use
            read_anywhere |= use
        successors = [g.successors(node) for node in range(g.size)]
        predecessors = [[] for _ in range(g.size)]
        for node, outs in enumerate(successors):
            for out in outs:
                predecessors[out].append(node)
        live = [0] * g.size
        todo = list(range(g.size))
        queued = bytearray([1]) * g.size
        while todo:
            node = todo.pop()
            queued[node] = 0
            out = 0
            for succ in successors[node]:
                out |= live[succ]
            kind, data = transfer[node]
            if kind == "set":
                slot, op, reads = data
                new = _through_assign(out, slot, op, reads)
            elif kind == "stop":
                new = 0
            else:
                new = out | uses[node]
            if new != live[node]:
                live[node] = new
                for pred in predecessors[node]:
                    if not queued[pred]:
                        queued[pred] = 1
                        todo.append(pred)

        keys, reach = self._once_only_reach()
        base = g.visit_base
        visit_count = len(g.visit_slots)
        points = []
        for number, node in enumerate(g.points):
            mask = live[node]
            values = tuple(i for i in range(base) if mask >> i & 1)
            visits = tuple(j for j in range(visit_count) if mask >> (base + j) & 1)
            points.append(PointLiveness(values, visits, reach[number]))
        read = frozenset(i for i in range(base) if read_anywhere >> i & 1)
        return Liveness(tuple(points), self._visit_caps(), keys, read)

    def _node(self, node):
        """(kind, data, the slots it reads) of one node."""
        g = self.graph
        if node >= g.instruction_count:
            scene_id, _ = g.enter_of_node[node]
            use = 0
            if not g.story.scenes_by_id[scene_id].is_ending:
                for condition, target in g.rules:
                    if target != scene_id:
                        use |= g.reads(condition)
            return "plain", None, use
        ins = g.instruction(node)
        kind = type(ins)
        if kind is f.Do:
            a = ins.assign
            return "set", (g.value_slots[a.name], a.op, g.reads(a.value)), g.reads(a.value)
        if kind is f.Test:
            return "plain", None, g.reads(ins.condition)
        if kind is f.Say:
            return "plain", None, g.text_reads(ins.text, ins.place) if self.observe_text else 0
        if kind is f.Wait or kind is f.Ask:
            use = 0
            for _, info in g.choices_at(node):
                for condition in info.conditions:
                    use |= g.reads(condition.expr)
                if self.observe_text:
                    use |= g.text_reads(info.text, ins.place)
            return "plain", None, use
        if kind is f.Stop:
            return "stop", None, 0
        return "plain", None, 0

    def _once_only_reach(self):
        """Per point, the once-only choices it or any point after it may offer."""
        g = self.graph
        keys = []
        bit = {}
        own = []
        for node in g.points:
            mask = 0
            for number, info in g.choices_at(node):
                if not info.sticky:
                    if info.key not in bit:
                        bit[info.key] = 1 << len(keys)
                        keys.append(info.key)
                    mask |= bit[info.key]
            own.append(mask)
        # Each point reaches what the points after it reach. Most steps lead
        # forward in the story's order, so sweeping from the end settles most
        # of it at once; sweep again until nothing changes.
        following = [[g.point_of[n] for n in g.following(node)] for node in g.points]
        reach = list(own)
        changed = True
        while changed:
            changed = False
            for number in range(len(g.points) - 1, -1, -1):
                mask = reach[number]
                for other in following[number]:
                    mask |= reach[other]
                if mask != reach[number]:
                    reach[number] = mask
                    changed = True
        return tuple(keys), reach

    def _visit_caps(self):
        """A visit count only compared with constants matters up to the largest constant + 1."""
        g = self.graph
        comparable, direct, uncapped = {}, set(), set()

        def visit(expr):
            if isinstance(expr, m.Binary):
                if expr.op in ("<", "<=", ">", ">=", "==", "!="):
                    for count, other in ((expr.left, expr.right), (expr.right, expr.left)):
                        if (isinstance(count, m.Call) and count.function == "visits"
                                and isinstance(other, m.Number)):
                            slot = g.visit_slots.get(count.args[0].name)
                            if slot is not None:
                                comparable[slot] = max(comparable.get(slot, 0), other.value + 1, 0)
                                direct.add(id(count))
                visit(expr.left)
                visit(expr.right)
            elif isinstance(expr, m.Unary):
                visit(expr.operand)
            elif isinstance(expr, m.Call):
                if expr.function == "visits" and id(expr) not in direct:
                    slot = g.visit_slots.get(expr.args[0].name)
                    if slot is not None:
                        uncapped.add(slot)
                for arg in expr.args:
                    visit(arg)

        for expr in g.expressions():
            visit(expr)
        for program in g.programs.values() if self.observe_text else ():
            for ins in program.code:
                if isinstance(ins, f.Say):
                    self._vary_caps(ins.text, ins.place, comparable, uncapped)
            for info in program.choices:
                if info.wait >= 0:
                    self._vary_caps(info.text, program.code[info.wait].place, comparable, uncapped)
        return tuple(None if slot in uncapped else max(comparable.get(slot, 0), 1)
                     for slot in range(len(g.visit_slots)))

    def _vary_caps(self, nodes, place, comparable, uncapped):
        slot = self.graph.visit_slots.get(place)
        for node in nodes:
            if isinstance(node, m.Vary):
                if slot is not None and node.follows_visits:
                    if node.kind == "cycle":
                        uncapped.add(slot)
                    else:  # sequence stays on its last, once shows nothing after its last
                        comparable[slot] = max(comparable.get(slot, 0), len(node.alternatives) + 1)
                for alternative in node.alternatives:
                    self._vary_caps(alternative, place, comparable, uncapped)
            elif isinstance(node, m.IfText):
                self._vary_caps(node.then, place, comparable, uncapped)
                self._vary_caps(node.otherwise, place, comparable, uncapped)


WIDE = 64  # once-only choices on one cycle, at most, for `OnceOnly.relevant` to sort them


class OnceOnly:
    """Which once-only choices taken still matter, given those taken.

    A choice taken at point q matters only while q can still be reached, and
    q can only be reached through choices that may still be available: not
    through a once-only choice already taken. `reach(point, blocked)` is the
    mask (over `Liveness.once_only_keys`) of the once-only choices at the
    points reachable from `point` without taking any choice of `blocked`
    (conditions aside, so it keeps more than it needs, never less);
    `relevant(point, used)` is the part of `used` that still matters there.
    Playthroughs that differ only in the rest merge.
    """

    def __init__(self, graph: StoryGraph, liveness: Liveness):
        bit = {key: 1 << i for i, key in enumerate(liveness.once_only_keys)}
        self.moves = []  # per point: ((bit of the choice, 0 if sticky), next point numbers) per choice
        self.own = []  # per point: the bits of its own once-only choices
        for node in graph.points:
            scene_id, _ = graph.where(node)
            moves, own = [], 0
            for number, info in graph.choices_at(node):
                b = 0 if info.sticky else bit.get(info.key, 0)
                own |= b
                exits = graph.step(graph.choice_start(scene_id, number)).exits
                moves.append((b, tuple(graph.point_of[x] for x in exits)))
            self.moves.append(tuple(moves))
            self.own.append(own)
        self.masks = [p.once_only for p in liveness.points]
        self.cycle = self._cycles()
        # Points on a cycle with more once-only choices than `WIDE` (a story whose
        # scenes all lead back to each other): there `relevant` keeps them all.
        self.wide = [bin(c).count("1") > WIDE for c in self.cycle]
        self._known = {}

    def _cycles(self):
        """Per point, the once-only choices of the points on a cycle of steps with it.

        Only these can have been taken already and still be met: a point
        reachable from here but not on a cycle with it was never passed before,
        and one that was passed before but is not on a cycle with it cannot be
        reached again.
        """
        from .graph import components

        count = len(self.moves)
        following = {n: [o for _, outs in self.moves[n] for o in outs] for n in range(count)}
        out = list(self.own)
        self.component = list(range(count))
        for number, component in enumerate(components(range(count), following)):
            bits = 0
            for n in component:
                bits |= self.own[n]
                self.component[n] = count + number
            for n in component:
                out[n] = bits
        return out

    def reach(self, point: int, blocked: int) -> int:
        """The once-only choices on a cycle with `point` at points reachable from it
        without taking a choice of `blocked`."""
        blocked &= self.cycle[point]
        key = (point, blocked)
        known = self._known.get(key)
        if known is not None:
            return known
        here_component = self.component[point]
        component = self.component
        seen = {point}
        todo = [point]
        bits = 0
        moves = self.moves
        while todo:
            here = todo.pop()
            for b, following in moves[here]:
                bits |= b
                if b & blocked:
                    continue
                for other in following:
                    if other not in seen and component[other] == here_component:
                        seen.add(other)
                        todo.append(other)
        if len(self._known) < 1_000_000:
            self._known[key] = bits
        return bits

    def relevant(self, point: int, used: int) -> int:
        used &= self.masks[point]
        if self.wide[point]:
            return used  # a search over a cycle that large, per state, costs more than it saves
        return used & self.reach(point, used) if used else 0


def _through_assign(live, slot, op, reads):
    bit = 1 << slot
    if not live & bit:
        return live  # the value written is never read
    if op == "=":
        return (live & ~bit) | reads
    return live | reads  # += -= %+ %- read the old value
