"""Hypothesis strategies shared by the test suite: story texts and playthroughs.

`grammar_programs()` draws texts from the grammar itself (hypothesis.extra.lark);
`stories()` builds small stories that check clean, with stats, flags,
conditions, effects, jumps, randomness and endings, and often texts,
constants, `{pick}`, emphasis, glue, questions and a scene called and returned from; `choice_indexes()` are
paths through them (each index picks among the choices available then).
"""
from hypothesis import strategies as st


def grammar_programs():
    from hypothesis.extra.lark import from_lark
    from lark import Lark

    from samizdat.grammar_tables import grammar_path

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
    # The forms of text a writer controls: a text, a constant, a scene called and
    # returned from, a question; drawn or not, so that older shapes stay common.
    texts = draw(st.booleans())
    calls = draw(st.booleans())
    if texts:
        lines += [draw(st.sampled_from(['text name "Name" = "Anna"', 'text name = "anna"'])),
                  f"const quota = {draw(st.integers(0, 60))}", 'const title = "comrade"']
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
        if kind == "count" and texts and draw(st.integers(0, 3)) == 0:
            return draw(st.sampled_from(['name == "Ivan"', 'name != title', "count < quota"]))
        return f"{kind} {draw(st.sampled_from(['<', '>', '>=', '!=']))} {number}"

    for i, scene in enumerate(scenes):
        lines.append(f"=== {scene}: Scene {i}")
        if draw(st.booleans()):
            lines.append(f"set army {draw(st.sampled_from(_OPS))} {draw(st.integers(0, 60))}")
        if i and draw(st.integers(0, 4)) == 0:
            lines.append(f"-> {draw(st.sampled_from(endings))} if {expr()}")
        if calls and (i == 0 or draw(st.integers(0, 2)) == 0):
            lines.append("-> briefing ->")
        lines.append(f"Army {{army}}, {{if {expr()}: yes | no}}, {{cycle: a | b}} {{shuffle: x | y}}.")
        if texts:
            lines.append(draw(st.sampled_from([
                "{name} waits, _quietly_, {pick count: once | twice | often}.",
                "{if plot: The plot<>|No plot}<>, *{title}* {name}.",
                "{pick plot: Yes | No}, {name}. {quota} more."])))
            if draw(st.integers(0, 2)) == 0:
                lines.append(f'ask name "Your name?" max {draw(st.integers(1, 40))}')
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
                    if texts and draw(st.booleans()):
                        lines.append(draw(st.sampled_from(['  set name = "Ivan"', "  set name = title",
                                                           "  set count = quota + count"])))
                    else:
                        lines.append(f"  set count {draw(st.sampled_from(['+=', '-=', '=']))} roll(6)")
                else:
                    lines.append(f"  set {target} {draw(st.sampled_from(_OPS))} {draw(st.integers(0, 60))}")
        # Always a way on, so a generated story is never stuck by construction.
        lines.append(f"otherwise -> {draw(st.sampled_from(endings))}")
    if calls:
        lines += ["=== briefing: A briefing", "set legit -= 1", "Yegorov briefs you."]
        if draw(st.booleans()):
            # Sticky: the briefing is called again and again, and must offer them each time.
            lines += ["+ Listen", "  You listen.", "+ Interrupt", "  He stops."]
        if texts and draw(st.booleans()):
            lines.append('ask name "And you are?"')
        lines.append("return")
    for ending in endings:
        lines.append(f"=== ending {ending}: The End {ending}")
        lines.append("Army {army}." + (" {name}." if texts else ""))
    return "\n".join(lines) + "\n"


def choice_indexes(max_steps=30):
    return st.lists(st.integers(0, 10), max_size=max_steps)


@st.composite
def weave_stories(draw, max_scenes=4):
    """Small stories in the forms of choices with consequences: bodies, choices inside
    choices, gathers, labels and loops, blocks, fallbacks with bodies. They check clean
    of errors; a dead end or two is allowed (random play stops there)."""
    n = draw(st.integers(1, max_scenes))
    scenes = [f"s{i}" for i in range(n)]
    lines = ["title Woven", "start s0", 'stat army "Army" = 50 in 0..100', "flag plot",
             "var count = 0"]

    def cond():
        return draw(st.sampled_from([
            "army > 50", "army <= 40", "plot", "not plot", "count < 2", "chance(50)",
            "seen(s0)", "visits(top) < 3"]))

    def effect(indent):
        kind = draw(st.sampled_from(["army", "plot", "count"]))
        if kind == "plot":
            return f"{indent}set plot = {draw(st.sampled_from(['true', 'not plot']))}"
        if kind == "count":
            return f"{indent}set count += 1"
        return f"{indent}set army {draw(st.sampled_from(['+=', '-=', '%+']))} {draw(st.integers(1, 30))}"

    def body(indent, depth, targets):
        out = [f"{indent}Body {{count}} {{sequence: one | two}}."]
        if draw(st.booleans()):
            out.append(effect(indent))
        if draw(st.booleans()):
            out += [f"{indent}if {cond()}:", f"{indent}  Then {{army}}.", effect(indent + "  ")]
            if draw(st.booleans()):
                out += [f"{indent}else:", f"{indent}  Otherwise."]
        if depth < 2 and draw(st.integers(0, 2)) == 0:
            out += group(indent, depth + 1, targets, need_way_out=False)
            out.append(f"{indent}Inner gather.")
        return out

    def group(indent, depth, targets, need_way_out):
        out = []
        for c in range(draw(st.integers(1, 3))):
            mark = draw(st.sampled_from(["*", "+"]))
            target = draw(st.sampled_from([None, None] + targets))
            out.append(f"{indent}{mark} Choice {depth}.{c}" + (f" -> {target}" if target else ""))
            if draw(st.integers(0, 3)) == 0:
                out.append(f"{indent}  if {cond()}" + draw(st.sampled_from(["", ' else "No."'])))
            if draw(st.booleans()):
                out += body(indent + "  ", depth, targets)
            if target is None and draw(st.integers(0, 4)) == 0:
                out.append(f"{indent}  -> top")
        if need_way_out or draw(st.booleans()):
            out.append(f"{indent}otherwise")
            out.append(f"{indent}  Nothing else to do.")
        return out

    for i, scene in enumerate(scenes):
        onward = scenes[i + 1] if i + 1 < n else "end"
        lines += [f"=== {scene}: Scene {i}", "Opening {army}."]
        if draw(st.booleans()):
            lines += [f"if {cond()}:", "  A branch.", f"else if {cond()}:", "  Another.", "else:", "  The last."]
        lines.append("label top")
        lines += group("", 0, [onward, "end", "top"], need_way_out=True)
        lines += ["The gather.", f"* Move on -> {onward}", f"+ Stay -> {scene}.top",
                  "  if count < 3"]
    lines += ["=== ending end: The End", "if plot:", "  With the plot.", "Done."]
    return "\n".join(lines) + "\n"
