"""`samizdat stats`: words, scenes, choices, endings and values, per file and in total."""
from __future__ import annotations

import json

from conftest import EXAMPLE, REPO, compile_or_fail, golden, run_samizdat
from samizdat.storystats import story_stats


assert_golden = golden("tools")


def test_counts_of_a_small_story(tmp_path):
    story = tmp_path / "main.story"
    story.write_text(
        "title T\nstart a\nstat s\nflag f\nvar v\n"
        "=== a: Heading words are not counted\n"
        "One two three {s} four. {if f: five six | seven} {cycle: eight | nine ten}\n"
        "* Eleven twelve -> b\n  if s > 1\n* Thirteen -> b\n"
        "=== ending b: End\nFourteen.\n")
    files, total = story_stats(compile_or_fail(story))
    assert len(files) == 1
    assert (total.words, total.scenes, total.endings, total.choices, total.conditional_choices) == (14, 2, 1, 2, 1)
    assert (total.stats, total.flags, total.vars) == (1, 1, 1)


def test_the_example_per_file():
    result = run_samizdat("stats", EXAMPLE, cwd=REPO)  # file names are shown from here
    assert result.returncode == 0 and result.stderr == ""
    assert_golden("stats_example.txt", result.stdout)


def test_json_totals_add_up():
    body = json.loads(run_samizdat("stats", EXAMPLE, "--format", "json").stdout)
    for key, value in body["total"].items():
        assert value == sum(f[key] for f in body["files"])
    assert body["total"]["scenes"] == 8 and body["total"]["endings"] == 2


def test_a_missing_story_is_an_io_error():
    result = run_samizdat("stats", "no/such/story")
    assert result.returncode == 2 and "no such file" in result.stderr
