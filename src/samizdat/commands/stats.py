"""`samizdat stats STORY`: the story's size and shape, per file and in total."""
from __future__ import annotations

import sys

import attrs

from ..sanitize import sanitize, to_json
from .authoring import EXIT_OK, load, story_argument, format_argument

COLUMNS = (("words", "words"), ("scenes", "scenes"), ("endings", "endings"), ("choices", "choices"),
           ("conditional_choices", "with if"), ("stats", "stats"), ("flags", "flags"), ("vars", "vars"))


def add_parser(sub):
    p = sub.add_parser("stats", help="count the story's words, scenes, choices, endings and values",
                       description="The story's size and shape, per file and in total.")
    story_argument(p)
    format_argument(p)
    p.set_defaults(run=run)


def run(args) -> int:
    loaded, failed = load(args.path)
    if failed is not None:
        return failed
    from ..storystats import story_stats

    story = loaded.story
    per_file, total = story_stats(story)
    if args.format == "json":
        body = {"title": story.title,
                "files": [{"file": path, **attrs.asdict(c)} for path, c in per_file],
                "total": attrs.asdict(total)}
        print(to_json(body))
        return EXIT_OK
    rows = [(sanitize(path), c) for path, c in per_file] + [("total", total)]
    name_width = max(len(name) for name, _ in rows)
    widths = [max(len(label), len(f"{getattr(total, key):,}")) for key, label in COLUMNS]
    out = sys.stdout.write
    out(f"{sanitize(story.title)}\n\n")
    out(f"{'file':<{name_width}}  " + "  ".join(f"{label:>{w}}" for (_, label), w in zip(COLUMNS, widths)) + "\n")
    for name, c in rows:
        if name == "total" and len(rows) == 2:
            continue  # one file: its row is the total
        out(f"{name:<{name_width}}  "
            + "  ".join(f"{getattr(c, key):>{w},}" for (key, _), w in zip(COLUMNS, widths)) + "\n")
    if total.whenevers:
        out(f"\n{total.whenevers} `whenever` rule{'s' if total.whenevers != 1 else ''}\n")
    return EXIT_OK
