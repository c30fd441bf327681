"""The player in a real terminal: tmux runs `python -m samizdat`, we type and read the screen.

Each run of samizdat gets its own tmux server (a unique -L socket); each test
has its own save folder and kills its servers however it ends.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from conftest import EXAMPLE, RED_NAPOLEON, compile_or_fail
from samizdat import paths

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(
    TMUX is None, reason="tmux is not installed, so there is no real terminal to test in "
                         "(CI installs it; on Debian: apt-get install tmux)")
WAIT = 20.0  # seconds to wait for something to appear on screen


class Terminal:
    def __init__(self, save_dir, cwd):
        self.sockets = []  # one tmux server per start: a server being killed cannot be reused at once
        self.save_dir = save_dir
        self.cwd = cwd

    @property
    def socket(self):
        return self.sockets[-1]

    def kill(self):
        folder = Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}"
        for socket in self.sockets:
            subprocess.run([TMUX, "-L", socket, "kill-server"], capture_output=True, timeout=30)
            (folder / socket).unlink(missing_ok=True)  # a killed server leaves its socket file

    def tmux(self, *args, check=True):
        return subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True,
                              check=check, timeout=30)

    def start(self, *samizdat_args, columns=80, rows=24, env=None):
        """Run samizdat in a fresh window; when it exits the window shows its exit status."""
        command = " ".join([sys.executable, "-m", "samizdat", *map(str, samizdat_args)])
        shell = f"{command}; echo \"[exited $?]\"; sleep 600"
        extra = env or {}
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TMUX", "SAMIZDAT_DEBUG")}
        env.update(extra)
        env[paths.SAVE_DIR_VARIABLE] = str(self.save_dir)
        env["TERM"] = "xterm-256color"
        if self.sockets:
            self.kill()
        self.sockets.append(f"samizdat-test-{uuid.uuid4().hex[:12]}")
        subprocess.run([TMUX, "-L", self.socket, "-f", os.devnull, "new-session", "-d",
                        "-x", str(columns), "-y", str(rows), "sh", "-c", shell],
                       env=env, cwd=self.cwd, check=True, timeout=30)

    def screen(self, joined=True) -> str:
        """The visible screen; `joined` undoes the terminal's own wrapping of long lines."""
        return self.tmux("capture-pane", "-p", *(["-J"] if joined else [])).stdout

    def wait_for(self, text, gone=None) -> str:
        deadline = time.monotonic() + WAIT
        while True:
            screen = self.screen()
            if text in screen and (gone is None or gone not in screen):
                return screen
            if time.monotonic() > deadline:
                pytest.fail(f"waited {WAIT:.0f}s for {text!r}; the screen shows:\n{screen}")
            time.sleep(0.1)

    def keys(self, *keys):
        self.tmux("send-keys", *keys)

    def type(self, text):
        self.tmux("send-keys", "-l", text)
        self.tmux("send-keys", "Enter")


@pytest.fixture
def terminal(tmp_path):
    term = Terminal(tmp_path / "saves", tmp_path)
    try:
        yield term
    finally:
        term.kill()


BAR_50 = "Nerve \u2587\u2587\u2587\u2587\u2581\u2581\u2581\u2581 50"
POINTER = "\u25b8"


def test_play_choose_with_arrows_save_quit_and_resume(terminal):
    terminal.start("play", EXAMPLE, "--seed", "1")
    screen = terminal.wait_for("Suspicion \u2587\u2581")
    # The prose, wrapped; the choices; the stats bar at the bottom.
    assert "The night train to Moscow breathes steam along the platform." in screen
    assert "  1. Buy a ticket at the window" in screen and POINTER not in screen
    assert "3. Board the train (The conductor checks every ticket.)" in screen
    assert BAR_50 in screen.rstrip().splitlines()[-1]

    # Down puts the pointer on the first choice, Down again on the porter; Enter takes it.
    terminal.keys("Down")
    terminal.wait_for(POINTER + " 1. Buy a ticket at the window")
    terminal.keys("Down")
    terminal.wait_for(POINTER + " 2. Ask the porter about papers")
    terminal.keys("Enter")
    screen = terminal.wait_for("The porter looks you over.")
    assert "> Ask the porter about papers" in screen  # what was taken heads the new page

    # Tab completes a command; the stats screen comes up and Escape leaves it.
    terminal.tmux("send-keys", "-l", "sta")
    terminal.keys("Tab")
    terminal.wait_for("> stats")
    terminal.keys("Enter")
    terminal.wait_for("Endings found: 0 of 2")
    terminal.keys("Escape")
    terminal.wait_for("1. Pay him", gone="Endings found")

    terminal.type("save at_the_porter")
    terminal.wait_for("Saved as 'at_the_porter'.")
    terminal.type("quit")
    screen = terminal.wait_for("[exited 0]")
    assert "Your place is saved. Goodbye." in screen
    assert (terminal.save_dir / "the-night-train" / "at_the_porter.json").is_file()

    # A new run offers to continue, and continues at the porter.
    terminal.start("play", EXAMPLE)
    terminal.wait_for("Continue where you left off? [Y/n]")
    terminal.type("y")
    screen = terminal.wait_for("Papers cost 10 roubles")
    assert "Loaded 'autosave'." in screen
    assert "  1. Pay him" in screen
    terminal.wait_for(BAR_50)
    terminal.type("1")
    terminal.wait_for("(Suspicion \u22125)")
    terminal.keys("C-c")
    screen = terminal.wait_for("[exited 130]")
    assert "Interrupted. Your place is saved. Goodbye." in screen
    assert "Traceback" not in screen


