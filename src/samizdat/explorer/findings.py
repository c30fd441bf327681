"""What the explorer tells a writer, and how it knows each thing.

`explore_story(engine)` answers, for a story, whether every ending can be
reached, whether every scene and every choice can be met, whether the player
can be left with nothing to choose, caught in a cycle with no way to an
ending, or sent jumping for ever. Each answer is one of three:

- **proven**: true of every playthrough. By the exhaustive search, when it
  visits every state (`search.py`); else by the abstraction (`abstract.py`),
  which covers every state in finitely many classes.
- **witnessed**: a real playthrough shows it (an ending reached, a choice
  offered, a dead end met), found by the breadth-first search, by
  coverage-seeking random playthroughs or by the directed search
  (`directed.py`). `--witness-dir` writes it as a replay file.
- **open**: neither, within the bounds given. Never reported as fine.

The methods work in turn: the exact search up to its bound; the abstraction
at its coarsest precision, which proves what it can; random playthroughs and
the directed search for witnesses of what the abstraction leaves possible;
and, while questions stay open and time remains, the abstraction refined by
the thresholds those questions test (counterexample-guided refinement), each
round proving more or guiding the directed search closer. Pure: engine in,
`Report` out.
"""
from __future__ import annotations

import random
import time
from typing import Callable, Optional

from attrs import define, field, frozen

from .. import flow as f
from .. import model as m
from ..randomtest import SEED_LIMIT, all_choices
from .abstract import AbstractSearch, TooLarge
from .directed import DirectedSearch, Target
from ..model import rolls
from .search import DEFAULT_MAX_STATES, search

PROVEN, WITNESSED, OPEN = "proven", "witnessed", "open"
SAMPLED = WITNESSED  # the word of earlier reports for what a playthrough showed
EXHAUSTIVE = "exhaustive search"
ABSTRACTION = "abstraction"
SHORTEST, RANDOM, DIRECTED = "shortest path", "random playthrough", "directed search"

DEFAULT_SAMPLES = 2000  # coverage-seeking playthroughs when the search is partial
DEFAULT_TIME_LIMIT = 60.0  # seconds for the whole exploration
SEARCH_SHARE = 0.15  # of the time limit, at most, for the breadth-first search
DIRECTED_FLOOR = 5_000  # states a directed search may store, at least, however low --max-states
WALK_STEPS = 60_000  # steps of random playthroughs, at most (a count, so reports repeat)
REFINE_ROUNDS = 3  # refinements of the abstraction while questions stay open
MAX_CLASSES = 400_000


@frozen
class Path:
    """A way to reach something: the steps, and where they came from."""
    steps: tuple  # of (scene id, choice id)
    state: Optional[int] = None  # the breadth-first search's state number at its end
    seed: Optional[int] = None  # the engine seed, when a playthrough from the start found it
    keys: tuple = field(default=(), repr=False, eq=False)  # the states' keys, for a seed to be found
    how: str = SHORTEST
    codec: object = field(default=None, repr=False, eq=False)  # whose keys those are

    @property
    def length(self) -> int:
        return len(self.steps)


@frozen
class Ending:
    id: str
    title: str
    status: str  # "reached" (witnessed), "unreachable" (proven) or "open"
    path: Optional[Path] = None
    shortest: bool = False  # the path is a shortest one (found by the breadth-first search)
    method: str = ""  # how it is known


@frozen
class Unreached:
    scene: str
    status: str  # PROVEN or OPEN
    method: str = ""


@frozen
class Unavailable:
    scene: str
    choice: str
    text: str
    status: str  # PROVEN or OPEN
    where: str = ""  # the point and the id, "scene/ask/why"; "scene/id" for a scene's first choices
    method: str = ""


@frozen
class Stuck:
    """A dead end, witnessed: a state that is not an ending and offers nothing to choose."""
    scene: str
    path: Path
    by_chance: bool = False  # only when a roll makes every choice unavailable
    positions: int = 1  # distinct states stuck in this scene (of those the search stored)
    where: str = ""  # the point in the scene where the player is stuck


@frozen
class Trap:
    """A cycle the player can enter and never leave for an ending, witnessed."""
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
class Question:
    """Something neither proven nor witnessed."""
    kind: str  # "dead end", "cycle" (no way to an ending), "loop" (a jump that may never stop)
    where: str  # a point's name, or "scene/choice" for a step


