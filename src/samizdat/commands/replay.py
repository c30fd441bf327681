"""`samizdat replay PATH` and `samizdat replays`: play a recorded path back, check it, list finished ones."""
from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_parser(sub):
    p = sub.add_parser(
        "replay", help="replay a save or replay file",
        description="Replay a recorded path and show it as the player saw it; "
                    "with --check, test that it still reaches its recorded ending.")
    p.add_argument("path", metavar="PATH", help="a save or replay file (.json)")
    p.add_argument("--story", metavar="STORY",
                   help="the story to replay it on (default: the one it was recorded from)")
    p.add_argument("--transcript", metavar="FILE.md", help="write the transcript to FILE.md as Markdown")
    p.add_argument("--step", action="store_true", help="pause after each step until Enter")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="exit 1 unless it still reaches its recorded ending and final state")
    mode.add_argument("--update", action="store_true",
                      help="re-record the ending and final state after an intentional story edit")
    p.set_defaults(run=run)

    listing = sub.add_parser("replays", help="list the finished playthroughs kept as replays",
                             description="List the replays kept of every finished playthrough.")
    listing.add_argument("--save-dir", metavar="DIR", help="the save folder (default: the usual one)")
    listing.set_defaults(run=run_list)


# ------------------------------------------------------------------- replay

def run(args) -> int:
    from .. import saves
    from ..engine import Engine
    from ..replay import outcome_differences, outcome_of, replay
    from ..sanitize import sanitize

    try:
        playthrough = saves.read(args.path)
    except saves.SaveError as exc:
        return _fail(exc)
    loaded, code = _load_story(args, playthrough)
    if loaded is None:
        return code
    story = loaded.story
    engine = Engine(story)
    fingerprint = saves.fingerprint(story)
    if fingerprint != playthrough.fingerprint:
        _warn(f"{args.path}: warning: the story has changed since this path was recorded "
              f"(fingerprint {fingerprint}, recorded {playthrough.fingerprint}); "
              "replaying by choice ids")
    if saves.bounded_text(story.title) != playthrough.story_title:
        _warn(f"{args.path}: warning: it was recorded on '{sanitize(playthrough.story_title)}', "
              f"not '{sanitize(story.title)}'")

    replayed = replay(engine, playthrough)
    for moved in replayed.moved:
        _warn(f"{args.path}: note: step {moved.step}: the choice '{moved.recorded}' is now "
              f"'{moved.now}' (found by its text)"
              + ("" if args.update else "; --update records the new id"))
    if args.transcript or not (args.check or args.update):
        transcript = Transcript(engine, playthrough, replayed, args.path)
        if args.transcript:
            try:
                saves.write_atomically(args.transcript, transcript.markdown().encode("utf-8"))
            except saves.SaveError as exc:
                return _fail(exc)
            print(sanitize(f"wrote the transcript to {args.transcript}"))
        elif not transcript.show(sys.stdout, pause=_pauser() if args.step else None):
            return EXIT_OK  # the reader stopped it
    if not replayed.ok:
        _warn(f"{args.path}: error: the story no longer follows this path\n"
              + replayed.divergence.describe())
        return EXIT_PROBLEMS

    reached = outcome_of(engine, replayed.final)
    if args.update:
        from attrs import evolve

        updated = evolve(playthrough, story_title=story.title, fingerprint=fingerprint,
                         outcome=reached, steps=_steps_now(replayed, playthrough))
        try:
            saves.write(args.path, updated)
        except saves.SaveError as exc:
            return _fail(exc)
        print(sanitize(f"{args.path}: updated: {_reaches(reached)} in {_steps(playthrough.at)}"))
        return EXIT_OK
    if args.check:
        if playthrough.outcome is None:
            _warn(f"{args.path}: error: it records no outcome to check against\n"
                  "  = record the one it reaches now with: samizdat replay PATH --update")
            return EXIT_PROBLEMS
        differences = outcome_differences(playthrough.outcome, reached)
        if differences:
            _warn(f"{args.path}: error: the replay no longer reaches its recorded outcome\n"
                  + "\n".join(f"  {sanitize(d)}" for d in differences)
                  + "\n  = if the story was changed on purpose, record the new outcome with --update")
            return EXIT_PROBLEMS
        print(sanitize(f"{args.path}: ok: {_reaches(reached)} in {_steps(playthrough.at)}"))
    return EXIT_OK


