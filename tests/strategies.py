"""Hypothesis strategies shared by the test suite: story texts and playthroughs.

`grammar_programs()` draws texts from the grammar itself (hypothesis.extra.lark);
`stories()` builds small stories that check clean, with stats, flags,
conditions, effects, jumps, randomness and endings; `choice_indexes()` are
paths through them (each index picks among the choices available then).
"""
from hypothesis import strategies as st


def grammar_programs():
    from hypothesis.extra.lark import from_lark
    from lark import Lark

    from samizdat.parser import grammar_path

    # The layout (src/samizdat/layout.py) makes these from indentation; as text
    # they are a line's indentation, nothing, and the word `set`.
    explicit = {"_INDENT": st.just("  "), "_DEDENT": st.just(""), "DETAIL_SET": st.just("set")}
    return from_lark(Lark(grammar_path().read_text(encoding="utf-8"), parser="lalr"),
                     explicit=explicit)


_OPS = ["=", "+=", "-=", "%+", "%-"]


@st.composite
def stories(draw, max_scenes=6):
    n = draw(st.integers(2, max_scenes))
    scenes = [f"s{i}" for i in range(n)]
    endings = [f"e{i}" for i in range(draw(st.integers(1, 2)))]
    lines = ["title Generated", "start s0",
             'stat army "Army" = 50 in 0..100', "stat legit = 30 in -10..40",
             "flag plot", "var count = 0"]
    if draw(st.booleans()):
        lines.append(f"whenever legit < -5 -> {endings[0]}")

    def expr():
        kind = draw(st.sampled_from(["army", "legit", "plot", "chance", "seen", "count"]))
        number = draw(st.integers(-10, 100))
        if kind == "plot":
            return draw(st.sampled_from(["plot", "not plot"]))
        if kind == "chance":
            return f"chance({draw(st.integers(0, 100))})"
        if kind == "seen":
            return f"seen({draw(st.sampled_from(scenes))})"
        return f"{kind} {draw(st.sampled_from(['<', '>', '>=', '!=']))} {number}"

    for i, scene in enumerate(scenes):
        lines.append(f"=== {scene}: Scene {i}")
        if draw(st.booleans()):
            lines.append(f"set army {draw(st.sampled_from(_OPS))} {draw(st.integers(0, 60))}")
        if i and draw(st.integers(0, 4)) == 0:
            lines.append(f"-> {draw(st.sampled_from(endings))} if {expr()}")
        lines.append(f"Army {{army}}, {{if {expr()}: yes | no}}, {{cycle: a | b}} {{shuffle: x | y}}.")
        lines.append("")
        targets = scenes + endings
        for c in range(draw(st.integers(1, 3))):
            mark = draw(st.sampled_from(["*", "+"]))
            lines.append(f"{mark} ({scene}_c{c}) Choice {c} -> {draw(st.sampled_from(targets))}")
            if draw(st.booleans()):
                reason = draw(st.sampled_from(['', ' else "Not now."']))
                lines.append(f"  if {expr()}{reason}")
            for _ in range(draw(st.integers(0, 2))):
                target = draw(st.sampled_from(["army", "legit", "count", "plot"]))
                if target == "plot":
                    lines.append(f"  set plot = {draw(st.sampled_from(['true', 'false', 'not plot']))}")
                elif target == "count":
                    lines.append(f"  set count {draw(st.sampled_from(['+=', '-=', '=']))} roll(6)")
                else:
                    lines.append(f"  set {target} {draw(st.sampled_from(_OPS))} {draw(st.integers(0, 60))}")
        # Always a way on, so a generated story is never stuck by construction.
        lines.append(f"otherwise -> {draw(st.sampled_from(endings))}")
    for ending in endings:
        lines.append(f"=== ending {ending}: The End {ending}")
        lines.append("Army {army}.")
    return "\n".join(lines) + "\n"


def choice_indexes(max_steps=30):
    return st.lists(st.integers(0, 10), max_size=max_steps)