@frozen
class Cut:
    """A step with more outcomes than the exact search follows (`dice.MAX_OUTCOMES`)."""
    scene: str
    choice: str
    expressions: tuple  # the rolling expressions of the step, as written
    limit: int


@frozen
class Range:
    name: str
    kind: str  # stat, flag, var
    declared: Optional[tuple]  # a stat's range
    low: object  # lowest seen in the states found where something reads it (None: none seen)
    high: object
    bound: Optional[tuple] = None  # what the abstraction proves it can hold where read
    exact: bool = False  # low..high is every value it takes (the exhaustive search)
    never_read: bool = False  # nothing in the story reads it (proven by reading the story)


@define
class Report:
    title: str
    complete: bool  # the exhaustive search visited every state
    states: int
    expanded: int
    transitions: int
    elapsed: float
    max_states: int
    depth: int  # every playthrough of up to this many steps was covered by the exact search
    exhaustive_rolls: bool = True
    samples: int = 0  # random playthroughs
    abstraction: bool = False  # the abstraction ran and answered
    classes: int = 0  # its classes, at its last precision
    thresholds: int = 0  # the thresholds of that precision
    rounds: int = 0  # abstraction runs (1 + refinements)
    directed: int = 0  # states the directed search stored
    peak_bytes: int = 0  # the exact search's tables and step memo at their largest
    timings: dict = field(factory=dict)  # method -> seconds spent in it
    endings: list = field(factory=list)
    scenes: int = 0
    scenes_reached: int = 0
    choices: int = 0
    choices_available: int = 0
    never_reached: list = field(factory=list)
    never_available: list = field(factory=list)
    stuck: list = field(factory=list)
    traps: list = field(factory=list)
    loops: list = field(factory=list)
    questions: list = field(factory=list)
    cuts: list = field(factory=list)
    dead_ends_proven: str = ""  # the method, when no state anywhere can be a dead end
    traps_proven: str = ""  # the method, when from every state an ending can be reached
    loops_proven: str = ""  # the method, when no step can jump for ever
    ranges: list = field(factory=list)
    search: object = field(default=None, repr=False)  # the Search itself, when kept for witnesses

    @property
    def problems(self) -> int:
        return (len(self.stuck) + len(self.traps) + len(self.loops)
                + sum(e.status == "unreachable" for e in self.endings))

    @property
    def open(self) -> int:
        return (len(self.questions) + sum(e.status == "open" for e in self.endings)
                + sum(u.status == OPEN for u in self.never_reached)
                + sum(u.status == OPEN for u in self.never_available))

    @property
    def may_be_stuck(self) -> list:
        return [q.where for q in self.questions if q.kind == "dead end"]


# ----------------------------------------------------------------- evidence

class _Evidence:
    """Everything witnessed so far, from every method, best path first."""

    def __init__(self):
        self.scenes = {}  # scene id -> Path
        self.choices = {}  # choice key -> Path (to the state where it is available)
        self.stuck = {}  # point name -> Stuck
        self.loops = {}  # (scene, choice) -> Loop
        self.traps = []
        self.seen = {}  # point number -> [low, high] of its live values, as playthroughs showed them

    def scene(self, scene_id, path):
        if scene_id not in self.scenes:
            self.scenes[scene_id] = path

    def choice(self, key, path):
        if key not in self.choices:
            self.choices[key] = path


def explore_story(engine, max_states: int = DEFAULT_MAX_STATES, observe_text: bool = True,
                  samples: Optional[int] = None, seed: int = 0,
                  progress: Optional[Callable] = None, keep_search: bool = False,
                  time_limit: float = DEFAULT_TIME_LIMIT) -> Report:
    """Search; if the search is partial, abstract, sample, direct and refine (see the module)."""
    began = time.perf_counter()
    deadline = began + time_limit
    s = search(engine, max_states, observe_text, progress,
               deadline=began + time_limit * SEARCH_SHARE)
    evidence = _Evidence()
    _from_search(s, evidence)
    exact = s.complete and s.exhaustive_rolls and not s.cut
    run = _Run(engine, s, evidence, exact, deadline, seed)
    if not exact:
        run.abstract_and_witness(DEFAULT_SAMPLES if samples is None else samples)
    report = run.report()
    report.elapsed = time.perf_counter() - began
    if keep_search:
        report.search = s
    return report


