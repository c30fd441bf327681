"""One test per construct of docs/language.md: the text a writer types, the model it becomes."""
import pytest

from samizdat import model as m
from samizdat.parser import parse_source


def parse(text):
    source, diagnostics = parse_source(text, "t.story")
    assert source is not None, [str(d) for d in diagnostics]
    assert not diagnostics, [str(d) for d in diagnostics]
    return source


class SceneView:
    """A parsed scene read the way these tests ask about it: its top-level prose paragraphs,
    its choices at every depth, its top-level set lines and jumps, its fallback."""

    def __init__(self, scene):
        self.scene = scene

    def __getattr__(self, name):
        return getattr(self.scene, name)

    @property
    def paragraphs(self):
        out, current = [], []
        for item in self.scene.items:
            if isinstance(item, m.Prose):
                if current:
                    current.append(m.Literal(" "))
                current.extend(item.text)
                if item.ends_paragraph:
                    out.append(tuple(current))
                    current = []
        if current:
            out.append(tuple(current))
        return tuple(out)

    @property
    def choices(self):
        return tuple(ChoiceView(c) for c in m.choices_of(self.scene))

    @property
    def entry(self):
        return tuple(i for i in self.scene.items if isinstance(i, (m.Assign, m.Jump)))

    @property
    def fallback(self):
        return next((i for i in self.scene.items if isinstance(i, m.Fallback)), None)


class ChoiceView:
    def __init__(self, choice):
        self.choice = choice

    def __getattr__(self, name):
        return getattr(self.choice, name)

    @property
    def effects(self):
        return tuple(i for i in self.choice.body if isinstance(i, m.Assign))


def scene(text, header="start a\n"):
    return SceneView(parse(header + text).scenes[0])


def literal_text(nodes):
    return "".join(n.text for n in nodes if isinstance(n, m.Literal))


def test_comments_anywhere_are_ignored():
    s = scene("// before\n=== a // the id\nSome /* inline */ prose. // after\n/* a block\nover lines */\n* Go -> a // choice\n")
    assert literal_text(s.paragraphs[0]).split() == ["Some", "prose."]
    assert s.choices[0].target == "a"


def test_header_lines():
    f = parse("title The Red Napoleon\nauthor samizdat\nstart fall\n")
    assert [(x.key, x.value) for x in f.settings] == [
        ("title", "The Red Napoleon"), ("author", "samizdat"), ("start", "fall")]


def test_include_takes_the_rest_of_the_line_as_a_path():
    f = parse("include chapters/01 the fall.story\n")
    assert f.includes[0].path == "chapters/01 the fall.story"
    assert f.includes[0].pos.column == 9


def test_stat_with_label_initial_and_range():
    (stat,) = parse('stat army_loyalty "Army loyalty" = 60 in 0..100\n').declarations
    assert (stat.name, stat.label, stat.initial, stat.low, stat.high) == ("army_loyalty", "Army loyalty", 60, 0, 100)


def test_stat_defaults_label_start_and_range():
    (stat,) = parse("stat legitimacy\n").declarations
    assert (stat.label, stat.initial, stat.low, stat.high) == ("Legitimacy", 0, 0, 100)


def test_stat_with_negative_range():
    (stat,) = parse("stat mood = -5 in -10..10\n").declarations
    assert (stat.initial, stat.low, stat.high) == (-5, -10, 10)


def test_flags_and_vars():
    flag, flag_true, var = parse("flag troika\nflag yagoda = true\nvar arrests = 3\n").declarations
    assert flag == m.Flag("troika", False, flag.pos)
    assert flag_true.initial is True
    assert var == m.Var("arrests", 3, var.pos)


def test_whenever_rule():
    (rule,) = parse("whenever legitimacy < 10 -> collapse\n").whenevers
    assert rule.target == "collapse"
    assert rule.condition.op == "<"


def test_scene_with_heading():
    s = scene("=== staircase: The Kremlin, 2 February 1936\nText.\n")
    assert (s.id, s.heading, s.is_ending) == ("staircase", "The Kremlin, 2 February 1936", False)


def test_scene_without_heading():
    assert scene("=== staircase\nText.\n").heading is None


def test_lines_join_into_paragraphs_and_blank_lines_split_them():
    s = scene("=== a\nOne line\nand the next.\n\n\nA second\nparagraph.\n")
    assert [literal_text(p).split() for p in s.paragraphs] == [
        ["One", "line", "and", "the", "next."], ["A", "second", "paragraph."]]


def test_a_comment_line_does_not_split_a_paragraph():
    s = scene("=== a\nOne\n// note\ntwo.\n")
    assert len(s.paragraphs) == 1


def test_prose_may_hold_bars_and_arrows_after_its_start():
    s = scene("=== a\nMoscow -> Kiev | Minsk - a dash.\n")
    assert literal_text(s.paragraphs[0]) == "Moscow -> Kiev | Minsk - a dash."


def test_prose_starting_with_set_but_not_an_assignment_is_prose():
    s = scene("=== a\nset off at dawn.\nSettle = 3.\n")
    assert literal_text(s.paragraphs[0]).startswith("set off")
    assert not s.entry


def test_showing_a_value():
    (node,) = [n for n in scene("=== a\nLoyalty {army + 5} now.\n").paragraphs[0] if isinstance(n, m.Show)]
    assert node.expr.op == "+"


