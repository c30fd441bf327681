"""`samizdat explore` on small stories with known answers, and its witnesses replayed.

Each story in tests/stories/ says in its first comment what explore must
find. Golden files under tests/golden/tools/ hold the exact reports; after an
intended change run SAMIZDAT_UPDATE_GOLDEN=1 pytest tests/test_explore.py.
"""
from __future__ import annotations

import json
import re
from collections import deque
from pathlib import Path

import pytest

from conftest import EXAMPLE, compile_or_fail, golden, run_samizdat
from samizdat.explorer.dice import BranchingDice
from samizdat.engine import ChoiceUnavailable, Engine
from samizdat.explorer.search import search
from samizdat.explorer.findings import PROVEN, explore_story

STORIES = Path(__file__).resolve().parent / "stories"


def engine_for(name) -> Engine:
    path = EXAMPLE if name == "examples" else STORIES / f"{name}.story"
    return Engine(compile_or_fail(path))


assert_golden = golden("tools")


def without_timings(text):
    text = re.sub(r"^  Time: .*\n", "", text, flags=re.MULTILINE)  # seconds per method
    return re.sub(r"in \d+\.\d\d s", "in N s", text)


# ------------------------------------------------------------ known answers

def test_a_dead_end_inside_a_choice_is_found_at_its_point():
    report = explore_story(engine_for("interrogation"))
    assert report.complete
    assert [(x.scene, x.where, x.path.steps) for x in report.stuck] == [
        ("office", "office.questions/2", (("office", "2"), ("office", "1"), ("office", "2"),
                                          ("office", "2"), ("office", "2")))]
    assert report.problems == 1


def test_a_soft_lock_is_found_with_its_shortest_path():
    report = explore_story(engine_for("softlock"))
    assert report.complete
    assert [(x.scene, x.path.steps) for x in report.stuck] == [
        ("cellar", (("hall", "hall"), ("hall", "cellar")))]
    assert report.problems == 1


def test_an_ending_behind_an_impossible_condition_is_proven_unreachable():
    report = explore_story(engine_for("impossible"))
    status = {e.id: e.status for e in report.endings}
    assert status == {"throne": "unreachable", "retired": "reached"}
    assert [(u.scene, u.choice, u.status) for u in report.never_available] == [
        ("court", "throne", PROVEN)]
    power = next(r for r in report.ranges if r.name == "power")
    assert (power.low, power.high) == (10, 30)


def test_the_abstraction_proves_it_when_the_search_is_cut_short():
    report = explore_story(engine_for("impossible"), max_states=2, samples=50)
    assert not report.complete and report.abstraction
    assert {e.id: e.status for e in report.endings}["throne"] == "unreachable"
    assert [(u.choice, u.status) for u in report.never_available] == [("throne", PROVEN)]


def test_an_ending_only_the_state_leads_to_is_reached():
    report = explore_story(engine_for("whenever"))
    collapse = next(e for e in report.endings if e.id == "collapse")
    assert collapse.status == "reached" and collapse.shortest
    assert collapse.path.steps == (("road", "road"),) * 3
    assert report.problems == 0


def test_a_cycle_with_no_way_out_is_found():
    report = explore_story(engine_for("maze"))
    assert [(t.scenes, t.path.steps) for t in report.traps] == [
        (("maze_a", "maze_b"), (("gate", "maze_a"),))]
    assert not report.stuck


def test_every_outcome_of_every_roll_is_followed():
    report = explore_story(engine_for("coin"))
    assert {e.id: (e.status, e.path.length) for e in report.endings} == {
        "won": ("reached", 2), "tails": ("reached", 2), "miracle": ("reached", 2)}
    assert report.problems == 0


def test_the_example_story_is_clean():
    report = explore_story(engine_for("examples"))
    assert report.complete and report.problems == 0
    assert not report.never_reached and not report.never_available


def test_a_chance_roll_is_followed_on_both_sides_only():
    dice = BranchingDice()
    engine = engine_for("coin")
    state = engine.choose(engine.start(0), "toss")
    outcomes = list(dice.outcomes(lambda: engine.start(0, dice=dice)))
    assert len(outcomes) == 1  # no roll at the start
    seen = [s.scene for s, _ in dice.outcomes(lambda: engine.choose(engine.start(0), "toss", dice))]
    # heads once; tails: 19 faces of the d20 alike but followed one by one, and the edge
    assert seen.count("heads") == 1 and seen.count("edge") == 1 and seen.count("toss") == 19
    assert state.scene in ("heads", "edge", "toss")


