"""The compiled-story cache: same story as a fresh parse, rebuilt on any change, never trusted blindly."""
import json

from conftest import EXAMPLE
from samizdat.engine import Engine
from samizdat.pipeline import compile_story


def _first_page(story):
    engine = Engine(story)
    return engine.page(engine.start(5))


def test_a_cached_story_plays_exactly_like_a_parsed_one(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMIZDAT_CACHE_DIR", str(tmp_path))
    fresh = compile_story(EXAMPLE, use_cache=True)
    entries = list((tmp_path / "stories").glob("*.json"))
    assert len(entries) == 1
    cached = compile_story(EXAMPLE, use_cache=True)
    assert cached.story.scenes == fresh.story.scenes
    assert cached.story.declarations == fresh.story.declarations
    assert cached.diagnostics == fresh.diagnostics
    assert _first_page(cached.story) == _first_page(fresh.story)


def test_editing_any_file_of_the_story_invalidates_the_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMIZDAT_CACHE_DIR", str(tmp_path / "cache"))
    story = tmp_path / "story"
    story.mkdir()
    (story / "main.story").write_text("start a\ninclude more.story\n=== a\nOld text.\n* Go -> b\n")
    (story / "more.story").write_text("=== b\nBefore.\n* Back -> a\n")
    compile_story(story, use_cache=True)
    (story / "more.story").write_text("=== b\nAfter.\n* Back -> a\n")
    again = compile_story(story, use_cache=True)
    assert again.story.scenes_by_id["b"].items[0].text[0].text == "After."


def test_a_corrupt_or_hostile_entry_means_a_fresh_parse(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMIZDAT_CACHE_DIR", str(tmp_path))
    compile_story(EXAMPLE, use_cache=True)
    (entry,) = (tmp_path / "stories").glob("*.json")
    data = json.loads(entry.read_text())
    data["model"] = data["model"].replace('"_":"Scene"', '"_":"os.system"', 1)
    entry.write_text(json.dumps(data))
    assert compile_story(EXAMPLE, use_cache=True).story is not None
    entry.write_text("{not json")
    assert compile_story(EXAMPLE, use_cache=True).story is not None


def test_check_never_uses_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMIZDAT_CACHE_DIR", str(tmp_path))
    compile_story(EXAMPLE)
    assert not (tmp_path / "stories").exists()


def test_a_cached_story_has_the_same_fingerprint_and_decodes_only_what_play_needs(tmp_path, monkeypatch):
    from samizdat.saves import fingerprint

    monkeypatch.setenv("SAMIZDAT_CACHE_DIR", str(tmp_path))
    fresh = compile_story(EXAMPLE, use_cache=True).story
    cached = compile_story(EXAMPLE, use_cache=True).story
    _first_page(cached)
    decoded = cached.scenes_by_id._table._decoded
    assert set(decoded) == {"platform"}
    assert fingerprint(cached) == fingerprint(fresh)
    assert [s.id for s in cached.endings] == [s.id for s in fresh.endings]
