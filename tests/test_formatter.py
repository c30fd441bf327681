"""`samizdat fmt`: the layout it gives, and proof that it never changes what a story does.

The proof is the story fingerprint (saves.fingerprint), which hashes the
whole model but positions: formatting must keep it on every story in the
repository and on generated ones, and formatting twice must change nothing.
"""
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE, GOLDEN, RED_NAPOLEON, REPO, golden, run_samizdat
from layout_strategies import story_pairs
from strategies import grammar_programs, stories

from samizdat.formatter import FormatError, format_text
from samizdat.loader import load, merge
from samizdat.pipeline import compile_story
from samizdat.saves import content, fingerprint
from samizdat.source_tokens import NotParsed, read_tokens

ALL_STORY_FILES = sorted(p for p in REPO.glob("**/*.story") if ".venv" not in p.parts)
STORY_ROOTS = [RED_NAPOLEON, EXAMPLE, *sorted((REPO / "tests" / "stories").glob("*.story"))]
assert_golden = golden("fmt")


def _fingerprint_of_text(text):
    source = read_tokens(text).source
    return fingerprint(merge([source], []))


# ------------------------------------------------------- the repository's stories

@pytest.mark.parametrize("root", STORY_ROOTS, ids=lambda p: p.name)
def test_formatting_a_story_of_the_repository_keeps_its_fingerprint(root):
    before = compile_story(root)
    assert before.story is not None
    formatted = {before.paths[name]: format_text(text, name) for name, text in before.sources.items()}
    after = compile_story(root, texts=formatted)
    assert after.story is not None
    assert fingerprint(after.story) == fingerprint(before.story)


@pytest.mark.parametrize("path", ALL_STORY_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_story_file_in_the_repository_formats_to_the_same_model_and_stays_put(path):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8 (a test of that): fmt, like check, reads no further")
    try:
        original = read_tokens(text)
    except NotParsed:
        with pytest.raises(FormatError):
            format_text(text)
        return
    if any(d.is_error for d in original.problems):
        pytest.skip("the builder refuses this file (it is a test of that)")
    formatted = format_text(text)
    assert content(read_tokens(formatted).source) == content(original.source)
    assert format_text(formatted) == formatted


def test_fmt_check_passes_on_the_stories_of_the_repository():
    result = run_samizdat("fmt", "--check", *STORY_ROOTS)
    assert result.returncode == 0, result.stderr
    files = {path for root in STORY_ROOTS
             for path in ([root] if root.is_file() else root.rglob("*.story"))}
    assert f"0 files would be formatted, {len(files)} already formatted" in result.stderr


# ------------------------------------------------------------ generated stories

@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story_pairs())
def test_fmt_lays_out_a_carelessly_written_story_as_a_tidy_one(pair):
    clean, messy = pair
    assert format_text(clean) == clean
    formatted = format_text(messy)
    assert formatted == clean
    assert _fingerprint_of_text(formatted) == _fingerprint_of_text(messy)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(story_pairs(runs_in_bodies=True).map(lambda pair: pair[1]), stories()))
def test_formatting_keeps_the_fingerprint_and_is_idempotent(text):
    formatted = format_text(text)
    assert _fingerprint_of_text(formatted) == _fingerprint_of_text(text)
    assert format_text(formatted) == formatted


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(grammar_programs())
@example(text="===_:\t\n")  # a heading of nothing but a tab
def test_any_text_the_grammar_makes_formats_to_the_same_model(text):
    try:
        original = read_tokens(text)
    except NotParsed:
        return
    if any(d.is_error for d in original.problems):
        return
    formatted = format_text(text)
    assert content(read_tokens(formatted).source) == content(original.source)
    assert format_text(formatted) == formatted


def test_a_body_whose_prose_runs_over_lines_keeps_its_indentation():
    text = ("start a\n\n=== a\n* Ask\n     He says it twice,\n     slowly.\n"
            "     * Again\n         He does.\n")
    formatted = format_text(text)
    assert "     He says it twice,\n     slowly.\n     * Again\n       He does.\n" in formatted
    assert _fingerprint_of_text(formatted) == _fingerprint_of_text(text)