# -------------------------------------------- merging loses nothing (soundness)

def full_search(engine):
    """A naive breadth-first search over whole states (seed and turn aside), no merging."""
    dice = BranchingDice()
    starts = [s for s, e in dice.outcomes(lambda: engine.start(0, dice=dice)) if s is not None]

    def whole(state):
        return (state.scene, state.at, state.offer, state.values, state.visits, state.used)

    seen = {whole(s) for s in starts}
    queue = deque(starts)
    reached, available, endings, stuck = set(), set(), set(), set()
    while queue:
        state = queue.popleft()
        reached.add(state.scene)
        if engine.scenes[state.scene].ending:
            endings.add(state.scene)
            continue
        dice.reset()
        ids = engine.available_ids(state, dice)
        if not ids:
            stuck.add(state.scene)
        for choice_id in ids:
            available.add(engine.choice_key(state, choice_id))
            for new, error in dice.outcomes(lambda: engine.choose(state, choice_id, dice)):
                assert error is None or isinstance(error, ChoiceUnavailable)
                if new is not None and whole(new) not in seen:
                    seen.add(whole(new))
                    queue.append(new)
                    assert len(seen) < 200_000, "the full search does not end"
    return reached, available, endings, stuck, len(seen)


@pytest.mark.parametrize("name", ["examples", "softlock", "impossible", "whenever", "maze", "coin",
                                  "interrogation"])
@pytest.mark.parametrize("observe_text", [True, False])
def test_merging_on_live_values_finds_what_the_full_search_finds(name, observe_text):
    engine = engine_for(name)
    reached, available, endings, stuck, whole_states = full_search(engine)
    s = search(engine, observe_text=observe_text)
    page_scenes = {s.codec.scene_of(k).id for k in s.keys}
    assert page_scenes == reached
    assert set(s.available) == available
    assert set(s.endings) == endings
    assert {s.codec.scene_of(s.keys[n]).id for n in s.stuck} == stuck
    assert s.states <= whole_states


def test_merging_makes_the_example_smaller():
    engine = engine_for("examples")
    *_, whole_states = full_search(engine)
    merged = search(engine, observe_text=False)
    assert merged.states < whole_states


# ------------------------------------------------------------------ the command

@pytest.mark.parametrize("name", ["softlock", "impossible", "maze", "coin"])
def test_the_report_reads_as_expected(name):
    result = run_samizdat("explore", STORIES / f"{name}.story")
    assert result.stderr == ""
    assert_golden(f"explore_{name}.txt", without_timings(result.stdout))
    assert result.returncode == (0 if name == "coin" else 1)


def test_a_partial_search_says_what_it_covered_and_what_is_only_sampled():
    result = run_samizdat("explore", EXAMPLE, "--max-states", "10", "--samples", "200")
    assert result.returncode == 0, result.stderr
    assert_golden("explore_partial.txt", without_timings(result.stdout))


def test_json_output():
    result = run_samizdat("explore", STORIES / "impossible.story", "--format", "json")
    assert result.returncode == 1
    body = json.loads(result.stdout)
    assert body["complete"] is True and body["problems"] == 1
    assert {e["id"]: e["status"] for e in body["endings"]} == {"throne": "unreachable", "retired": "reached"}
    assert body["never_available"] == [
        {"scene": "court", "choice": "throne", "text": "Seize the throne", "status": "proven",
         "where": "court/throne", "method": "exhaustive search"}]
    assert body["open"] == 0


