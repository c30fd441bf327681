"""The prompt-toolkit player, driven through a pipe of keystrokes like a person at a keyboard.

Keys go in through `create_pipe_input()`; the screen comes out through
`DummyOutput()`, or through a VT100 output into a string when a test needs
the bytes a terminal would get. What was on screen is read from the player's
own record of each screen it drew (`TerminalPlayer.screens`).
"""
from __future__ import annotations

import io
import json
import re
import shutil

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

from conftest import EXAMPLE, compile_or_fail
from samizdat import saves
from samizdat.player import store as saving
from samizdat.player.session import Session
from samizdat.player.terminal import TerminalPlayer

ENTER, DOWN, UP, CTRL_C, CTRL_D = "\r", "\x1b[B", "\x1b[A", "\x03", "\x04"
CSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def make_session(tmp_path, story_path=EXAMPLE, seed=1, **options):
    story = compile_or_fail(story_path)
    store = saving.Store(tmp_path / "saves", story.title)
    return Session(story_path, story, store, seed, seed_fixed=True, **options)


def play(session, keys, output=None, resumable=None, color=True, screens=None):
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        player = TerminalPlayer(session, color=color, input=pipe, output=output or DummyOutput())
        player.screens = screens
        return player.run(resumable)


def drawn(session, keys, rows=24, columns=80, **options):
    """(exit status, every screen drawn as text, the bytes sent) of a game at that size."""
    screen, screens = Screen(rows, columns), []
    code = play(session, keys, output=screen.output, screens=screens, **options)
    return code, "\n=====\n".join(screens), screen


class Screen:
    """A VT100 output writing into a string: what a terminal would have been sent."""

    def __init__(self, rows=24, columns=80):
        self.buffer = io.StringIO()
        self.output = Vt100_Output(self.buffer, lambda: Size(rows, columns), term="xterm",
                                   enable_cpr=False)

    @property
    def raw(self) -> str:
        return self.buffer.getvalue()

    @property
    def text(self) -> str:
        return CSI.sub("", self.raw).replace("\r", "")


def chosen(session):
    return [step.choice for step in session.steps]


# ------------------------------------------------------------------ choosing

def test_a_choice_is_taken_by_its_number(tmp_path):
    session = make_session(tmp_path)
    assert play(session, "2" + ENTER + CTRL_D) == 0
    assert chosen(session) == ["forge"]
    assert session.state.scene == "porter"


def test_the_arrow_keys_move_over_available_choices_and_enter_takes_one(tmp_path):
    # At the start, "Board the train" is unavailable and "Slip past" hidden: the
    # first arrow puts the pointer on the first (Down) or last (Up) available
    # choice, and the arrows move between "buy" and "forge" only, wrapping round.
    for keys, taken in ((DOWN, "buy"), (DOWN + DOWN, "forge"), (DOWN * 3, "buy"),
                        (UP, "forge"), (UP + UP, "buy")):
        session = make_session(tmp_path)
        play(session, keys + ENTER + CTRL_D)
        assert chosen(session) == [taken], keys


def test_enter_on_an_empty_line_never_takes_a_choice_nobody_pointed_at(tmp_path):
    session = make_session(tmp_path)
    code, screens, _ = drawn(session, ENTER * 5 + CTRL_D)
    assert code == 0 and chosen(session) == []
    assert "Type a choice's number or some of its words, or 'help' for the commands." in screens
    assert "\u25b8" not in screens  # no pointer until an arrow puts it somewhere


def test_the_chosen_line_is_marked_and_unavailable_choices_show_the_reason(tmp_path):
    _code, screens, _ = drawn(make_session(tmp_path), DOWN + DOWN + CTRL_D)
    last = screens.split("=====")[-1]
    assert "\u25b8 2. Ask the porter about papers" in last
    assert "  1. Buy a ticket at the window" in last
    assert "3. Board the train (The conductor checks every ticket.)" in last


