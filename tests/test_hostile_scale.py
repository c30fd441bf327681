"""Extreme sizes: many diagnostics, megabyte tokens, thousands of includes.

The work of `check` grows with its input, not with its square, and the
memory of a parse with the size of the text, whatever one token holds. (How
fast is bench/'s business: these tests count and measure allocations, never
time.)
"""
from __future__ import annotations

import io
from pathlib import Path
import tracemalloc

import pytest
from hostile_support import assert_golden, run_bounded, shown

from samizdat import loader
from samizdat.commands.check import print_diagnostics
from samizdat.parser import get_parser, parse_source


class CountingText(str):
    """A file's text that counts how often it is split into lines."""
    splits = 0

    def split(self, *args, **kwargs):
        CountingText.splits += 1
        return super().split(*args, **kwargs)


def test_printing_diagnostics_splits_each_file_once_however_many_it_has(tmp_path):
    scenes = "".join("=== a\nHi\n-> a\n" for _ in range(2000))
    (tmp_path / "main.story").write_text(f'title "T"\nstart a\n{scenes}')
    loaded = loader.load(tmp_path / "main.story")
    from samizdat.checker import check

    loaded.diagnostics.extend(check(loaded.story))
    assert len(loaded.diagnostics) >= 1999
    loaded.sources = {name: CountingText(text) for name, text in loaded.sources.items()}
    CountingText.splits = 0
    out = io.StringIO()
    print_diagnostics(loaded, out)
    assert CountingText.splits == 1
    assert out.getvalue().count("error: there are two scenes called 'a'") == 1999


MEGABYTE = 1_000_000
HUGE_TOKENS = {
    "prose_line": "=== a\n" + "word " * (MEGABYTE // 5) + "\n-> a\n",
    "prose_paragraph": "=== a\n" + "a line of prose, and a hyphen-or-two / slash\n" * (MEGABYTE // 45) + "-> a\n",
    "hyphens_and_slashes": "=== a\n" + "a-b/c" * (MEGABYTE // 5) + "\n-> a\n",
    "choice_text": "=== a\nHi\n* " + "go " * (MEGABYTE // 3) + "-> a\n",
    "block_comment": "=== a\n/*" + "comment\n\n" * (MEGABYTE // 9) + "*/\nHi\n-> a\n",
    "blank_lines": "=== a\nHi\n" + "\n" * MEGABYTE + "-> a\n",
    "header_rest": "author " + "x" * MEGABYTE + "\n=== a\nHi\n-> a\n",
    "bad_line": "=== a\n" + "word " * (MEGABYTE // 5) + "}\n-> a\n",
}


@pytest.mark.parametrize("kind", sorted(HUGE_TOKENS))
def test_a_megabyte_token_parses_in_memory_proportional_to_it(kind):
    get_parser()  # the grammar's tables are not the text's
    text = 'title "T"\nstart a\n' + HUGE_TOKENS[kind]
    tracemalloc.start()
    try:
        source, diagnostics = parse_source(text, "huge.story")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (source is None) == (kind == "bad_line"), diagnostics
    # A backtracking repeat kept over 100 bytes per character: 100+ MB here.
    assert peak < 40 * MEGABYTE, f"{peak / MEGABYTE:.0f} MB to parse {len(text) / MEGABYTE:.1f} MB"


def _chain(folder, length, back_to=None):
    """main.story including part1.story including part2.story ... each with one scene."""
    for number in range(length):
        name = "main.story" if number == 0 else f"part{number}.story"
        header = 'title "Chain"\nstart s0\n' if number == 0 else ""
        include = (f"include part{number + 1}.story\n" if number + 1 < length
                   else f"include {back_to}\n" if back_to else "")
        last = number + 1 == length
        (folder / name).write_text(
            f"{header}{include}=== s{number}\nOn.\n-> {'the_end' if last else f's{number + 1}'}\n"
            + ("=== ending the_end\nDone.\n" if last else ""))


def test_a_chain_of_a_thousand_includes_is_read_like_any_story(tmp_path):
    _chain(tmp_path, 1000)
    loaded = loader.load(tmp_path)
    assert loaded.story is not None, loaded.diagnostics[:3]
    assert len(loaded.story.files) == 1000 and not loaded.diagnostics


def test_a_long_circle_of_includes_names_its_ends(tmp_path):
    _chain(tmp_path, 30, back_to="main.story")
    result = run_bounded("check", ".", cwd=tmp_path)
    assert_golden("include_long_circle.txt", shown(result))


def test_a_story_of_too_many_files_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "MAX_FILES", 20)
    _chain(tmp_path, 25)
    loaded = loader.load(tmp_path)
    assert loaded.story is None
    (problem,) = loaded.diagnostics
    assert problem.message == "cannot include 'part20.story': a story may have at most 20 files"
    assert (Path(problem.file).name, problem.line) == ("part19.story", 1)
