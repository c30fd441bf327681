"""The terminal face, built on prompt-toolkit: wrapped prose, numbered choices, a stats bar.

Each page is shown as the message of a prompt, laid out again whenever it is
drawn, so a resized terminal re-wraps it. A page too tall for the terminal is
shown a passage at a time, with a pause between passages. The choices can be
picked by number or with the arrow keys and Enter; the bottom toolbar holds
the story's stats as bars. Story text is handed to prompt-toolkit as plain
(style, text) fragments after `sanitize`, never through `ANSI()`.
"""
from __future__ import annotations

from functools import cached_property

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application.current import get_app_or_none
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.filters import Condition, has_completions
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Style

from ..sanitize import sanitize
from .session import COMMANDS
from .text import (BLANK, HEADING, PROSE, UNAVAILABLE, changes_line, choice_lines,
                   ending_line, heading_line, message_lines, reading_width,
                   stats_lines, wrap)

EXIT_OK, EXIT_INTERRUPTED = 0, 130
POINTER = "\u25b8 "  # ▸ marks the choice Enter takes
PROMPT = "> "
HINT = "a number, \u2191\u2193 and Enter, or help"
ENDING_HINT = "restart, undo, endings, or quit"
MAX_TOOLBAR_LINES = 4
MIN_PASSAGE = 6  # fewer rows than this for prose: print it all and let the reader scroll back

STYLE = Style.from_dict({
    "title": "bold underline",
    "heading": "bold ansiyellow",
    "prose": "",
    "choice": "",
    "selected": "bold reverse",
    "unavailable": "ansibrightblack italic",
    "ending": "bold ansiyellow",
    "changes": "italic ansicyan",
    "message": "",
    "problem": "ansired",
    "pause": "ansibrightblack",
    "placeholder": "ansibrightblack",
    "bottom-toolbar": "reverse",
})


class CommandCompleter(Completer):
    """Completes command names, and the names of saves after `load`."""

    def __init__(self, store):
        self.store = store

    def get_completions(self, document, complete_event):
        text = document.text_before_cursor.lstrip()
        words = text.split(" ")
        if len(words) == 1:
            word = words[0].lower()
            if word and not word.isdigit():
                for name in COMMANDS:
                    if name.startswith(word):
                        yield Completion(name, -len(words[0]))
        elif len(words) == 2 and words[0] == "load":
            for name, _when in self.store.slots():
                if name.startswith(words[1]):
                    yield Completion(name, -len(words[1]), display=sanitize(name))


