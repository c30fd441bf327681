"""Hypothesis strategies for the formatter: one story written twice, tidily and carelessly.

`story_pairs()` draws a story with every form of the language (bodies,
nested choices, gathers, labels, blocks, fallbacks, jumps, inline text,
comments) and writes it out twice: `clean`, as `samizdat fmt` lays a file out
(two spaces per level, one space around marks and operators, one blank line
before each scene), and `messy`, the same story with the layout a hurried
writer leaves: any indentation per body (tabs too), extra or missing spaces
wherever the language allows them, runs of blank lines, spaces at line ends.

Both texts mean the same story; only layout differs. What a writer types that
the model keeps (prose, the text of a choice, the spaces around it, a blank
line after prose) is the same in both.
"""
from hypothesis import strategies as st

_WORDS = ["The", "snow", "falls", "on", "Moscow", "and", "nobody", "answers", "the",
          "telephone", "Yakir", "salutes", "slowly", "a", "car", "waits"]


class _Writer:
    """Draws layout choices; in clean mode every choice is the tidy one."""

    def __init__(self, draw, messy):
        self.draw = draw
        self.messy = messy

    def sp(self, tidy: int) -> str:
        """The spaces between two parts of an instruction: `tidy` of them when clean."""
        if not self.messy:
            return " " * tidy
        return " " * self.draw(st.integers(1, 3) if tidy else st.integers(0, 2))

    def blank(self, wanted: bool) -> str:
        """Blank lines after a line: one if `wanted` when clean; several, or spaces, when messy."""
        if not wanted:
            return ""
        if not self.messy:
            return "\n"
        return "".join(self.draw(st.sampled_from(["", "  ", "\t"])) + "\n"
                       for _ in range(self.draw(st.integers(1, 3))))

    def trailing(self) -> str:
        return self.draw(st.sampled_from(["", " ", "   "])) if self.messy else ""

    def indent(self, columns: int) -> str:
        if self.messy and columns >= 4 and self.draw(st.booleans()):
            return "\t" + " " * (columns - 4)
        return " " * columns

    def step(self) -> int:
        return self.draw(st.integers(1, 4)) if self.messy else 2


