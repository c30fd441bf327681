"""`samizdat graph`: dot and Mermaid output, escaping of story text, and SVG through Graphviz."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLE, golden, run_samizdat
from samizdat.graph import dot_quote, mermaid_quote

STORIES = Path(__file__).resolve().parent / "stories"

AWKWARD = '''title Quotes "and" \\backslashes\\
start a

stat x = 0

=== a: A "heading" with <angle> & #hash | pipe
* Say "hello" \\n not a newline -> b
  if x < 5 and x >= 0
* (end) Go to `end` -> end

=== b
-> end if x > 3
+ Loop -> a
  set x += 1

=== ending end: The End
Done.
'''


assert_golden = golden("tools")


@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_the_example_graph(fmt):
    result = run_samizdat("graph", EXAMPLE, "--format", fmt)
    assert result.returncode == 0 and result.stderr == ""
    assert_golden(f"graph_example.{fmt}", result.stdout)


@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_story_text_is_escaped(fmt, tmp_path):
    story = tmp_path / "awkward.story"
    story.write_text(AWKWARD, encoding="utf-8")
    result = run_samizdat("graph", story, "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert_golden(f"graph_awkward.{fmt}", result.stdout)


def test_dot_quoting():
    assert dot_quote('say "hi" \\ bye') == '"say \\"hi\\" \\\\ bye"'
    assert dot_quote("two\nlines") == '"two\\nlines"'
    assert dot_quote("\x1b[31mred") == '"\ufffd[31mred"'


def test_mermaid_quoting():
    assert mermaid_quote('a "b" <c> #d |e| &f') == '"a #quot;b#quot; #lt;c#gt; #35;d #124;e#124; #amp;f"'
    assert mermaid_quote("two\nlines") == '"two<br/>lines"'


def test_output_to_a_file(tmp_path):
    target = tmp_path / "graph.mmd"
    result = run_samizdat("graph", EXAMPLE, "--format", "mermaid", "-o", target)
    assert result.returncode == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("%% The Night Train\nflowchart TD\n")


def test_svg_without_graphviz_says_how_to_install_it(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    result = run_samizdat("graph", EXAMPLE, "--svg", tmp_path / "g.svg", env={"PATH": str(empty)})
    assert result.returncode == 2
    assert "Graphviz's `dot` is not installed" in result.stderr and "apt install graphviz" in result.stderr
    assert not (tmp_path / "g.svg").exists()


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_svg_with_graphviz(tmp_path):
    target = tmp_path / "g.svg"
    result = run_samizdat("graph", EXAMPLE, "--svg", target)
    assert result.returncode == 0, result.stderr
    assert "<svg" in target.read_text(encoding="utf-8")


def test_a_broken_story_is_refused(tmp_path):
    story = tmp_path / "broken.story"
    story.write_text("title T\nstart a\n=== a\n* Go -> nowhere\n")
    result = run_samizdat("graph", story)
    assert result.returncode == 1 and "there is no scene called 'nowhere'" in result.stderr
