"""The forms that give a writer control of the text, each as the reader meets it.

Shown and hidden values, exact spacing and glue, text values, `{pick}`, `ask`,
calls and `return`, constants and emphasis: each test writes a small story the
way docs/language.md teaches the form, then checks the page, the changes line,
the terminal's screen, the transcript or the plain output a reader gets.
"""
from __future__ import annotations

import re

import pytest

from conftest import compile_or_fail, run_samizdat
from engine_helpers import engine_for, read, value
from samizdat.engine import ANSWER_ID, StoryLoop
from samizdat.parser import parse_source
from samizdat.player import store as saving
from samizdat.player.screen import Screen
from samizdat.player.session import Session
from samizdat.player.text import UNICODE


def story_folder(tmp_path, text):
    folder = tmp_path / "story"
    folder.mkdir(exist_ok=True)
    (folder / "main.story").write_text(text, encoding="utf-8")
    return folder


def session_for(tmp_path, text, seed=0):
    folder = story_folder(tmp_path, text)
    story = compile_or_fail(folder)
    return Session(folder, story, saving.Store(tmp_path / "saves", story.title), seed, seed_fixed=True)


# ------------------------------------------------- what the reader sees of the state

SECRETS = """title Secrets
start a
stat nerve "Nerve" = 50
flag warned "Warned by Kirov"
flag drugged
var signed "Death sentences signed" = 0
var arrests = 0
text alias "Your name" = "Anna"
text code = "red"
=== a
The tea is cold.
* Drink it
  set nerve -= 5
  set warned = true
  set drugged = true
  set signed += 2
  set arrests += 3
  set alias = "Vera"
  set code = "blue"
  It tastes of almonds.
* Leave it
  set drugged = true
  set arrests += 1
  set code = "green"
  You leave it.
The clock strikes.
* End -> e
=== ending e: E
{if drugged: Done.} {arrests} {code} {nerve} {warned} {signed} {alias}
"""


def test_the_changes_line_names_labelled_values_and_never_hidden_ones(tmp_path):
    session = session_for(tmp_path, SECRETS)
    reply = session.handle("1")
    assert reply.changes == ["Nerve \u22125", "Warned by Kirov: yes", "Death sentences signed +2",
                             "Your name: Vera"]
    joined = " ".join(reply.changes).lower()
    assert "drugged" not in joined and "arrests" not in joined and "code" not in joined


def test_a_choice_that_changes_only_hidden_values_has_no_changes_line(tmp_path):
    session = session_for(tmp_path, SECRETS)
    reply = session.handle("2")
    assert reply.new_page and reply.changes == []


def test_hidden_values_stay_off_the_stats_screen_and_labelled_ones_are_on_it(tmp_path):
    from samizdat.player.text import stats_screen_lines

    session = session_for(tmp_path, SECRETS)
    session.handle("1")
    screen = "\n".join(stats_screen_lines(session.story, session.state, session.endings_found(), 80))
    assert "Warned by Kirov" in screen and "Death sentences signed" in screen and "Your name" in screen
    assert not re.search(r"drugged|arrests|\bcode\b", screen, re.I)


# ------------------------------------------------------------ spacing and glue

SPACING = """start a
flag nervous
flag careful = true
=== a
I begin{if nervous: helplessly}.
I begin{if not nervous: helplessly  }.
He writes the name, and blots it<>
{if careful:, twice}.
Tea<>{if careful: -}<>pot, {if not careful: never | always } spilt.
* Go -> a
"""


def test_spaces_at_the_edges_of_conditional_text_are_kept_and_glue_joins_lines(tmp_path):
    e = engine_for(tmp_path, SPACING)
    assert read(e).paragraphs == (
        "I begin. I begin helplessly. He writes the name, and blots it, twice. Tea-pot, always spilt.",)
    nervous = read(e, values={"nervous": True, "careful": False})
    assert nervous.paragraphs == (
        "I begin helplessly. I begin. He writes the name, and blots it. Teapot, never spilt.",)


