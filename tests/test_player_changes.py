"""What a choice changed, and how stats are drawn: the player's pure helpers."""
from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE, compile_or_fail
from samizdat.engine import Engine
from samizdat.player.changes import describe_changes
from samizdat.player.text import bar, stats_lines


def _with(engine, state, **values):
    slots = engine.symbols.value_slots
    new = list(state.values)
    for name, value in values.items():
        new[slots[name]] = value
    return attrs.evolve(state, values=tuple(new))


def test_a_stat_going_down_is_shown_with_a_minus_sign(example_engine):
    before = example_engine.start(seed=0)
    after = _with(example_engine, before, nerve=before.values[0] - 5)
    assert describe_changes(example_engine.declarations, before, after) == ["Nerve \u22125"]


def test_stats_and_labelled_flags_are_described_and_the_rest_stay_hidden(example_engine):
    before = example_engine.start(seed=0)
    after = _with(example_engine, before, suspicion=40, has_ticket=True, papers_forged=True, bribes=3)
    assert describe_changes(example_engine.declarations, before, after) == [
        "Suspicion +30", "Ticket: yes"]  # papers_forged and bribes have no label
    assert describe_changes(example_engine.declarations, after, before) == [
        "Suspicion \u221230", "Ticket: no"]


def test_a_real_choice_reports_what_the_engine_changed(example_engine):
    start = example_engine.start(seed=0)
    after = example_engine.choose(start, "buy")
    assert describe_changes(example_engine.declarations, start, after) == [
        "Nerve +15", "Ticket: yes"]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 100), st.integers(0, 1))
def test_nothing_changed_means_nothing_to_say(nerve, ticket):
    example_engine = Engine(compile_or_fail(EXAMPLE))
    state = _with(example_engine, example_engine.start(seed=0), nerve=nerve, has_ticket=bool(ticket))
    assert describe_changes(example_engine.declarations, state, state) == []


@settings(max_examples=60, deadline=None)
@given(st.integers(-50, 50), st.integers(1, 200), st.data())
def test_a_bar_is_always_eight_cells_and_grows_with_its_value(low, span, data):
    high = low + span
    a = data.draw(st.integers(low, high))
    b = data.draw(st.integers(a, high))
    left, right = bar(a, low, high), bar(b, low, high)
    assert len(left) == len(right) == 8
    assert left.count("\u2587") <= right.count("\u2587")
    assert bar(low, low, high) == "\u2581" * 8 and bar(high, low, high) == "\u2587" * 8


def test_stats_are_labelled_bars_that_fold_onto_lines_that_fit(example_story, example_engine):
    state = example_engine.start(seed=0)
    assert stats_lines(example_story, state, 80) == [
        "Nerve \u2587\u2587\u2587\u2587\u2581\u2581\u2581\u2581 50   "
        "Suspicion \u2587\u2581\u2581\u2581\u2581\u2581\u2581\u2581 10"]
    assert len(stats_lines(example_story, state, 20)) == 2


def test_the_changes_line_breaks_between_changes_never_inside_one():
    from samizdat.player.text import changes_lines

    changes = ["Army loyalty +5", "Legitimacy \u22123", "Standing abroad +5", "Kirov's trust +10"]
    for width in range(20, 80):
        lines = changes_lines(changes, width)
        joined = " ".join(line.strip() for line in lines)
        assert joined == "(Army loyalty +5, Legitimacy \u22123, Standing abroad +5, Kirov's trust +10)"
        for line in lines:
            assert len(line) <= width or line.strip().rstrip(",)").lstrip("(") in changes
        assert not any(line.rstrip().endswith(("Standing", "Army", "Kirov's")) for line in lines)
