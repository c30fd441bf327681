"""`samizdat check` as a user runs it: exit codes, JSON, and inputs that must not crash it."""
import json

import pytest

from conftest import EXAMPLE, run_samizdat


def test_the_example_story_checks_clean():
    result = run_samizdat("check", EXAMPLE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("no problems")


def test_json_format_for_editors(tmp_path):
    story = tmp_path / "main.story"
    story.write_text("start a\n=== a\n* Go -> kremln\n=== kremlin\n* Back -> a\n")
    result = run_samizdat("check", tmp_path, "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert [f["severity"] for f in findings] == ["error", "warning"]
    finding = findings[0]
    assert (finding["line"], finding["column"]) == (3, 9)
    assert finding["message"] == "there is no scene called 'kremln'"
    assert finding["hint"] == "did you mean 'kremlin'?"
    assert findings[1]["message"] == "nothing leads to the scene 'kremlin'"


def test_warnings_alone_exit_zero(tmp_path):
    (tmp_path / "main.story").write_text("start a\nvar unused\n=== a\n* Go -> a\n")
    result = run_samizdat("check", tmp_path)
    assert result.returncode == 0
    assert "warning: the var 'unused' is never used" in result.stdout


@pytest.mark.parametrize("args,message", [
    (["check", "x", "--format", "xml"], "invalid choice: 'xml'"),
    (["check", "x", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
])
def test_usage_errors_exit_two_with_a_message(args, message):
    result = run_samizdat(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path_and_empty_folder_exit_two(tmp_path):
    missing = run_samizdat("check", tmp_path / "nope.story")
    assert missing.returncode == 2 and "no such file or folder" in missing.stdout
    empty = run_samizdat("check", tmp_path)
    assert empty.returncode == 2 and "a story folder needs a main.story" in empty.stdout


def _nested(depth):
    return "start a\n=== a\n* x -> a\n  if " + "(" * depth + "true" + ")" * depth + " and " + "not " * depth + "true\n"


@pytest.mark.parametrize("name,content", [
    ("empty", b""),
    ("binary", bytes(range(256)) * 40),
    ("latin1", "start a\n=== a\nCaf\u00e9\n* x -> a\n".encode("latin-1")),
    ("nested", _nested(10_000).encode()),
    ("deep_arithmetic", ("start a\nvar x\n=== a\n* x -> a\n  set x = " + "1 + " * 5000 + "1\n").encode()),
    ("controls", "start a\n=== a\n\x1b[31mred\x07 \u202e evil\n* x -> b\n".encode()),
    ("only_comments", b"// nothing here\n/* at all */\n"),
])
def test_no_input_makes_check_crash(tmp_path, name, content):
    path = tmp_path / f"{name}.story"
    path.write_bytes(content)
    result = run_samizdat("check", path)
    assert result.returncode in (0, 1, 2)
    assert "Traceback" not in result.stdout + result.stderr
    assert "internal error" not in result.stderr
    assert "error" in result.stdout or result.returncode == 0


def test_control_characters_in_a_story_never_reach_the_terminal(tmp_path):
    path = tmp_path / "main.story"
    path.write_text("start a\n=== a\n\x1b[31mred\x07 \u202e evil\n* x -> b\n", encoding="utf-8")
    result = run_samizdat("check", path)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\u202e" not in result.stdout


def test_a_ten_megabyte_story_checks(tmp_path):
    lines = ["start a", "=== a"] + ["Prose line with some words in it, and then some more words."] * 170_000
    (tmp_path / "main.story").write_text("\n".join(lines) + "\n* x -> a\n")
    assert (tmp_path / "main.story").stat().st_size > 10_000_000
    result = run_samizdat("check", tmp_path, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:]


def test_a_ten_megabyte_story_full_of_errors_stops_early(tmp_path):
    (tmp_path / "main.story").write_text("start a\n=== a\n" + "* broken line ->\n" * 600_000)
    result = run_samizdat("check", tmp_path, timeout=300)
    assert result.returncode == 1
    assert "'->' needs the id of a scene after it" in result.stdout
