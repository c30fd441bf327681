"""A seeded generator of synthetic stories for the benchmarks.

`samizdat_story(n, seed)` returns the text of one story of `n` scenes: about
80 words of prose each, 3 choices of which one is guarded by a condition on a
stat, effects on loyalty and legitimacy, one scene in 50 an ending, and every
scene reachable (scene i always links to scene i+1).

`ink_story(n, seed)` is the same story in ink, for the comparison with inkjs
(bench/compare.py): knots for scenes, `VAR` for stats, once-only `*` choices
with the same conditions, effects clamped into 0..100 as samizdat clamps its
stats, and endings as knots that `-> END`. Each paragraph is one ink line.

With `stats=k` (k > 2) the story declares k stats: loyalty, legitimacy and
k - 2 more, and each scene's guarded choice tests, and its choices move, stats
drawn from all of them (the plan for k = 2 is unchanged). The explorer's
benchmark uses it for a story with many more stats than The Red Napoleon.

Run it to write a story folder: `python bench/synth.py 2000 OUT_DIR [SEED] [--stats K]`
(add `--ink` for `main.ink` instead).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

WORDS = (
    "the a marshal army party kremlin night snow telephone order dispatch "
    "commissar congress moscow plan winter bread railway station general "
    "silence letter corridor window comrade rumour signal garrison officer "
    "minister factory harvest border map lamp coat door stairs cold loyal"
).split()

WORDS_PER_SCENE = 80


def _sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _prose(rng):
    sentences, count = [], 0
    while count < WORDS_PER_SCENE:
        n = rng.randint(6, 14)
        sentences.append(_sentence(rng, n))
        count += n
    # Two paragraphs, wrapped as a writer would.
    half = len(sentences) // 2
    return "\n".join(sentences[:half]) + "\n\n" + "\n".join(sentences[half:])


def plan_is_ending(i: int, n: int) -> bool:
    return i % 50 == 49 or i == n - 1


def stat_names(stats: int = 2) -> list:
    return ["loyalty", "legitimacy"] + [f"stat{j}" for j in range(2, stats)]


def plan(n: int, seed: int = 1, stats: int = 2):
    """The story's shape, shared by every output format: one dict per scene."""
    rng = random.Random(seed)
    names = stat_names(stats)
    more = random.Random(seed * 7919 + stats) if stats > 2 else None  # leaves `rng` as it was
    scenes = []
    for i in range(n):
        is_ending = plan_is_ending(i, n)
        scene = {"id": f"s{i}", "ending": is_ending, "prose": _prose(rng), "choices": []}
        if not is_ending:
            forward = i + 1
            jump = min(n - 1, i + rng.randint(2, 9))
            if plan_is_ending(i + 1, n):
                jump = min(n - 1, i + 2)  # the way past an ending
            back = rng.randint(max(0, i - 20), i)
            scene["choices"] = [
                {"text": _sentence(rng, 5), "target": f"s{forward}", "effects": [("loyalty", "+=", 5)],
                 "condition": None},
                {"text": _sentence(rng, 5), "target": f"s{jump}", "effects": [("legitimacy", "-=", 5)],
                 "condition": ("loyalty", ">", rng.randint(40, 70))},
                {"text": _sentence(rng, 5), "target": f"s{back if back != i else forward}",
                 "effects": [("loyalty", "-=", 5), ("legitimacy", "+=", 5)], "condition": None},
            ]
            if more is not None:
                first, guarded, third = scene["choices"]
                first["effects"] = [(more.choice(names), "+=", 5)]
                guarded["condition"] = (more.choice(names),) + guarded["condition"][1:]
                guarded["effects"] = [(more.choice(names), "-=", 5)]
                third["effects"] = [(more.choice(names), "-=", 5), (more.choice(names), "+=", 5)]
        scenes.append(scene)
    return scenes


def samizdat_story(n: int, seed: int = 1, stats: int = 2) -> str:
    out = ["title Synthetic", "author bench/synth.py", "start s0"]
    out += [f'stat {name} "{name.capitalize()}" = 50 in 0..100' for name in stat_names(stats)]
    out.append("")
    for scene in plan(n, seed, stats):
        if scene["ending"]:
            out.append(f"=== ending {scene['id']}: Ending {scene['id']}")
        else:
            out.append(f"=== {scene['id']}: Scene {scene['id']}")
        out.append(scene["prose"])
        out.append("")
        for index, choice in enumerate(scene["choices"]):
            out.append(f"* ({'c%d' % index}) {choice['text']} -> {choice['target']}")
            if choice["condition"]:
                name, op, value = choice["condition"]
                out.append(f"  if {name} {op} {value}")
            for name, op, value in choice["effects"]:
                out.append(f"  set {name} {op} {value}")
        out.append("")
    return "\n".join(out) + "\n"


STAT_LOW, STAT_HIGH = 0, 100  # the range samizdat_story declares for both stats


def _ink_effect(name, op, value):
    # ink has no ranged numbers: clamp as samizdat does, so conditions agree.
    if op == "+=":
        return f"~ {name} = MIN({name} + {value}, {STAT_HIGH})"
    if op == "-=":
        return f"~ {name} = MAX({name} - {value}, {STAT_LOW})"
    raise ValueError(f"no ink form for effect {op!r}")


def ink_story(n: int, seed: int = 1) -> str:
    out = ["// Synthetic, by bench/synth.py", "VAR loyalty = 50", "VAR legitimacy = 50", "",
           "-> s0", ""]
    for scene in plan(n, seed):
        out.append(f"=== {scene['id']} ===")
        out.append(f"{'Ending' if scene['ending'] else 'Scene'} {scene['id']}")
        for paragraph in scene["prose"].split("\n\n"):
            out.append(paragraph.replace("\n", " "))
        if scene["ending"]:
            out.append("-> END")
        for choice in scene["choices"]:
            guard = ""
            if choice["condition"]:
                name, op, value = choice["condition"]
                guard = f"{{{name} {op} {value}}} "
            out.append(f"* {guard}[{choice['text']}]")
            for name, op, value in choice["effects"]:
                out.append("    " + _ink_effect(name, op, value))
            out.append(f"    -> {choice['target']}")
        out.append("")
    return "\n".join(out) + "\n"


def write_story(n: int, folder, seed: int = 1, ink: bool = False, stats: int = 2) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ("main.ink" if ink else "main.story")
    if ink:
        if stats != 2:
            raise ValueError("the ink form has the two stats only")
        text = ink_story(n, seed)
    else:
        text = samizdat_story(n, seed, stats)
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    ink = "--ink" in sys.argv
    argv = [a for a in sys.argv if a != "--ink"]
    stats = 2
    if "--stats" in argv:
        at = argv.index("--stats")
        stats = int(argv[at + 1])
        del argv[at:at + 2]
    if len(argv) < 3:
        sys.exit(__doc__)
    print(write_story(int(argv[1]), argv[2], int(argv[3]) if len(argv) > 3 else 1, ink=ink,
                      stats=stats))