def test_spaces_inside_varying_text_are_kept_too(tmp_path):
    e = engine_for(tmp_path, """start a
=== a
The clock{sequence: strikes| has stopped}. Snow<>{cycle:fall|drift}s.
+ Again -> a
""")
    assert read(e).paragraphs == ("The clock strikes. Snowfalls.",)
    assert read(e, "a").paragraphs == ("The clock has stopped. Snowdrifts.",)


# ----------------------------------------------------------------- text values

TEXTS = """start a
text rank = "colonel"
text other = "general"
text empty
=== a
{rank} bows. "Yes, comrade {rank}." She nods. {other}? {other}!{empty}
* Promote him
  if rank == "colonel"
  set rank = other
* Demote him
  if rank != "colonel" else "He is a colonel already."
  set rank = "lieutenant"
Now: {rank}.
+ Again -> a
"""


def test_a_text_is_interpolated_and_capitalised_only_where_a_sentence_starts(tmp_path):
    e = engine_for(tmp_path, TEXTS)
    page = read(e)
    assert page.paragraphs == ('Colonel bows. "Yes, comrade colonel." She nods. General? General!',)
    assert value(e, e.begin().state, "rank") == "colonel"  # the value itself keeps its case


def test_a_text_is_set_from_another_text_and_compared(tmp_path):
    e = engine_for(tmp_path, TEXTS)
    page = read(e, "1")
    assert page.paragraphs == ("Now: general.",)
    again = read(e, "1", "a")
    assert [(c.text, c.available) for c in again.choices] == [("Demote him", True)]
    assert read(e, "1", "a", "2").paragraphs[-1] == "Now: lieutenant."
    assert [(c.text, c.available, c.reason) for c in read(e).choices] == [
        ("Promote him", True, None), ("Demote him", False, "He is a colonel already.")]


# ------------------------------------------------------------------------ pick

PICK = """start a
var level = 0
flag ticket
=== a
The garrison is {pick level: sullen | quiet | cheering}. {pick ticket: You show a ticket. | You have none.}
+ Up -> a
  set level += 1
+ Down -> a
  set level -= 1
+ Ticket -> a
  set ticket = true
"""


@pytest.mark.parametrize("level, word", [(-3, "sullen"), (0, "sullen"), (1, "sullen"), (2, "quiet"),
                                         (3, "cheering"), (4, "cheering"), (99, "cheering")])
def test_pick_chooses_by_number_and_holds_at_either_end(tmp_path, level, word):
    e = engine_for(tmp_path, PICK)
    assert read(e, values={"level": level}).paragraphs == (f"The garrison is {word}. You have none.",)


def test_pick_by_a_truth_value_takes_the_first_when_true(tmp_path):
    e = engine_for(tmp_path, PICK)
    assert read(e, "a_3").paragraphs == ("The garrison is sullen. You show a ticket.",)
    assert read(e, "a", "a").paragraphs == ("The garrison is quiet. You have none.",)


# ------------------------------------------------------------------------- ask

ASK = """start a
text alias "Your name" = "Anna Petrovna"
=== a
He licks a pencil.
ask alias "What name goes on the papers?" max 12
"{alias}," he writes.
* Sign -> e
=== ending e: E
Signed {alias}.
"""


def test_ask_offers_the_held_text_and_enter_keeps_it(tmp_path):
    e = engine_for(tmp_path, ASK)
    turn = e.begin()
    assert turn.page.prompt.question == "What name goes on the papers?"
    assert turn.page.prompt.default == "Anna Petrovna" and turn.page.prompt.limit == 12
    assert [c.id for c in turn.page.choices] == [ANSWER_ID]
    for kept in (None, "", "   \t "):
        after = e.take(turn, ANSWER_ID, kept)
        assert after.page.paragraphs == ('"Anna Petrovna," he writes.',)


def test_an_answer_is_kept_to_its_limit_on_one_clean_line(tmp_path):
    e = engine_for(tmp_path, ASK)
    turn = e.take(e.begin(), ANSWER_ID, "  Vera\x1b[31m\x07 Ilyinichna\nKorsakova  ")
    kept = value(e, turn.state, "alias")
    assert len(kept) <= 12 and kept == kept.strip()
    assert not re.search(r"[\x00-\x1f\x7f-\x9f]", kept)
    assert kept.startswith("Vera")
    assert turn.page.paragraphs == (f'"{kept}," he writes.',)


