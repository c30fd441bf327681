"""Choices with consequences, form by form: bodies, choices inside choices, gathers, labels, blocks.

Each test writes a little scene the way docs/language.md teaches it, then
checks the model the parser builds and the pages a reader sees.
"""
import pytest

from engine_helpers import engine_for, read, value
from samizdat import model as m
from samizdat.engine import ChoiceUnavailable, StoryLoop, UnknownChoice
from samizdat.parser import parse_source

HEAD = "start a\n"


def parse_scene(text):
    source, diagnostics = parse_source(HEAD + text, "t.story")
    assert source is not None, [str(d) for d in diagnostics]
    assert not [d for d in diagnostics if d.is_error], [str(d) for d in diagnostics]
    return source.scenes[0]


def choices_offered(page):
    return [(c.id, c.text) for c in page.choices]


def text_of(page):
    """The page as a reader sees it: headings where the story arrives, then paragraphs."""
    lines = []
    for section in page.sections:
        if section.arrived and section.heading:
            lines.append(f"== {section.heading} ==")
        lines.extend(section.paragraphs)
    return lines


# ------------------------------------------------------------------ bodies

POLITBURO = """stat legitimacy = 30
=== a: The Politburo room
Molotov has taken the chair.

* Ask him what he thinks of Bonapartism
  set legitimacy += 5
  Molotov takes off his pince-nez. "A French disease."
* Sit down and say nothing
  You sit.
* Walk out -> b
  You leave the door open behind you.

The vote is taken by a show of hands.
* Vote -> b
=== b: The corridor
It is cold.
* Back -> a
"""


def test_a_body_is_the_lines_indented_under_its_choice():
    ask, sit, walk, vote = m.choices_of(parse_scene(POLITBURO))
    assert [type(i).__name__ for i in ask.body] == ["Assign", "Prose"]
    assert ask.target is None and walk.target == "b"
    assert [type(i).__name__ for i in walk.body] == ["Prose"]


def test_the_body_is_read_next_then_the_lines_below_the_choices(tmp_path):
    e = engine_for(tmp_path, HEAD + POLITBURO)
    page = read(e, "1")
    assert text_of(page) == ['Molotov takes off his pince-nez. "A French disease."',
                             "The vote is taken by a show of hands."]
    assert not page.sections[0].arrived  # the page goes on in the scene already shown
    assert choices_offered(page) == [("b", "Vote")]
    assert value(e, e.take(e.begin(), "1").state, "legitimacy") == 35


def test_a_body_with_a_target_goes_there_after_its_text(tmp_path):
    e = engine_for(tmp_path, HEAD + POLITBURO)
    page = read(e, "b")
    assert text_of(page) == ["You leave the door open behind you.", "== The corridor ==", "It is cold."]
    assert page.scene == "b"


def test_derived_ids_are_targets_or_places_in_the_group():
    ids = [c.id for c in m.choices_of(parse_scene(POLITBURO))]
    assert ids == ["1", "2", "b", "b"]  # the second group starts counting afresh


# -------------------------------------------------------- choices inside choices

DRINK = """stat nerve = 50
=== a
He pours two glasses.
* Drink it
  It burns.
  set nerve += 10
  * Ask for another
    He refuses.
  * Put the glass down
    if nerve > 55
    You feel better.
  The clock strikes.
* Leave it
  He drinks both.
You stand up.
* Go -> a
"""


def test_choices_nest_and_each_level_gathers(tmp_path):
    e = engine_for(tmp_path, HEAD + DRINK)
    page = read(e, "1")
    assert text_of(page) == ["It burns."]
    assert choices_offered(page) == [("1", "Ask for another"), ("2", "Put the glass down")]
    page = read(e, "1", "2")
    assert text_of(page) == ["You feel better.", "The clock strikes.", "You stand up."]
    assert text_of(read(e, "2")) == ["He drinks both.", "You stand up."]


def test_nested_choices_have_their_own_conditions(tmp_path):
    e = engine_for(tmp_path, HEAD + DRINK.replace("nerve = 50", "nerve = 30"))
    assert [c for c, _ in choices_offered(read(e, "1"))] == ["1"]


# ------------------------------------------------------------------ gathers

