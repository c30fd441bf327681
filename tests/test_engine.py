"""The engine core, feature by feature, as docs/language.md describes it."""
import pytest

from engine_helpers import engine_for, play, read, value
from samizdat.engine import FALLBACK_ID, ChoiceUnavailable, StoryError, StoryLoop, UnknownChoice

HEAD = "start a\n"


def test_start_enters_the_start_scene_and_shows_its_page(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a: Moscow, 1936\nThe telephone rings.\n\nSecond.\n* Answer -> a\n")
    page = read(e)
    assert (page.scene, page.heading) == ("a", "Moscow, 1936")
    assert page.paragraphs == ("The telephone rings.", "Second.")
    assert [(c.id, c.text, c.available) for c in page.choices] == [("a", "Answer", True)]


def test_stats_are_clamped_into_their_range(tmp_path):
    e = engine_for(tmp_path, HEAD + "stat army = 95 in 0..100\n=== a\n+ Up -> a\n  set army += 10\n+ Down -> a\n  set army -= 500\n")
    s = e.start()
    assert value(e, play(e, s, "a"), "army") == 100
    assert value(e, play(e, s, "a_2"), "army") == 0


def test_fairmath_approaches_the_bounds(tmp_path):
    e = engine_for(tmp_path, HEAD + "stat x = 20\nstat y = 90\n=== a\n+ Up -> a\n  set x %+ 50\n  set y %+ 50\n+ Down -> a\n  set x %- 50\n  set y %- 50\n")
    s = e.start()
    up = play(e, s, "a")
    assert (value(e, up, "x"), value(e, up, "y")) == (60, 95)
    down = play(e, s, "a_2")
    assert (value(e, down, "x"), value(e, down, "y")) == (10, 45)


def test_flags_and_variables(tmp_path):
    e = engine_for(tmp_path, HEAD + "flag f\nvar n = -3\n=== a\n+ Go -> a\n  set f = not f\n  set n = n * 2 - 1\n")
    s = play(e, e.start(), "a")
    assert value(e, s, "f") is True and value(e, s, "n") == -7
    s = play(e, s, "a")
    assert value(e, s, "f") is False and value(e, s, "n") == -15


def test_variables_have_no_range(tmp_path):
    e = engine_for(tmp_path, HEAD + "var n = 0\n=== a\n+ Go -> a\n  set n -= 1000\n")
    assert value(e, play(e, e.start(), "a"), "n") == -1000


def test_effects_apply_in_order_and_see_earlier_effects(tmp_path):
    e = engine_for(tmp_path, HEAD + "var n = 1\nvar m\n=== a\n+ Go -> a\n  set n += 1\n  set m = n * 10\n")
    assert value(e, play(e, e.start(), "a"), "m") == 20


def test_division_rounds_down_and_by_zero_gives_zero(tmp_path):
    e = engine_for(tmp_path, HEAD + "var n = 7\nvar z\n=== a\nHalf {n / 2}, by zero {n / z}, negative {(0 - n) / 2}.\n+ Go -> a\n")
    assert read(e).paragraphs == ("Half 3, by zero 0, negative -4.",)


def test_hidden_and_disabled_choices(tmp_path):
    e = engine_for(tmp_path, HEAD + 'stat army = 40\n=== a\n* Hidden -> a\n  if army > 50\n* Disabled -> b\n  if army > 50 else "Not yet."\n* Open -> b\n=== b\n* Back -> a\n')
    page = e.page(e.start())
    assert [(c.id, c.available, c.reason) for c in page.choices] == [
        ("b", False, "Not yet."), ("b_2", True, None)]
    with pytest.raises(ChoiceUnavailable):
        e.choose(e.start(), "b")
    with pytest.raises(ChoiceUnavailable):
        e.choose(e.start(), "a")


def test_unknown_choice(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\n* Go -> a\n")
    with pytest.raises(UnknownChoice):
        e.choose(e.start(), "nowhere")


def test_once_only_choices_disappear_and_sticky_ones_stay(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\n* Once -> a\n+ Always -> a\n")
    s = play(e, e.start(), "a")
    assert [c.id for c in e.page(s).choices] == ["a_2"]
    s = play(e, s, "a_2", "a_2")
    assert [c.id for c in e.page(s).choices] == ["a_2"]


def test_fallback_is_offered_only_when_no_choice_is(tmp_path):
    e = engine_for(tmp_path, HEAD + "flag open\n=== a\n* Sign -> b\n  if open\n+ Open it -> a\n  set open = true\n  if not open\notherwise -> c\n=== b\n* x -> a\n=== c\n* x -> a\n")
    s = e.start()
    assert [c.id for c in e.page(s).choices] == ["a"]  # "Open it" (id a) only; Sign hidden
    s = play(e, s, "a")
    assert [c.id for c in e.page(s).choices] == ["b"]
    e2 = engine_for(tmp_path, HEAD + "=== a\nOnly text.\notherwise -> b\n=== b\n* x -> a\n", "two.story")
    page = e2.page(e2.start())
    assert [(c.id, c.text) for c in page.choices] == [(FALLBACK_ID, "Continue")]
    assert e2.choose(e2.start(), FALLBACK_ID).scene == "b"


def test_stuck_and_ending_pages(tmp_path):
    e = engine_for(tmp_path, HEAD + "flag f\n=== a\n* Go -> b\n* End -> e\n=== b\n* Never -> a\n  if f\n=== ending e: The End\nGoodbye.\n")
    stuck = e.page(play(e, e.start(), "b"))
    assert stuck.stuck and not stuck.is_ending
    end = read(e, "e")
    assert end.is_ending and end.ending == "The End" and not end.stuck and end.paragraphs == ("Goodbye.",)


def test_entry_effects_then_the_first_true_jump(tmp_path):
    e = engine_for(tmp_path, HEAD + "var n\n=== a\n* Go -> b\n=== b\nset n += 1\n-> c if n > 1\nset n += 10\n-> d if n > 5\nNever shown.\n* x -> a\n=== c\n* x -> a\n=== d\n* x -> a\n")
    s = play(e, e.start(), "b")
    assert s.scene == "d" and value(e, s, "n") == 11


def test_unconditional_jump(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\n-> b\n=== b\n* x -> a\n")
    assert e.start().scene == "b"


def test_whenever_fires_from_anywhere_but_not_into_endings_or_its_target(tmp_path):
    e = engine_for(tmp_path, HEAD + "stat legitimacy = 20\nwhenever legitimacy < 10 -> collapse\n=== a\n+ Lose -> a\n  set legitimacy -= 15\n* End -> e\n  set legitimacy -= 15\n=== collapse\nIt falls.\n* Again -> collapse\n=== ending e: E\n")
    assert play(e, e.start(), "a").scene == "collapse"
    assert play(e, e.start(), "e").scene == "e"
    s = play(e, e.start(), "a")
    assert play(e, s, "collapse").scene == "collapse"


def test_jump_loops_are_reported(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\n* Go -> b\n=== b\n-> c\n=== c\n-> b\n")
    with pytest.raises(StoryLoop):
        e.choose(e.start(), "b")


def test_visits_and_seen(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\nVisits {visits(a)}, {if seen(b): been to b | not b}.\n+ Stay -> a\n+ B -> b\n=== b\n+ Back -> a\n")
    assert read(e).paragraphs == ("Visits 1, not b.",)
    assert read(e, "a", "b", "a").paragraphs == ("Visits 3, been to b.",)


@pytest.mark.parametrize("kind,expected", [
    ("sequence", ["one", "two", "three", "three"]),
    ("cycle", ["one", "two", "three", "one"]),
    ("once", ["one", "two", "three", ""]),
])
def test_variations_on_revisits(tmp_path, kind, expected):
    e = engine_for(tmp_path, HEAD + f"=== a\nX {{{kind}: one | two | three}}.\n+ Again -> a\n")
    turn, seen = e.begin(), []
    for _ in range(4):
        seen.append(turn.page.paragraphs[0].removeprefix("X").removesuffix(".").strip())
        turn = e.take(turn, "a")
    assert seen == expected


def test_shuffle_is_repeatable_for_a_seed_and_varies_across_seeds(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\n{shuffle: a | b | c | d | e | f}\n+ Again -> a\n")

    def texts(seed):
        turn, out = e.begin(seed), []
        for _ in range(12):
            out.append(turn.page.paragraphs[0])
            turn = e.take(turn, "a")
        return out
    assert texts(1) == texts(1)
    assert texts(1) != texts(2)
    assert set(texts(1)) <= set("abcdef") and len(set(texts(1))) > 1


def test_chance_and_roll_are_deterministic_per_seed(tmp_path):
    e = engine_for(tmp_path, HEAD + "var total\nvar hits\n=== a\n+ Roll -> a\n  set total += roll(6)\n  set hits += 1\n  if chance(50)\n+ Skip -> a\n")

    def run(seed):
        s = e.start(seed)
        for _ in range(200):
            ids = e.available_ids(s)
            s = e.choose(s, ids[0])
        return value(e, s, "total"), value(e, s, "hits")
    assert run(7) == run(7)
    total, hits = run(7)
    assert 0 < hits < 200 and hits <= total <= 6 * hits
    assert run(7) != run(8)


def test_page_and_choose_agree_on_random_conditions(tmp_path):
    e = engine_for(tmp_path, HEAD + "=== a\n+ Lucky -> a\n  if chance(50)\n+ Other -> a\n")
    s = e.start(3)
    for _ in range(100):
        offered = [c.id for c in e.page(s).choices if c.available]
        assert list(e.available_ids(s)) == offered
        s = e.choose(s, offered[0])


def test_interpolation_of_truth_values(tmp_path):
    e = engine_for(tmp_path, HEAD + "flag f = true\n=== a\n{f} and {not f}\n* x -> a\n")
    assert read(e).paragraphs == ("true and false",)


def test_start_at_a_scene_with_values(tmp_path):
    e = engine_for(tmp_path, HEAD + "stat army = 50\n=== a\n* x -> b\n=== b\nArmy {army}.\n* x -> a\n")
    assert read(e, at="b", values={"army": 170}).paragraphs == ("Army 100.",)
    with pytest.raises(StoryError):
        e.start(values={"nope": 1})
    with pytest.raises(StoryError):
        e.start(at="nowhere")


def test_states_are_immutable_hashable_values(tmp_path):
    e = engine_for(tmp_path, HEAD + "stat army = 50\n=== a\n+ Up -> a\n  set army += 5\n")
    s = e.start()
    again = e.start()
    assert s == again and hash(s) == hash(again)
    after = play(e, s, "a")
    assert s.values != after.values  # the old state is untouched
    assert len({s, again, after}) == 2


def test_the_example_story_reaches_both_endings(example_engine):
    e = example_engine
    endings = set()
    for seed in range(60):
        s = e.start(seed)
        for _ in range(60):
            page = e.page(s)
            if page.is_ending:
                endings.add(page.scene)
                break
            ids = [c.id for c in page.available]
            s = e.choose(s, ids[(seed + s.turn) % len(ids)])
    assert endings == {"arrival", "arrested"}