def _from_search(s, evidence):
    for scene_id, found in s.reached.items():
        evidence.scene(scene_id, _search_path(s, found))
    for key, (_depth, number) in s.available.items():
        evidence.choice(key, Path(tuple(s.path(number)), number, codec=s.codec))
    counts, first = {}, {}
    for numbers, by_chance in ((s.stuck, False), (s.maybe_stuck, True)):
        for number in numbers:
            c = s.codec.scene_of(s.keys[number])
            place = (c.id, c.at)
            counts[place] = counts.get(place, 0) + 1
            if place not in first or number < first[place][0]:
                first[place] = (number, by_chance)
    for place, (number, by_chance) in sorted(first.items(), key=lambda x: x[1][0]):
        name = point_name(s.graph, place)
        evidence.stuck[name] = Stuck(place[0], Path(tuple(s.path(number)), number, codec=s.codec),
                                     by_chance, counts[place], name)
    for loop in _faults(s):
        evidence.loops.setdefault((loop.scene, loop.choice), loop)


class _Run:
    """One exploration past the exact search: abstractions, walks, directed searches."""

    def __init__(self, engine, s, evidence, exact, deadline, seed):
        self.engine = engine
        self.story = engine.story
        self.s = s
        self.evidence = evidence
        self.exact = exact
        self.deadline = deadline
        self.seed = seed
        self.walks = 0
        self.directed_states = 0
        self.timings = {"exact search": s.elapsed}
        self.abstractions = []  # every abstraction that answered, coarsest first
        self.never_entered = None  # scenes some abstraction never enters
        self.impossible = None  # choice keys some abstraction never offers
        self.safe_points = set()  # point names proven never a dead end
        self.finishing_points = set()  # point names from every state of which an ending is reachable
        self.may_loop = None  # steps no abstraction proves free of endless jumps (None: none ran)
        self.bounds = {}  # slot -> interval the abstraction allows where the slot is read
        self.entered = set()
        self.points = None  # point names every abstraction may reach

    # --------------------------------------------------------------- methods

    def abstract_and_witness(self, samples):
        a = self._abstract(None)
        if samples:
            self._walks(samples)
        for round_number in range(REFINE_ROUNDS + 1):
            if a is None:
                break
            # Each round's directed search gets its share of the time left, so that
            # a refined abstraction still has time to guide the next one.
            left = self.deadline - time.perf_counter()
            self._direct(a, time.perf_counter() + left / (REFINE_ROUNDS + 1 - round_number))
            if not self._open_targets(a) and not self._open_points(a):
                break
            if round_number == REFINE_ROUNDS or time.perf_counter() > self.deadline:
                break
            cuts, tracked = self._refinement(a)
            if a.precision.covers(cuts, tracked):
                break
            refined = self._abstract(a.precision.refined(cuts, tracked))
            if refined is None:
                break
            a = refined

    def _timed(self, method, began):
        self.timings[method] = self.timings.get(method, 0.0) + time.perf_counter() - began

    def _abstract(self, precision):
        """Run the abstraction at a precision; keep what it proves. None if it cannot answer."""
        began = time.perf_counter()
        try:
            return self._abstract_at(precision)
        finally:
            self._timed(ABSTRACTION, began)

    def _abstract_at(self, precision):
        if time.perf_counter() > self.deadline:
            return None
        try:
            a = AbstractSearch(self.engine, self.s.graph, precision)
            a.run(MAX_CLASSES, self.deadline)
        except (TooLarge, NotImplementedError, RecursionError):
            return None
        self.abstractions.append(a)
        never = {sc.id for sc in self.story.scenes} - a.entered
        self.never_entered = never if self.never_entered is None else self.never_entered | never
        impossible = {info.key for info in all_choices(self.story)} - a.possible
        self.impossible = impossible if self.impossible is None else self.impossible | impossible
        self.entered |= a.entered
        good = a.finishing()
        by_point = {}
        for key in a.classes:
            by_point.setdefault(key[0], []).append(key)
        for number, keys in by_point.items():
            p = a.points[number]
            if all(a.stuck_region(k) is None for k in keys):
                self.safe_points.add(p.name)
            if all(k in good for k in keys):
                self.finishing_points.add(p.name)
        self.may_loop = a.loops if self.may_loop is None else self.may_loop & a.loops
        points = {a.points[key[0]].name for key in a.classes}
        self.points = points if self.points is None else self.points & points
        for key, (env, _may, _must) in a.classes.items():
            for slot in a.points[key[0]].live:
                if slot < a.domain.base and not a.domain.is_text[slot]:
                    old = self.bounds.get(slot)
                    low, high = env[slot]
                    self.bounds[slot] = (low, high) if old is None else (min(old[0], low), max(old[1], high))
        return a

    def _walks(self, samples):
        """Coverage-seeking random playthroughs from the start: cheap witnesses."""
        began = time.perf_counter()
        try:
            self._walks_from_start(samples)
        finally:
            self._timed("random playthroughs", began)

    def _walks_from_start(self, samples):
        engine = self.engine
        rng = random.Random(self.seed)
        taken = set()
        steps_left = WALK_STEPS
        per_walk = 1000
        evidence = self.evidence

        def pick(state, ids):
            context = state.scene
            fresh = [i for i in ids if (context, i) not in taken]
            pool = fresh or ids
            chosen = pool[rng.randrange(len(pool))]
            taken.add((context, chosen))
            return chosen

        end = self.deadline  # only as a last resort: the count of steps bounds them
        for _ in range(samples):
            if steps_left <= 0 or time.perf_counter() > end:
                break
            seed = rng.randrange(SEED_LIMIT)
            steps_left -= _walk_recording(engine, self.s.graph, self.s.codec, seed, pick,
                                          min(per_walk, steps_left), evidence) + 1
            self.walks += 1

    def _direct(self, a, deadline):
        """Directed searches for what this abstraction leaves possible and nothing has witnessed."""
        began = time.perf_counter()
        try:
            self._direct_until(a, deadline)
        finally:
            self._timed(DIRECTED, began)

    def _direct_until(self, a, deadline):
        targets = self._open_targets(a) + self._stuck_targets(a)
        if not targets or time.perf_counter() > deadline:
            return
        ds = DirectedSearch(self.engine, a)
        found = ds.run(targets, budget=max(self.s.max_states, DIRECTED_FLOOR),
                       deadline=min(deadline, self.deadline))
        self.directed_states += len(ds.keys)
        by_name = {t.name: t for t in targets}
        for name, where in found.items():
            t = by_name[name]
            path = Path(ds.path(where), keys=ds.path_keys(where), how=DIRECTED, codec=ds.codec)
            if t.kind == "scene":
                self.evidence.scene(t.scene, path)
            elif t.kind == "choice":
                self.evidence.choice(t.choice_key, path)
            else:
                p = a.points[t.point]
                self.evidence.stuck.setdefault(p.name, Stuck(p.scene, path, where=p.name))

    # -------------------------------------------------------------- targets

    def _open_targets(self, a):
        """Scenes and choices this abstraction may reach that nothing has witnessed."""
        targets = []
        evidence = self.evidence
        passing = {}
        by_point = {}
        for key in a.classes:
            by_point.setdefault(key[0], []).append(key)
        for key, edges in a.edges.items():
            for edge in edges.values():
                for scene_id in edge.entered:
                    if scene_id not in evidence.scenes:
                        passing.setdefault(scene_id, set()).add(key)
        for scene in self.story.scenes:
            if scene.id in evidence.scenes or scene.id not in a.entered:
                continue
            classes = set(passing.get(scene.id, ()))
            if classes:
                targets.append(Target("scene", ("scene", scene.id), classes, scene=scene.id))
        for number, keys in by_point.items():
            p = a.points[number]
            for c in p.choices:
                if c.key in evidence.choices or c.key not in a.possible:
                    continue
                classes = set()
                for key in keys:
                    if c in a.candidates(key):
                        env = a.env(key)
                        for condition in c.conditions:
                            env = a.domain.refine(env, condition, True)
                            if env is None:
                                break
                        if env is not None:
                            classes.add(key)
                if classes:
                    targets.append(Target("choice", ("choice", c.key), classes, choice_key=c.key))
        return targets

    def _stuck_targets(self, a):
        targets = []
        by_point = {}
        for key in a.classes:
            if a.stuck_region(key) is not None:
                by_point.setdefault(key[0], set()).add(key)
        for number, classes in by_point.items():
            p = a.points[number]
            if p.name in self.safe_points or p.name in self.evidence.stuck:
                continue
            targets.append(Target("stuck", ("stuck", number), classes, point=number))
        return targets

    def _open_points(self, a):
        """Points of this abstraction not proven safe nor finishing, and not witnessed stuck."""
        names = {a.points[key[0]].name for key in a.classes}
        return [n for n in names if n not in self.evidence.stuck
                and (n not in self.safe_points or n not in self.finishing_points)]

    def _refinement(self, a):
        """The thresholds (and once-only choices to track) that the open questions test."""
        expressions = []
        tracked = 0
        for t in self._open_targets(a):
            if t.kind == "choice":
                c = next(c for key in t.classes for c in a.candidates(key) if c.key == t.choice_key)
                expressions.extend(c.conditions)
            else:
                expressions.extend(_guards_into(a, t.scene))
        open_names = set(self._open_points(a))
        for key in a.classes:
            p = a.points[key[0]]
            if p.name not in open_names:
                continue
            choices = a.candidates(key)
            if not choices:
                tracked |= a.once_only.own[p.number]
            expressions.extend(cond for c in choices for cond in c.conditions)
        return a.cuts_for(expressions), tracked

    # --------------------------------------------------------------- report

    def report(self) -> Report:
        s, story, evidence = self.s, self.story, self.evidence
        exact = self.exact
        a = self.abstractions[-1] if self.abstractions else None
        report = Report(story.title, exact, s.states, s.expanded, s.transitions, s.elapsed,
                        s.max_states, len(s.depth_of_layer) - 1 if not s.complete else s.depth(s.states - 1),
                        s.exhaustive_rolls, self.walks, a is not None,
                        len(a.classes) if a else 0, a.precision.size() if a else 0,
                        len(self.abstractions), self.directed_states, s.peak_bytes,
                        dict(self.timings))
        proof = EXHAUSTIVE if exact else ABSTRACTION

        def proven_never_entered(scene_id):
            return exact or (self.never_entered is not None and scene_id in self.never_entered)

        for scene in story.endings:
            title = scene.heading or scene.id
            path = evidence.scenes.get(scene.id)
            if path is not None:
                report.endings.append(Ending(scene.id, title, "reached", path, path.how == SHORTEST,
                                             path.how))
            elif proven_never_entered(scene.id):
                report.endings.append(Ending(scene.id, title, "unreachable", method=proof))
            else:
                report.endings.append(Ending(scene.id, title, "open"))

        report.scenes = len(story.scenes)
        report.scenes_reached = sum(sc.id in evidence.scenes for sc in story.scenes)
        unreached = set()
        for scene in story.scenes:
            if scene.is_ending or scene.id in evidence.scenes:
                continue
            unreached.add(scene.id)
            if proven_never_entered(scene.id):
                report.never_reached.append(Unreached(scene.id, PROVEN, proof))
            else:
                report.never_reached.append(Unreached(scene.id, OPEN))

        choices = [info for info in all_choices(story) if not info.is_fallback]
        report.choices = len(choices)
        for info in choices:
            scene_id = info.key.rsplit("/", 1)[0]
            if info.key in evidence.choices:
                report.choices_available += 1
                continue
            if scene_id in unreached and proven_never_entered(scene_id):
                continue  # the scene's finding says it
            if exact or (self.impossible is not None and info.key in self.impossible):
                status, method = PROVEN, proof
            else:
                status, method = OPEN, ""
            report.never_available.append(Unavailable(scene_id, info.id, _plain_text(info.text),
                                                      status, info.path, method))

        report.stuck = sorted(evidence.stuck.values(), key=lambda x: (x.path.length, x.where))
        report.traps = _traps(s) if exact else []
        report.loops = sorted(evidence.loops.values(), key=lambda lp: (lp.path.length, lp.scene))
        report.cuts = _cuts(s)

        if exact:
            report.dead_ends_proven = EXHAUSTIVE if not report.stuck else ""
            report.traps_proven = EXHAUSTIVE if not report.traps and not report.stuck else ""
            report.loops_proven = EXHAUSTIVE if not report.loops else ""
        elif a is not None:
            report.questions = self._questions(report)
        else:
            report.questions = [Question("dead end", "(every place: the abstraction did not finish)")]
        report.ranges = self._ranges(report)
        return report

    def _questions(self, report):
        """What stays open once every method has had its turn; and what is proven of all."""
        names = self.points or set()
        witnessed = set(self.evidence.stuck)
        questions = []
        dead_ends_open = sorted(n for n in names if n not in self.safe_points and n not in witnessed)
        questions.extend(Question("dead end", n) for n in dead_ends_open)
        if not dead_ends_open and not witnessed:
            report.dead_ends_proven = ABSTRACTION
            cycles_open = sorted(n for n in names if n not in self.finishing_points)
            questions.extend(Question("cycle", n) for n in cycles_open)
            if not cycles_open:
                report.traps_proven = ABSTRACTION
        loops = sorted((self.may_loop or set()) - set(self.evidence.loops))
        questions.extend(Question("loop", f"{scene}/{choice}" if choice else scene) for scene, choice in loops)
        if not loops and not self.evidence.loops:
            report.loops_proven = ABSTRACTION
        return questions

    def _ranges(self, report):
        s, engine = self.s, self.engine
        read = self._read_anywhere()
        out = []
        low = [s.low[i] if s.seen_live[i] else None for i in range(len(engine.declarations))]
        high = [s.high[i] if s.seen_live[i] else None for i in range(len(engine.declarations))]
        for number, (lows, highs) in self.evidence.seen.items():
            for slot, a, b in zip(s.codec.by_number[number].values, lows, highs):
                low[slot] = a if low[slot] is None else min(low[slot], a)
                high[slot] = b if high[slot] is None else max(high[slot], b)
        for slot, d in enumerate(engine.declarations):
            kind = type(d).__name__.lower()
            declared = (d.low, d.high) if isinstance(d, m.Stat) else None
            bound = self.bounds.get(slot) if self.abstractions else None
            out.append(Range(d.name, kind, declared, low[slot], high[slot], bound, report.complete,
                             slot not in read))
        return out

    def _read_anywhere(self):
        from .liveness import analyse

        return analyse(self.engine, observe_text=True, graph=self.s.graph).read_anywhere


