"""The cheap static findings of `samizdat check`: dead-end scenes and contradictory conditions.

Cases are story files in tests/golden/tools/check_static/; beside each, CASE.out
holds what `samizdat check` prints. After an intended change, regenerate with
SAMIZDAT_UPDATE_GOLDEN=1 pytest tests/test_check_static.py and read the diff.
"""
from __future__ import annotations

import pytest

from conftest import GOLDEN, compile_or_fail, golden
from samizdat.checker import check

CASES = GOLDEN / "tools" / "check_static"
assert_golden = golden("tools/check_static")


@pytest.mark.parametrize("case", sorted(p.stem for p in CASES.glob("*.story")))
def test_check_output_matches_golden(case, monkeypatch, capsys):
    from samizdat.cli import main

    monkeypatch.chdir(CASES)
    code = main(["check", f"{case}.story"])
    captured = capsys.readouterr()
    actual = f"{captured.out}{captured.err}exit {code}\n"
    assert_golden(f"{case}.out", actual)


def test_the_contradictions_found_are_the_ones_explore_proves():
    from samizdat.engine import Engine
    from samizdat.explorer.findings import explore_story

    story = compile_or_fail(CASES / "contradictions.story")
    warned = {d.line for d in check(story) if "can never be available" in d.message}
    report = explore_story(Engine(story))
    never = {u.choice for u in report.never_available}
    assert len(warned) == 4
    # 'b_4' (power > 10, but nothing ever raises power) takes the search to see.
    assert never == {"b", "b_2", "b_3", "b_4", "b_5"}
    assert [x.scene for x in report.stuck] == ["a"]  # with every choice impossible, at once


def test_a_story_without_such_problems_gets_no_such_warning():
    story = compile_or_fail(CASES / "fine.story")
    assert [d.message for d in check(story)] == []