def test_an_unavailable_choice_by_number_says_why_and_changes_nothing(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "3" + ENTER + CTRL_D)
    assert chosen(session) == []
    assert "Not now: The conductor checks every ticket." in screens


def test_after_a_choice_a_line_says_what_changed(tmp_path):
    _code, screens, _ = drawn(make_session(tmp_path), "1" + ENTER + CTRL_D)
    assert "> Buy a ticket at the window\n(Nerve +15, Ticket: yes)" in screens


def test_a_choice_is_taken_by_typing_some_of_its_words(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "the porter" + ENTER + "pay" + ENTER + "tic" + ENTER + CTRL_D)
    assert chosen(session) == ["forge", "platform", "buy"]
    assert "> Ask the porter about papers" in screens


def test_words_that_fit_several_choices_ask_which(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "the" + ENTER + CTRL_D)
    assert chosen(session) == []
    assert "Which one do you mean? Type its number, or more of its words:" in screens


def test_tab_completes_a_choice_from_its_words(tmp_path):
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from samizdat.player.terminal import CommandCompleter

    session = make_session(tmp_path)
    completer = CommandCompleter(session.store, lambda: session.page)
    found = [c.text for c in completer.get_completions(Document("port"), CompleteEvent())]
    assert found == ["Ask the porter about papers"]
    session = make_session(tmp_path)
    play(session, "port\t" + ENTER + CTRL_D)
    assert chosen(session) == ["forge"]


def test_a_mouse_click_on_a_choice_takes_it(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, CTRL_D)
    row = next(n for n, line in enumerate(screens.split("=====")[-1].strip("\n").split("\n"), 1)
               if line.startswith("  2. Ask the porter"))
    session = make_session(tmp_path)
    click = f"\x1b[<0;8;{row}M\x1b[<0;8;{row}m"
    play(session, click + CTRL_D)
    assert chosen(session) == ["forge"]


def test_f2_shows_the_stats_screen_and_escape_goes_back(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "1" + ENTER + "\x1bOQ" + "x" + "\x1b" + "2" + ENTER + CTRL_D)
    sheet = next(s for s in screens.split("=====") if "Endings found" in s)
    assert "  Nerve      " + "\u2587" * 13 + "\u2581" * 7 + "   65" in sheet
    assert "Endings found: 0 of 2" in sheet
    assert "Last choice: Nerve +15, Ticket: yes" in sheet
    assert "Esc, Enter or q: back to the story" in sheet
    assert chosen(session) == ["buy", "corridor"]  # the "x" typed on the stats screen did nothing


# ------------------------------------------------------------------ commands

@pytest.mark.parametrize("command, shown", [
    ("help", "undo [n]: take back the last choice, or the last n"),
    ("stats", "Endings found: 0 of 2"),
    ("history", "> Buy a ticket at the window\n(Nerve +15, Ticket: yes)"),
    ("endings", "You have found 0 of 2 endings."),
    ("saves", "autosave"),
    ("nonsense", "No choice matches 'nonsense'."),
    ("hlep", "There is no command 'hlep'. Did you mean 'help'?"),
    ("undo", "Took back 1 choice."),
])
def test_each_command_answers_at_the_prompt(tmp_path, command, shown):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "1" + ENTER + command + ENTER + CTRL_D)
    assert shown in screens


def test_undo_goes_back_any_number_of_steps(tmp_path):
    session = make_session(tmp_path)
    play(session, "1" + ENTER + "1" + ENTER + "1" + ENTER + "undo 2" + ENTER + CTRL_D)
    assert chosen(session) == ["buy"]
    assert len(session.states) == 2 and session.state.scene == "platform"
    assert session.state == session.engine.choose(session.engine.start(seed=1), "buy")


def test_undo_at_the_start_says_there_is_nothing_to_undo(tmp_path):
    screen = Screen()
    play(make_session(tmp_path), "undo" + ENTER + CTRL_D, output=screen.output)
    assert "Nothing to undo: this is where the story begins." in screen.text


