"""Shared test helpers: where the stories are, and running the real command."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "stories" / "examples"
RED_NAPOLEON = REPO / "stories" / "red_napoleon"
GOLDEN = Path(__file__).resolve().parent / "golden"


def run_samizdat(*args, input=None, env=None, cwd=None, timeout=120):
    """Run `python -m samizdat ARGS` as a user would; returns CompletedProcess (text)."""
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80"}
    full_env.pop("SAMIZDAT_DEBUG", None)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "samizdat", *map(str, args)],
        input=input, capture_output=True, text=True, env=full_env,
        cwd=cwd, timeout=timeout)


def golden(folder):
    """An assert_golden(name, actual) for tests/golden/FOLDER/NAME.

    SAMIZDAT_UPDATE_GOLDEN=1 rewrites the files instead; read the diff after.
    """
    def assert_golden(name, actual):
        path = GOLDEN / folder / name
        if os.environ.get("SAMIZDAT_UPDATE_GOLDEN"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
        assert path.is_file(), f"no golden file {path}; run with SAMIZDAT_UPDATE_GOLDEN=1 to make it"
        assert actual == path.read_text(encoding="utf-8"), f"output differs from {path.name}"
    return assert_golden


def compile_or_fail(path):
    """The Story at `path`, failing the test with the diagnostics if it has errors."""
    from samizdat.pipeline import compile_story

    loaded = compile_story(path)
    if loaded.story is None:
        pytest.fail("story did not compile:\n" + "\n".join(map(str, loaded.diagnostics)))
    return loaded.story


@pytest.fixture
def example_story():
    return compile_or_fail(EXAMPLE)


@pytest.fixture
def example_engine(example_story):
    from samizdat.engine import Engine

    return Engine(example_story)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Saves and caches of tests never touch the real user's folders."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("SAMIZDAT_SAVE_DIR", str(home / "saves"))
    monkeypatch.setenv("SAMIZDAT_CACHE_DIR", str(home / "cache"))