def test_several_rounds_of_choices_in_one_scene(tmp_path):
    e = engine_for(tmp_path, HEAD + """=== a: Gate
* Salute
  He returns it.
* Say nothing
The gate opens.
* Go up
  Stairs.
* Wait
  Nothing.
Inside at last.
* End -> e
=== ending e: E
""")
    assert text_of(read(e, "2")) == ["The gate opens."]
    assert text_of(read(e, "2", "1")) == ["Stairs.", "Inside at last."]
    assert e.take(e.begin(), "2").page.where == "a#2"


# ------------------------------------------------------------------- labels

LUBYANKA = """var asked
=== a: The Lubyanka
Yagoda offers you a chair.
label questions
* Ask about the telegram
  set asked += 1
  He shrugs. {sequence: "What telegram?" | "I told you." }
  -> questions
+ Ask about Kirov
  set asked += 1
  "Kirov is alive," he says, {cycle: smiling | not smiling}.
  -> questions
* (leave) Leave -> b
  if asked > 0 else "You have not asked anything."
=== b
{if seen(a.leave): You left. } Asked {asked}, at the table {visits(a.questions)} times.
* Back -> a.questions
"""


def test_a_label_is_a_place_to_jump_back_to(tmp_path):
    e = engine_for(tmp_path, HEAD + LUBYANKA)
    turn = e.take(e.begin(), "1")
    assert text_of(turn.page) == ['He shrugs. "What telegram?"']
    assert choices_offered(turn.page) == [("2", "Ask about Kirov"), ("leave", "Leave")]  # once-only went


def test_text_in_a_sticky_choice_varies_each_time_it_is_taken(tmp_path):
    e = engine_for(tmp_path, HEAD + LUBYANKA)
    assert text_of(read(e, "2")) == ['"Kirov is alive," he says, smiling.']
    assert text_of(read(e, "2", "2")) == ['"Kirov is alive," he says, not smiling.']


def test_labels_are_counted_and_reached_from_other_scenes(tmp_path):
    e = engine_for(tmp_path, HEAD + LUBYANKA)
    page = read(e, "2", "leave")
    assert text_of(page)[-1] == "You left. Asked 1, at the table 2 times."
    back = read(e, "2", "leave", "a_questions")
    assert [c.id for c in back.choices] == ["1", "2"]  # "Leave" is once-only, and was taken
    assert text_of(back) == ["== The Lubyanka =="]  # arrived at the label: nothing above it is read


