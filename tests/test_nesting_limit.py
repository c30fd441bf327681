"""One bound on nesting, whatever nests: braces, conditions, choices and blocks.

A story nested up to model.MAX_DEPTH levels is read, checked and run by every
tool; one level more is one clear error from the checker, never a crash of
some later stage. The messages themselves are golden files in
tests/golden/check/ (too_deep_*.story).
"""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_samizdat
from samizdat.cli import main
from samizdat.model import MAX_DEPTH
from strategies import stories, weave_stories

HEAD = "start a\nflag f = true\n\n=== a\n{if f: It begins.}\n"
TAIL = "\n=== ending e: The end\nDone.\n"
GO = "\n* Go -> e\n"


def _indented(lines):
    return "\n".join("  " * depth + line for depth, line in enumerate(lines))


def nested(kind: str, levels: int) -> str:
    """A story whose deepest part nests `levels` levels of `kind`, the condition or text inside counted."""
    if kind == "if text":  # each {if} adds itself and its condition's level is inside it
        return HEAD + "{if f: " * (levels - 1) + "deep" + "}" * (levels - 1) + GO + TAIL
    if kind == "sequence":
        return HEAD + "{sequence: " * levels + "deep" + "}" * levels + GO + TAIL
    if kind == "choices":
        return HEAD + _indented([f"* Step {i}" for i in range(levels)] + ["-> e"]) + "\n" + TAIL
    if kind == "blocks":
        return HEAD + _indented(["if f:"] * (levels - 1) + ["Deep."]) + GO + TAIL
    if kind == "not":  # the choice is a level, its condition's `f` another
        return HEAD + "* Go -> e\n  if " + "not " * (levels - 2) + "f\n" + TAIL
    if kind == "all together":  # a third each: choices, then blocks, then braces
        third = levels // 3
        lines = [f"* Step {i}" for i in range(third)] + ["if f:"] * third
        inner = levels - 2 * third
        lines += ["{sequence: " * inner + "deep" + "}" * inner, "-> e"]
        body = _indented(lines[:-1]) + "\n" + "  " * third + lines[-1]  # the jump after the blocks
        return HEAD + body + "\n" + TAIL
    raise ValueError(kind)


KINDS = ["if text", "sequence", "choices", "blocks", "not", "all together"]


def _check(tmp_path, text, capsys):
    path = tmp_path / "deep.story"
    path.write_text(text, encoding="utf-8")
    code = main(["check", str(path)])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("kind", KINDS)
def test_a_story_nested_to_the_limit_checks_clean(tmp_path, capsys, kind):
    code, out = _check(tmp_path, nested(kind, MAX_DEPTH), capsys)
    assert (code, out) == (0, f"{tmp_path / 'deep.story'}: no problems\n")


@pytest.mark.parametrize("kind", KINDS)
def test_one_level_more_is_one_error_naming_the_limit(tmp_path, capsys, kind):
    code, out = _check(tmp_path, nested(kind, MAX_DEPTH + 1), capsys)
    assert code == 1
    assert out.count("error:") == 1, out
    assert f"nests more than {MAX_DEPTH} levels deep" in out
    assert "deep.story: 1 error" in out


@pytest.mark.parametrize("kind", KINDS)
def test_far_past_the_limit_is_still_one_error(tmp_path, capsys, kind):
    code, out = _check(tmp_path, nested(kind, 20 * MAX_DEPTH), capsys)
    assert code == 1 and out.count("error:") == 1, out


@pytest.mark.parametrize("tool", [
    ["explore"], ["randomtest", "-n", "20"], ["graph"], ["stats"], ["fmt", "--check"],
])
def test_every_tool_runs_a_story_nested_to_the_limit(tmp_path, capsys, tool):
    for kind in KINDS:
        path = tmp_path / f"{kind.replace(' ', '_')}.story"
        path.write_text(nested(kind, MAX_DEPTH), encoding="utf-8")
        code = main([*tool, str(path)])
        out = capsys.readouterr()
        assert code == 0, (kind, out.out[-500:], out.err[-500:])
        assert "internal error" not in out.err


def test_the_player_plays_a_story_nested_to_the_limit(tmp_path):
    path = tmp_path / "deep.story"
    path.write_text(nested("choices", MAX_DEPTH), encoding="utf-8")
    result = run_samizdat("play", path, "--plain", input="1\n" * MAX_DEPTH,
                          env={"SAMIZDAT_SAVE_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"Step {MAX_DEPTH - 1}" in result.stdout
    assert "The end" in result.stdout


# The parser builds without counting each node's depth when the file cannot
# nest past the bound, and with the count when it might (build.py). Both ways
# must build the same model and report the same problems.

def _parsed_both_ways(text):
    from unittest import mock

    from samizdat import parser

    unbounded = parser.parse_source(text, "s.story")
    with mock.patch.object(parser, "MAX_DEPTH", -1):  # every file "might": always counted
        counted = parser.parse_source(text, "s.story")
    return unbounded, counted


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("levels", [3, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1])
def test_counting_depth_or_not_builds_the_same(kind, levels):
    unbounded, counted = _parsed_both_ways(nested(kind, levels))
    assert unbounded == counted


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(stories(), weave_stories()))
def test_generated_stories_parse_the_same_whether_depth_is_counted(text):
    unbounded, counted = _parsed_both_ways(text)
    assert unbounded == counted