class TerminalPlayer:
    def __init__(self, session, color: bool = True, input=None, output=None):
        self.session = session
        self.input = input
        self.output = output
        self.color_depth = None if color else ColorDepth.DEPTH_1_BIT
        self.selected = 0  # index into the page's choices of the one Enter takes
        self.passage = []  # (kind, text) pieces of prose shown above the choices, once
        self.footer = []  # messages shown under the page, once (e.g. the endings found)
        self.prompt = self._make_prompt()

    @cached_property
    def pause(self):
        """The "Enter for more" prompt, made only when a page is too long to show at once."""
        return PromptSession(
            input=self.input, output=self.output, style=STYLE, color_depth=self.color_depth,
            bottom_toolbar=self._toolbar, reserve_space_for_menu=0)

    # ---------------------------------------------------------------- running

    def run(self, resumable=None) -> int:
        try:
            if resumable and self._ask_resume():
                self._show_reply(self.session.handle(f"load {resumable}"), show_page=False)
            self._say([("class:title", self.session.title), ("", "\n")])
            self._start_page()
            while True:
                line = self.prompt.prompt()
                self.passage, self.footer = [], []
                reply = self.session.handle(line)
                if reply.quit:
                    self._say([("class:message", self.session.farewell())])
                    return EXIT_OK
                self._show_reply(reply)
        except KeyboardInterrupt:
            self._say([("class:message", f"Interrupted. {self.session.farewell()}")])
            return EXIT_INTERRUPTED
        except EOFError:
            self._say([("class:message", self.session.farewell())])
            return EXIT_OK

    def _ask_resume(self) -> bool:
        ask = PromptSession(input=self.input, output=self.output, style=STYLE,
                            color_depth=self.color_depth)
        answer = ask.prompt([("class:message", "You were in the middle of this story. "
                              "Continue where you left off? [Y/n] ")])
        return answer.strip().lower() in ("", "y", "yes")

    def _show_reply(self, reply, show_page=True):
        if reply.changes:
            self._say([("class:changes", changes_line(reply.changes))])
        style = "class:problem" if reply.problem else "class:message"
        for line in reply.lines + self.session.take_warnings():
            self._say_wrapped(style, line)
        if reply.new_page and show_page:
            self._start_page()  # the next prompt shows the page, starting with a blank line
            self.footer = list(reply.after)
            return
        for line in reply.after:
            self._say_wrapped("class:message", line)
        if reply.changes or reply.lines or reply.after:
            self._say([])

    # ----------------------------------------------------------------- pages

    def _start_page(self):
        """Lay out the new page: pause through what does not fit, keep the rest for the prompt."""
        page = self.session.page
        available = [i for i, c in enumerate(page.choices) if c.available]
        self.selected = available[0] if available else 0
        pieces = []
        heading = heading_line(page)
        if heading:
            pieces += [(HEADING, heading), (BLANK, "")]
        for index, paragraph in enumerate(page.paragraphs):
            if index:
                pieces.append((BLANK, ""))
            pieces.append((PROSE, sanitize(paragraph)))
        passages = self._passages(pieces)
        if passages is None:
            self.passage = pieces
            _rows, width = self._size()
            self._say([("", "\n")] + self._passage_fragments(width)[:-1])
            self.passage = []
            return
        for passage in passages[:-1]:
            self.passage = passage
            self.pause.prompt(self._pause_message)
        self.passage = passages[-1] if passages else []

    def _passages(self, pieces):
        """Split the page's pieces into passages that each fit the terminal's height.

        None when the terminal is too small for paging to help.
        """
        rows, width = self._size()
        room = rows - len(self._toolbar_lines(width, rows)) - 3
        below = len(choice_lines(self.session.page, width)) + 1
        lines = []  # (kind, line of text), wrapped at the current width
        for kind, text in pieces:
            if kind == BLANK:
                lines.append((kind, ""))
            else:
                lines.extend((kind, line) for line in wrap(text, width))
        if len(lines) + below <= room:
            return [pieces]
        if room < MIN_PASSAGE:
            return None
        chunks = _chunks(lines, max(1, room - 2))  # a pause shows a blank line and its hint
        if len(chunks[-1]) + below > room:
            chunks.append([])  # the choices get the screen to themselves
        return [_joined(chunk) for chunk in chunks]

    def _passage_fragments(self, width):
        fragments = []
        for kind, text in self.passage:
            if kind == BLANK:
                fragments.append(("", "\n"))
                continue
            for line in wrap(text, width):
                fragments.append((f"class:{kind}", line))
                fragments.append(("", "\n"))
        return fragments

    def _pause_message(self):
        rows, width = self._size()
        return FormattedText(self._passage_fragments(width) + [
            ("", "\n"), ("class:pause", "\u2014 Enter for more \u2014")])

    def _choice_message(self):
        """The prompt's message: the rest of the page, then the choices, then `> `."""
        rows, width = self._size()
        page = self.session.page
        fragments = self._passage_fragments(width)
        if fragments:
            fragments.insert(0, ("", "\n"))
            fragments.append(("", "\n"))
        if page.is_ending:
            fragments += [("class:ending", ending_line(page)), ("", "\n\n")]
        else:
            lines = choice_lines(page, width)
            previous = None
            for kind, text, index in lines:
                style = "class:unavailable" if kind == UNAVAILABLE else "class:choice"
                if index == self.selected and kind != UNAVAILABLE:
                    if index != previous:  # the pointer goes on a choice's first line only
                        text = POINTER + text[len(POINTER):]
                    style = "class:selected"
                previous = index
                fragments += [(style, text), ("", "\n")]
            if not lines:
                fragments.append(("class:problem", "There is no way on from here: type 'undo' or 'restart'.\n"))
            fragments.append(("", "\n"))
        for line in self.footer:
            for fragment in self._wrapped("class:message", line, width):
                fragments += [fragment, ("", "\n")]
        if self.footer:
            fragments.append(("", "\n"))
        fragments.append(("class:prompt", PROMPT))
        return FormattedText(fragments)

    # --------------------------------------------------------------- toolbar

    def _toolbar_lines(self, width, rows=24):
        """The stats, with shorter bars (then none) when full ones would take too many rows."""
        most = max(1, min(MAX_TOOLBAR_LINES, rows // 6))
        for cells in (8, 4, 0):
            lines = stats_lines(self.session.story, self.session.state, width - 2, cells)
            if len(lines) <= most:
                break
        return lines[:most] if lines else [self.session.title]

    def _toolbar(self):
        rows, width = self._size()
        lines = self._toolbar_lines(width, rows)
        return FormattedText([("class:bottom-toolbar", " " + "\n ".join(lines))])

    # ----------------------------------------------------------------- input

    def _make_prompt(self):
        keys = KeyBindings()
        menu_closed = ~has_completions

        @keys.add("up", filter=menu_closed)
        def _(event):
            self._move(-1)

        @keys.add("down", filter=menu_closed)
        def _(event):
            self._move(1)

        @Condition
        def nothing_typed():
            app = get_app_or_none()
            return app is not None and not app.current_buffer.text.strip()

        @keys.add("enter", filter=nothing_typed & menu_closed)
        def _(event):
            page = self.session.page
            if page.choices and not page.is_ending and page.choices[self.selected].available:
                # Type the number in, so the scrollback shows what was chosen.
                event.current_buffer.text = str(self.selected + 1)
            event.current_buffer.validate_and_handle()

        return PromptSession(
            self._choice_message, input=self.input, output=self.output, style=STYLE,
            color_depth=self.color_depth, bottom_toolbar=self._toolbar, key_bindings=keys,
            completer=CommandCompleter(self.session.store), complete_while_typing=False,
            reserve_space_for_menu=3, placeholder=self._hint)

    def _hint(self):
        hint = ENDING_HINT if self.session.page.is_ending else HINT
        return FormattedText([("class:placeholder", hint)])

    def _move(self, step):
        page = self.session.page
        available = [i for i, c in enumerate(page.choices) if c.available]
        if not available or page.is_ending:
            return
        if self.selected not in available:
            self.selected = available[0]
            return
        position = available.index(self.selected)
        self.selected = available[(position + step) % len(available)]

    # ---------------------------------------------------------------- output

    def _size(self):
        app = get_app_or_none()
        output = app.output if app is not None and app.is_running else self._output()
        size = output.get_size()
        return max(1, size.rows), reading_width(size.columns)

    def _output(self):
        if self.output is None:
            from prompt_toolkit.output import create_output

            self.output = create_output()
        return self.output

    def _say(self, fragments):
        fragments = [(style, sanitize(text)) for style, text in fragments]
        print_formatted_text(FormattedText(fragments), style=STYLE, output=self._output(),
                             color_depth=self.color_depth)

    def _say_wrapped(self, style, line):
        _rows, width = self._size()
        for fragment in self._wrapped(style, line, width):
            self._say([fragment])

    @staticmethod
    def _wrapped(style, line, width):
        return [(style, piece) for piece in message_lines(line, width)]


def _chunks(lines, size):
    """Wrapped lines in runs of at most `size`, broken at a paragraph's end where one is near."""
    chunks, current = [], []
    for kind, line in lines:
        if kind == BLANK and not current:
            continue
        current.append((kind, line))
        if len(current) >= size:
            blanks = [i for i, (k, _) in enumerate(current) if k == BLANK]
            if blanks and blanks[-1] >= size // 2:
                chunks.append(current[:blanks[-1]])
                current = current[blanks[-1] + 1:]
            else:
                chunks.append(current)
                current = []
    if current or not chunks:
        chunks.append(current)
    return chunks


def _joined(lines):
    """Wrapped lines back into pieces (one per run of a kind), so they re-wrap on resize."""
    pieces = []
    for kind, line in lines:
        if kind == BLANK:
            pieces.append((BLANK, ""))
        elif pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + " " + line)
        else:
            pieces.append((kind, line))
    return pieces
