"""`samizdat explore STORY`: search every reachable state for dead ends and unreachable endings."""
from __future__ import annotations

import sys
from pathlib import Path

import attrs

from ..sanitize import sanitize, to_json
from .authoring import (
    EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, StatusLine, count,
    format_argument, load, natural, plural, show_value, story_argument)


EXIT_OPEN = 3  # nothing proven wrong, but some questions are neither proven nor witnessed


def add_parser(sub):
    from ..explorer.findings import DEFAULT_SAMPLES, DEFAULT_TIME_LIMIT
    from ..explorer.search import DEFAULT_MAX_STATES

    p = sub.add_parser(
        "explore", help="prove or witness: endings reached, dead ends, choices never available",
        description="Answer, for every playthrough of the story: can each ending be reached, can "
                    "each scene and choice be met, can the player be left with nothing to choose, "
                    "caught in a cycle with no way to an ending, or sent jumping for ever. Each "
                    "answer is proven (of every playthrough), witnessed (a real playthrough shows "
                    "it; --witness-dir writes it as a replay file) or open. Exits 0 when every "
                    "question is answered and nothing is wrong, 1 when a problem is proven or "
                    "witnessed (a dead end, an ending that cannot be reached, a cycle with no way "
                    "to an ending, a jump that never stops), 3 when nothing is wrong but some "
                    "questions stay open.")
    story_argument(p)
    p.add_argument("--max-states", type=count, default=DEFAULT_MAX_STATES, metavar="N",
                   help=f"stop the exact search, and each directed search, after this many "
                        f"distinct states (default {DEFAULT_MAX_STATES:,}); beyond it the "
                        "abstraction proves and the directed search and random playthroughs witness")
    p.add_argument("--time-limit", type=count, default=int(DEFAULT_TIME_LIMIT), metavar="SECONDS",
                   help=f"give up on what is still open after this long (default {int(DEFAULT_TIME_LIMIT)})")
    p.add_argument("--witness-dir", metavar="DIR",
                   help="write a replay file there for each ending reached and each dead end, "
                        "cycle and endless jump found, for `samizdat replay`")
    p.add_argument("--samples", type=natural, default=None, metavar="N",
                   help=f"random playthroughs to add when the search is partial (default {DEFAULT_SAMPLES})")
    p.add_argument("--seed", type=natural, default=0, metavar="S", help="seed for those playthroughs")
    p.add_argument("--ignore-text", action="store_true",
                   help="let the exact search merge states that differ only in values the text "
                        "shows (the findings do not change; it goes further)")
    format_argument(p)
    p.set_defaults(run=run)


def run(args) -> int:
    loaded, failed = load(args.path)
    if failed is not None:
        return failed
    witness_dir = Path(args.witness_dir) if args.witness_dir else None
    if witness_dir is not None and witness_dir.exists() and not witness_dir.is_dir():
        print(f"samizdat explore: {sanitize(str(witness_dir))}: not a folder", file=sys.stderr)
        return EXIT_USAGE

    from ..engine import Engine
    from ..explorer.findings import explore_story

    engine = Engine(loaded.story)
    status = StatusLine()

    def progress(s):
        rate = s.states / s.elapsed if s.elapsed else 0
        status.show(f"exact search: explored {s.expanded:,} of {s.states:,} states found, "
                    f"{rate:,.0f} states/s (bound {s.max_states:,})")

    try:
        report = explore_story(engine, args.max_states, not args.ignore_text, args.samples,
                               args.seed, progress if status.enabled else None, keep_search=True,
                               time_limit=args.time_limit)
    finally:
        status.clear()

    written, problems = [], []
    if witness_dir is not None:
        written, problems = _write_witnesses(engine, report, witness_dir, args.path)
    if args.format == "json":
        print(to_json(_as_json(report, written, problems)))
    else:
        _print_text(report, written, problems)
    if problems and any(kind == "io" for kind, _ in problems):
        return EXIT_USAGE
    if report.problems:
        return EXIT_PROBLEMS
    return EXIT_OPEN if report.open else EXIT_OK