def _steps_now(replayed, playthrough):
    """The recorded steps as the story names them now: ids, texts and places brought up to date.

    Steps after the save's position (kept for undo) are left as they were.
    """
    from ..explorer.witness import step_of

    moved = {m.step: m.now for m in replayed.moved}
    steps = list(playthrough.steps)
    for number, turn in enumerate(replayed.turns[:-1], 1):
        recorded = steps[number - 1]
        steps[number - 1] = step_of(turn, moved.get(number, recorded.choice),
                                    recorded.text if turn.page.prompt is not None else None)
    return tuple(steps)


def _load_story(args, playthrough):
    """The compiled story to replay on, or (None, exit code) after saying why not."""
    from .. import files, paths, saves
    from ..pipeline import compile_story
    from ..sanitize import sanitize
    from .check import print_diagnostics

    if args.story:
        candidates = [Path(args.story)]
    else:
        candidates = []
        unusable = None  # why the recorded path cannot even be looked at
        if playthrough.story_path:
            recorded = Path(playthrough.story_path)
            if not recorded.is_absolute():
                recorded = Path(args.path).parent / recorded
            try:
                if files.status(recorded) is not None:
                    candidates.append(recorded)
            except files.FileProblem as exc:
                unusable = exc.problem
        if not candidates:
            bundled = compile_story(paths.bundled_story())
            if (bundled.story is not None
                    and saves.bounded_text(bundled.story.title) == playthrough.story_title):
                return bundled, EXIT_OK
            made_from = f"it was made from {files.shown(playthrough.story_path or '')}"
            where = (f"{made_from}, which is not there" if playthrough.story_path and not unusable
                     else f"{made_from}, which cannot be used here: {unusable}" if unusable
                     else "it does not say where the story was")
            _warn(f"{args.path}: error: cannot find the story '{sanitize(playthrough.story_title)}' "
                  f"({where})\n  = name the story with --story STORY")
            return None, EXIT_USAGE
    loaded = compile_story(candidates[0])
    if loaded.story is None:
        print_diagnostics(loaded, sys.stderr)
        _warn(f"{args.path}: error: cannot replay on {files.shown(candidates[0])}: "
              + ("it cannot be read" if loaded.io_failure else "the story has errors"))
        return None, EXIT_USAGE if loaded.io_failure else EXIT_PROBLEMS
    return loaded, EXIT_OK


def _reaches(outcome) -> str:
    from ..sanitize import sanitize

    if outcome.ending:
        return f"reaches the ending '{sanitize(outcome.ending)}'"
    return f"stops in scene '{outcome.scene}'"


def _steps(count: int) -> str:
    return f"{count} step" if count == 1 else f"{count} steps"


def _fail(exc) -> int:
    from ..files import shown

    _warn(f"{shown(exc.path)}: error: {exc.problem}")
    return EXIT_USAGE


def _warn(message: str) -> None:
    from ..sanitize import sanitize

    print(sanitize(message), file=sys.stderr)


