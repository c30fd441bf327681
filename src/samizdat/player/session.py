"""One reading of a story: the path taken, undo, saves and the prompt's commands.

Both faces (plain and terminal) drive a `Session`: they show its pages and
hand it what the reader typed; it answers with a `Reply` to show. The game
itself is the engine's: the session keeps the list of States the reader went
through (States are immutable, so undo is dropping the last few) and the
choice ids between them, which is all a save is.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Optional

from attrs import define, field

from ..engine import Engine, StoryError
from ..sanitize import sanitize
from . import store as saving
from .changes import describe_changes
from .text import stats_lines

AFTERWORD = "AFTERWORD.md"

COMMANDS = {
    "help": "help: list the commands",
    "stats": "stats: show every stat",
    "save": f"save [slot]: save the game (slot '{saving.QUICK_SLOT}' if you name none)",
    "load": f"load [slot]: go back to a saved game ('{saving.AUTOSAVE}' is where you last were)",
    "saves": "saves: list the saved games",
    "undo": "undo [n]: take back the last choice, or the last n",
    "restart": "restart: begin the story again",
    "history": "history: the story so far",
    "endings": "endings: the endings you have reached",
    "afterword": "afterword: the writer's afterword, when the story has one",
    "reload": "reload: read the story again from disk and replay your path (for writers)",
    "quit": "quit: leave (your place is saved)",
}


@define
class Reply:
    lines: list = field(factory=list)  # messages to show, already sanitized
    changes: list = field(factory=list)  # what the last choice changed, in words
    new_page: bool = False  # the current page changed and should be shown
    after: list = field(factory=list)  # messages to show below the new page
    quit: bool = False
    problem: bool = False  # `lines` explain why nothing happened


class Session:
    def __init__(self, story_path, story, store: "saving.Store", seed: int, *,
                 seed_fixed: bool = False, start_at: Optional[str] = None,
                 start_values: Optional[dict] = None):
        self.story_path = story_path
        self.store = store
        self.seed = seed
        self.seed_fixed = seed_fixed
        self.start_at = start_at
        self.start_values = dict(start_values or {})
        # A writer's test run (--from, --set) must not replace the reader's game.
        self.autosave_slot = saving.WRITER_AUTOSAVE if (start_at or start_values) else saving.AUTOSAVE
        self.warnings = []  # problems to tell the reader once (e.g. the save folder is read-only)
        self._reported = set()
        self.place_saved = True  # did the last autosave work?
        self._use(story)
        self.states = [self.engine.start(seed, start_at, self.start_values)]
        self.steps = []
        self._kept_previous = False

    def _use(self, story):
        self.story = story
        self.engine = Engine(story)
        self._pages = {}

    # ----------------------------------------------------------------- reading

    @property
    def state(self):
        return self.states[-1]

    @property
    def page(self):
        return self.page_of(self.state)

    def page_of(self, state):
        page = self._pages.get(state)
        if page is None:
            if len(self._pages) > 256:
                self._pages.clear()
            page = self._pages[state] = self.engine.page(state)
        return page

    @property
    def title(self) -> str:
        return sanitize(self.story.title)

    def endings_count(self):
        reached = self.store.endings_reached()
        known = {s.id for s in self.story.endings}
        return len(known & set(reached)), len(known)

    # ----------------------------------------------------------------- choosing

    def handle(self, line: str) -> Reply:
        """What the reader typed at the prompt: a choice's number or a command."""
        words = line.split()
        if not words:
            return Reply(["Type the number of a choice, or 'help' for the commands."], problem=True)
        if words[0].isdigit() and len(words) == 1:
            return self.choose_number(int(words[0]))
        name, args = words[0].lower(), words[1:]
        if name not in COMMANDS:
            return self._unknown(words[0])
        return getattr(self, f"do_{name}")(args)

    def choose_number(self, number: int) -> Reply:
        choices = self.page.choices
        if self.page.is_ending:
            return Reply(["The story has ended here: try 'undo', 'restart' or 'quit'."], problem=True)
        if not 1 <= number <= len(choices):
            if not choices:
                return Reply(["There is no way on from here: try 'undo' or 'restart'."], problem=True)
            return Reply([f"Choose a number from 1 to {len(choices)}, or type 'help'."], problem=True)
        choice = choices[number - 1]
        if not choice.available:
            reason = sanitize(choice.reason or "It is not possible now.")
            return Reply([f"Not now: {reason}"], problem=True)
        return self.choose(choice.id)

    def choose(self, choice_id: str) -> Reply:
        before = self.state
        view = next((c for c in self.page.choices if c.id == choice_id), None)
        try:
            after = self.engine.choose(before, choice_id)
        except StoryError as exc:
            return Reply([f"The story cannot go on that way: {sanitize(str(exc))}"], problem=True)
        self.states.append(after)
        self.steps.append(saving.step(before.scene, choice_id, view.text if view else choice_id))
        reply = Reply(changes=describe_changes(self.story.declarations, before, after), new_page=True)
        self._after_move(reply)
        return reply

    def _after_move(self, reply: Reply):
        """Autosave, and at an ending note it and keep the finished playthrough."""
        page = self.page
        if not page.is_ending:
            self._autosave()
            return
        self._try(lambda: self.store.record_ending(page.scene, page.ending))
        self._try(lambda: self.store.keep_finished(self.playthrough(finished=True)))
        self._try(lambda: self.store.delete(self.autosave_slot))
        found, total = self.endings_count()
        reply.after.append(f"You have found {found} of {total} ending{'s' if total != 1 else ''}."
                           " Type 'restart' to play again, 'undo' to go back, or 'quit'.")
        if self.afterword_path() is not None:
            reply.after.append("Type 'afterword' to read the writer's afterword.")

    def _autosave(self):
        if self.autosave_slot == saving.AUTOSAVE and not self._kept_previous:
            # The first autosave of a new game would replace the old one: keep it aside.
            self._kept_previous = True
            self._try(lambda: self.store.set_aside(saving.AUTOSAVE, saving.PREVIOUS))
        self.place_saved = self._try(lambda: self.store.write(self.autosave_slot, self.playthrough()))

    def _try(self, action) -> bool:
        try:
            action()
            return True
        except saving.SaveError as exc:
            self._warn(f"Could not save: {exc}")
        except OSError as exc:
            self._warn(f"Could not write to the save folder {self.store.folder}: {exc.strerror or exc}")
        return False

    def _warn(self, message):
        message = sanitize(message)
        if message not in self._reported:  # once a session: it would repeat after every choice
            self._reported.add(message)
            self.warnings.append(message)

    def farewell(self) -> str:
        if self.page.is_ending or not self.steps:
            return "Goodbye."
        if not self.place_saved:
            return "Your place could not be saved. Goodbye."
        return "Your place is saved. Goodbye."

    def take_warnings(self) -> list:
        warnings, self.warnings = self.warnings, []
        return warnings

    def playthrough(self, finished: bool = False):
        return self.playthrough_on(self.engine, finished)

    def playthrough_on(self, engine, finished: bool = False):
        return saving.playthrough(engine, self.story_path, self.seed, self.steps, self.start_at,
                                  self.start_values, self.state if finished else None)

    # ----------------------------------------------------------------- commands

    def _unknown(self, word):
        word = sanitize(word)
        close = difflib.get_close_matches(word.lower(), COMMANDS, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else " Type 'help' for the commands."
        return Reply([f"There is no command '{word}'.{hint}"], problem=True)

    def do_help(self, args):
        lines = ["Type the number of a choice, or one of these commands:"]
        lines += [f"  {usage}" for usage in COMMANDS.values()]
        return Reply(lines)

    def do_stats(self, args):
        lines = stats_lines(self.story, self.state, 1)
        return Reply(lines or ["This story keeps no stats."])

    def do_save(self, args):
        slot, problem = self._slot(args, saving.QUICK_SLOT)
        if problem:
            return problem
        if slot in (saving.AUTOSAVE, saving.WRITER_AUTOSAVE):
            return Reply([f"'{slot}' is kept by the player itself; choose another name."], problem=True)
        try:
            self.store.write(slot, self.playthrough())
        except saving.SaveError as exc:
            return Reply([sanitize(f"Could not save: {exc}")], problem=True)
        return Reply([f"Saved as '{slot}'."])

    def do_load(self, args):
        slot, problem = self._slot(args, saving.QUICK_SLOT)
        if problem:
            return problem
        if not self.store.exists(slot):
            return Reply([f"There is no save called '{slot}'. Type 'saves' to see them."], problem=True)
        try:
            playthrough = self.store.read(slot)
        except saving.SaveError as exc:
            return Reply([sanitize(str(exc))], problem=True)
        reply = self.resume(playthrough)
        reply.lines.insert(0, f"Loaded '{slot}'.")
        return reply

    def resume(self, playthrough) -> Reply:
        """Take up a saved playthrough: its seed, start and path, replayed in this story."""
        states, steps, divergence = saving.replay_path(self.engine, playthrough)
        reply = self._divergence_reply(divergence)
        if states is None:
            reply.lines.append("Staying where you were.")
            reply.problem = True
            return reply
        self.seed = playthrough.seed
        self.start_at = playthrough.start_at
        self.start_values = dict(playthrough.start_values)
        self._kept_previous = True
        self._move_to(states, steps)
        reply.new_page = True
        return reply

    def _divergence_reply(self, divergence) -> Reply:
        reply = Reply()
        if divergence:
            reply.lines.append("The story has changed since; it parts from the saved path here:")
            reply.lines.extend(sanitize(divergence).split("\n"))
        return reply

    def _move_to(self, states, steps):
        self.states, self.steps = states, steps
        if not self.page.is_ending:
            self._autosave()

    def do_saves(self, args):
        slots = self.store.slots()
        if not slots:
            return Reply(["No saved games yet."])
        return Reply(["Saved games:"] + [f"  {sanitize(name)}  ({when})" for name, when in slots])

    def do_undo(self, args):
        count = 1
        if args:
            if not args[0].isdigit() or int(args[0]) < 1:
                return Reply(["Say how many choices to take back, e.g. 'undo 2'."], problem=True)
            count = int(args[0])
        if not self.steps:
            return Reply(["Nothing to undo: this is where the story begins."], problem=True)
        count = min(count, len(self.steps))
        del self.states[-count:]
        del self.steps[-count:]
        self._autosave()
        return Reply([f"Took back {count} choice{'s' if count != 1 else ''}."], new_page=True)

    def do_restart(self, args):
        if not self.seed_fixed:
            self.seed = saving.new_seed()
        try:
            start = self.engine.start(self.seed, self.start_at, self.start_values)
        except StoryError as exc:
            return Reply([sanitize(str(exc))], problem=True)
        self.states, self.steps = [start], []
        self._autosave()
        return Reply(["From the beginning."], new_page=True)

    def do_history(self, args):
        lines = []
        for index, state in enumerate(self.states):
            page = self.page_of(state)
            if page.heading:
                lines.append(f"== {sanitize(page.heading)} ==")
            lines.extend(sanitize(p) for p in page.paragraphs)
            if index < len(self.steps):
                lines.append(f"> {sanitize(self.steps[index].text)}")
            lines.append("")
        return Reply(lines[:-1])

    def do_endings(self, args):
        reached = self.store.endings_reached()
        endings = [s for s in self.story.endings if s.id in reached]
        total = len(self.story.endings)
        lines = [f"You have found {len(endings)} of {total} ending{'s' if total != 1 else ''}."]
        lines += [f"  {sanitize(s.heading or s.id)}" for s in endings]
        return Reply(lines)

    def afterword_path(self):
        """AFTERWORD.md beside the story's main file, if the story has one."""
        folder = Path(self.story_path)
        if not folder.is_dir():
            folder = folder.parent
        path = folder / AFTERWORD
        return path if path.is_file() else None

    def do_afterword(self, args):
        path = self.afterword_path()
        if path is None:
            return Reply(["This story has no afterword."], problem=True)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            return Reply([f"Could not read the afterword: {exc.strerror or exc}"], problem=True)
        # Markdown headings and emphasis marks read as clutter in a terminal.
        lines = [sanitize(line.lstrip("#").strip().replace("**", "").replace("*", "")) for line in text.splitlines()]
        return Reply(lines)

    def do_reload(self, args):
        from ..diagnostics import format_text
        from ..pipeline import compile_story

        loaded = compile_story(self.story_path, use_cache=True)
        if loaded.story is None:
            lines = ["The story has errors; still playing the version read before:"]
            for diagnostic in loaded.diagnostics:
                if diagnostic.is_error:
                    source = loaded.sources.get(diagnostic.file)
                    lines += format_text(diagnostic, source.split("\n") if source else None).split("\n")
            return Reply([sanitize(line) for line in lines], problem=True)
        old = self.engine
        self._use(loaded.story)
        states, steps, divergence = saving.replay_path(self.engine, self.playthrough_on(old))
        reply = self._divergence_reply(divergence)
        if states is None:
            self._use(old.story)
            reply.lines.append("Still playing the version read before.")
            reply.problem = True
            return reply
        self._move_to(states, steps)
        count = len(self.steps)
        reply.lines.insert(0, f"Reloaded the story and replayed {count} choice{'s' if count != 1 else ''}.")
        reply.new_page = True
        return reply

    def do_quit(self, args):
        return Reply(quit=True)

    def _slot(self, args, default):
        if len(args) > 1:
            return None, Reply(["A save's name is one word, e.g. 'save before_the_vote'."], problem=True)
        slot = args[0] if args else default
        if not saving.valid_slot(slot):
            return None, Reply([f"'{sanitize(slot)}' cannot name a save: use letters, digits, '-' and '_'"
                                f" (at most {saving.MAX_SLOT} characters)."], problem=True)
        return slot, None