@st.composite
def _plan(draw, max_depth=3, runs_in_bodies=False):
    """The story itself, as nested tuples both writers render."""
    scenes = [f"s{i}" for i in range(draw(st.integers(1, 4)))]
    names = {"stat": ["army", "legit"], "flag": ["plot"], "var": ["count"]}

    def expr(depth=0):
        kind = draw(st.sampled_from(["compare", "flag", "call", "and", "not", "paren", "minus"]
                                    if depth < 2 else ["compare", "flag"]))
        if kind == "compare":
            return ("compare", draw(st.sampled_from(["army", "legit", "count"])),
                    draw(st.sampled_from(["<", ">", ">=", "!=", "=="])), draw(st.integers(-5, 99)))
        if kind == "flag":
            return ("name", "plot")
        if kind == "call":
            return ("call", draw(st.sampled_from(["seen", "chance", "min"])),
                    draw(st.sampled_from(scenes)), draw(st.integers(0, 9)))
        if kind == "minus":
            return ("minus", draw(st.sampled_from(["army", "count"])), draw(st.integers(0, 9)))
        if kind == "paren":
            return ("paren", expr(depth + 1))
        if kind == "not":
            return ("not", expr(depth + 1))
        return ("and", draw(st.sampled_from(["and", "or"])), expr(depth + 1), expr(depth + 1))

    def prose():
        words = " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5)))
        inline = draw(st.sampled_from([None, "show", "if", "cycle"]))
        return ("prose", words.capitalize(), inline, expr() if inline == "if" else None,
                draw(st.booleans()))

    def flow(depth, in_body):
        items = []
        for _ in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(["prose", "prose", "set", "jump", "label", "choices",
                                         "choices", "block", "comment"]
                                        if depth < max_depth else ["prose", "set", "comment"]))
            if kind == "prose":
                items.append(prose())
            elif kind == "comment":
                items.append(("comment",))
            elif kind == "set":
                items.append(("set", draw(st.sampled_from(["army", "count"])),
                              draw(st.sampled_from(["=", "+=", "-="])), expr() if False else
                              draw(st.integers(0, 20)), draw(st.booleans())))
            elif kind == "jump":
                items.append(("jump", draw(st.sampled_from(scenes)),
                              expr() if draw(st.booleans()) else None, draw(st.booleans())))
            elif kind == "label":
                items.append(("label", f"l{len(items)}_{depth}", draw(st.booleans())))
            elif kind == "block":
                branches = [("if", expr(), flow(depth + 1, True))]
                for _ in range(draw(st.integers(0, 2))):
                    branches.append(("else if", expr(), flow(depth + 1, True)))
                if draw(st.booleans()):
                    branches.append(("else", None, flow(depth + 1, True)))
                items.append(("block", branches, draw(st.booleans())))
            else:
                group = []
                for c in range(draw(st.integers(1, 3))):
                    group.append((
                        draw(st.sampled_from(["*", "+"])),
                        f"c{depth}_{len(items)}_{c}" if draw(st.booleans()) else None,
                        draw(st.sampled_from(["Ask about the telegram", "Wait", "Salute {army}"])),
                        draw(st.sampled_from(scenes)) if draw(st.booleans()) else None,
                        [(expr(), draw(st.sampled_from([None, "Not now."])))
                         for _ in range(draw(st.integers(0, 2)))],
                        [("set", "army", "+=", draw(st.integers(1, 9)))
                         for _ in range(draw(st.integers(0, 1)))],
                        flow(depth + 1, True) if draw(st.booleans()) else []))
                fallback = None
                if draw(st.booleans()):
                    fallback = (draw(st.sampled_from(scenes)) if draw(st.booleans()) else None,
                                flow(depth + 1, True) if draw(st.booleans()) else [])
                items.append(("choices", group, fallback, draw(st.booleans())))
                # The gather. (A `set` line right under a choice would be the choice's own.)
                items.append(prose())
        if in_body and not runs_in_bodies:
            # Plain prose lines with no blank line between are one run, whose
            # later lines keep their indentation: keep them apart here.
            for i in range(len(items) - 1):
                if items[i][0] == "prose" == items[i + 1][0] and not items[i][2] and not items[i + 1][2]:
                    items[i] = items[i][:4] + (True,)
        return items

    multiline = draw(st.booleans())
    return scenes, names, [(scene, draw(st.sampled_from([None, "A heading, 1936"])),
                            multiline and i == 0, flow(0, False))
                           for i, scene in enumerate(scenes)]