# ------------------------------------------------------------------ the command

MESSY = GOLDEN / "fmt" / "messy.story"


def test_fmt_formats_a_file_in_place(tmp_path):
    story = tmp_path / "main.story"
    story.write_text(MESSY.read_text(encoding="utf-8"), encoding="utf-8")
    story.chmod(0o640)
    result = run_samizdat("fmt", story)
    assert result.returncode == 0, result.stderr
    assert "formatted" in result.stderr
    formatted = story.read_text(encoding="utf-8")
    assert_golden("messy.formatted.story", formatted)
    assert stat.S_IMODE(story.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name != "main.story"]  # no temporary left
    again = run_samizdat("fmt", "--check", story)
    assert again.returncode == 0


def test_fmt_that_cannot_write_says_so_and_leaves_the_file_as_it_was(tmp_path, monkeypatch, capsys):
    from samizdat.cli import main

    story = tmp_path / "main.story"
    text = MESSY.read_text(encoding="utf-8")
    story.write_text(text, encoding="utf-8")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["fmt", str(story)]) == 2
    assert (f"samizdat fmt: {story}: could not write: No space left on device; "
            "the previous file is unchanged") in capsys.readouterr().err
    assert story.read_text(encoding="utf-8") == text
    assert os.listdir(tmp_path) == ["main.story"]


def test_fmt_check_and_diff_change_nothing_and_say_what_would_change(tmp_path):
    story = tmp_path / "main.story"
    text = MESSY.read_text(encoding="utf-8")
    story.write_text(text, encoding="utf-8")
    check = run_samizdat("fmt", "--check", story)
    assert check.returncode == 1
    assert f"would format {story}" in check.stderr.replace(os.getcwd() + os.sep, "")
    diff = run_samizdat("fmt", "--diff", story)
    assert diff.returncode == 0
    assert "-*   Go north ->the_gate" in diff.stdout
    assert "+*   Go north -> the_gate" in diff.stdout
    assert story.read_text(encoding="utf-8") == text


def test_fmt_formats_every_file_a_story_includes(tmp_path):
    (tmp_path / "main.story").write_text("start a\ninclude more.story\n=== a\n* Go ->b\n",
                                         encoding="utf-8")
    (tmp_path / "more.story").write_text("===  b\n-> a\n", encoding="utf-8")
    result = run_samizdat("fmt", tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "main.story").read_text() == "start a\ninclude more.story\n\n=== a\n* Go -> b\n"
    assert (tmp_path / "more.story").read_text() == "=== b\n-> a\n"


def test_fmt_refuses_a_file_with_syntax_errors_and_leaves_it_alone(tmp_path):
    story = tmp_path / "main.story"
    text = "start a\n=== a\n* Go -> \n"
    story.write_text(text, encoding="utf-8")
    result = run_samizdat("fmt", story)
    assert result.returncode == 1
    assert "error" in result.stderr and "not formatted: fix its syntax errors first" in result.stderr
    assert "Traceback" not in result.stderr
    assert story.read_text(encoding="utf-8") == text


def test_fmt_reads_standard_input_for_editors():
    result = run_samizdat("fmt", "-", input="start a\n===a\n*  Go ->a\n")
    assert result.returncode == 0
    assert result.stdout == "start a\n\n=== a\n*  Go -> a\n"
    broken = run_samizdat("fmt", "-", input="=== a\n* ->\n")
    assert broken.returncode == 1
    assert broken.stdout == "=== a\n* ->\n"  # an editor piping through fmt keeps what it had


def test_fmt_keeps_windows_line_ends_and_a_byte_order_mark():
    text = "\ufeffstart a\r\n===  a\r\n* Go ->a\r\n"
    assert format_text(text) == "\ufeffstart a\r\n\r\n=== a\r\n* Go -> a\r\n"


def test_fmt_without_a_story_asks_for_one(tmp_path):
    result = run_samizdat("fmt", cwd=tmp_path)
    assert result.returncode == 2
    assert "no story named and no main.story in this folder" in result.stderr
