"""Escape sequences, C1 controls and bidi overrides in stories, include lines and file names never reach a terminal.

Every diagnostic passes through sanitize.py on the way out, and every
`--format json` document escapes what a terminal would act on, so printing
either (or `cat`-ing the JSON) is safe. The JSON keeps the exact values.
"""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from hostile_support import UNSAFE, assert_golden, raw_controls, run_bounded, shown, snapshot

from samizdat.sanitize import sanitize, to_json

RETITLE_AND_CLEAR = "\x1b]0;pwned\x07\x1b[2J"
RED = "\x1b[31m"
CSI_8BIT = "\x9b"  # C1 "control sequence introducer": clears the screen as ESC [ does
BIDI = "\u202e"  # right-to-left override


def _story(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_story_line_of_escape_sequences_is_shown_not_obeyed(tmp_path):
    _story(tmp_path, "pwned.story", RETITLE_AND_CLEAR + "\n")
    before = snapshot(tmp_path)
    result = run_bounded("check", "pwned.story", cwd=tmp_path)
    assert raw_controls(result) == []
    assert_golden("escape_in_story_line.txt", shown(result))
    assert snapshot(tmp_path) == before


def test_an_include_line_with_escapes_is_shown_not_obeyed(tmp_path):
    _story(tmp_path, "main.story", f'title "T"\nstart a\ninclude {RETITLE_AND_CLEAR}x.story\n=== a\nHi\n')
    result = run_bounded("check", ".", cwd=tmp_path)
    assert raw_controls(result) == []
    assert_golden("escape_in_include.txt", shown(result))


def test_a_file_name_with_escapes_is_shown_not_obeyed_by_every_command(tmp_path):
    name = f"{RED}red{RETITLE_AND_CLEAR}.story"
    _story(tmp_path, name, 'title "T"\nstart a\n=== a\n* Go -> nowhere\n')
    before = snapshot(tmp_path)
    outputs = {}
    for command in (["check"], ["play", "--plain"], ["explore"], ["stats"], ["randomtest", "-n", "2"],
                    ["graph"]):
        result = run_bounded(*command, name, cwd=tmp_path, input=b"")
        assert raw_controls(result) == [], command
        assert b"internal error" not in result.stderr, command
        outputs[command[0]] = shown(result)
    assert_golden("escape_in_file_name_check.txt", outputs["check"])
    assert_golden("escape_in_file_name_play.txt", outputs["play"])
    assert outputs["explore"] == outputs["stats"] == outputs["randomtest"] == outputs["graph"]
    assert_golden("escape_in_file_name_tools.txt", outputs["explore"])
    assert snapshot(tmp_path) == before


def test_an_argument_refused_by_the_command_line_is_shown_not_obeyed(tmp_path):
    result = run_bounded("check", "--format", RETITLE_AND_CLEAR, "x.story", cwd=tmp_path)
    assert result.returncode == 2
    assert raw_controls(result) == []
    assert "invalid choice" in result.stderr.decode()


# A story whose every kind of text holds C1 controls and bidi overrides.
HOSTILE_STORY = (
    f'title "Night {CSI_8BIT}2J {BIDI}train"\n'
    "start a\n"
    f"stat nerve \"Nerve {BIDI}\" = 5 in 0..10\n"
    f"=== a: Platform {CSI_8BIT}31m {BIDI}\n"
    f"The clock {CSI_8BIT}2J says midnight.\n"
    f"* Board {BIDI} the train -> b\n"
    f"* (wait) Wait {CSI_8BIT} -> a\n"
    f"=== ending b: Moscow {CSI_8BIT}2J\n"
    "Arrival.\n"
)


def test_json_reports_escape_what_a_terminal_would_obey_and_keep_the_values(tmp_path):
    _story(tmp_path, "main.story", HOSTILE_STORY)
    (tmp_path / "witnesses").mkdir()
    for command in (["check", "--format", "json"], ["explore", "--format", "json", "--witness-dir", "witnesses"],
                    ["randomtest", "-n", "20", "--format", "json"], ["stats", "--format", "json"]):
        result = run_bounded(*command, ".", cwd=tmp_path)
        assert result.returncode in (0, 1), (command, result.stderr)
        text = result.stdout.decode("utf-8")
        assert raw_controls(result) == [], command
        body = json.loads(text)
        if command[0] != "check":  # check's report of a clean story is an empty list
            assert body["title"] == f'"Night {CSI_8BIT}2J {BIDI}train"', command
    explored = json.loads(run_bounded("explore", "--format", "json", ".", cwd=tmp_path).stdout)
    assert {e["title"] for e in explored["endings"]} == {f"Moscow {CSI_8BIT}2J"}


def test_text_reports_of_the_same_story_hold_no_raw_controls(tmp_path):
    _story(tmp_path, "main.story", HOSTILE_STORY)
    for command in (["explore"], ["randomtest", "-n", "20"], ["stats"], ["graph"], ["graph", "--format", "mermaid"],
                    ["play", "--plain", "--seed", "1"]):
        result = run_bounded(*command, ".", cwd=tmp_path, input=b"1\n")
        assert result.returncode in (0, 1), (command, result.stderr)
        assert raw_controls(result) == [], command


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                    max_leaves=12))
def test_to_json_holds_no_unsafe_character_and_reads_back_the_same(value):
    text = to_json(value)
    assert not UNSAFE.search(text)
    assert json.loads(text) == value


@given(st.text())
def test_sanitize_leaves_nothing_unsafe_and_keeps_every_position(text):
    clean = sanitize(text)
    assert not UNSAFE.search(clean)
    assert len(clean) == len(text)  # carets under a sanitised line still point at the right column
