"""`samizdat graph STORY`: the scene graph as Graphviz dot or Mermaid, or an SVG drawn by dot."""
from __future__ import annotations

import shutil
import subprocess
import sys

from ..sanitize import sanitize
from .authoring import EXIT_OK, EXIT_USAGE, load, story_argument

INSTALL_HINT = ("Graphviz's `dot` is not installed, so no SVG can be drawn.\n"
                "  = install Graphviz (Debian/Ubuntu: sudo apt install graphviz; macOS: brew install "
                "graphviz; Windows: winget install graphviz; or https://graphviz.org/download/),\n"
                "    or write the dot text with --format dot -o FILE and render it elsewhere")


def add_parser(sub):
    p = sub.add_parser(
        "graph", help="draw the scene graph (dot, mermaid or SVG)",
        description="Write the story's scene graph: choices as labelled edges with their "
                    "conditions, jumps and `whenever` rules dashed, endings styled.")
    story_argument(p)
    p.add_argument("--format", choices=("dot", "mermaid"), default="dot",
                   help="Graphviz dot (default) or Mermaid")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the screen")
    p.add_argument("--svg", metavar="FILE", help="draw an SVG with Graphviz's dot into FILE")
    p.set_defaults(run=run)


def run(args) -> int:
    loaded, failed = load(args.path)
    if failed is not None:
        return failed
    from ..graph import to_dot, to_mermaid

    story = loaded.story
    if args.svg:
        return _svg(to_dot(story), args.svg)
    text = to_mermaid(story) if args.format == "mermaid" else to_dot(story)
    if args.output:
        return _write(args.output, text.encode("utf-8"))
    sys.stdout.write(text)
    return EXIT_OK


def _svg(dot_text: str, target) -> int:
    dot = shutil.which("dot")
    if dot is None:
        print(f"samizdat graph: {INSTALL_HINT}", file=sys.stderr)
        return EXIT_USAGE
    try:
        done = subprocess.run([dot, "-Tsvg"], input=dot_text.encode("utf-8"),
                              capture_output=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"samizdat graph: could not run dot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if done.returncode != 0:
        message = sanitize(done.stderr.decode("utf-8", "replace").strip())
        print(f"samizdat graph: dot failed: {message}", file=sys.stderr)
        return EXIT_USAGE
    return _write(target, done.stdout)


def _write(target, data: bytes) -> int:
    from ..saves import SaveError, write_atomically

    try:
        write_atomically(target, data)
    except SaveError as exc:
        print(f"samizdat graph: {sanitize(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK
