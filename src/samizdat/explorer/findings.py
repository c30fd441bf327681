"""What the explorer tells a writer, worked out from the search, the abstraction and samples.

`explore_story(engine)` runs the exact search (`search.py`); when it cannot
finish within its bound it adds the interval abstraction (`intervals.py`),
which proves what can never happen, and coverage-seeking random playthroughs
(`randomtest.py`), which find more of what can. Every finding says whether
it is proven (true of every playthrough) or only sampled (true of those
tried). Pure: engine in, `Report` out.
"""
from __future__ import annotations

from typing import Callable, Optional

from attrs import define, field, frozen

from .. import model as m
from ..randomtest import all_choices, novelty_walks
from .search import DEFAULT_MAX_STATES, search

PROVEN, SAMPLED = "proven", "sampled"
DEFAULT_SAMPLES = 2000  # coverage-seeking playthroughs when the search is partial


@frozen
class Path:
    """A way to reach something: the steps, and where they came from."""
    steps: tuple  # of (scene id, choice id)
    state: Optional[int] = None  # the search's state number at its end, when the search found it
    seed: Optional[int] = None  # the engine seed, when a sampled playthrough from the start found it
    keys: tuple = field(default=(), repr=False, eq=False)  # the states' keys, for a seed to be found

    @property
    def length(self) -> int:
        return len(self.steps)


@frozen
class Ending:
    id: str
    title: str
    status: str  # "reached", "unreachable" (proven) or "unknown" (not reached, not ruled out)
    path: Optional[Path] = None
    shortest: bool = False  # the path is a shortest one (found by the breadth-first search)


@frozen
class Unreached:
    scene: str
    status: str  # PROVEN or SAMPLED


@frozen
class Unavailable:
    scene: str
    choice: str
    text: str
    status: str
    where: str = ""  # the point and the id, "scene/ask/why"; "scene/id" for a scene's first choices


@frozen
class Stuck:
    scene: str
    path: Path
    by_chance: bool = False  # only when a roll makes every choice unavailable
    positions: int = 1  # distinct states stuck in this scene
    where: str = ""  # the point in the scene where the player is stuck


@frozen
class Trap:
    """A cycle the player can enter and never leave for an ending."""
    scenes: tuple
    states: int
    path: Path


@frozen
class Loop:
    """A step where the story goes wrong (a jump that never stops, a number out of range)."""
    scene: str
    choice: str
    message: str  # what went wrong in the first state found, the nearest to the start
    path: Path
    states: int = 1  # how many states found go wrong taking this choice


@frozen
class Range:
    name: str
    kind: str  # stat, flag, var
    declared: Optional[tuple]  # a stat's range
    low: object  # lowest seen where something reads it (None: never read)
    high: object
    bound: Optional[tuple] = None  # what the abstraction allows, when it ran


@define
class Report:
    title: str
    complete: bool
    states: int
    expanded: int
    transitions: int
    elapsed: float
    max_states: int
    depth: int  # every playthrough of up to this many steps was covered
    exhaustive_rolls: bool = True
    samples: int = 0
    abstraction: bool = False
    endings: list = field(factory=list)
    never_reached: list = field(factory=list)
    never_available: list = field(factory=list)
    stuck: list = field(factory=list)
    may_be_stuck: list = field(factory=list)  # points (by name) neither proven safe nor found stuck
    traps: list = field(factory=list)
    loops: list = field(factory=list)
    ranges: list = field(factory=list)
    search: object = field(default=None, repr=False)  # the Search itself, when kept for witnesses

    @property
    def problems(self) -> int:
        return (len(self.stuck) + len(self.traps) + len(self.loops)
                + sum(e.status != "reached" for e in self.endings))


def explore_story(engine, max_states: int = DEFAULT_MAX_STATES, observe_text: bool = True,
                  samples: Optional[int] = None, seed: int = 0,
                  progress: Optional[Callable] = None, keep_search: bool = False) -> Report:
    """Search, and if the search is partial, approximate and sample too."""
    import time

    began = time.perf_counter()
    s = search(engine, max_states, observe_text, progress)
    from .intervals import approximate

    approximation = approximate(engine, graph=s.graph)  # cheap, and it bounds every value's range
    walks = None
    if not s.complete or not s.exhaustive_rolls:
        count = DEFAULT_SAMPLES if samples is None else samples
        if count:
            walks = _sample(engine, s, count, seed)
    report = build_report(engine, s, approximation, walks)
    report.elapsed = time.perf_counter() - began
    if keep_search:
        report.search = s
    return report