# ------------------------------------------------------------------ witnesses

def _write_witnesses(engine, report, folder: Path, story_path):
    """Write a replay per ending reached and per dead end, cycle and endless jump found;
    returns (written, problems)."""
    from ..saves import SaveError, read
    from ..explorer.witness import pin_seed, write_witness

    s = report.search
    wanted = []
    for ending in report.endings:
        if ending.path is not None:
            wanted.append((f"ending-{ending.id}", ending.path, False, f"ending '{ending.id}'"))
    for stuck in report.stuck:
        wanted.append((f"stuck-{stuck.scene}", stuck.path, True, f"dead end in '{stuck.scene}'"))
    for trap in report.traps:
        wanted.append((f"trap-{trap.scenes[0]}", trap.path, False, f"cycle at '{trap.scenes[0]}'"))
    for loop in report.loops:
        wanted.append((f"loop-{loop.scene}", loop.path, False,
                       f"the last page before the story goes wrong in '{loop.scene}'"))
    written, problems = [], []
    for name, path, stuck, what in wanted:
        target = folder / f"{name}.json"
        if target.exists():
            try:
                read(target)
            except SaveError:
                problems.append(("io", f"{target}: exists and is not a replay file; left as it is"))
                continue
        seed = path.seed
        if seed is None:
            codec = path.codec or s.codec
            keys = list(path.keys) if path.keys else s.path_keys(path.state)
            seed = pin_seed(engine, codec, keys, list(path.steps), stuck)
        if seed is None:
            problems.append(("seed", f"{what}: no seed found that makes the rolls on this path "
                                     f"go the same way; no replay written"))
            continue
        try:
            written.append((what, write_witness(engine, folder, name, story_path, seed, path.steps,
                                                until_fault=name.startswith("loop-"))))
        except SaveError as exc:
            problems.append(("io", str(exc)))
            break
    return written, problems


# ----------------------------------------------------------------------- text

def _how(path) -> str:
    from ..explorer.findings import SHORTEST

    if path.how == SHORTEST:
        return f"shortest path {plural(path.length, 'step')}"
    return f"{plural(path.length, 'step')}, by a {path.how}"


