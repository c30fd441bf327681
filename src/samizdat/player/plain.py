"""The plain face: text in, text out, one line at a time.

For pipes, CI and screen readers, and `--plain`: no colours, no cursor
movement, no prompt_toolkit. It reads choice numbers and commands line by
line, so `printf '1\\n2\\n' | samizdat play STORY --plain` plays two choices,
and stops cleanly at the end of its input with the place autosaved.
"""
from __future__ import annotations

from ..sanitize import sanitize
from . import store as saving
from .text import (changes_line, choice_lines, ending_line, heading_line,
                   message_lines, prose_lines, stats_lines)

EXIT_OK, EXIT_INTERRUPTED = 0, 130


class PlainPlayer:
    def __init__(self, session, stdin, stdout, width: int, echo: bool):
        self.session = session
        self.stdin = stdin
        self.stdout = stdout
        self.width = width
        self.echo = echo  # repeat what was read, when the terminal did not show it

    def say(self, *lines):
        for line in lines:
            self.stdout.write(sanitize(line) + "\n")

    def run(self, resumable=None) -> int:
        try:
            return self._loop(resumable)
        except KeyboardInterrupt:
            self.say("", f"Interrupted. {self.session.farewell()}")
            return EXIT_INTERRUPTED
        finally:
            self.stdout.flush()

    def _loop(self, resumable):
        session = self.session
        self.say(session.title, "")
        if resumable:
            self.say(f"You were in the middle of this story: type 'load {saving.AUTOSAVE}'"
                     " to go on from where you left off.", "")
        stats = stats_lines(session.story, session.state, self.width)
        if stats:
            self.say(*stats, "")
        self.show_page()
        while True:
            self.stdout.write("> ")
            self.stdout.flush()
            line = self.stdin.readline()
            if not line:
                self.say("", f"End of input. {session.farewell()}")
                return EXIT_OK
            if self.echo:
                self.say(line.rstrip("\r\n"))
            reply = session.handle(line)
            if reply.quit:
                self.say(session.farewell())
                return EXIT_OK
            self.show_reply(reply)

    def show_reply(self, reply):
        if reply.changes:
            self.say(changes_line(reply.changes))
        for line in reply.lines + self.session.take_warnings():
            self.say(*message_lines(line, self.width))
        self.say("")
        if reply.new_page:
            self.show_page()
        if reply.after:
            for line in reply.after:
                self.say(*message_lines(line, self.width))
            self.say("")

    def show_page(self):
        page = self.session.page
        heading = heading_line(page)
        if heading:
            self.say(heading, "")
        lines = [text for kind, text in prose_lines(page.paragraphs, self.width)]
        if lines:
            self.say(*lines, "")
        if page.is_ending:
            self.say(ending_line(page), "")
            return
        choices = choice_lines(page, self.width)
        if choices:
            self.say(*(text for kind, text, index in choices), "")
        else:
            self.say("There is no way on from here: type 'undo' or 'restart'.", "")
