"""`samizdat explore` on stories that ask the player for text: deterministic, and it
answers every question with the text held (docs/language.md, "Asking the player").

The reports compared are the command's own JSON, minus the time it took.
"""
from __future__ import annotations

import contextlib
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_samizdat
from samizdat.cli import main
from strategies import stories

ASKING = """title Papers
start office
text alias "Your name" = "Anna Petrovna"
text rank = "private"
=== office: The passport office
-> clerk ->
ask alias "What name goes on the papers?"
* Ask to be a sergeant
  ask rank "Which rank?"
* Take the papers -> issued
  if alias == "Anna Petrovna"
* Argue -> refused
  if alias != "Anna Petrovna"
{rank} {alias}.
* Go -> issued

=== clerk: The clerk
The clerk licks a pencil.
return

=== ending issued: Issued
The papers say {alias}, {rank}.

=== ending refused: Refused
No papers for {alias}.
"""


def explore_json(folder, *options):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["explore", str(folder), "--format", "json", *options])
    report = json.loads(out.getvalue())
    report.pop("elapsed")
    report.pop("timings")  # seconds per method
    return code, report


def write(tmp_path, text):
    (tmp_path / "main.story").write_text(text, encoding="utf-8")
    return tmp_path


def test_explore_answers_each_question_with_the_text_held(tmp_path):
    code, report = explore_json(write(tmp_path, ASKING))
    assert report["complete"]
    ranges = {r["name"]: (r["low"], r["high"]) for r in report["ranges"]}
    assert ranges == {"alias": ("Anna Petrovna", "Anna Petrovna"), "rank": ("private", "private")}
    status = {e["id"]: e["status"] for e in report["endings"]}
    assert status["issued"] == "reached"
    # only a typed name could reach it, and explore types none
    assert status["refused"] != "reached" and code == 1


def test_explore_reports_the_same_in_another_process(tmp_path):
    folder = write(tmp_path, ASKING)
    code, here = explore_json(folder)  # this process hashes strings with its own random seed
    there = run_samizdat("explore", folder, "--format", "json", env={"PYTHONHASHSEED": "1"})
    assert there.returncode == code
    report = json.loads(there.stdout)
    report.pop("elapsed")
    report.pop("timings")
    assert report == here


@settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(stories(max_scenes=4).filter(lambda text: "ask name" in text), st.integers(0, 2**16))
def test_explore_on_stories_with_questions_is_deterministic(tmp_path_factory, text, seed):
    folder = write(tmp_path_factory.mktemp("x"), text)
    options = ("--max-states", "400", "--samples", "20", "--seed", str(seed))
    first = explore_json(folder, *options)
    assert first == explore_json(folder, *options)
    if "set name" not in text:  # nothing but a question could change it: explore keeps the default
        default = "Anna" if 'text name "Name" = "Anna"' in text else "anna"
        (name,) = [r for r in first[1]["ranges"] if r["name"] == "name"]
        assert (name["low"], name["high"]) == (default, default)


CALLED_TWICE = """start a
=== a: A
-> question ->
Back in A.
* On -> b
=== b: B
-> question ->
Back in B.
* On -> e
=== question: The question
Well?
* Yes
  return
* No
return
=== ending e: E
Done.
"""


def test_explore_keeps_apart_a_scene_called_from_two_places(tmp_path):
    code, report = explore_json(write(tmp_path, CALLED_TWICE))
    assert code == 0 and report["complete"] and report["problems"] == 0
    (ending,) = report["endings"]
    assert ending["status"] == "reached"
    # a, the question from a, a again, b, the question from b, b again: the path goes through both
    assert [step[1] for step in ending["path"]["steps"]] in (["1", "b", "1", "e"], ["1", "b", "2", "e"],
                                                            ["2", "b", "1", "e"], ["2", "b", "2", "e"])