def test_the_player_takes_the_typed_line_as_the_answer(tmp_path):
    session = session_for(tmp_path, ASK)
    reply = session.handle("Ivan")
    assert reply.changes == ["Your name: Ivan"]
    assert session.page.paragraphs == ('"Ivan," he writes.',)
    assert [s.choice for s in session.steps] == [ANSWER_ID]


def test_a_typed_number_at_a_question_is_an_answer_not_a_choice(tmp_path):
    session = session_for(tmp_path, ASK)
    session.handle("1")
    assert value(session.engine, session.state, "alias") == "1"


def test_a_command_typed_at_a_question_asks_whether_it_is_the_answer(tmp_path):
    session = session_for(tmp_path, ASK)
    reply = session.handle("Save")
    assert reply.question
    assert reply.lines == ["Is 'Save' your answer? [y/N] (no: the command 'save')"]
    session.handle("y")
    assert value(session.engine, session.state, "alias") == "Save"
    (tmp_path / "again").mkdir()
    session = session_for(tmp_path / "again", ASK)
    reply = session.handle("save " + "x" * 5000)  # the question quotes a long line short
    assert reply.lines == ["Is 'save " + "x" * 52 + "...' your answer? [y/N] (no: the command 'save')"]


def test_a_command_typed_at_a_question_runs_when_it_is_not_the_answer(tmp_path):
    session = session_for(tmp_path, ASK)
    session.handle("save mine")
    reply = session.handle("n")
    assert reply.lines[0] == "Not your answer, then."
    assert "mine" in [name for name, _ in session.store.slots()]
    assert session.page.prompt is not None  # still asked, nothing answered
    session.handle("quit")
    reply = session.handle("Ivan")  # neither yes nor no: the line is the answer after all
    assert reply.lines[0] == "Not your answer, then."
    assert value(session.engine, session.state, "alias") == "Ivan"


def test_a_block_around_an_ask_asks_only_when_its_condition_holds(tmp_path):
    e = engine_for(tmp_path, """start a
flag curious
text name = "nobody"
=== a
if curious:
  Someone asks your name.
  ask name "Your name?"
  "{name}," they repeat.
else:
  Nobody asks.
You walk on, {name}.
* End -> a
""")
    assert read(e).paragraphs == ("Nobody asks. You walk on, nobody.",)
    turn = e.begin(values={"curious": True})
    assert turn.page.prompt is not None and turn.page.paragraphs == ("Someone asks your name.",)
    after = e.take(turn, ANSWER_ID, "Olga")
    assert after.page.paragraphs == ('"Olga," they repeat. You walk on, Olga.',)


def test_an_ask_inside_a_choice_body_comes_back_to_the_gather(tmp_path):
    e = engine_for(tmp_path, """start a
text name = "Anna"
=== a
* Give a name
  ask name "Which?"
  "{name}."
* Keep silent
The train moves.
* End -> a
""")
    turn = e.take(e.begin(), "1")
    assert turn.page.prompt is not None
    assert e.take(turn, ANSWER_ID, "Olga").page.paragraphs == ('"Olga."', "The train moves.")


# ----------------------------------------------------------------------- calls

CALLS = """start a
var briefings = 0
=== a: The map room
Before.
-> briefing ->
After the briefing.
* Ask again
  -> briefing ->
  Asked twice.
* Leave -> e
The maps are rolled up.
* End -> e

=== briefing: A briefing
set briefings += 1
Yegorov briefs you.
-> details ->
He salutes.
return

=== details: Details
The western districts.
return

=== ending e: E
{briefings} briefings.
"""


def test_calls_nest_and_each_returns_to_the_line_after_it(tmp_path):
    e = engine_for(tmp_path, CALLS)
    turn = e.begin()
    assert turn.page.paragraphs == ("Before.", "Yegorov briefs you.", "The western districts.",
                                    "He salutes.", "After the briefing.")
    assert [(s.scene, s.arrived) for s in turn.page.sections] == [
        ("a", True), ("briefing", True), ("details", True), ("briefing", False), ("a", False)]
    assert turn.state.stack == () and turn.state.scene == "a"