def test_conditional_text_with_and_without_else():
    nodes = scene("=== a\nA {if x: yes | no} B {if y: only}.\n").paragraphs[0]
    first, second = [n for n in nodes if isinstance(n, m.IfText)]
    # Spaces are kept as written; the page folds them (see test_engine's spacing tests).
    assert literal_text(first.then) == " yes" and literal_text(first.otherwise) == " no"
    assert literal_text(second.then) == " only" and second.otherwise == ()


def test_conditional_text_nests():
    (outer,) = [n for n in scene("=== a\n{if x: Yakir, {army} strong, | nobody}\n").paragraphs[0]
                if isinstance(n, m.IfText)]
    assert any(isinstance(n, m.Show) for n in outer.then)


@pytest.mark.parametrize("kind", ["sequence", "cycle", "once", "shuffle"])
def test_variations(kind):
    (vary,) = [n for n in scene(f"=== a\nThe clock {{{kind}: four | five | }}.\n").paragraphs[0]
               if isinstance(n, m.Vary)]
    assert vary.kind == kind
    assert [literal_text(a).strip() for a in vary.alternatives] == ["four", "five", ""]


def test_a_variable_named_like_a_variation_is_still_shown():
    (show,) = [n for n in scene("=== a\n{once}\n").paragraphs[0] if isinstance(n, m.Show)]
    assert show.expr.name == "once"


def test_choices_once_only_and_sticky():
    first, second = scene("=== a\n* Telephone Yakir -> kiev\n+ Wait -> a\n").choices
    assert (first.text[0].text.strip(), first.target, first.sticky) == ("Telephone Yakir", "kiev", False)
    assert second.sticky


def test_choice_text_may_show_values():
    (choice,) = scene("=== a\n* Spend {arrests} favours -> a\n").choices
    assert any(isinstance(n, m.Show) for n in choice.text)


def test_choice_conditions_hidden_and_with_reason():
    (choice,) = scene('=== a\n* Go -> a\n  if army >= 50 else "Not yet."\n  if yagoda\n').choices
    with_reason, hidden = choice.conditions
    assert with_reason.reason == "Not yet." and hidden.reason is None


@pytest.mark.parametrize("op", ["=", "+=", "-=", "%+", "%-"])
def test_set_operators(op):
    (choice,) = scene(f"=== a\n* Go -> a\n  set army {op} 5\n").choices
    assert choice.effects[0].op == op


def test_choice_ids_derived_from_targets():
    choices = scene("=== a\n* One -> kiev\n* Two -> kiev\n* Three -> a\n* Four -> kiev\n").choices
    assert [c.id for c in choices] == ["kiev", "kiev_2", "a", "kiev_3"]


def test_explicit_choice_ids():
    choices = scene("=== a\n* (seize_radio) Seize it -> radio\n*(quiet) Quietly -> radio\n").choices
    assert [c.id for c in choices] == ["seize_radio", "quiet"]
    assert all(c.explicit_id for c in choices)


def test_rewording_a_choice_keeps_its_id():
    before = scene("=== a\n* Telephone Yakir -> kiev\n").choices[0].id
    after = scene("=== a\n* Ring Kiev at once -> kiev\n").choices[0].id
    assert before == after == "kiev"


def test_fallback():
    s = scene("=== a\n* Sign -> b\n  if x\notherwise -> c\n")
    assert s.fallback.target == "c"


def test_a_scene_of_only_a_fallback():
    s = scene("=== a\nJust text.\notherwise -> b\n")
    assert s.fallback.target == "b" and not s.choices


def test_entry_effects_and_jumps_in_order():
    s = scene("=== a\nset legitimacy -= 5\n-> walkout if party > 60\nThe delegates rise.\n-> always\n")
    assert [type(x).__name__ for x in s.entry] == ["Assign", "Jump", "Jump"]
    assert s.entry[2].condition is None


def test_expression_precedence():
    (choice,) = scene("=== a\n* Go -> a\n  if (a + b) / 2 > 50 and not c or d\n").choices
    expr = choice.conditions[0].expr
    assert expr.op == "or"
    assert expr.left.op == "and"
    assert expr.left.left.op == ">"
    assert expr.left.left.left.op == "/"
    assert expr.left.right.op == "not"


def test_functions():
    (choice,) = scene("=== a\n* Go -> a\n  if seen(kiev) and visits(a) < 3 and chance(20) and roll(6) > min(x, max(1, 2))\n").choices
    names = []

    def walk(e):
        if isinstance(e, m.Call):
            names.append(e.function)
            for a in e.args:
                walk(a)
        elif isinstance(e, m.Binary):
            walk(e.left)
            walk(e.right)
    walk(choice.conditions[0].expr)
    assert names == ["seen", "visits", "chance", "roll", "min", "max"]


def test_negative_numbers_and_unary_minus():
    (choice,) = scene("=== a\n* Go -> a\n  set x = -5 - -y\n").choices
    value = choice.effects[0].value
    assert value.left == m.Number(-5, value.left.pos)
    assert value.right.op == "-" and isinstance(value.right, m.Unary)


def test_endings():
    s = scene("=== ending shot: The Marshal Is Shot\nThey come at dawn.\n")
    assert s.is_ending and s.heading == "The Marshal Is Shot"


def test_windows_newlines_and_a_missing_final_newline():
    s = scene("=== a\r\nText.\r\n* Go -> a", header="start a\r\n")
    assert s.choices[0].target == "a"


def test_positions_point_at_names():
    (choice,) = scene("=== a\n* Go north -> kiev\n").choices
    assert (choice.target_pos.line, choice.target_pos.column) == (3, 15)
