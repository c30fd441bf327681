"""The full-screen player's layout, without a terminal: player/layout.py and player/screen.py.

Whatever the terminal's size, the input line and every choice keep their rows,
the regions add up to the screen, and the first screen drawn before
prompt-toolkit loads is the one the application then draws.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import RED_NAPOLEON, compile_or_fail
from samizdat.player import layout
from samizdat.player import store as saving
from samizdat.player.screen import Screen
from samizdat.player.session import Session
from samizdat.player.text import UNICODE, Charset

CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@given(rows=st.integers(1, 80), status=st.integers(0, 6), notice=st.integers(0, 8),
       short=st.integers(0, 12), extra=st.integers(0, 12))
def test_the_plan_fills_the_screen_and_gives_way_in_order(rows, status, notice, short, extra):
    full = short + extra  # wrapped choices take at least a line each
    plan = layout.plan(rows, status, notice, full, short)
    assert min(plan) >= 0
    assert plan.passage + plan.gap + plan.choices + plan.notice + plan.status + 1 == max(rows, 1)
    room = max(0, rows - 1 - min(status, layout.status_room(rows)))  # after the input and status
    if full + layout.MIN_PASSAGE <= room:
        assert plan.choices == full and not plan.short
        assert plan.passage + plan.gap + plan.notice >= layout.MIN_PASSAGE  # a notice may take some
    elif short <= room:
        assert plan.choices == short  # every choice on screen, each on one line


@given(total=st.integers(0, 300), anchor=st.integers(0, 300), scroll=st.integers(-400, 400),
       rows=st.integers(0, 60))
def test_the_passage_view_never_leaves_the_text(total, anchor, scroll, rows):
    anchor = min(anchor, total)
    top, count, more = layout.passage_view(total, anchor, scroll, rows)
    assert 0 <= top and count >= 0 and top + count <= total
    assert count + (1 if more else 0) <= max(rows, 1 if more else 0)
    assert more == (top + count < total)


@pytest.fixture(scope="module")
def red_napoleon():
    return compile_or_fail(RED_NAPOLEON)


def _screen(tmp_path, story, scene=None, cs=UNICODE):
    session = Session(RED_NAPOLEON, story, saving.Store(tmp_path, story.title), 1, seed_fixed=True,
                      start_at=scene)
    screen = Screen(session, cs)
    screen.start()
    return screen


@pytest.mark.parametrize("columns, rows", [(100, 35), (80, 24), (60, 20), (40, 10)])
@pytest.mark.parametrize("scene", [None, "fall_commissariat"])  # the first page; six choices
def test_every_choice_is_on_screen_at_every_size_down_to_40_by_10(tmp_path, red_napoleon, scene, columns, rows):
    screen = _screen(tmp_path, red_napoleon, scene)
    lines = screen.lines(rows, columns, "")
    assert len(lines) == rows and max(len(line) for line in lines) <= columns
    page = screen.session.page
    for number, choice in enumerate(page.choices, 1):
        if choice.available:
            shown = [line for line in lines if line.startswith(f"  {number}. ")]
            assert shown, (number, "\n".join(lines))
            assert choice.text.startswith(shown[0][len(f"  {number}. "):].rstrip("\u2026").rstrip())
    assert lines[-1 - screen.frame(rows, columns, "")["plan"].status].startswith("> ")
    if columns < 80:
        assert "more: F2" in lines[-1]  # the stats folded away are said to be


def test_the_first_screen_drawn_early_is_the_one_the_application_draws(tmp_path, red_napoleon):
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from samizdat.player.terminal import TerminalPlayer

    early = _screen(tmp_path, red_napoleon)
    drawn = early.ansi(40, 80)  # DummyOutput's size
    assert drawn.startswith("\x1b[?1049h")  # the alternate screen, as prompt-toolkit's own
    rows = [re.sub(r"\x1b\[[0-9;]*m", "", row) for row in re.split(r"\x1b\[\d+;1H", drawn)[1:]]
    rows[-1] = CSI.sub("", rows[-1])
    assert [row.rstrip() for row in rows] == [line.rstrip() for line in early.lines(40, 80, "")]

    session = Session(RED_NAPOLEON, red_napoleon, saving.Store(tmp_path / "app", red_napoleon.title), 1,
                      seed_fixed=True)
    with create_pipe_input() as pipe:
        pipe.send_text("\x04")
        player = TerminalPlayer(session, input=pipe, output=DummyOutput())
        player.screens = []
        player.run()
    assert player.screens[0] == "\n".join(line.rstrip() for line in early.lines(40, 80, ""))


def test_an_ascii_screen_uses_plain_characters(tmp_path, red_napoleon):
    screen = _screen(tmp_path, red_napoleon, cs=Charset("ascii"))
    text = "\n".join(screen.lines(24, 80, ""))
    text.encode("ascii")
    assert "Army loyalty ##-- 55" in text and "Up/Down then Enter" in text


@pytest.mark.parametrize("columns, rows", [(100, 35), (60, 20), (40, 10)])
def test_turning_the_pages_shows_every_line_of_a_long_page(tmp_path, red_napoleon, columns, rows):
    from samizdat.player.text import prose_lines, reading_width

    screen = _screen(tmp_path, red_napoleon)
    seen, turns = [], 0
    shown = screen.frame(rows, columns, "")["plan"].passage - 1
    for turns in range(200):
        frame = screen.frame(rows, columns, "")
        seen += [text for kind, text in frame["passage"]]
        if not frame["more"]:
            break
        screen.turn(1, rows, columns)
    else:
        pytest.fail("the page never came to an end")
    wanted = [text for kind, text in prose_lines(screen.session.page.paragraphs, reading_width(columns)) if text]
    assert [line for line in wanted if line not in seen] == []
    # Each turn brings at least half a passage of new lines (at 40x10: two lines, not one).
    assert turns <= -(-len(wanted) // max(1, (shown + 1) // 2)) + 1


def test_where_the_story_asks_for_a_word_the_input_line_asks_for_it(tmp_path):
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "main.story").write_text(
        'start a\ntext alias = "Anna"\n=== a\nHe licks a pencil.\n'
        'ask alias "What name goes on the papers?"\n* Sign -> a\n', encoding="utf-8")
    story = compile_or_fail(tmp_path / "story")
    session = Session(tmp_path / "story", story, saving.Store(tmp_path / "saves", story.title), 1,
                      seed_fixed=True)
    screen = Screen(session, UNICODE)
    screen.start()
    wide = screen.lines(24, 80, "")
    assert "> type your answer, or Enter to keep it" in wide
    assert "> your answer, then Enter" in screen.lines(10, 40, "")
    assert not any("choice" in line for line in wide)