def test_a_call_from_a_choice_body_comes_back_into_that_body(tmp_path):
    e = engine_for(tmp_path, CALLS)
    page = read(e, "1")
    assert page.paragraphs == ("Yegorov briefs you.", "The western districts.", "He salutes.",
                               "Asked twice.", "The maps are rolled up.")
    assert read(e, "1", "e").paragraphs == ("2 briefings.",)


def test_a_call_waiting_at_choices_keeps_its_return_in_the_state(tmp_path):
    e = engine_for(tmp_path, """start a
=== a
-> b ->
Back in a.
* End -> a
=== b
In b.
* Yes
  Yes.
* No
return
""")
    turn = e.begin()
    assert turn.state.scene == "b" and turn.state.stack and turn.state.stack[0][0] == "a"
    after = e.take(turn, "1")
    assert after.page.paragraphs == ("Yes.", "Back in a.") and after.state.stack == ()
    assert hash(turn.state) != hash(after.state)  # the stack is part of the state's identity


def test_one_scene_called_from_two_places_returns_to_each_even_from_a_choice_body(tmp_path):
    e = engine_for(tmp_path, """start a
=== a: A
-> ask ->
Back in A.
* On -> b
=== b: B
if true:
  -> ask ->
  Back in B.
* On -> e
=== ask: The question
Well?
* Yes
  Yes.
  return
* No
  No.
return
=== ending e: E
Done.
""")
    turn = e.begin()
    assert turn.page.where.startswith("ask") and [s[0] for s in turn.state.stack] == ["a"]
    turn = e.take(turn, "1")
    assert turn.page.paragraphs == ("Yes.", "Back in A.") and turn.state.scene == "a"
    turn = e.take(turn, "b")
    assert [s[0] for s in turn.state.stack] == ["b"]
    turn = e.take(turn, "2")
    assert turn.page.paragraphs == ("No.", "Back in B.") and turn.state.stack == ()


def test_a_call_that_never_stops_calling_ends_the_step_not_the_program(tmp_path):
    e = engine_for(tmp_path, """start a
=== a
-> a ->
return
""")
    with pytest.raises(StoryLoop, match="calls nest more than 100 deep"):
        e.begin()


# -------------------------------------------------------------------- constants

CONSTANTS = """start a
const quota = 5
const capital = "Moscow"
const strict = true
stat army = 50 in 0..100
var count = 0
=== a
Quota {quota}, in {capital}, {pick quota - 3: one | two | three}.
{if strict: Strict.} {if army > quota * 9: Loyal.}
* Purge
  if army >= quota
  set army -= quota
  set count = quota + 1
  -> a if count > quota * 2
  {count} purged.
* Wait -> a
  if capital == "Moscow" and strict
"""


def test_a_constant_stands_wherever_its_value_could(tmp_path):
    e = engine_for(tmp_path, CONSTANTS)
    assert read(e).paragraphs == ("Quota 5, in Moscow, two. Strict. Loyal.",)
    assert [c.id for c in read(e).available] == ["1", "a"]
    turn = e.take(e.begin(), "1")
    assert turn.page.paragraphs == ("6 purged.",) and value(e, turn.state, "army") == 45


def test_a_constant_is_not_part_of_the_state(tmp_path):
    e = engine_for(tmp_path, CONSTANTS)
    assert [d.name for d in e.story.declarations] == ["army", "count"]


# ---------------------------------------------------------------------- emphasis

EMPHASIS = """title Emphasis
start a
=== a
"I am _not_ asking," he says. "I am *telling*." snake_case and 2 * 3 stay.
* Go -> e
=== ending e: E
Fin.
"""


def _screen(tmp_path, emphasis):
    session = session_for(tmp_path, EMPHASIS)
    screen = Screen(session, UNICODE, emphasis=emphasis)
    screen.start()
    return screen.ansi(24, 80, color=emphasis)