def render(plan, w: _Writer) -> str:
    scenes, names, bodies = plan
    sp = w.sp
    out = []
    last = {"prose": False, "blank": True}  # what the last line written was

    def line(indent, text, trailing=True, prose=False):
        out.append(w.indent(indent) + text + (w.trailing() if trailing else "") + "\n")
        last.update(prose=prose, blank=False)

    def blank(wanted):
        text = w.blank(wanted and not (last["blank"] and not w.messy))
        out.append(text)
        if text:
            last["blank"] = True

    def near(tidy=1):
        """Between a mark or an operator and what follows: none at all is fine when messy."""
        return " " * w.draw(st.integers(0, 2)) if w.messy else " " * tidy

    def expr(e):
        kind = e[0]
        if kind == "compare":
            return f"{e[1]}{near()}{e[2]}{near()}{e[3]}"
        if kind == "name":
            return e[1]
        if kind == "call":
            if e[1] == "min":
                return f"min{sp(0)}({sp(0)}count{sp(0)},{sp(1)}{e[3]}{sp(0)}){near()}>{near()}0"
            argument = e[2] if e[1] == "seen" else str(e[3] * 10)
            return f"{e[1]}{sp(0)}({sp(0)}{argument}{sp(0)})"
        if kind == "minus":
            return f"{e[1]}{near()}>{near()}-{sp(0)}{e[2]}"
        if kind == "paren":
            return f"({sp(0)}{expr(e[1])}{sp(0)})"
        if kind == "not":
            return f"not{sp(1)}{expr(e[1])}"
        return f"{expr(e[2])}{sp(1)}{e[1]}{sp(1)}{expr(e[3])}"

    def prose_text(p):
        _, words, inline, condition, _ = p
        if inline == "show":
            return f"{words}, {{{sp(0)}army{sp(0)}}}."
        if inline == "if":
            return f"{words}{{{sp(0)}if{sp(1)}{expr(condition)}{sp(0)}: yes | no}}."
        if inline == "cycle":
            return f"{words} {{{sp(0)}cycle{sp(0)}: once | again}}."
        return words + "."

    def flow(items, indent):
        for index, item in enumerate(items):
            kind = item[0]
            if kind == "prose":
                line(indent, prose_text(item), trailing=False, prose=True)
                blank(item[4])
            elif kind == "comment":
                line(indent, "// a note for the writer")
                # A comment takes the indentation of the line after it: give it one here.
                if index == len(items) - 1:
                    line(indent, f"set{sp(1)}count{near()}+={near()}1")
            elif kind == "set":
                line(indent, f"set{sp(1)}{item[1]}{near()}{item[2]}{near()}{item[3]}")
                blank(item[4])
            elif kind == "jump":
                condition = f"{sp(1)}if{sp(1)}{expr(item[2])}" if item[2] else ""
                line(indent, f"->{near()}{item[1]}{condition}")
                blank(item[3])
            elif kind == "label":
                line(indent, f"label{sp(1)}{item[1]}")
                blank(item[2])
            elif kind == "block":
                inner = indent + w.step()
                for word, condition, branch in item[1]:
                    if word == "else":
                        line(indent, "else:")
                    else:
                        head = "if" if word == "if" else f"else{sp(1)}if"
                        line(indent, f"{head}{sp(1)}{expr(condition)}{sp(0)}:")
                    flow(branch, inner)
                blank(item[2])
            else:
                _, group, fallback, blank_after = item
                for mark, choice_id, text, target, conditions, sets, body in group:
                    head = mark + (f"{near()}({choice_id})" if choice_id else "") + " " + text
                    if target:
                        head += f" ->{near()}{target}"
                    line(indent, head, trailing=bool(target))
                    inner = indent + w.step()
                    detail = w.draw(st.integers(0, 6)) if w.messy else inner
                    for condition, reason in conditions:
                        tail = f'{sp(1)}else{sp(1)}"{reason}"' if reason else ""
                        line(detail, f"if{sp(1)}{expr(condition)}{tail}")
                    for _, name, op, value in sets:
                        line(detail, f"set{sp(1)}{name}{near()}{op}{near()}{value}")
                    flow(body, inner)
                if fallback is not None:
                    target, body = fallback
                    line(indent, "otherwise" + (f"{sp(1)}->{near()}{target}" if target else ""))
                    flow(body, indent + w.step())
                blank(blank_after)

    line(0, f"title{sp(1)}Generated")
    line(0, f"start{sp(1)}{scenes[0]}")
    line(0, f'stat{sp(1)}army{sp(1)}"Army"{near()}={near()}50{sp(1)}in{sp(1)}0{sp(0)}..{sp(0)}100')
    line(0, f"stat{sp(1)}legit{near()}={near()}-{sp(0)}5{sp(1)}in{sp(1)}-{sp(0)}10{sp(0)}..{sp(0)}40")
    line(0, f"flag{sp(1)}plot{near()}={near()}true")
    line(0, f"var{sp(1)}count")
    for scene, heading, multiline, items in bodies:
        # One blank line before a scene, unless the line above is prose with
        # none: a blank line there would end its paragraph, which is text.
        if not last["blank"] and not last["prose"]:
            blank(True if not w.messy else w.draw(st.booleans()))
        header = f"==={near()}{scene}" + (f"{sp(0)}:{sp(1)}{heading}" if heading else "")
        line(0, header)
        if multiline:
            out.append("A first line of prose that runs on\nto a second line, as prose does.\n\n")
        flow(items, 0)
    text = "".join(out)
    if not w.messy and not last["prose"]:
        text = text.rstrip("\n \t") + "\n"  # no blank line ends a file, unless it ends a paragraph
    return text


@st.composite
def story_pairs(draw, runs_in_bodies=False):
    """(clean, messy): one story, tidily and carelessly laid out.

    With `runs_in_bodies`, a body may hold prose running over several lines;
    fmt keeps such a body's indentation, so `clean` is then not what fmt makes.
    """
    plan = draw(_plan(runs_in_bodies=runs_in_bodies))
    return render(plan, _Writer(draw, False)), render(plan, _Writer(draw, True))