def test_save_then_load_returns_to_the_saved_place(tmp_path):
    session = make_session(tmp_path)
    play(session, "1" + ENTER + "save before_train" + ENTER + "2" + ENTER
         + "load before_train" + ENTER + CTRL_D)
    assert chosen(session) == ["buy"]
    saved = saves.read(session.store.path("before_train"))
    assert [s.choice for s in saved.steps] == ["buy"] and saved.seed == 1


def test_a_bad_save_name_is_refused(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "save ../../etc" + ENTER + "save autosave" + ENTER + CTRL_D)
    assert "cannot name a save" in screens
    assert "'autosave' is kept by the player itself" in screens
    assert not (tmp_path / "etc.json").exists()


def test_loading_a_damaged_save_says_what_is_wrong_and_keeps_the_game(tmp_path):
    session = make_session(tmp_path)
    session.store.folder.mkdir(parents=True)
    session.store.path("broken").write_text("{not json", encoding="utf-8")
    _code, screens, _ = drawn(session, "1" + ENTER + "load broken" + ENTER + CTRL_D)
    assert chosen(session) == ["buy"]
    assert "broken.json: not valid JSON" in screens


def test_restart_asks_first_and_begins_again(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "1" + ENTER + "1" + ENTER + "restart" + ENTER + "y" + ENTER + CTRL_D)
    assert "Begin the story again from the start? ('undo' takes it back) [y/N]" in screens
    assert chosen(session) == [] and session.state == session.engine.start(seed=1)


def test_restart_answered_no_or_with_enter_keeps_the_game(tmp_path):
    for answer in ("n" + ENTER, ENTER):
        session = make_session(tmp_path)
        play(session, "1" + ENTER + "restart" + ENTER + answer + CTRL_D)
        assert chosen(session) == ["buy"], repr(answer)


def test_undo_takes_back_a_restart(tmp_path):
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "1" + ENTER + "2" + ENTER + "restart" + ENTER + "y" + ENTER
                              + "undo" + ENTER + CTRL_D)
    assert "Took back the restart: you are where you were before it." in screens
    assert chosen(session) == ["buy", "corridor"]
    assert [s.choice for s in saves.read(session.store.path(saving.AUTOSAVE)).steps] == ["buy", "corridor"]


def test_reload_reads_the_edited_story_and_replays_the_path(tmp_path):
    story_dir = tmp_path / "story"
    shutil.copytree(EXAMPLE, story_dir)
    session = make_session(tmp_path, story_dir)
    main = story_dir / "main.story"
    main.write_text(main.read_text().replace("The porter looks you over.",
                                             "The porter looks you over twice."))
    _code, screens, _ = drawn(session, "2" + ENTER + "reload" + ENTER + CTRL_D)
    assert "Reloaded the story and replayed 1 choice." in screens
    assert "The porter looks you over twice." in screens
    assert chosen(session) == ["forge"]


def test_reload_of_a_story_that_lost_the_choice_says_where_it_parts(tmp_path):
    story_dir = tmp_path / "story"
    shutil.copytree(EXAMPLE, story_dir)
    session = make_session(tmp_path, story_dir)
    main = story_dir / "main.story"
    # A new id and new words: nothing left to find the recorded choice by.
    main.write_text(main.read_text().replace("* (forge) Ask the porter", "* (ask) Enquire of the porter"))
    _code, screens, _ = drawn(session, "2" + ENTER + "reload" + ENTER + CTRL_D, rows=40, columns=100)
    assert "scene 'platform' no longer has the choice 'forge'" in screens
    assert chosen(session) == [] and session.state.scene == "platform"


# ------------------------------------------------------------ leaving, resuming

def test_ctrl_c_leaves_cleanly_with_the_place_autosaved(tmp_path):
    session = make_session(tmp_path)
    code, _screens, screen = drawn(session, "1" + ENTER + CTRL_C)
    assert code == 130
    assert "Interrupted. Your place is saved." in screen.text
    autosave = saves.read(session.store.path(saving.AUTOSAVE))
    assert [s.choice for s in autosave.steps] == ["buy"]