def _pauser():
    """Waits for Enter after each step; False means the reader asked to stop.

    At a terminal it prompts; otherwise it reads one line per step, and once
    the input runs out it stops pausing, so `--step < /dev/null` just runs.
    """
    interactive = sys.stdin.isatty()
    exhausted = False

    def pause() -> bool:
        nonlocal exhausted
        if exhausted:
            return True
        if interactive:
            print("-- Enter for the next step, q to stop --", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            exhausted = True
            return True
        return line.strip().lower() not in ("q", "quit")

    return pause


# --------------------------------------------------------------- transcript

class Transcript:
    """The replay as the player saw it: each page, the choice taken, then the stats and ending."""

    def __init__(self, engine, playthrough, replayed, source, intro=None):
        self.engine = engine
        self.playthrough = playthrough
        self.replayed = replayed
        self.source = str(source)
        self.intro = intro  # the line under the title; by default, which file is replayed

    def pages(self):
        """(page, text of the choice taken or None) along the replayed path."""
        turns = self.replayed.turns
        moved = {m.step: m.now for m in self.replayed.moved}
        for number, turn in enumerate(turns):
            page = turn.page
            taken = None
            if number + 1 < len(turns):
                step = self.playthrough.steps[number]
                choice_id = moved.get(number + 1, step.choice)
                taken = next((c.text for c in page.choices if c.id == choice_id), choice_id)
                if page.prompt is not None:  # a question: what was typed
                    taken = step.text
            yield page, taken

    def stats(self):
        from .. import model as m

        final = self.replayed.final
        return [(d.label, value) for d, value in zip(self.engine.declarations, final.values)
                if isinstance(d, m.Stat)]

    def show(self, out, pause=None) -> bool:
        """Print to the terminal; False if the reader stopped it at a pause."""
        import shutil
        import textwrap

        from .. import emphasis
        from ..sanitize import sanitize

        width = min(80, shutil.get_terminal_size((80, 24)).columns)
        p = self.playthrough
        print(sanitize(p.story_title), file=out)
        print(f"replay of {sanitize(self.source)}: seed {p.seed}, {_steps(p.at)}", file=out)
        for page, taken in self.pages():
            for section in page.sections:
                if section.arrived:
                    print(file=out)
                    print(f"== {sanitize(section.heading or section.scene)} ==", file=out)
                for paragraph in section.paragraphs:
                    print(file=out)
                    print(textwrap.fill(sanitize(emphasis.strip(paragraph)), width), file=out)
            if taken is not None:
                if page.prompt is not None:
                    print(file=out)
                    print(sanitize(page.prompt.question), file=out)
                print(file=out)
                print(f"> {sanitize(taken)}", file=out)
                if pause is not None:
                    out.flush()
                    if not pause():
                        return False
        if self.replayed.ok:
            print(file=out)
            print(self._end_line(sanitize), file=out)
            for label, value in self.stats():
                print(f"  {sanitize(label)}: {value}", file=out)
        return True

    def _end_line(self, sanitize) -> str:
        final = self.replayed.final_turn.page
        if final.is_ending:
            return f"Ending reached: {sanitize(final.ending)}"
        return f"No ending yet: the path stops in scene '{final.scene}' after {_steps(self.playthrough.at)}"

    def markdown(self) -> str:
        from .. import emphasis
        from ..sanitize import sanitize

        p = self.playthrough
        intro = self.intro or f"Replay of `{sanitize(Path(self.source).name)}`: seed {p.seed}, {_steps(p.at)}."
        lines = [f"# {sanitize(p.story_title)}", "", intro, ""]
        for page, taken in self.pages():
            for section in page.sections:
                if section.arrived:
                    lines += [f"## {sanitize(section.heading or section.scene)}", ""]
                for paragraph in section.paragraphs:
                    lines += [sanitize(emphasis.to_markdown(paragraph)), ""]
            if taken is not None:
                if page.prompt is not None:
                    lines += [sanitize(page.prompt.question), ""]
                lines += [f"> **{sanitize(emphasis.strip(taken))}**", ""]
        if self.replayed.ok:
            lines += ["---", "", f"**{self._end_line(sanitize)}**", ""]
            stats = self.stats()
            if stats:
                lines += ["| Stat | Value |", "| --- | ---: |"]
                lines += [f"| {sanitize(label)} | {value} |" for label, value in stats]
                lines.append("")
        else:
            lines += ["---", "", "**The story no longer follows this path:**", "", "```",
                      sanitize(self.replayed.divergence.describe()), "```", ""]
        return "\n".join(lines)


# ------------------------------------------------------------------ replays

def run_list(args) -> int:
    from .. import files, paths, saves
    from ..sanitize import sanitize

    folder = saves.replays_dir(paths.save_dir(args.save_dir))
    kept = saves.list_files(folder)
    if not kept:
        print(sanitize(f"no finished playthroughs kept in {folder} yet"))
        return EXIT_OK
    rows = []
    for path in kept:
        try:
            p = saves.read(path)
        except saves.SaveError as exc:
            _warn(f"{files.shown(exc.path)}: warning: skipped: {exc.problem}")
            continue
        except Exception as exc:  # a bug reading one file must not hide the others
            _warn(f"{files.shown(path)}: warning: skipped: it could not be read "
                  f"({type(exc).__name__}: {exc}); this is a bug in samizdat")
            continue
        date = (p.created or "").replace("T", " ").removesuffix("Z")
        ending = p.outcome.ending if p.outcome and p.outcome.ending else "(no ending)"
        rows.append((date, sanitize(p.story_title), sanitize(ending), str(p.at), sanitize(path.name)))
    header = ("date (UTC)", "story", "ending", "steps", "file")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    for row in [header] + rows:
        cells = [cell.rjust(w) if i == 3 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        print("  ".join(cells).rstrip())
    return EXIT_OK
