"""The README's example is a story that checks and plays as the README says."""
import re

from conftest import REPO, run_samizdat


def test_the_readmes_example_checks_clean_and_narrates_what_a_choice_does(tmp_path):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```\n(stat .*?)```", readme, re.S).group(1)
    story = tmp_path / "main.story"
    story.write_text("start staircase\n" + example + "\n=== ending garrison: Dawn\nIt begins.\n",
                     encoding="utf-8")
    assert run_samizdat("check", story).stdout == f"{story}: no problems\n"
    played = run_samizdat("play", "--plain", story, input="1\n", env={"SAMIZDAT_SAVE_DIR": str(tmp_path)})
    after = played.stdout.split("> 1", 1)[1]
    assert after.index("(Army loyalty +5, Yakir is with you: yes)") < after.index("I have been waiting") \
        < after.index("The snow goes on falling") < after.index("It begins.")