def _walk_recording(engine, graph, codec, seed, pick, max_steps, evidence) -> int:
    """One random playthrough, what it met recorded as witnesses (by its seed: a replay
    needs no pinning). Returns its length in steps."""
    from ..engine import StoryFault

    entered = []
    try:
        state = engine.start(seed, entered=entered)
    except StoryFault as exc:
        start = engine.story.start
        evidence.loops.setdefault((start, ""), Loop(start, "", str(exc), Path((), seed=seed, how=RANDOM)))
        return 0
    for scene_id in entered:
        evidence.scene(scene_id, Path((), seed=seed, how=RANDOM))
    steps = []
    scenes = engine.scenes
    keys_at = {}
    seen = evidence.seen
    while True:
        c = codec.point(state.scene, state.at)
        live = c.pick_values(state.values)
        bounds = seen.get(c.number)
        if bounds is None:
            seen[c.number] = [live, live]
        else:
            bounds[0] = tuple(map(min, bounds[0], live))
            bounds[1] = tuple(map(max, bounds[1], live))
        if scenes[state.scene].ending:
            break
        ids = engine.available_ids(state)
        if not ids:
            name = engine.page(state).where or state.scene
            evidence.stuck.setdefault(name, Stuck(state.scene, Path(tuple(steps), seed=seed, how=RANDOM),
                                                  where=name))
            break
        place = (state.scene, state.at)
        keys = keys_at.get(place)
        if keys is None:
            keys = keys_at[place] = {info.id: info.key
                                     for _, info in graph.choices_at(graph.node(*place))}
        for choice_id in ids:
            key = keys[choice_id]
            if key not in evidence.choices:
                evidence.choice(key, Path(tuple(steps), seed=seed, how=RANDOM))
        if len(steps) >= max_steps:
            break
        choice_id = pick(state, ids)
        steps.append((state.scene, choice_id))
        entered = []
        try:
            state = engine.choose(state, choice_id, entered=entered)
        except StoryFault as exc:
            evidence.loops.setdefault((state.scene, choice_id), Loop(
                state.scene, choice_id, str(exc), Path(tuple(steps), seed=seed, how=RANDOM)))
            break
        for scene_id in entered:
            if scene_id not in evidence.scenes:
                evidence.scene(scene_id, Path(tuple(steps), seed=seed, how=RANDOM))
    return len(steps)