def test_samizdat_alone_plays_the_bundled_story(terminal):
    from samizdat.pipeline import compile_story

    story = compile_story(paths.bundled_story()).story
    assert story is not None, "the bundled story does not compile"
    first_stat = story.stats[0].label if story.stats else story.title
    terminal.start()
    screen = terminal.wait_for(first_stat)
    assert story.scenes_by_id[story.start].heading in screen
    terminal.keys("C-d")
    screen = terminal.wait_for("[exited 0]")
    assert "Traceback" not in screen


def test_tapping_enter_through_a_long_page_never_takes_a_choice(terminal):
    terminal.start("play", "--seed", "1", columns=60, rows=20)
    first = terminal.wait_for("more: Enter, Space or PgDn")
    heading = "== The Kremlin, the Senate building, 10 February 1936 =="
    assert heading in first
    for _ in range(8):  # more Enters than the page has pages
        terminal.keys("Enter")
    screen = terminal.wait_for("Type a choice's number or some of its words")  # the page is read through
    assert "Vlasik is shouting. Somewhere above, a typewriter stops." in screen
    assert "more: Enter" not in screen
    for line in ("1. Go down to him", "2. Go back up to Poskrebyshev's telephones",
                 "3. Stay where you are, and watch who comes"):
        assert line in screen
    terminal.type("quit")
    screen = terminal.wait_for("[exited 0]")
    assert "Goodbye." in screen and "Your place is saved" not in screen  # nothing was chosen
    assert not list(terminal.save_dir.glob("*/autosave.json"))


CHOICES_7 = ("1. Send for Yakir and Uborevich", "2. Send for Gamarnik",
             "3. Telephone Kirov in Leningrad", "4. Drive to Pushkin Square",
             "5. Answer Yagoda's note", "6. Enough counsel. Decide")


def _wait_for_layout(terminal, columns, rows, wanted):
    """After a resize: the screen is `columns` wide and shows every string in `wanted`."""
    deadline = time.monotonic() + WAIT
    while True:
        lines = terminal.screen(joined=False).splitlines()
        widest = max(len(line.rstrip()) for line in lines)
        if widest <= columns and all(any(w in line for line in lines) for w in wanted):
            return "\n".join(lines)
        if time.monotonic() > deadline:
            pytest.fail(f"at {columns}x{rows}, not all of {wanted} on screen:\n" + "\n".join(lines))
        time.sleep(0.1)


def test_every_choice_stays_on_screen_as_the_terminal_shrinks_and_grows(terminal):
    # The bundled story's scene with the most choices: six to see, one hidden.
    terminal.start("play", "--from", "fall_commissariat", "--seed", "1", columns=100, rows=35)
    terminal.wait_for("6. Enough counsel. Decide")
    for columns, rows in ((100, 35), (60, 20), (40, 10), (100, 35)):
        terminal.tmux("resize-window", "-x", str(columns), "-y", str(rows))
        # The stats that do not fit are folded away, and the status bar says so.
        status = "more: F2" if columns < 100 else "Standing abroad"
        hint = "number, words" if columns < 60 else "a number or words of a choice"
        screen = _wait_for_layout(terminal, columns, rows, CHOICES_7 + (status, hint))
        assert len(screen.splitlines()) == rows
        assert status in screen.rstrip().splitlines()[-1], screen
    # Grown again, the prose is laid out at the new width, not the smallest one's.
    assert any(len(line.rstrip()) > 60 for line in screen.splitlines()), screen
    terminal.keys("Down")
    terminal.wait_for(POINTER + " 1. Send for Yakir and Uborevich")
    terminal.type("quit")
    terminal.wait_for("[exited 0]")


