"""What the checker says about a scene's flow: dead ends and lines nothing reaches.

Works on the lowered programs (`flow.py`), which know where every line
leads. It finds, for every scene, the places where the flow runs out with
nowhere to go (a player who gets there is stuck), and the lines no path
through the scene reaches: prose below a jump that always leaves, and a
gather (the lines below a run of choices) when every choice above leads
elsewhere. Warnings only: such a story still plays.
"""
from __future__ import annotations

from . import flow as f
from . import model as m
from .diagnostics import warning


def flow_warnings(story: m.Story, shortcut: bool = True) -> list:
    """The warnings; `shortcut=False` lowers every scene, plain ones too (for the test that
    both ways agree)."""
    entered_labels = None
    found = []
    for scene in story.scenes:
        plain = _plain_warnings(scene) if shortcut else None
        if plain is not None:
            found.extend(plain)
            continue
        if entered_labels is None:
            entered_labels = _labels_entered(story)
        program = f.program(story, scene.id)
        starts = [0] + [program.labels[label] for label in entered_labels.get(scene.id, ())
                        if label in program.labels]
        reached = f.reachable(program, starts)
        if not scene.is_ending:
            found.extend(_dead_ends(scene, program, reached))
        found.extend(_never_reached(scene, program, reached))
    return found


# ------------------------------------------------------------- plain scenes
#
# Most scenes are written the way scenes were before choices had bodies: some
# prose, `set` lines and jumps, then one run of choices that each name a
# target (their bodies only `set` lines), perhaps an `otherwise -> target`.
# For those the findings below are what the program would give, without
# lowering the scene: the checker stays as fast as a parse needs it to be.
# tests/test_flowcheck.py checks that both ways agree.

def _plain_warnings(scene):
    """The flow warnings of a plain scene, or None if the scene is not plain."""
    items = scene.items
    i, n = 0, len(items)
    leaves_at = None  # the first unconditional jump of the scene's own lines
    while i < n and items[i].__class__ in (m.Prose, m.Assign, m.Jump):
        item = items[i]
        if item.__class__ is m.Jump and item.condition is None and not item.call and leaves_at is None:
            leaves_at = i
        i += 1
    group_start = i
    while i < n and items[i].__class__ is m.Choice:
        choice = items[i]
        if choice.target is None or any(b.__class__ is not m.Assign for b in choice.body):
            return None
        i += 1
    has_group = i > group_start
    if i < n and items[i].__class__ is m.Fallback:
        fallback = items[i]
        if fallback.target is None or fallback.body:
            return None
        has_group = True
        i += 1
    after = items[i:]
    if any(item.__class__ not in (m.Prose, m.Assign, m.Jump) for item in after):
        return None
    if leaves_at is not None:
        rest = [item for item in items[leaves_at + 1:]
                if item.__class__ is not m.Fallback
                and not (item.__class__ is m.Jump and item.condition is None and not item.call)]
        if not rest:
            return []
        first = rest[0]
        return [warning("this line is never reached: the flow above always leaves before it",
                        first.pos, hint="move it above the jump, or give the jump a condition")]
    if not has_group:
        if scene.is_ending:
            return []
        return [warning(
            f"the scene '{scene.id}' has no choices and no 'otherwise': a player who reaches "
            "it is stuck", scene.pos, width=len(scene.id),
            hint=f"add a choice or 'otherwise -> scene', or make it an ending: === ending {scene.id}")]
    if after:
        return [warning("no choice above leads here: each of them goes elsewhere", after[0].pos,
                        hint="remove these lines, or let a choice without a target come down to them")]
    return []


def _labels_entered(story):
    """Per scene, the labels that some jump from elsewhere (or `scene.label`) enters."""
    entered = {}
    for scene in story.scenes:
        for ins in f.program(story, scene.id).code:
            if isinstance(ins, f.Enter) and ins.label is not None:
                entered.setdefault(ins.scene, set()).add(ins.label)
    return entered


def _dead_ends(scene, program, reached):
    stops = {i for i in reached if isinstance(program.code[i], f.Stop) and program.code[i].pos is None}
    if not stops:
        return []
    if not any(isinstance(program.code[i], f.Wait) for i in reached):
        return [warning(
            f"the scene '{scene.id}' has no choices and no 'otherwise': a player who reaches "
            "it is stuck", scene.pos, width=len(scene.id),
            hint=f"add a choice or 'otherwise -> scene', or make it an ending: === ending {scene.id}")]
    found = []
    reported = set()
    for info in program.choices:
        if info.start < 0 or program.choices[info.number].wait not in reached:
            continue
        ends = _runs_to(program, info.start) & stops
        if ends and info.number not in reported:
            reported.add(info.number)
            found.append(warning(
                f"after the choice '{info.id}' the story reaches the end of scene '{scene.id}' "
                "with nowhere to go: a player who takes it is stuck", info.pos,
                hint="give it a target (-> scene), end its lines with a jump, or write what "
                     "follows below the choices"))
    if not found:
        ends = _runs_to(program, 0) & stops
        if ends:
            found.append(warning(
                f"the flow of scene '{scene.id}' reaches its end with nowhere to go: a player "
                "who gets there is stuck", scene.pos, width=len(scene.id),
                hint="end it with a jump (-> scene) or a choice"))
    return found


def _runs_to(program, start) -> set:
    """What the flow reaches from `start` before it next waits for the player."""
    seen, todo = set(), [start]
    while todo:
        index = todo.pop()
        if index in seen:
            continue
        seen.add(index)
        if isinstance(program.code[index], f.Wait):
            continue
        inside, _ = f.successors(program, index)
        todo.extend(inside)
    return seen


_CONTENT = (f.Say, f.Do, f.Test, f.Count, f.Offer)


def _never_reached(scene, program, reached):
    """The first line of each stretch of the program no path reaches."""
    gathers = {i + 1 for i, _ in program.waits()}
    # The bodies of choices that are never offered are part of the stretch
    # that offers them, which is reported on its own.
    unoffered = {c.start for c in program.choices if c.wait not in reached}
    found = []
    in_stretch = skipping = False
    for index, ins in enumerate(program.code):
        if index in reached:
            in_stretch = skipping = False
            continue
        if not in_stretch:
            in_stretch = True
            skipping = index in unoffered
        if skipping or not isinstance(ins, _CONTENT):
            continue
        pos = _pos(program, ins)
        if pos is None:
            continue
        skipping = True  # one warning a stretch
        if index in gathers:
            found.append(warning(
                "no choice above leads here: each of them goes elsewhere", pos,
                hint="remove these lines, or let a choice without a target come down to them"))
        else:
            found.append(warning(
                "this line is never reached: the flow above always leaves before it", pos,
                hint="move it above the jump, or give the jump a condition"))
    return found


def _pos(program, ins):
    if isinstance(ins, f.Do):
        return ins.assign.pos
    if isinstance(ins, f.Offer):
        return program.choices[ins.choice].pos
    return ins.pos
