"""The plain face: text in, text out, one line at a time.

For pipes, CI and screen readers, and `--plain`: no colours, no cursor
movement, no prompt_toolkit. It reads choice numbers, words of a choice and
commands line by line, so `printf '1\\n2\\n' | samizdat play STORY --plain`
plays two choices, and stops cleanly at the end of its input. Output is in
the characters the output's encoding has (an ASCII terminal gets `#` bars and
straight quotes), so no encoding can make it fail.
"""
from __future__ import annotations

from .text import (BLANK, Charset, changes_lines, history_lines, message_lines, page_lines,
                   stats_screen_lines, stats_lines)

EXIT_OK, EXIT_INTERRUPTED = 0, 130


class PlainPlayer:
    def __init__(self, session, stdin, stdout, width: int, echo: bool):
        self.session = session
        self.stdin = stdin
        self.stdout = stdout
        self.width = width
        self.echo = echo  # repeat what was read, when the terminal did not show it
        for stream in (stdin, stdout):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:  # whatever Charset misses becomes "?", never an error
                reconfigure(errors="replace")
        self.cs = Charset(getattr(stdout, "encoding", None) or "utf-8")

    def say(self, *lines):
        for line in lines:
            self.stdout.write(self.cs.clean(line) + "\n")

    def run(self, resumable=None, when_shown=None) -> int:
        """Play until the input ends or the reader quits. `when_shown` is called once
        the first page is on screen, while the reader reads it."""
        try:
            return self._loop(resumable, when_shown)
        except KeyboardInterrupt:
            self.say("", f"Interrupted. {self.session.farewell()}")
            return EXIT_INTERRUPTED
        finally:
            self.stdout.flush()

    def _loop(self, resumable, when_shown):
        session = self.session
        self.say(session.title, "")
        if resumable:
            self.say(f"You were in the middle of this story: type 'load {resumable}'"
                     " to go on from where you left off.", "")
        stats = stats_lines(session.story, session.state, self.width, cs=self.cs)
        if stats:
            self.say(*stats, "")
        self.show_page()
        while True:
            self.stdout.write("> ")
            self.stdout.flush()
            if when_shown is not None:
                when_shown()
                when_shown = None
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
        session = self.session
        self.say(*changes_lines(reply.changes, self.width, self.cs))
        for line in reply.lines + session.take_warnings():
            self.say(*message_lines(line, self.width, self.cs))
        if reply.show == "stats":
            self.say(*stats_screen_lines(session.story, session.state, session.endings_found(),
                                         self.width, session.last_changes(), cs=self.cs))
        elif reply.show == "history":
            self.say(*history_lines(session.history_entries(), self.width, self.cs))
        self.say("")
        if reply.new_page:
            self.show_page()
        if reply.after:
            for line in reply.after:
                self.say(*message_lines(line, self.width, self.cs))
            self.say("")

    def show_page(self):
        lines = page_lines(self.session.page, self.width, self.cs)
        if lines and lines[-1][0] == BLANK:
            lines.pop()  # `say` closes the page with its own blank line
        self.say(*(text for _kind, text in lines), "")