def test_ctrl_d_and_quit_leave_with_exit_status_0(tmp_path):
    assert play(make_session(tmp_path), CTRL_D) == 0
    assert play(make_session(tmp_path), "quit" + ENTER) == 0


def test_at_start_the_player_offers_to_continue_where_it_stopped(tmp_path):
    first = make_session(tmp_path)
    play(first, "2" + ENTER + "1" + ENTER + CTRL_C)
    again = make_session(tmp_path)
    _code, screens, _ = drawn(again, "y" + ENTER + CTRL_D, resumable=saving.AUTOSAVE)
    assert "Continue where you left off? [Y/n]" in screens
    assert chosen(again) == ["forge", "platform"] and again.state == first.state
    # Enter alone is yes.
    again = make_session(tmp_path)
    play(again, ENTER + CTRL_D, resumable=saving.AUTOSAVE)
    assert chosen(again) == ["forge", "platform"]


def test_declining_to_continue_starts_afresh_and_keeps_the_old_game_aside(tmp_path):
    play(make_session(tmp_path), "2" + ENTER + CTRL_D)
    fresh = make_session(tmp_path)
    play(fresh, "n" + ENTER + "1" + ENTER + CTRL_D, resumable=saving.AUTOSAVE)
    assert chosen(fresh) == ["buy"]
    kept = saves.read(fresh.store.path(saving.PREVIOUS))
    assert [s.choice for s in kept.steps] == ["forge"]


# ------------------------------------------------------------------- endings

def test_an_ending_is_remembered_across_runs_and_kept_as_a_replay(tmp_path):
    # buy, board the train, then sit until Moscow: the arrival ending.
    session = make_session(tmp_path)
    _code, screens, _ = drawn(session, "1" + ENTER + "2" + ENTER + "1" + ENTER + CTRL_D)
    assert session.page.ending == "Moscow, Leningradsky station"
    assert "You have found 1 of 2 endings." in screens
    assert not session.store.exists(saving.AUTOSAVE)
    kept = saves.list_files(saves.replays_dir(tmp_path / "saves"))
    assert len(kept) == 1 and saves.read(kept[0]).outcome.ending == "Moscow, Leningradsky station"

    _code, later, _ = drawn(make_session(tmp_path), "endings" + ENTER + CTRL_D)
    assert "You have found 1 of 2 endings." in later
    assert "  Moscow, Leningradsky station" in later


def test_a_damaged_endings_file_counts_as_none_reached(tmp_path):
    session = make_session(tmp_path)
    session.store.folder.mkdir(parents=True)
    session.store.endings_file.write_text(json.dumps({"reached": [1, 2]}))
    _code, screens, _ = drawn(session, "endings" + ENTER + CTRL_D)
    assert "You have found 0 of 2 endings." in screens


# ---------------------------------------------------------- terminal shapes

def _long_story(tmp_path):
    folder = tmp_path / "long"
    folder.mkdir()
    paragraphs = "\n\n".join(f"Paragraph {n} " + "words and more words " * 12 for n in range(1, 9))
    (folder / "main.story").write_text(
        f"title Long\nauthor t\nstart one\n\n=== one: The long page\n{paragraphs}\n\n"
        "* Onward -> two\n\n=== ending two: Done\nThe end.\n", encoding="utf-8")
    return folder


def test_a_long_page_turns_with_enter_and_never_takes_the_choice(tmp_path):
    session = make_session(tmp_path, _long_story(tmp_path))
    _code, screens, _ = drawn(session, ENTER * 12 + CTRL_D, rows=16, columns=60)
    assert chosen(session) == []  # twelve Enters went through the page, and took nothing
    pages = screens.split("=====")
    assert "\u2014 more: Enter, Space or PgDn \u2014" in pages[0]
    assert "Paragraph 8" in pages[-1] and "more:" not in pages[-1]
    assert all("  1. Onward" in page for page in pages)  # the choice stayed on screen
    session = make_session(tmp_path, tmp_path / "long")
    play(session, ENTER * 12 + "1" + ENTER + CTRL_D)
    assert chosen(session) == ["two"]


