"""The checker judges plain scenes without lowering them; it must say what the programs say."""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO
from samizdat.flowcheck import flow_warnings
from samizdat.loader import load
from strategies import stories, weave_stories

STORIES = sorted(p for p in (REPO / "stories").iterdir() if p.is_dir()) + \
    sorted((REPO / "tests" / "stories").glob("*.story"))

PLAIN_SHAPES = [
    "=== a\nText.\n* Go -> a\n",
    "=== a\nText.\n-> b\nNever.\n* Go -> a\n=== b\n* x -> a\n",
    "=== a\nText.\n-> b if seen(b)\n=== b\n* x -> a\n",
    "=== a\n* Go -> a\n* Stay -> a\nNobody comes here.\n",
    "=== a\n* Go -> a\notherwise -> a\nNor here.\n",
    "=== a\nset x = 1\n-> b\n* Go -> a\notherwise -> b\n=== b\n* x -> a\n",
    "=== a\nJust text.\notherwise -> a\n",
    "=== ending a\nThe end.\n",
]


def _both(story):
    return flow_warnings(story, shortcut=True), flow_warnings(story, shortcut=False)


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_the_repository_stories(path):
    story = load(path).story
    fast, lowered = _both(story)
    assert fast == lowered


@pytest.mark.parametrize("text", PLAIN_SHAPES)
def test_plain_shapes(tmp_path, text):
    path = tmp_path / "main.story"
    path.write_text("start a\nvar x\n" + text, encoding="utf-8")
    fast, lowered = _both(load(path).story)
    assert fast == lowered


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(stories(), weave_stories()))
def test_generated_stories(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("s") / "main.story"
    path.write_text(text, encoding="utf-8")
    loaded = load(path)
    if loaded.story is not None:
        fast, lowered = _both(loaded.story)
        assert fast == lowered