def _sample(engine, s, count, seed):
    """Coverage-seeking random playthroughs, half from the start and half from states the
    search found, the latter preferring choices never taken with the flags they have."""
    import random

    from attrs import evolve

    from ..model import Flag
    from ..randomtest import SEED_LIMIT, RandomTest, merge, walk

    from_start = novelty_walks(engine, count - count // 2, seed)
    codec = s.codec
    flag_slots = {place: tuple(i for i in c.values if isinstance(engine.declarations[i], Flag))
                  for place, c in codec.by_place.items()}
    rng = random.Random(seed + 1)
    taken = set()

    def pick(state, ids):
        context = (state.scene, state.at,
                   tuple(state.values[i] for i in flag_slots[(state.scene, state.at)]))
        fresh = [i for i in ids if (context, i) not in taken]
        pool = fresh or ids
        chosen = pool[rng.randrange(len(pool))]
        taken.add((context, chosen))
        return chosen

    from_found = RandomTest(seed=seed)
    deepest = s.depth_of_layer[-1] if s.depth_of_layer else 0
    for _ in range(count // 2):
        # Mostly from the last layer the search reached: what it could not go on from.
        low = deepest if rng.random() < 0.75 and deepest < s.states else 0
        number = rng.randrange(low, s.states)
        state, _ = codec.decode(s.keys[number], s.depth(number) + 1)
        state = evolve(state, seed=rng.randrange(SEED_LIMIT))
        w = walk(engine, None, pick, start=state, prefix=tuple(s.path(number)), codec=codec,
                 prefix_keys=tuple(s.path_keys(number)))
        from_found.add(w)
    return merge(from_start, from_found)


def build_report(engine, s, approximation=None, walks=None) -> Report:
    story = engine.story
    exact = s.complete and s.exhaustive_rolls
    report = Report(story.title, exact, s.states, s.expanded, s.transitions, s.elapsed,
                    s.max_states, len(s.depth_of_layer) - 1 if not s.complete else s.depth(s.states - 1),
                    s.exhaustive_rolls, walks.runs if walks else 0, approximation is not None and not exact)
    reached = dict(s.reached)
    sampled_scenes = set(walks.scenes) if walks else set()
    available = set(s.available)
    if walks:
        available.update(walks.choices)

    def proof(found_impossible):
        return PROVEN if exact or found_impossible else SAMPLED

    for scene in story.endings:
        title = scene.heading or scene.id
        if scene.id in reached:
            report.endings.append(Ending(scene.id, title, "reached", _search_path(s, reached[scene.id]), True))
        elif walks and ("ending", scene.id) in walks.first:
            w = walks.first[("ending", scene.id)]
            report.endings.append(Ending(scene.id, title, "reached", Path(w.steps, seed=w.seed, keys=w.keys)))
        elif exact or (approximation and scene.id not in approximation.entered):
            report.endings.append(Ending(scene.id, title, "unreachable"))
        else:
            report.endings.append(Ending(scene.id, title, "unknown"))

    proven_unreached = set()
    for scene in story.scenes:
        if scene.is_ending or scene.id in reached or scene.id in sampled_scenes:
            continue
        impossible = approximation is not None and scene.id not in approximation.entered
        if exact or impossible:
            proven_unreached.add(scene.id)
        report.never_reached.append(Unreached(scene.id, proof(impossible)))

    for info in all_choices(story):
        scene_id = info.key.rsplit("/", 1)[0]
        if info.is_fallback or info.key in available:
            continue  # a fallback never needed is the fallback doing its job
        if scene_id in proven_unreached or story.scenes_by_id[scene_id].is_ending:
            continue
        impossible = approximation is not None and info.key not in approximation.possible_choices
        report.never_available.append(Unavailable(scene_id, info.id, _plain_text(info.text),
                                                  proof(impossible), info.path))

    report.stuck = _stuck(s, walks)
    if not exact and approximation is not None:
        stuck_points = {x.where for x in report.stuck}
        seen_scenes = set(reached) | sampled_scenes | set(approximation.entered)
        possible = [p for p in set(approximation.pages) | approximation.stops if p[0] in seen_scenes]
        report.may_be_stuck = sorted(
            name for name in (point_name(s.graph, p) for p in possible
                              if p not in approximation.never_stuck)
            if name not in stuck_points)
    report.traps = _traps(s)
    report.loops = _faults(s)
    for outcome in ("loop", "fault"):
        if walks and outcome in walks.first and not report.loops:
            w = walks.first[outcome]
            report.loops.append(Loop(w.scene, w.steps[-1][1] if w.steps else "",
                                     w.fault or "the story jumps forever",
                                     Path(w.steps, seed=w.seed, keys=w.keys)))
    bounds = approximation.value_bounds() if approximation else {}
    for slot, d in enumerate(engine.declarations):
        kind = type(d).__name__.lower()
        declared = (d.low, d.high) if isinstance(d, m.Stat) else None
        low = s.low[slot] if s.seen_live[slot] else None
        high = s.high[slot] if s.seen_live[slot] else None
        report.ranges.append(Range(d.name, kind, declared, low, high, bounds.get(d.name)))
    return report


def _search_path(s, found) -> Path:
    depth, where = found
    if isinstance(where, tuple):  # passed through on the way: the parent, then the choice
        number, code = where
        return Path(tuple(s.path(number)) + (s.choices[code],), number)
    return Path(tuple(s.path(where)), where)


def _where(s, number, code):
    if number < 0:
        return s.engine.story.start, ""
    return s.choices[code]


def _faults(s) -> list:
    """One Loop for each choice that goes wrong, from the first state (in search order) where it does."""
    found = {}
    for number, code, message in s.loops:
        where = _where(s, number, code)
        if where in found:
            found[where][1] += 1
        else:
            found[where] = [(number, code, message), 1]
    return [Loop(*where, message, _loop_path(s, number, code), count)
            for where, ((number, code, message), count) in found.items()]


def _loop_path(s, number, code) -> Path:
    if number < 0:
        return Path(())
    return Path(tuple(s.path(number)) + (s.choices[code],), number)


def point_name(graph, place) -> str:
    """A point for people: a Wait's name ("scene", "scene/ask"), or where a flow runs out."""
    from .. import flow as f

    scene_id, at = place
    ins = graph.instruction(graph.node(scene_id, at))
    if isinstance(ins, f.Wait):
        return ins.name
    if isinstance(ins, f.Ask):
        return graph.programs[scene_id].choices[ins.choice].path
    return f"{scene_id} (the end of its lines)"


def _stuck(s, walks) -> list:
    first = {}
    counts = {}
    for numbers, by_chance in ((s.stuck, False), (s.maybe_stuck, True)):
        for number in numbers:
            c = s.codec.scene_of(s.keys[number])
            place = (c.id, c.at)
            counts[place] = counts.get(place, 0) + 1
            if place not in first or number < first[place][0]:
                first[place] = (number, by_chance)
    found = [Stuck(place[0], Path(tuple(s.path(number)), number), by_chance, counts[place],
                   point_name(s.graph, place))
             for place, (number, by_chance) in first.items()]
    if walks and "stuck" in walks.first:
        w = walks.first["stuck"]
        if w.scene not in {p[0] for p in first}:
            found.append(Stuck(w.scene, Path(w.steps, seed=w.seed, keys=w.keys), where=w.scene))
    return sorted(found, key=lambda x: (x.path.length, x.where))


def _plain_text(nodes) -> str:
    return " ".join("".join(n.text if isinstance(n, m.Literal) else "{…}" for n in nodes).split())


# ------------------------------------------------------------------- traps

def _traps(s) -> list:
    """Cycles of explored states from which no ending can be reached."""
    doomed = _doomed(s)
    if not doomed:
        return []
    doomed_set = set(doomed)
    groups = {}
    for component in _cycles(s, doomed, doomed_set):
        scenes = tuple(sorted({s.codec.scene_of(s.keys[n]).id for n in component}))
        first = min(component)
        if scenes in groups:
            count, best = groups[scenes]
            groups[scenes] = (count + len(component), min(best, first))
        else:
            groups[scenes] = (len(component), first)
    traps = [Trap(scenes, count, Path(tuple(s.path(first)), first))
             for scenes, (count, first) in groups.items()]
    return sorted(traps, key=lambda t: (t.path.length, t.scenes))


def _doomed(s) -> list:
    """Explored states from which no ending (nor any unexplored state) can be reached."""
    n, expanded = s.states, s.expanded
    can = bytearray(n)
    for number in range(expanded, n):
        can[number] = 1  # not explored: it might well lead somewhere
    scene_of = s.codec.scene_of
    ending = {scene_id for scene_id, scene in s.engine.scenes.items() if scene.ending}
    for number in range(expanded):
        if scene_of(s.keys[number]).id in ending:
            can[number] = 1
    starts = list(s.edge_start) + [len(s.edges)]
    edges = s.edges
    for number in range(expanded - 1, -1, -1):  # most edges lead forward: one sweep settles most
        if not can[number]:
            for child in edges[starts[number]:starts[number + 1]]:
                if can[child]:
                    can[number] = 1
                    break
    rest = [number for number in range(expanded) if not can[number]]
    predecessors = {}
    for number in rest:
        for child in edges[starts[number]:starts[number + 1]]:
            predecessors.setdefault(child, []).append(number)
    todo = [child for child in predecessors if can[child]]
    while todo:
        for number in predecessors.get(todo.pop(), ()):
            if not can[number]:
                can[number] = 1
                todo.append(number)
    return [number for number in rest if not can[number]]


def _cycles(s, nodes, inside):
    """The strongly connected components of `nodes` that hold a cycle (iterative Tarjan)."""
    starts = list(s.edge_start) + [len(s.edges)]
    edges = s.edges

    def successors(v):
        return [w for w in edges[starts[v]:starts[v + 1]] if w in inside]

    index, low, on_stack, stack = {}, {}, set(), []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(successors(root)))]
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
                    work.append((w, iter(successors(w))))
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
                if len(component) > 1 or v in successors(v):
                    yield component