def _guards_into(a, scene_id):
    """The conditions on the way into a scene: tests of jumps to it, conditions of choices to it."""
    g = a.graph
    out = []
    for program in g.programs.values():
        for index, ins in enumerate(program.code):
            if isinstance(ins, f.Enter) and ins.scene == scene_id:
                for before in range(index - 1, max(-1, index - 4), -1):
                    other = program.code[before]
                    if isinstance(other, f.Test):
                        out.append(other.condition)
                        break
        for info in program.choices:
            if info.start >= 0 and any(isinstance(program.code[i], f.Enter) and program.code[i].scene == scene_id
                                       for i in f.reachable(program, [info.start])):
                out.extend(c.expr for c in info.conditions)
    for condition, target in g.rules:
        if target == scene_id:
            out.append(condition)
    return out


def _cuts(s) -> list:
    from ..model import expr_source
    from .dice import MAX_OUTCOMES

    found = {}
    g = s.graph
    for number, code in s.cut:
        if number < 0:
            scene_id, choice_id = s.engine.story.start, ""
            nodes = g.step(g.enter_node(scene_id)).nodes
            conditions = ()
        else:
            scene_id, choice_id = s.choices[code]
            _, at = s.choice_at[code]
            node = g.node(scene_id, at)
            info = next(info for _, info in g.choices_at(node) if info.id == choice_id)
            nodes = g.step(g.choice_start(scene_id, info.number)).nodes
            conditions = tuple(c.expr for _, other in g.choices_at(node) for c in other.conditions)
        if (scene_id, choice_id) in found:
            continue
        expressions = []
        for expr in conditions + tuple(_step_expressions(g, nodes)):
            if rolls(expr):
                text = expr_source(expr)
                if text not in expressions:
                    expressions.append(text)
        found[(scene_id, choice_id)] = Cut(scene_id, choice_id, tuple(expressions), MAX_OUTCOMES)
    return list(found.values())