def test_a_tiny_terminal_still_plays(tmp_path):
    session = make_session(tmp_path, _long_story(tmp_path))
    code, screens, _ = drawn(session, "1" + ENTER + CTRL_D, rows=4, columns=12)
    assert code == 0
    assert chosen(session) == ["two"]
    assert "1. Onward" in screens


def test_no_color_sends_no_colour_codes(tmp_path):
    _code, _screens, screen = drawn(make_session(tmp_path), "1" + ENTER + CTRL_D, color=False)
    colours = re.findall(r"\x1b\[[0-9;]*m", screen.raw)
    assert colours
    assert not [c for c in colours if re.search(r"(^|;)(3[0-8]|9[0-7]|4[0-8]|10[0-7])(;|m)", c[2:])]


# ----------------------------------------------------------- untrusted text

EVIL = ("\x1b[31mRED\x1b[0m \x1b]0;pwned\x07 \x9b2J \x07bell \u202egnirts\u202c "
        "\x1bP+q\x1b\\ \x85\x8d\x90 \u2066iso\u2069")


def evil_story(tmp_path):
    folder = tmp_path / "evil"
    folder.mkdir()
    (folder / "main.story").write_text(f"""title Evil {EVIL}
author x
start a

stat nerve "Nerve {EVIL}" = 50 in 0..100
flag locked_out

=== a: Heading {EVIL}
Prose {EVIL} more prose.

* Go {EVIL} -> b
  set nerve += 5
* Locked -> b
  if locked_out else "Reason {EVIL}"

=== ending b: End {EVIL}
Fin {EVIL}.
""", encoding="utf-8")
    return folder


def assert_clean(raw):
    """Nothing but the player's own CSI sequences; no control character from the story."""
    leftover = CSI.sub("", raw)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]",
                         leftover.replace("\r", "")), repr(leftover)
    assert "\x1b[31mRED" not in raw and "\x1b]0;pwned" not in raw and "\x1b[2J" not in raw


def test_escape_sequences_in_story_text_never_reach_the_terminal(tmp_path):
    session = make_session(tmp_path, evil_story(tmp_path))
    _code, screens, screen = drawn(session, "2" + ENTER + "stats" + ENTER + "\x1b" + "history" + ENTER
                                   + "\x1b" + "1" + ENTER + "endings" + ENTER + CTRL_D, rows=30, columns=200)
    assert chosen(session) == ["b"]
    assert "Prose \ufffd[31mRED" in screens  # shown, defused
    assert_clean(screen.raw)


def test_commands_and_save_names_complete(tmp_path):
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from samizdat.player.terminal import CommandCompleter

    session = make_session(tmp_path)
    play(session, "save by_the_barrier" + ENTER + "save other" + ENTER + CTRL_D)
    completer = CommandCompleter(session.store)

    def completions(text):
        return [c.text for c in completer.get_completions(Document(text), CompleteEvent())]

    assert completions("sta") == ["stats"]
    assert completions("s") == ["stats", "save", "saves"]
    assert completions("load by") == ["by_the_barrier"]
    assert completions("1") == [] and completions("zzz") == []


def test_a_failure_inside_the_player_ends_it_rather_than_waiting_for_enter(tmp_path, monkeypatch):
    # prompt-toolkit's own handler would print a traceback and wait for Enter;
    # the failure must reach the command's last-resort message instead.
    session = make_session(tmp_path)

    def broken(line):
        raise RuntimeError("a bug")

    monkeypatch.setattr(session, "handle", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        play(session, "1" + ENTER + CTRL_D)
