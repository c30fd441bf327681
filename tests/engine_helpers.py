"""Compile a story from a string and drive the engine, for tests."""
from samizdat.engine import Engine
from samizdat.pipeline import compile_story


def engine_for(tmp_path, text, name="main.story"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = compile_story(path)
    errors = [str(d) for d in loaded.diagnostics if d.is_error]
    assert loaded.story is not None, errors
    return Engine(loaded.story)


def value(engine, state, name):
    names = [d.name for d in engine.story.declarations]
    return state.values[names.index(name)]


def play(engine, state, *choice_ids):
    for choice_id in choice_ids:
        state = engine.choose(state, choice_id)
    return state


def read(engine, *choice_ids, seed=0, at=None, values=None):
    """The page a reader sees after taking `choice_ids` from the start, text and all."""
    turn = engine.begin(seed, at, values)
    for choice_id in choice_ids:
        turn = engine.take(turn, choice_id)
    return turn.page