@pytest.mark.parametrize("args, message", [
    (["nowhere.story"], "no such file"),
    ([str(STORIES / "maze.story"), "--max-states", "0"], "expected at least 1"),
    ([str(STORIES / "maze.story"), "--max-states", "many"], "expected a whole number"),
])
def test_bad_input_is_a_usage_error(args, message):
    result = run_samizdat("explore", *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_witness_folder_that_is_a_file_is_refused(tmp_path):
    target = tmp_path / "file"
    target.write_text("mine")
    result = run_samizdat("explore", STORIES / "maze.story", "--witness-dir", target)
    assert result.returncode == 2 and "not a folder" in result.stderr
    assert target.read_text() == "mine"


def test_a_file_that_is_not_a_replay_is_never_overwritten(tmp_path):
    precious = tmp_path / "ending-home.json"
    precious.write_text('{"mine": true}')
    result = run_samizdat("explore", STORIES / "maze.story", "--witness-dir", tmp_path)
    assert result.returncode == 2
    assert "not a replay file; left as it is" in result.stdout
    assert precious.read_text() == '{"mine": true}'


# --------------------------------------------------------------- witnesses

EXPECTED_WITNESSES = {
    "softlock": {"ending-outside": "outside", "stuck-cellar": "cellar"},
    "impossible": {"ending-retired": "retired"},
    "whenever": {"ending-inn": "inn", "ending-collapse": "collapse"},
    "maze": {"ending-home": "home", "trap-maze_a": "maze_a"},
    "coin": {"ending-won": "won", "ending-tails": "tails", "ending-miracle": "miracle"},
    "interrogation": {"ending-home": "home", "stuck-office": "office"},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_WITNESSES))
def test_each_witness_replays_to_the_place_it_names(name, tmp_path):
    from samizdat.saves import read, replay

    result = run_samizdat("explore", STORIES / f"{name}.story", "--witness-dir", tmp_path)
    assert result.returncode in (0, 1), result.stderr
    files = {p.stem: p for p in tmp_path.glob("*.json")}
    assert set(files) == set(EXPECTED_WITNESSES[name])
    engine = engine_for(name)
    for stem, scene in EXPECTED_WITNESSES[name].items():
        replayed = replay(engine, read(files[stem]))
        assert replayed.ok, replayed.divergence.describe()
        assert replayed.final.scene == scene
        if stem.startswith("stuck-"):
            assert engine.page(replayed.final).stuck