def _step_expressions(g, nodes):
    for node in sorted(nodes):
        if node >= g.instruction_count:
            scene_id, _ = g.enter_of_node[node]
            if not g.story.scenes_by_id[scene_id].is_ending:
                for condition, target in g.rules:
                    if target != scene_id:
                        yield condition
            continue
        ins = g.instruction(node)
        if isinstance(ins, f.Do):
            yield ins.assign.value
        elif isinstance(ins, f.Test):
            yield ins.condition


def _search_path(s, found) -> Path:
    depth, where = found
    if isinstance(where, tuple):  # passed through on the way: the parent, then the choice
        number, code = where
        if number < 0:  # passed through before the first page (a scene the start calls)
            return Path((), 0, codec=s.codec)
        return Path(tuple(s.path(number)) + (s.choices[code],), number, codec=s.codec)
    return Path(tuple(s.path(where)), where, codec=s.codec)


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
        return Path((), codec=s.codec)
    last = s.choices[code]
    step = (last,) if last[1] else ()  # no choice: the page itself goes wrong
    return Path(tuple(s.path(number)) + step, number, codec=s.codec)


def point_name(graph, place) -> str:
    """A point for people: a Wait's name ("scene", "scene/ask"), or where a flow runs out."""
    scene_id, at = place
    ins = graph.instruction(graph.node(scene_id, at))
    if isinstance(ins, f.Wait):
        return ins.name
    if isinstance(ins, f.Ask):
        return graph.programs[scene_id].choices[ins.choice].path
    return f"{scene_id} (the end of its lines)"


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
    traps = [Trap(scenes, count, Path(tuple(s.path(first)), first, codec=s.codec))
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
    """The strongly connected components of `nodes` that hold a cycle."""
    from .graph import components

    starts = list(s.edge_start) + [len(s.edges)]
    edges = s.edges
    following = {v: [w for w in edges[starts[v]:starts[v + 1]] if w in inside] for v in nodes}
    for component in components(nodes, following):
        if len(component) > 1 or component[0] in following[component[0]]:
            yield component
