"""Properties of the parser, checker and engine over generated inputs (Hypothesis)."""
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samizdat.diagnostics import Diagnostic
from samizdat.engine import Engine, StoryLoop
from samizdat.loader import load
from samizdat.parser import parse_source
from samizdat.pipeline import compile_story
from strategies import choice_indexes, grammar_programs, stories

FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def check_text(tmp_path, text):
    path = tmp_path / "main.story"
    path.write_text(text, encoding="utf-8")
    return compile_story(path)


@FAST
@given(grammar_programs())
def test_programs_from_the_grammar_parse_or_give_syntax_errors(text):
    source, diagnostics = parse_source(text, "g.story")
    if source is None:
        assert diagnostics and all(d.is_error for d in diagnostics)
        assert all(d.line is not None for d in diagnostics)


@FAST
@given(grammar_programs())
def test_anything_that_parses_also_checks_without_crashing(tmp_path_factory, text):
    loaded = check_text(tmp_path_factory.mktemp("g"), text)
    assert all(isinstance(d, Diagnostic) for d in loaded.diagnostics)


_STORYISH = st.text(alphabet=string.printable + "{}|*+->=éЖ\u202e\x00\x1b", max_size=300)


@FAST
@given(st.one_of(st.text(max_size=300), _STORYISH,
                 _STORYISH.map(lambda t: "start a\n=== a\n" + t)))
def test_arbitrary_text_yields_diagnostics_never_an_exception(tmp_path_factory, text):
    loaded = check_text(tmp_path_factory.mktemp("t"), text)
    assert loaded.story is not None or any(d.is_error for d in loaded.diagnostics)


@FAST
@given(st.binary(max_size=300))
def test_arbitrary_bytes_yield_diagnostics_never_an_exception(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("b") / "main.story"
    path.write_bytes(data)
    loaded = load(path)
    assert loaded.story is not None or loaded.diagnostics


@FAST
@given(stories())
def test_generated_stories_check_clean(tmp_path_factory, text):
    loaded = check_text(tmp_path_factory.mktemp("s"), text)
    assert loaded.story is not None, [str(d) for d in loaded.diagnostics]


def _walk(engine, seed, indexes):
    """Follow a path of indexes among the available choices; yields (state, page)."""
    state = engine.start(seed)
    for index in indexes:
        page = engine.page(state)
        yield state, page
        if not page.available:
            return
        state = engine.choose(state, page.available[index % len(page.available)].id)
    yield state, engine.page(state)


@FAST
@given(stories(), st.integers(0, 2**32), choice_indexes())
def test_play_keeps_stats_in_range_and_pages_consistent(tmp_path_factory, text, seed, indexes):
    story = check_text(tmp_path_factory.mktemp("p"), text).story
    engine = Engine(story)
    bounds = {d.name: (d.low, d.high) for d in story.stats}
    names = [d.name for d in story.declarations]
    try:
        for state, page in _walk(engine, seed, indexes):
            for name, (low, high) in bounds.items():
                assert low <= state.values[names.index(name)] <= high
            assert tuple(c.id for c in page.available) == engine.available_ids(state)
            assert not page.stuck  # every generated scene has an otherwise
            hash(state)
    except StoryLoop:
        pass  # generated jumps may loop; the engine must say so, not hang


@FAST
@given(stories(), st.integers(0, 2**32), choice_indexes())
def test_play_is_deterministic_for_a_seed_and_path(tmp_path_factory, text, seed, indexes):
    engine = Engine(check_text(tmp_path_factory.mktemp("d"), text).story)
    try:
        first = list(_walk(engine, seed, indexes))
        second = list(_walk(engine, seed, indexes))
    except StoryLoop:
        return
    assert first == second
