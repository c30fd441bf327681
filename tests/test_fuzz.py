"""Fuzzing at a budget that fits CI: hostile stories and saves never end in an internal error.

The cases and the properties are tests/fuzzing.py's: random text and bytes,
programs drawn from the grammar on disk, mutations of the bundled stories,
generated stories (each that checks clean is played at random, page by
page, and round-tripped through a save), and mutated saves. Every case is
bounded in time; the process's peak memory must stay under 1 GB.

SAMIZDAT_FUZZ_EXAMPLES=N runs N examples of each instead; `python
bench/fuzz.py --cases 10000` runs the long version with figures.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

import fuzzing

EXAMPLES = int(os.environ.get("SAMIZDAT_FUZZ_EXAMPLES", "0"))


def budget(examples: int):
    return settings(max_examples=EXAMPLES or examples, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


def _assert_clean(outcome):
    assert not outcome.bad, f"{outcome.kind}: {outcome.detail}"


@pytest.fixture(autouse=True)
def _memory_stays_bounded():
    yield
    assert fuzzing.peak_memory() < 1024 ** 3, "this process went past 1 GB"


@budget(40)
@given(fuzzing.grammar_stories())
def test_programs_from_the_grammar(files):
    _assert_clean(fuzzing.run_case("story", files))


@budget(150)
@given(fuzzing.text_stories())
def test_random_text(files):
    _assert_clean(fuzzing.run_case("story", files))


@budget(100)
@given(fuzzing.byte_stories())
def test_random_bytes(files):
    _assert_clean(fuzzing.run_case("story", files))


@budget(60)
@given(fuzzing.mutated_bundled_stories(which=("examples",)))
def test_mutations_of_the_example_story(files):
    _assert_clean(fuzzing.run_case("story", files))


@budget(12)
@given(fuzzing.mutated_bundled_stories(which=("red_napoleon",)))
def test_mutations_of_the_red_napoleon(files):
    _assert_clean(fuzzing.run_case("story", files))


@budget(50)
@given(fuzzing.generated_stories())
def test_generated_stories_play(files):
    outcome = fuzzing.run_case("story", files)
    _assert_clean(outcome)


@budget(150)
@given(fuzzing.hostile_saves())
def test_hostile_saves(data):
    _assert_clean(fuzzing.run_case("save", data))


def test_the_fuzzer_sees_what_it_must_catch(monkeypatch):
    """A test that cannot fail is a defect: an internal error, a hang and a broken property are each caught."""
    from samizdat import pipeline

    files = {"main.story": b'title "T"\nstart a\n=== a\nHi\n* Go -> a\n'}
    assert fuzzing.run_case("story", files).kind == fuzzing.OK

    def crash(path, use_cache=False):
        raise ValueError("a bug")

    monkeypatch.setattr(pipeline, "compile_story", crash)
    outcome = fuzzing.run_case("story", files)
    assert outcome.kind == fuzzing.INTERNAL and "ValueError: a bug" in outcome.detail

    def hang(path, use_cache=False):
        while True:
            pass

    monkeypatch.setattr(pipeline, "compile_story", hang)
    assert fuzzing.run_case("story", files, limit=0.5).kind == fuzzing.HANG
    monkeypatch.undo()

    monkeypatch.setattr("samizdat.diagnostics.sanitize", lambda text: text)
    outcome = fuzzing.run_case("story", {"main.story": b"\x1b[2J\n"})
    assert outcome.kind == fuzzing.FAILED and "raw character" in outcome.detail


def test_the_long_run_prints_its_figures(tmp_path):
    """bench/fuzz.py at a handful of cases, so that the long run cannot rot."""
    import subprocess
    import sys

    from conftest import REPO

    result = subprocess.run([sys.executable, str(REPO / "bench" / "fuzz.py"), "--cases", "6",
                             "--kinds", "text,save", "--out", str(tmp_path / "bad")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    for figure in ("cases tried:        6", "internal errors:  0", "hangs over 10 s:  0",
                   "runs over 1 GB:     0", "peak memory:"):
        assert figure in result.stdout, result.stdout
    assert not (tmp_path / "bad").exists()
