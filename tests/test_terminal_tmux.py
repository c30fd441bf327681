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

from conftest import EXAMPLE
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

    def start(self, *samizdat_args, columns=80, rows=24):
        """Run samizdat in a fresh window; when it exits the window shows its exit status."""
        command = " ".join([sys.executable, "-m", "samizdat", *map(str, samizdat_args)])
        shell = f"{command}; echo \"[exited $?]\"; sleep 600"
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TMUX", "SAMIZDAT_DEBUG")}
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


def test_play_choose_with_arrows_save_quit_and_resume(terminal):
    terminal.start("play", EXAMPLE, "--seed", "1")
    screen = terminal.wait_for("Suspicion \u2587\u2581")
    # The prose, wrapped; the choices; the stats bar in the toolbar.
    assert "The night train to Moscow breathes steam along the platform." in screen
    assert "\u25b8 1. Buy a ticket at the window" in screen
    assert "3. Board the train (The conductor checks every ticket.)" in screen
    assert BAR_50 in screen.splitlines()[-1]

    # Down moves the pointer to the porter; Enter takes it.
    terminal.keys("Down")
    terminal.wait_for("\u25b8 2. Ask the porter about papers")
    terminal.keys("Enter")
    screen = terminal.wait_for("The porter looks you over.")
    assert "> 2" in screen

    # Tab completes a command.
    terminal.tmux("send-keys", "-l", "sta")
    terminal.keys("Tab")
    terminal.wait_for("> stats")
    terminal.keys("Enter")
    terminal.wait_for("\n" + BAR_50 + "\n")  # the stats, one to a line (the toolbar starts with a space)

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
    assert "\u25b8 1. Pay him" in screen
    terminal.wait_for(BAR_50)
    terminal.type("1")
    terminal.wait_for("(Suspicion \u22125, Papers forged: yes)")
    terminal.keys("C-c")
    screen = terminal.wait_for("[exited 130]")
    assert "Traceback" not in screen


def test_samizdat_alone_plays_the_bundled_story(terminal):
    from samizdat.pipeline import compile_story

    story = compile_story(paths.bundled_story()).story
    assert story is not None, "the bundled story does not compile"
    first_stat = story.stats[0].label if story.stats else story.title
    terminal.start()
    screen = terminal.wait_for(first_stat)
    assert story.title in screen
    terminal.keys("C-d")
    screen = terminal.wait_for("[exited 0]")
    assert "Traceback" not in screen


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
