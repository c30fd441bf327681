"""One range of whole numbers, -(2**63 - 1) to 2**63 - 1, held everywhere.

Arithmetic that leaves it stops the step with a message naming the file,
line, column, expression and scene; every tool reports that the way it
reports a jump that never stops. Values from `--set` are held to it too (a
save's values already are: tests/test_saves_bad_files.py).
"""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run_samizdat
from engine_helpers import engine_for
from samizdat.engine import NumberOutOfRange
from samizdat.model import MAX_WHOLE

SQUARING = """start a
var x = 3

=== a
x is {x}.
+ (square) Square it -> a
  set x = x * x
+ (add) Add a lot -> a
  set x += 400000000000000
* Stop -> e

=== ending e: The end
Done.
"""


def _story(tmp_path, text=SQUARING):
    """The story's file name, to run a tool on from `tmp_path` (so messages name it as given)."""
    (tmp_path / "squares.story").write_text(text, encoding="utf-8")
    return "squares.story"


def _square_until_it_fails(engine):
    state = engine.start(0)
    for _ in range(10):
        state = engine.choose(state, "square")


def test_squaring_until_past_the_range_names_the_expression_and_the_scene(tmp_path):
    engine = engine_for(tmp_path, SQUARING)
    with pytest.raises(NumberOutOfRange) as raised:
        _square_until_it_fails(engine)
    message = str(raised.value)
    assert "main.story:7:13: 'x * x' in scene 'a' comes to " in message
    assert message.endswith("past the largest whole number a story can hold "
                            "(9,223,372,036,854,775,807, and as far below zero)")


def test_adding_past_the_range_is_caught_like_any_arithmetic(tmp_path):
    engine = engine_for(tmp_path, SQUARING)
    with pytest.raises(NumberOutOfRange, match=r"'x \+ 400000000000000' in scene 'a' comes to 9,223,772"):
        engine.choose(engine.start(0, values={"x": 9223372036000000000}), "add")


def test_a_condition_past_the_range_names_its_scene(tmp_path):
    text = ("start a\nvar x = 5000000000\n\n=== a\n* Go on -> a\n  if x * x > 0\n"
            "* Stop -> e\n\n=== ending e: E\nDone.\n")
    engine = engine_for(tmp_path, text)
    with pytest.raises(NumberOutOfRange, match="'x \\* x' in scene 'a' comes to 25,000,000,000,000,000,000"):
        engine.page(engine.start(0))


@given(st.integers(-MAX_WHOLE, MAX_WHOLE), st.integers(-MAX_WHOLE, MAX_WHOLE),
       st.sampled_from(["+", "-", "*"]))
def test_arithmetic_gives_the_exact_result_or_refuses_it(tmp_path_factory, a, b, op):
    text = (f"start s\nvar x = 0\nvar a = {a}\nvar b = {b}\n\n=== s\n{{x}}\n* Go -> e\n  set x = a {op} b\n"
            "\n=== ending e: E\nDone.\n")
    if len(str(abs(a))) > 15 or len(str(abs(b))) > 15:  # literals have at most 15 digits
        text = text.replace(f"var a = {a}", "var a = 0").replace(f"var b = {b}", "var b = 0")
        engine = engine_for(tmp_path_factory.mktemp("s"), text)
        start = engine.start(0, values={"a": a, "b": b})
    else:
        engine = engine_for(tmp_path_factory.mktemp("s"), text)
        start = engine.start(0)
    exact = {"+": a + b, "-": a - b, "*": a * b}[op]
    if -MAX_WHOLE <= exact <= MAX_WHOLE:
        state = engine.choose(start, "e")
        assert state.values[0] == exact
    else:
        with pytest.raises(NumberOutOfRange):
            engine.choose(start, "e")


def test_the_player_says_what_went_wrong_and_keeps_the_game(tmp_path):
    result = run_samizdat("play", _story(tmp_path), "--plain", input="1\n" * 6 + "quit\n",
                          env={"SAMIZDAT_SAVE_DIR": str(tmp_path / "saves")}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr
    said = " ".join(result.stdout.split())
    assert "The story cannot go on that way: squares.story:7:13: 'x * x' in scene 'a' comes to" in said
    assert "x is 6,561." in said or "x is 6561." in said  # the page it stopped on is still there


def test_randomtest_counts_the_playthroughs_that_went_wrong(tmp_path):
    result = run_samizdat("randomtest", _story(tmp_path), "-n", "50", cwd=tmp_path)
    assert result.returncode == 1
    assert "playthroughs stopped where the story went wrong" in result.stdout
    assert "squares.story:7:13: 'x * x' in scene 'a' comes to" in result.stdout


def test_explore_reports_the_step_once_with_how_many_states_reach_it(tmp_path):
    result = run_samizdat("explore", _story(tmp_path), "--max-states", "3000", cwd=tmp_path)
    assert result.returncode == 1
    assert "Steps where the story goes wrong: 1\n" in result.stdout
    assert "a/square: squares.story:7:13: 'x * x' in scene 'a' comes to" in result.stdout
    assert "other states)" in result.stdout


@pytest.mark.parametrize("value", ["99999999999999999999", "-9223372036854775808", "1" * 5000])
def test_set_refuses_a_number_past_the_range(tmp_path, value):
    result = run_samizdat("play", _story(tmp_path), "--plain", "--set", f"x={value}", input="quit\n",
                          env={"SAMIZDAT_SAVE_DIR": str(tmp_path / "saves")}, cwd=tmp_path)
    assert result.returncode == 2
    assert "'x' is a variable: give a whole number" in result.stderr
    assert not (tmp_path / "saves").exists() or not any((tmp_path / "saves").rglob("*.json"))


def test_set_takes_the_largest_number_and_the_story_goes_on_until_it_must_stop(tmp_path):
    result = run_samizdat("play", _story(tmp_path), "--plain", "--set", f"x={MAX_WHOLE}", input="2\nquit\n",
                          env={"SAMIZDAT_SAVE_DIR": str(tmp_path / "saves")}, cwd=tmp_path)
    assert result.returncode == 0
    said = " ".join(result.stdout.split())
    assert "x is 9,223,372,036,854,775,807." in said or f"x is {MAX_WHOLE}." in said
    assert "'x + 400000000000000' in scene 'a' comes to 9,223,772,036,854,775,807" in said


def test_set_gives_a_text_its_value(tmp_path):
    story = ('start a\ntext alias = "Anna"\n\n=== a\nYou are {alias}.\n* Stop -> e\n'
             "\n=== ending e: E\nDone.\n")
    result = run_samizdat("play", _story(tmp_path, story), "--plain", "--set", "alias=Ivan  Petrov",
                          input="quit\n", env={"SAMIZDAT_SAVE_DIR": str(tmp_path / "saves")}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "You are Ivan Petrov." in result.stdout