def test_a_label_loop_with_no_choice_is_a_loop(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\n* Go\n  label spin\n  -> spin\n")
    with pytest.raises(StoryLoop):
        e.choose(e.start(), "1")


# ------------------------------------------------------------------- blocks

BLOCKS = """stat army = 70
var bonus
=== a
if army > 60:
  Your officers are awake.
  set bonus += 5
else if army > 30:
  Some of them are.
else:
  Nobody answers.
  -> b
The night goes on.
+ Wait -> a
  set army -= 25
=== b
Alone.
* Back -> a
  set army = 70
"""


def test_blocks_have_branches_in_order():
    (block,) = [i for i in parse_scene(BLOCKS).items if isinstance(i, m.Block)]
    assert [b.condition is None for b in block.branches] == [False, False, True]
    assert [type(i).__name__ for i in block.branches[0].items] == ["Prose", "Assign"]


def test_the_first_true_branch_is_read_and_sets_conditionally(tmp_path):
    e = engine_for(tmp_path, HEAD + BLOCKS)
    turn = e.begin()
    assert text_of(turn.page) == ["Your officers are awake. The night goes on."]
    assert value(e, turn.state, "bonus") == 5
    assert text_of(read(e, "a")) == ["Some of them are. The night goes on."]
    assert text_of(read(e, "a", "a")) == ["Nobody answers.", "Alone."]


def test_a_block_among_choices_makes_them_conditional_and_keeps_one_group(tmp_path):
    e = engine_for(tmp_path, HEAD + """flag yagoda
=== a
+ Wait -> a
if yagoda:
  Yagoda is in the corridor.
  + Speak to him -> a
+ Sleep -> a
  set yagoda = true
""")
    first = read(e)
    assert choices_offered(first) == [("a", "Wait"), ("a_3", "Sleep")]
    later = read(e, "a_3")
    assert choices_offered(later) == [("a", "Wait"), ("a_2", "Speak to him"), ("a_3", "Sleep")]
    assert "Yagoda is in the corridor." in text_of(later)[0]


# ---------------------------------------------------------------- fallback

def test_a_fallback_with_a_body_and_no_target(tmp_path):
    e = engine_for(tmp_path, HEAD + """=== a
* Ask once
  Asked.
otherwise
  You have nothing more to ask.
Time to go.
* Go -> a
""")
    page = read(e, "1")
    assert text_of(page) == ["Asked.", "Time to go."]
    turn = e.take(e.take(e.begin(), "1"), "a")
    assert choices_offered(turn.page) == [("otherwise", "Continue")]
    assert text_of(e.take(turn, "otherwise").page) == ["You have nothing more to ask.", "Time to go."]


# --------------------------------------------------------- old forms keep working

def test_if_and_set_lines_at_the_choice_indentation_still_belong_to_it():
    (choice,) = m.choices_of(parse_scene("var x\n=== a\n* Go -> a\nif x > 1\nset x = 2\n"))
    assert len(choice.conditions) == 1 and isinstance(choice.body[0], m.Assign)


def test_comment_lines_under_a_choice_change_nothing():
    (choice,) = m.choices_of(parse_scene(
        "var x\n=== a\n* Go -> a\n  // why\n  if x > 1\n  // because\n  set x = 2\n  Text.\n"))
    assert len(choice.conditions) == 1
    assert [type(i).__name__ for i in choice.body] == ["Assign", "Prose"]


def test_prose_indented_for_its_look_is_still_prose():
    scene = parse_scene("=== a\nA line.\n    An indented line.\n  Another.\n* Go -> a\n")
    assert [type(i).__name__ for i in scene.items] == ["Prose", "Choice"]


def test_prose_above_a_jump_is_shown_before_the_jump(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\nThe telephone rings.\n-> b\n=== b: B\nYou answer.\n* x -> a\n")
    assert text_of(read(e)) == ["The telephone rings.", "== B ==", "You answer."]


def test_unknown_and_unavailable_nested_choices_are_refused(tmp_path):
    e = engine_for(tmp_path, HEAD + DRINK.replace("nerve = 50", "nerve = 30"))
    turn = e.take(e.begin(), "1")
    with pytest.raises(ChoiceUnavailable):
        e.take(turn, "2")
    with pytest.raises(UnknownChoice):
        e.take(turn, "3")


# ------------------------------------------- the same story, written the old way

WOVEN = """stat legitimacy = 30
=== a: The Politburo room
Molotov has taken the chair.

* Ask him what he thinks of Bonapartism
  set legitimacy += 5
  Molotov takes off his pince-nez. "A French disease."
  * Laugh
    Nobody joins you.
  * Wait
    He waits longer.
* Sit down and say nothing
  You sit.

The vote is taken by a show of hands.
* Vote with them -> b
* Abstain -> b
  set legitimacy -= 5
=== ending b: The End
Legitimacy {legitimacy}.
"""

# Before choice bodies: a scene per reaction, and a variable to say which
# branch the player came down, tested on every line after they meet again.
SCENE_PER_REACTION = """stat legitimacy = 30
var pick
=== a: The Politburo room
Molotov has taken the chair.

* Ask him what he thinks of Bonapartism -> a_ask
  set legitimacy += 5
* Sit down and say nothing -> a_vote
  set pick = 2
=== a_ask: The Politburo room
Molotov takes off his pince-nez. "A French disease."
* Laugh -> a_vote
  set pick = 11
* Wait -> a_vote
  set pick = 12
=== a_vote: The Politburo room
{if pick == 11: Nobody joins you.}{if pick == 12: He waits longer.}{if pick == 2: You sit.}

The vote is taken by a show of hands.
* Vote with them -> b
* Abstain -> b
  set legitimacy -= 5
=== ending b: The End
Legitimacy {legitimacy}.
"""


def _every_reading(engine):
    """Every playthrough, as the paragraphs and choice texts of each page, by the choices' place."""
    readings = []

    def go(turn, trail):
        page = turn.page
        trail = trail + [(page.paragraphs, tuple(c.text for c in page.choices))]
        if page.is_ending:
            readings.append(trail)
        for choice in page.available:
            go(engine.take(turn, choice.id), trail)
    go(engine.begin(), [])
    return readings


def test_a_scene_in_the_new_forms_reads_like_the_old_scene_per_reaction(tmp_path):
    woven = engine_for(tmp_path, HEAD + WOVEN, name="woven.story")
    old = engine_for(tmp_path, HEAD + SCENE_PER_REACTION, name="old.story")
    readings = _every_reading(woven)
    assert len(readings) == 6
    assert readings == _every_reading(old)