def test_emphasis_is_italic_and_bold_in_the_terminal(tmp_path):
    raw = _screen(tmp_path, emphasis=True)
    assert re.search(r"\x1b\[0;[0-9;]*\b3m(\x1b\[[0-9;]*m)*not", raw), raw
    assert re.search(r"\x1b\[0;[0-9;]*\b1m(\x1b\[[0-9;]*m)*telling", raw), raw
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw)
    assert '"I am not asking," he says. "I am telling."' in plain
    assert "snake_case and 2 * 3 stay." in plain


def test_without_colour_emphasis_is_left_out_marks_and_all(tmp_path):
    raw = _screen(tmp_path, emphasis=False)
    assert not re.search(r"\x1b\[0;[0-9;]*\b3m", raw)
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw)
    assert '"I am not asking," he says. "I am telling."' in plain and "_not_" not in plain


def test_emphasis_is_markdown_in_a_transcript(tmp_path):
    session = session_for(tmp_path, EMPHASIS)
    reply = session.handle(f"transcript {tmp_path / 'game.md'}")
    assert reply.lines and reply.lines[0].startswith("Wrote the story so far")
    markdown = (tmp_path / "game.md").read_text(encoding="utf-8")
    assert '"I am *not* asking," he says. "I am **telling**."' in markdown
    assert "snake_case and 2 * 3 stay." in markdown


@pytest.mark.parametrize("flags, env", [(["--plain"], {"NO_COLOR": ""}), ([], {"NO_COLOR": "1"})],
                         ids=["plain", "no_color"])
def test_plain_mode_shows_the_words_without_the_marks(tmp_path, flags, env):
    folder = story_folder(tmp_path, EMPHASIS)
    result = run_samizdat("play", folder, *flags, "--save-dir", tmp_path / "s", input="", env=env)
    assert result.returncode == 0, result.stderr
    assert '"I am not asking," he says. "I am telling." snake_case and 2 * 3 stay.' in result.stdout


# ------------------------------------------------------------------- the parser

def test_the_parser_builds_each_form():
    source, diagnostics = parse_source("""start a
flag warned "Warned" = true
var n "Count" = 3
text alias "Name" = "Anna"
const quota = 5
=== a
{pick n: a | b} {alias}
ask alias "Who?" max 20
-> b ->
=== b
return
""", "t.story")
    assert source is not None, [str(d) for d in diagnostics]
    decls = {d.name: d for d in source.declarations}
    assert decls["warned"].label == "Warned" and decls["warned"].initial is True
    assert decls["n"].label == "Count" and decls["alias"].initial == "Anna"
    assert [type(i).__name__ for i in source.scenes[0].items] == ["Prose", "Ask", "Jump"]
    ask, jump = source.scenes[0].items[1:]
    assert (ask.name, ask.prompt, ask.limit) == ("alias", "Who?", 20)
    assert jump.call and jump.target == "b"
    assert [type(i).__name__ for i in source.scenes[1].items] == ["Return"]


# ------------------------------------------------------- the example uses each form

def test_the_example_story_uses_each_form_of_text_a_writer_controls(example_story):
    from samizdat import model as m
    from conftest import EXAMPLE

    story = example_story
    decls = story.declarations
    assert any(isinstance(d, m.Flag) and d.label for d in decls)  # a shown flag
    assert any(not m.shown(d) for d in decls)  # and hidden values
    assert any(isinstance(d, m.Text) for d in decls) and story.constants
    items = [i for scene in story.scenes for i in m.walk(scene.items)]
    kinds = {type(i).__name__ for i in items}
    assert {"Ask", "Return"} <= kinds
    assert any(isinstance(i, m.Jump) and i.call for i in items)
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.story")))
    assert "{pick " in source and "<>" in source
    from samizdat.emphasis import runs
    prose = [line for line in source.split("\n") if not re.match(r"\s*[*+]|\s*//", line)]
    styles = {style for line in prose for style, _ in runs(line)}
    assert {"italic", "bold"} <= styles
    assert re.search(r'\b[a-z_]+ (==|!=) "', source)  # a text compared
    assert re.search(r'^\s*set [a-z_]+ = "', source, re.M)  # and set
    from samizdat.engine import Engine
    paid = read(Engine(story), "forge", "platform")  # the porter paid: a text opens his line
    assert '"Citizen," he says' in " ".join(paid.paragraphs)
