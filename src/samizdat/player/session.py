"""One reading of a story: the path taken, undo, saves and the prompt's commands.

Both faces (plain and terminal) drive a `Session`: they show its pages and
hand it what the reader typed; it answers with a `Reply` to show. The game
itself is the engine's: the session keeps the `trail` of Turns (a state and
the page shown there) the reader went through (States are immutable, so undo
is dropping the last few) and the choice ids between them, which is all a
save is.

What the reader types means the same in both faces: a choice's number, some
words of a choice, or a command. An empty line never takes a choice.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple, Optional

from ..engine import ANSWER_ID, Engine, StoryError
from ..sanitize import sanitize
from . import store as saving
from .changes import describe_changes

AFTERWORD = "AFTERWORD.md"
TRANSCRIPT = "transcript.md"

COMMANDS = {
    "help": "help: list the commands",
    "stats": "stats: every stat, the endings found so far (F2 in the full-screen player)",
    "save": f"save [name]: save the game (as '{saving.QUICK_SLOT}' if you name none)",
    "load": f"load [name]: go back to a saved game ('{saving.AUTOSAVE}' is where you last were)",
    "saves": "saves: list the saved games, where each stands",
    "undo": "undo [n]: take back the last choice, or the last n (or a restart)",
    "restart": "restart: begin the story again (asks first; undo takes it back)",
    "history": "history: the story so far, with the choices you made",
    "transcript": f"transcript [FILE]: the story so far, as Markdown (to {TRANSCRIPT})",
    "endings": "endings: the endings you have reached",
    "afterword": "afterword: the writer's afterword, when the story has one",
    "reload": "reload: read the story again from disk and replay your path (for writers)",
    "quit": "quit: leave (your place is saved)",
}

EMPTY_LINE = "Type a choice's number or some of its words, or 'help' for the commands."
NUMBER = re.compile(r"[0-9]+")  # ASCII digits only: "²".isdigit() is true, int("²") fails


def number(digits: str) -> int:
    """What a string of ASCII digits says; a very long one is just very large (int()
    refuses strings of more than 4300 digits)."""
    return int(digits) if len(digits) < 10 else 10 ** 10
YES, NO = ("y", "yes"), ("n", "no")


class Reply:
    """What the session answers to a line: for the face to show."""

    __slots__ = ("lines", "changes", "new_page", "after", "quit", "problem", "taken", "question", "show")

    def __init__(self, lines=None, changes=None, new_page=False, after=None, quit=False,
                 problem=False, taken=None, question=False, show=None):
        self.lines = list(lines or [])  # messages to show
        self.changes = list(changes or [])  # what the last choice changed, in words
        self.new_page = new_page  # the current page changed and should be shown
        self.after = list(after or [])  # messages to show below the new page
        self.quit = quit
        self.problem = problem  # `lines` explain why nothing happened
        self.taken: Optional[str] = taken  # the text of the choice just taken
        self.question = question  # `lines` ask a yes-or-no question: the next line answers it
        self.show: Optional[str] = show  # "stats" or "history": for the face to lay out at its width

    def __repr__(self):
        return "Reply(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__) + ")"


class _Game(NamedTuple):
    """A game set aside by `restart`, for `undo` to bring back."""
    seed: int
    trail: list
    steps: list


class Session:
    def __init__(self, story_path, story, store: "saving.Store", seed: int, *,
                 seed_fixed: bool = False, start_at: Optional[str] = None,
                 start_values: Optional[dict] = None, interactive: bool = True):
        self.story_path = story_path
        self.store = store
        self.seed = seed
        self.seed_fixed = seed_fixed
        self.start_at = start_at
        self.start_values = dict(start_values or {})
        # The reader's autosave is only for games played by a person at a terminal:
        # a writer's test run (--from, --set) or a run fed from a pipe keeps its own.
        if start_at or start_values:
            self.autosave_slot = saving.WRITER_AUTOSAVE
        elif not interactive:
            self.autosave_slot = saving.PIPED_AUTOSAVE
        else:
            self.autosave_slot = saving.AUTOSAVE
        self.warnings = []  # problems to tell the reader once (e.g. the save folder is read-only)
        self._reported = set()
        self.place_saved = True  # did the last autosave work?
        self._use(story)
        self.trail = [self.engine.begin(seed, start_at, self.start_values)]
        self.steps = []
        self.restarts = []  # games set aside by `restart`, latest last
        self.endings_here = {}  # endings reached in this session: id -> title
        self._pending = None  # what a yes to the question asked will do
        self._kept_previous = False

    def _use(self, story):
        self.story = story
        self.engine = Engine(story)

    # ----------------------------------------------------------------- reading

    @property
    def state(self):
        return self.trail[-1].state

    @property
    def page(self):
        return self.trail[-1].page

    @property
    def states(self) -> list:
        return [stop.state for stop in self.trail]

    @property
    def title(self) -> str:
        return sanitize(self.story.title)

    @property
    def asking(self) -> bool:
        """A yes-or-no question is waiting for its answer."""
        return self._pending is not None

    def endings_found(self) -> tuple:
        """(titles of the story's endings this reader has found, the number of endings)."""
        reached = dict(self.store.endings_reached())
        reached.update(self.endings_here)
        return tuple(s.heading or s.id for s in self.story.endings if s.id in reached), len(self.story.endings)

    def endings_count(self):
        found, total = self.endings_found()
        return len(found), total

    def last_changes(self) -> list:
        if len(self.trail) < 2:
            return []
        return describe_changes(self.story.declarations, self.trail[-2].state, self.trail[-1].state)

    def history_entries(self) -> list:
        """(page, text of the choice taken there or None, what it changed) along the path."""
        entries = []
        for index, stop in enumerate(self.trail):
            if index < len(self.steps):
                after = self.trail[index + 1].state
                entries.append((stop.page, self.steps[index].text,
                                describe_changes(self.story.declarations, stop.state, after)))
            else:
                entries.append((stop.page, None, []))
        return entries

    # ----------------------------------------------------------------- choosing

    def handle(self, line: str) -> Reply:
        """What the reader typed: an answer, a choice's number or words, or a command."""
        words = line.split()
        if self._pending is not None:
            return self._answer(words, line)
        if self.page.prompt is not None:
            # The story asked for a text: whatever is typed is the answer, but a
            # line that starts with a command's name could be either, so it asks.
            if words and words[0].lower() in COMMANDS:
                return self._answer_or_command(line.strip(), words[0].lower(), words[1:])
            return self.choose(ANSWER_ID, answer=line.strip() or None)
        if not words:
            return self._ended() if self.page.is_ending else Reply([EMPTY_LINE], problem=True)
        if len(words) == 1 and NUMBER.fullmatch(words[0]):
            return self.choose_number(number(words[0]))
        name, args = words[0].lower(), words[1:]
        if name in COMMANDS:
            return getattr(self, f"do_{name}")(args)
        return self.choose_words(line)

    def choose_number(self, number: int) -> Reply:
        choices = self.page.choices
        if self.page.is_ending:
            return self._ended()
        if not 1 <= number <= len(choices):
            if not choices:
                return Reply(["There is no way on from here: try 'undo' or 'restart'."], problem=True)
            return Reply([f"Choose a number from 1 to {len(choices)}, or type 'help'."], problem=True)
        return self.choose_view(choices[number - 1])

    def choose_view(self, choice) -> Reply:
        if not choice.available:
            reason = sanitize(choice.reason or "It is not possible now.")
            return Reply([f"Not now: {reason}"], problem=True)
        return self.choose(choice.id)

    def choose_words(self, text: str) -> Reply:
        """Take the one choice whose words the reader typed (the start of each is enough)."""
        page = self.page
        matches = choices_matching(text, page.choices)
        if matches and page.is_ending:
            return self._ended()
        available = [i for i in matches if page.choices[i].available]
        if len(available) == 1:
            return self.choose(page.choices[available[0]].id)
        if len(matches) == 1:
            return self.choose_view(page.choices[matches[0]])
        if matches:
            lines = ["Which one do you mean? Type its number, or more of its words:"]
            lines += [f"  {i + 1}. {sanitize(page.choices[i].text)}" for i in (available or matches)]
            return Reply(lines, problem=True)
        word = sanitize(text.split()[0])
        close = difflib.get_close_matches(word.lower(), COMMANDS, n=1)
        if close:
            return Reply([f"There is no command '{word}'. Did you mean '{close[0]}'?"], problem=True)
        if page.is_ending:
            return self._ended()
        return Reply([f"No choice matches '{sanitize(text.strip())}'. {EMPTY_LINE}"], problem=True)

    def _ended(self) -> Reply:
        return Reply(["The story has ended here: try 'undo', 'restart' or 'quit'."], problem=True)

    def choose(self, choice_id: str, answer: Optional[str] = None) -> Reply:
        """Take a choice (at a question, "answer": `answer` is the text typed, None
        keeps the one shown)."""
        from ..explorer.witness import step_of

        turn = self.trail[-1]
        view = next((c for c in self.page.choices if c.id == choice_id), None)
        try:
            after = self.engine.take(turn, choice_id, answer)
        except StoryError as exc:
            return Reply([f"The story cannot go on that way: {sanitize(str(exc))}"], problem=True)
        step = step_of(turn, choice_id, answer)
        text = step.text if view else choice_id
        self.trail.append(after)
        self.steps.append(step)
        reply = Reply(changes=describe_changes(self.story.declarations, turn.state, after.state),
                      new_page=True, taken=sanitize(text))
        self._after_move(reply)
        return reply

    def _after_move(self, reply: Reply):
        """Autosave; at an ending note it and keep the finished playthrough.

        The autosave is deleted only once the finished replay that replaces it
        is safely written: a full disk must not lose the game.
        """
        page = self.page
        if not page.is_ending:
            self._autosave()
            return
        self.endings_here[page.scene] = page.ending
        recorded = self._try(lambda: self.store.record_ending(page.scene, page.ending),
                             "Could not record this ending among those you have found")
        kept = self._try(lambda: self.store.keep_finished(self.playthrough(finished=True)),
                         "Could not keep this finished game as a replay")
        if kept:
            self._try(lambda: self.store.delete(self.autosave_slot), "Could not tidy up the autosave")
        elif self.store.exists(self.autosave_slot):
            reply.after.append(f"Your game is still in the save '{self.autosave_slot}', as it was"
                               " before this last choice: nothing is lost.")
        found, total = self.endings_count()
        unrecorded = "" if recorded else " (this one is not recorded on disk)"
        reply.after.append(f"You have found {found} of {total} ending{'s' if total != 1 else ''}"
                           f"{unrecorded}. Type 'restart' to play again, 'undo' to go back, or 'quit'.")
        if self.afterword_path() is not None:
            reply.after.append("Type 'afterword' to read the writer's afterword.")

    def _autosave(self):
        if self.autosave_slot == saving.AUTOSAVE and not self._kept_previous:
            # The first autosave of a new game would replace the old one: keep it aside.
            self._kept_previous = True
            self._try(lambda: self.store.set_aside(saving.AUTOSAVE, saving.PREVIOUS))
        self.place_saved = self._try(lambda: self.store.write(self.autosave_slot, self.playthrough()))

    def _try(self, action, what: str = "Could not save") -> bool:
        try:
            action()
            return True
        except saving.SaveError as exc:
            self._warn(f"{what}: {exc}")
        except OSError as exc:
            self._warn(f"{what}: the save folder {self.store.folder}: {exc.strerror or exc}")
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
        if self.autosave_slot != saving.AUTOSAVE:
            return f"Your place is saved as '{self.autosave_slot}'. Goodbye."
        return "Your place is saved. Goodbye."

    def take_warnings(self) -> list:
        warnings, self.warnings = self.warnings, []
        return warnings

    def playthrough(self, finished: bool = False):
        return self.playthrough_on(self.engine, finished)

    def playthrough_on(self, engine, finished: bool = False):
        return saving.playthrough(engine, self.story_path, self.seed, self.steps, self.start_at,
                                  self.start_values, self.state if finished else None)

    # --------------------------------------------------------------- questions

    def ask(self, question: str, on_yes, declined: str, on_no=None, default_yes=False) -> Reply:
        """Ask a yes-or-no question; the next line typed answers it.

        An empty line is the default answer; a line that is neither yes nor no
        declines and is then taken as what it says.
        """
        self._pending = (on_yes, on_no, declined, default_yes)
        return Reply([question], question=True)

    def _answer_or_command(self, typed: str, name: str, args) -> Reply:
        shown = sanitize(typed if len(typed) <= 60 else typed[:57] + "...")
        return self.ask(f"Is '{shown}' your answer? [y/N] (no: the command '{name}')",
                        lambda: self.choose(ANSWER_ID, answer=typed),
                        "Not your answer, then.",
                        on_no=lambda: getattr(self, f"do_{name}")(args))

    def _answer(self, words, line) -> Reply:
        on_yes, on_no, declined, default_yes = self._pending
        self._pending = None
        answer = " ".join(words).lower()
        if answer in YES or (default_yes and not words):
            return on_yes()
        reply = on_no() if on_no is not None else Reply()
        reply.lines.insert(0, declined)
        if answer in NO or not words:
            return reply
        other = self.handle(line)  # not an answer: taken as what it says
        other.lines[:0] = reply.lines
        other.new_page = other.new_page or reply.new_page
        return other

    # ----------------------------------------------------------------- commands

    def do_help(self, args):
        lines = ["Type a choice's number or some of its words, or one of these commands:"]
        lines += [f"  {usage}" for usage in COMMANDS.values()]
        return Reply(lines)

    def do_stats(self, args):
        return Reply(show="stats")

    def do_save(self, args):
        slot, problem = self._slot(args, saving.QUICK_SLOT)
        if problem:
            return problem
        if slot in saving.KEPT_BY_PLAYER or slot == saving.PREVIOUS:
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
        turns, steps, divergence = saving.replay_path(self.engine, playthrough)
        reply = self._divergence_reply(divergence)
        if turns is None:
            reply.lines.append("Staying where you were.")
            reply.problem = True
            return reply
        self.seed = playthrough.seed
        self.start_at = playthrough.start_at
        self.start_values = dict(playthrough.start_values)
        self._kept_previous = True
        self._move_to(turns, steps)
        reply.new_page = True
        return reply

    def _divergence_reply(self, divergence) -> Reply:
        reply = Reply()
        if divergence:
            reply.lines.append("The story has changed since; it parts from the saved path here:")
            reply.lines.extend(sanitize(divergence).split("\n"))
        return reply

    def _move_to(self, trail, steps):
        self.trail, self.steps = trail, steps
        if not self.page.is_ending:
            self._autosave()

    def do_saves(self, args):
        games = self.store.saved_games(self.engine)
        if not games:
            return Reply(["No saved games yet."])
        width = max(len(g.name) for g in games)
        lines = ["Saved games, newest first:"]
        for game in games:
            lines.append(f"  {sanitize(game.name).ljust(width)}  saved {game.when}")
            if game.heading is not None:
                lines.append(f"      turn {game.turn}: {sanitize(game.heading)} ({sanitize(game.file)})")
            if game.problem:
                lines.append(f"      {sanitize(game.problem)}")
        return Reply(lines)

    def do_undo(self, args):
        count = 1
        if args:
            if len(args) > 1 or not NUMBER.fullmatch(args[0]) or number(args[0]) < 1:
                return Reply(["Say how many choices to take back, e.g. 'undo 2'."], problem=True)
            count = number(args[0])
        if not self.steps:
            if self.restarts:
                game = self.restarts.pop()
                self.seed, self.trail, self.steps = game.seed, game.trail, game.steps
                self._autosave()
                return Reply(["Took back the restart: you are where you were before it."],
                             new_page=True)
            return Reply(["Nothing to undo: this is where the story begins."], problem=True)
        count = min(count, len(self.steps))
        del self.trail[-count:]
        del self.steps[-count:]
        self._autosave()
        return Reply([f"Took back {count} choice{'s' if count != 1 else ''}."], new_page=True)

    def do_restart(self, args):
        if not self.steps:
            return self._restart()
        return self.ask("Begin the story again from the start? ('undo' takes it back) [y/N]",
                        self._restart, "Not restarted.")

    def _restart(self):
        seed = self.seed if self.seed_fixed else saving.new_seed()
        try:
            start = self.engine.begin(seed, self.start_at, self.start_values)
        except StoryError as exc:
            return Reply([sanitize(str(exc))], problem=True)
        if self.steps:
            self.restarts.append(_Game(self.seed, self.trail, self.steps))
            if self.autosave_slot == saving.AUTOSAVE:
                # Until the new game has a choice to save, the old one stays on disk.
                self._kept_previous = True
                self._try(lambda: self.store.set_aside(saving.AUTOSAVE, saving.PREVIOUS))
        self.seed = seed
        self.trail, self.steps = [start], []
        return Reply(["From the beginning."], new_page=True)

    def do_history(self, args):
        return Reply(show="history")

    def do_transcript(self, args):
        from ..commands.replay import Transcript
        from ..replay import Replayed
        from ..saves import SaveError, write_atomically

        if len(args) > 1:
            return Reply(["Name one file, e.g. 'transcript my_game.md'."], problem=True)
        path = Path(args[0] if args else TRANSCRIPT).expanduser()
        if not path.suffix:
            path = path.with_suffix(".md")
        shown = sanitize(str(path))
        heading = f"# {sanitize(self.story.title)}\n"
        if path.exists() and not _starts_with(path, heading):
            return Reply([f"{shown} is there already and is not a transcript of this story:"
                          " name another file."], problem=True)
        markdown = Transcript(self.engine, self.playthrough(), Replayed(tuple(self.trail)), path,
                              intro=f"The game in progress: seed {self.seed}, "
                                    f"{len(self.steps)} step{'s' if len(self.steps) != 1 else ''}.").markdown()
        try:
            write_atomically(path, markdown.encode("utf-8"))
        except SaveError as exc:
            return Reply([f"Could not write the transcript: {sanitize(exc.problem)}"], problem=True)
        return Reply([f"Wrote the story so far to {shown}."])

    def do_endings(self, args):
        found, total = self.endings_found()
        lines = [f"You have found {len(found)} of {total} ending{'s' if total != 1 else ''}."]
        lines += [f"  {sanitize(title)}" for title in found]
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
        turns, steps, divergence = saving.replay_path(self.engine, self.playthrough_on(old))
        reply = self._divergence_reply(divergence)
        if turns is None:
            self._use(old.story)
            reply.lines.append("Still playing the version read before.")
            reply.problem = True
            return reply
        self.restarts = []  # games of the old version: undo must not bring them into this one
        self._move_to(turns, steps)
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


# ------------------------------------------------------------ choosing by words

def words_of(text: str) -> list:
    """Lower-case words without accents or punctuation: "Poskrebyshev's" -> poskrebyshev, s."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return [w for w in re.split(r"[\W_]+", bare.casefold()) if w]


def choices_matching(text: str, choices) -> list:
    """Indices of the choices the typed words pick out.

    A choice matches when each typed word begins one of its words, and at least
    one typed word is three letters long or a whole word of it (so a stray
    letter picks nothing). A choice whose words are exactly those typed is the
    only match.
    """
    typed = words_of(text)
    if not typed:
        return []
    found = []
    for index, choice in enumerate(choices):
        words = words_of(choice.text)
        if words == typed:
            return [index]
        if all(any(w.startswith(t) for w in words) for t in typed) and any(
                len(t) >= 3 or t in words for t in typed):
            found.append(index)
    return found


def _starts_with(path: Path, text: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read(len(text)) == text
    except OSError:
        return False