def _print_text(report, written, problems):
    out = sys.stdout.write
    files = {what: path for what, path in written}

    def replay_of(what):
        path = files.get(what)
        return f"; replay {sanitize(str(path))}" if path is not None else ""

    title = sanitize(report.title)
    took = f"in {report.elapsed:.2f} s"
    if report.complete:
        out(f"{title}: explored every reachable state: {plural(report.states, 'distinct state')}, "
            f"{plural(report.transitions, 'transition')}, {took}.\n")
    else:
        if report.expanded < report.states:
            why = "stopped at its bound of " + plural(report.max_states, "state") + " (--max-states)"
            if report.states < report.max_states:
                why = "stopped for time"
        elif report.cuts:
            why = "some steps had more outcomes than it follows"
        else:
            why = "some rolls had too many faces to follow them all"
        out(f"{title}: {took}.\n"
            f"  Exact search: {why}; it covered every playthrough of up to "
            f"{plural(report.depth, 'step')} ({report.states:,} states found, {report.expanded:,} explored).\n")
        if report.abstraction:
            rounds = f", {plural(report.rounds - 1, 'refinement')}" if report.rounds > 1 else ""
            out(f"  Abstraction: {plural(report.classes, 'class', 'classes')} of states cut at "
                f"{plural(report.thresholds, 'threshold')}{rounds}: every state lies in one, so what "
                f"no class allows never happens.\n")
        else:
            out("  Abstraction: did not finish within its bounds; nothing is proven by it.\n")
        added = []
        if report.samples:
            added.append(f"{report.samples:,} random playthroughs")
        if report.directed:
            added.append(f"a directed search ({report.directed:,} states)")
        if added:
            out(f"  Witnesses: the exact search, {' and '.join(added)}.\n")
        out("  Each finding is proven (true of every playthrough), witnessed (a playthrough shows it)"
            " or open (neither).\n")
        spent = [f"{method} {seconds:.1f} s" for method, seconds in report.timings.items()
                 if seconds >= 0.05]
        if spent:
            out(f"  Time: {', '.join(spent)}.\n")

    reached = [e for e in report.endings if e.status == "reached"]
    out(f"\nEndings: {len(reached)} of {len(report.endings)} reached\n")
    width = max((len(e.id) for e in report.endings), default=0)
    for e in report.endings:
        label = f"  {sanitize(e.id):<{width}}  \"{sanitize(e.title)}\""
        if e.status == "reached":
            out(f"{label}: {_how(e.path)}{replay_of(f'ending {e.id!r}')}\n")
        elif e.status == "unreachable":
            out(f"{label}: UNREACHABLE (proven by the {e.method})\n")
        else:
            out(f"{label}: OPEN (not reached, not ruled out)\n")

    if report.complete:
        _section(out, "Scenes never reached", report.never_reached,
                 lambda u: f"{sanitize(u.scene)} ({_status(u)})")
        _section(out, "Choices never available", report.never_available,
                 lambda u: f"{sanitize(u.where)} \"{sanitize(u.text)}\" ({_status(u)})")
    else:
        for what, found, total, missing, describe in (
                ("Scenes", "reached", report.scenes, report.never_reached,
                 lambda u: f"{sanitize(u.scene)} ({_status(u)})"),
                ("Choices", "available somewhere", report.choices, report.never_available,
                 lambda u: f"{sanitize(u.where)} \"{sanitize(u.text)}\" ({_status(u)})")):
            shown = report.scenes_reached if what == "Scenes" else report.choices_available
            out(f"\n{what}: {shown:,} of {total:,} {found}" + (" (witnessed)" if shown else "")
                + (f"; never {found.split()[0]}: {len(missing):,}" if missing else "") + "\n")
            for item in missing:
                out(f"  {describe(item)}\n")
    dead_ends = [q for q in report.questions if q.kind == "dead end"]
    _section(out, "Dead ends (not an ending, nothing to choose)", report.stuck,
             lambda x: f"{sanitize(x.where or x.scene)}: after {plural(x.path.length, 'step')}"
                       + (" (when a roll goes against the player)" if x.by_chance else "")
                       + (f", {plural(x.positions, 'state')}" if x.positions > 1 else "")
                       + ("" if report.complete else " (witnessed)")
                       + replay_of(f"dead end in {x.scene!r}"),
             proven=report.dead_ends_proven if not dead_ends else "")
    if dead_ends:
        _section(out, "Places that might be dead ends (open)", dead_ends, lambda q: sanitize(q.where))
    cycles = [q for q in report.questions if q.kind == "cycle"]
    if report.traps or report.traps_proven or cycles or report.complete:
        _section(out, "Cycles with no way to an ending", report.traps,
                 lambda t: f"{', '.join(map(sanitize, t.scenes))}: entered after "
                           f"{plural(t.path.length, 'step')}", proven=report.traps_proven)
    else:
        out("\nCycles with no way to an ending: not looked for while dead ends remain\n")
    if cycles:
        _section(out, "Places from which an ending might not be reachable (open)", cycles,
                 lambda q: sanitize(q.where))
    loops = [q for q in report.questions if q.kind == "loop"]
    if report.loops or (not report.complete and report.loops_proven):
        _section(out, "Steps where the story goes wrong", report.loops,
                 lambda lp: f"{sanitize(lp.scene)}{'/' + sanitize(lp.choice) if lp.choice else ''}: "
                            f"{sanitize(lp.message)}"
                            + (f" (and in {plural(lp.states - 1, 'other state')})" if lp.states > 1 else ""),
                 proven=report.loops_proven)
    if loops:
        _section(out, "Steps that might go wrong (open)", loops, lambda q: sanitize(q.where))
    if report.cuts:
        _section(out, "Steps with more outcomes than the exact search follows", report.cuts,
                 lambda c: f"{sanitize(c.scene)}/{sanitize(c.choice)}: "
                           f"{', '.join(sanitize(x) for x in c.expressions) or 'its rolls'} "
                           f"(more than {c.limit:,} outcomes; the first {c.limit:,} followed)")

    heading = ("Values (the range each takes while something still reads it)" if report.complete
               else "Values (seen: by the exact search and the random playthroughs, where read; "
                    "at most: what the abstraction proves it can hold there)")
    out(f"\n{heading}:" + ("" if report.ranges else " none") + "\n")
    width = max((len(r.name) for r in report.ranges), default=0)
    for r in report.ranges:
        out(f"  {sanitize(r.name):<{width}}  {r.kind:<4}  {_range_text(r)}\n")

    if written:
        out("\nWitnesses written:\n")
        for what, path in written:
            out(f"  {sanitize(what)}: {sanitize(str(path))}\n")
    for _, message in problems:
        out(f"\nwitness: {sanitize(message)}\n")
    n, unknown = report.problems, report.open
    if n:
        out(f"\n{plural(n, 'problem')} found" + (f"; {plural(unknown, 'question')} open" if unknown else "")
            + ".\n")
    elif unknown:
        out(f"\nNo problem proven, but {plural(unknown, 'question')} "
            f"{'is' if unknown == 1 else 'are'} open.\n")
    else:
        out("\nNo problems found.\n")