def test_a_witness_passes_replay_check(tmp_path):
    run_samizdat("explore", STORIES / "coin.story", "--witness-dir", tmp_path)
    result = run_samizdat("replay", tmp_path / "ending-miracle.json", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "A Miracle" in result.stdout


@pytest.mark.parametrize("name", ["examples", "softlock", "whenever", "maze", "coin", "interrogation",
                                  "red_napoleon"])
def test_remembered_steps_change_nothing(name):
    from conftest import RED_NAPOLEON

    if name == "red_napoleon":
        if not (RED_NAPOLEON / "main.story").is_file():
            pytest.skip("the bundled story is not there")
        engine = Engine(compile_or_fail(RED_NAPOLEON))
    else:
        engine = engine_for(name)
    remembered = search(engine, max_states=20_000, remember_steps=True)
    engine_only = search(engine, max_states=20_000, remember_steps=False)
    assert remembered.keys == engine_only.keys
    assert list(remembered.edges) == list(engine_only.edges)
    assert remembered.reached == engine_only.reached and remembered.stuck == engine_only.stuck


# ------------------------------------------- past the exact search: each method

def test_a_dead_end_after_forty_steps_of_accumulation_is_witnessed(tmp_path):
    # The exact search stops after a few steps and no random playthrough is
    # tried: the directed search must find the dead end, and the replay show it.
    report = explore_story(engine_for("gym"), max_states=30, samples=0, time_limit=20)
    assert not report.complete
    assert [(x.scene, x.path.how) for x in report.stuck] == [("gym", "directed search")]
    assert report.stuck[0].path.length >= 40
    assert report.problems == 1
    result = run_samizdat("explore", STORIES / "gym.story", "--max-states", "30", "--samples", "0",
                          "--witness-dir", tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "gym: after 57 steps (witnessed)" in result.stdout
    checked = run_samizdat("replay", tmp_path / "stuck-gym.json", "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_scene_covered_by_its_conditions_is_proven_free_of_dead_ends():
    # Over both roads the intervals allow weak and poor at the ford: only the
    # abstraction cut at the ford's own thresholds proves it is never a dead end.
    from samizdat.explorer.abstract import AbstractSearch

    engine = engine_for("ford")
    coarse = AbstractSearch(engine).run()
    assert any(coarse.stuck_region(k) is not None for k in coarse.classes)
    report = explore_story(engine, max_states=50, samples=0, time_limit=6)
    assert not report.complete and report.rounds >= 2
    assert report.stuck == [] and report.questions == []
    assert report.dead_ends_proven == "abstraction"
    assert report.open == 0 and report.problems == 0


def test_a_choice_behind_a_narrow_window_is_witnessed(tmp_path):
    report = explore_story(engine_for("forge"), max_states=30, samples=0, time_limit=20)
    assert not report.complete
    tempered = next(e for e in report.endings if e.id == "tempered")
    assert tempered.status == "reached" and tempered.path.how == "directed search"
    assert report.choices_available == report.choices
    # strokes only grow: that some step might take them past the largest whole
    # number is all that stays open
    assert [q.kind for q in report.questions] == ["loop"] * len(report.questions)
    assert report.open == len(report.questions)
    run_samizdat("explore", STORIES / "forge.story", "--max-states", "30", "--samples", "0",
                 "--witness-dir", tmp_path)
    checked = run_samizdat("replay", tmp_path / "ending-tempered.json", "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_open_questions_are_never_called_no_problems():
    result = run_samizdat("explore", STORIES / "steps.story", "--max-states", "500", "--samples", "50",
                          "--time-limit", "3")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "No problems found" not in result.stdout
    assert "room/meet \"Meet\" (open)" in result.stdout
    assert "OPEN (not reached, not ruled out)" in result.stdout
    # and, the counters growing for ever, whether a step may take them past the
    # largest whole number stays open too
    assert re.search(r"No problem proven, but \d+ questions are open\.", result.stdout)


def test_calls_a_question_and_a_text_are_followed(tmp_path):
    report = explore_story(engine_for("briefing"))
    assert report.complete
    assert [x.scene for x in report.stuck] == ["cellar"]
    assert [(u.choice, u.status) for u in report.never_available] == [("sign", PROVEN)]
    # Cut short, the abstraction follows the calls too; the text it cannot tell apart.
    partial = explore_story(engine_for("briefing"), max_states=5, samples=0, time_limit=20)
    assert [x.scene for x in partial.stuck] == ["cellar"]
    assert {e.id: e.status for e in partial.endings} == {"home": "reached"}
    assert [(u.choice, u.status) for u in partial.never_available] == [("sign", "open")]
    run_samizdat("explore", STORIES / "briefing.story", "--witness-dir", tmp_path)
    for name in ("ending-home", "stuck-cellar"):
        checked = run_samizdat("replay", tmp_path / f"{name}.json", "--check")
        assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("name", ["softlock", "impossible", "maze", "coin", "interrogation",
                                  "whenever", "briefing", "gym", "examples"])
def test_every_state_the_exact_search_finds_lies_in_a_class(name):
    # The abstraction's proofs rest on this: each concrete state inside its class.
    from samizdat.explorer.abstract import AbstractSearch

    engine = engine_for(name)
    s = search(engine)
    assert s.complete
    a = AbstractSearch(engine, s.graph).run()
    for key in s.keys:
        scene_id, at, offer, values, visits, mask, stack = s.codec.unpack(key)
        class_key = a.key_of(scene_id, at, offer, values, visits, mask, stack)
        assert class_key in a.classes, (name, scene_id, at, values)
        env = a.classes[class_key][0]
        c = s.codec.point(scene_id, at)
        for slot in c.values:  # what the key holds; dead values it fills with starting ones
            if not isinstance(values[slot], str):
                assert env[slot][0] <= values[slot] <= env[slot][1], (name, scene_id, slot)


@pytest.mark.parametrize("name", ["softlock", "maze", "coin", "interrogation", "whenever",
                                  "briefing", "gym", "examples"])
def test_every_key_decodes_to_a_state_whose_key_it_is(name):
    # Keys of the fixed layout and spilled ones (a text, a call waiting): the
    # search expands what `unpack` rebuilds, so rebuilding must lose nothing live.
    s = search(engine_for(name))
    assert s.complete
    spilled = 0
    for key in s.keys:
        state, mask = s.codec.decode(key)
        assert s.codec.encode(state, mask) == key, (name, state)
        spilled += int.from_bytes(key[:s.codec.head], "little") == s.codec.spill
    if name == "briefing":
        assert spilled  # its calls and its text are kept the spilled way


def test_a_condition_past_the_range_of_whole_numbers_is_a_step_that_goes_wrong(tmp_path):
    report = explore_story(engine_for("overflow"))
    assert report.complete
    assert [(lp.scene, lp.choice) for lp in report.loops] == [("a", "")]
    assert "past the largest whole number" in report.loops[0].message
    assert report.problems == 1
    result = run_samizdat("explore", STORIES / "overflow.story", "--witness-dir", tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    checked = run_samizdat("replay", tmp_path / "loop-a.json", "--check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