def test_the_stats_screen_shows_every_stat_and_the_endings_found(terminal):
    terminal.start("play", "--seed", "1", columns=80, rows=30)
    terminal.wait_for("Army loyalty")
    terminal.type("1")
    terminal.wait_for("> Go down to him")
    terminal.keys("F2")
    endings = len(compile_or_fail(RED_NAPOLEON).endings)
    screen = terminal.wait_for(f"Endings found: 0 of {endings}")
    for label in ("Army loyalty", "Legitimacy", "Party strength", "Kirov's trust", "Bukharin's trust",
                  "Trotsky's influence", "NKVD loyalty", "Standing abroad"):
        assert re.search(rf"^  {re.escape(label)} +[\u2581\u2587]{{20}} +\d+ *$", screen, re.M), label
    assert "Esc, Enter or q: back to the story" in screen
    terminal.keys("Escape")
    terminal.wait_for("> Go down to him", gone="Endings found")
    terminal.type("quit")
    terminal.wait_for("[exited 0]")


def test_a_choice_taken_by_typing_its_words_and_one_by_a_mouse_click(terminal):
    terminal.start("play", EXAMPLE, "--seed", "1")
    terminal.wait_for("Suspicion")
    terminal.type("porter")
    terminal.wait_for("The porter looks you over.")
    # A click (SGR mouse report: button 1 pressed and released) on "1. Pay him".
    lines = terminal.screen(joined=False).splitlines()
    row = next(n for n, line in enumerate(lines, 1) if line.startswith("  1. Pay him"))
    terminal.tmux("send-keys", "-l", f"\x1b[<0;8;{row}M\x1b[<0;8;{row}m")
    screen = terminal.wait_for("(Suspicion \u22125)")
    assert "> Pay him" in screen
    terminal.type("quit")
    terminal.wait_for("[exited 0]")
    from samizdat import saves

    (autosave,) = terminal.save_dir.glob("*/autosave.json")
    assert [s.choice for s in saves.read(autosave).steps] == ["forge", "platform"]


def test_a_resized_terminal_rewraps_the_page(terminal):
    terminal.start("play", EXAMPLE, "--seed", "1", columns=100)
    terminal.wait_for("The night train to Moscow breathes steam along the platform. A clock above the")
    terminal.tmux("resize-window", "-x", "50", "-y", "24")
    # Re-wrapped at word boundaries by the player, not cut mid-word by the terminal.
    deadline = time.monotonic() + WAIT
    wanted = "The night train to Moscow breathes steam along"
    while wanted not in [line.rstrip() for line in terminal.screen(joined=False).splitlines()]:
        if time.monotonic() > deadline:
            pytest.fail("the page was not re-wrapped:\n" + terminal.screen(joined=False))
        time.sleep(0.1)
    terminal.type("quit")
    terminal.wait_for("[exited 0]")


def test_no_color_is_honoured(terminal):
    terminal.start("play", EXAMPLE, "--seed", "1", "--no-color")
    terminal.wait_for(BAR_50)
    coloured = terminal.tmux("capture-pane", "-p", "-e").stdout
    attributes = [int(p) for codes in re.findall(r"\x1b\[([0-9;]*)m", coloured)
                  for p in codes.split(";") if p]
    assert 1 in attributes  # bold headings: there are attributes to see
    colours = [a for a in attributes if 30 <= a <= 38 or 40 <= a <= 48 or 90 <= a <= 107]
    assert colours == [], coloured
    terminal.type("quit")
    terminal.wait_for("[exited 0]")


def test_an_ascii_terminal_gets_plain_characters(terminal):
    terminal.start("play", EXAMPLE, "--seed", "1", env={"PYTHONIOENCODING": "ascii"})
    screen = terminal.wait_for("Nerve ####---- 50")
    assert "????" not in screen and "\ufffd" not in screen  # no character the terminal cannot show
    terminal.keys("Down")
    terminal.wait_for("> 1. Buy a ticket at the window")
    terminal.type("quit")
    terminal.wait_for("[exited 0]")