def _status(finding) -> str:
    if finding.status == "proven":
        return f"proven by the {finding.method}" if finding.method else "proven"
    return finding.status


def _section(out, heading, items, describe, proven=""):
    if not items:
        out(f"\n{heading}: none" + (f" (proven by the {proven})" if proven and proven != "exhaustive search"
                                     else "") + "\n")
        return
    out(f"\n{heading}: {len(items):,}\n")
    for item in items:
        out(f"  {describe(item)}\n")


def _range_text(r) -> str:
    if r.never_read:
        text = "never read"
    elif r.low is None:
        text = "not seen"
    elif r.kind == "flag":
        text = show_value(r.low) if r.low == r.high else "false and true"
    elif r.kind == "text":
        text = show_value(r.low) if r.low == r.high else "more than one text"
    else:
        text = f"{show_value(r.low)}..{show_value(r.high)}"
    if not r.exact and not r.never_read and r.low is not None:
        text = "seen " + text
    notes = []
    if r.declared is not None:
        notes.append(f"declared {r.declared[0]}..{r.declared[1]}")
    if r.bound is not None and not r.never_read and r.kind != "text":
        low, high = r.bound
        if r.kind != "flag":
            notes.append(f"at most {show_value(low)}..{show_value(high)}")
        elif low == high:
            notes.append(f"always {show_value(bool(low))} where a condition reads it, proven")
    return text + (f"  ({'; '.join(notes)})" if notes else "")


# ----------------------------------------------------------------------- json

def _as_json(report, written, problems) -> dict:
    def clean(value):
        if isinstance(value, float) and value in (float("inf"), float("-inf")):
            return None
        if isinstance(value, (list, tuple)):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    body = attrs.asdict(report, recurse=True,
                        filter=lambda a, v: a.name not in ("search", "keys", "state", "codec"))
    body.pop("search", None)
    body["problems"] = report.problems
    body["open"] = report.open
    body["peak_bytes_per_state"] = round(report.peak_bytes / report.states) if report.states else 0
    body["witnesses"] = [{"what": what, "path": str(path)} for what, path in written]
    body["witness_problems"] = [message for _, message in problems]
    return clean(body)
