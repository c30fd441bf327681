"""The terminal face: a full-screen prompt-toolkit application.

What is on screen, and where, is `screen.Screen`'s (laid out afresh at each
drawing by `layout.plan`, so a resized terminal gets a new layout at once):
the passage (the story so far, each new page starting at the top) scrolls,
and every choice, the input line and the status bar of stats stay in view.
This module hands the screen's runs of text to prompt-toolkit and binds the
keys:

- a choice's number, or some of its words (Tab completes them), then Enter;
- Up and Down put a pointer on a choice, and then Enter takes it; Enter on an
  empty line never takes a choice the reader did not point at, it turns the
  passage's page (as Space and PgDn do; PgUp goes back);
- a mouse click on a choice takes it (unless --no-mouse); the wheel scrolls;
- F2, or a click on the status bar, shows the stats screen.

Story text reaches prompt-toolkit as plain (style, text) fragments after
`Charset.clean`, never through `ANSI()`.
"""
from __future__ import annotations

import asyncio
import sys

from prompt_toolkit import print_formatted_text
from prompt_toolkit.application import Application
from prompt_toolkit.buffer import Buffer
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.filters import Condition, has_completions
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.layout import (ConditionalContainer, Float, FloatContainer, HSplit,
                                   Layout, Window)
from prompt_toolkit.layout.controls import BufferControl, FormattedTextControl
from prompt_toolkit.layout.dimension import Dimension
from prompt_toolkit.layout.menus import CompletionsMenu
from prompt_toolkit.layout.processors import AfterInput, BeforeInput, ConditionalProcessor
from prompt_toolkit.mouse_events import MouseButton, MouseEventType
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import Style

from .screen import PASSAGE, PROMPT, STATUS, STYLES, Screen
from .session import COMMANDS, NUMBER, words_of
from .text import Charset

EXIT_OK, EXIT_INTERRUPTED = 0, 130
STYLE = Style.from_dict(STYLES)


class CommandCompleter(Completer):
    """Completes command names, the names of saves after `load`, and the choices' words."""

    def __init__(self, store, page=None, cs=None):
        self.store = store
        self.page = page or (lambda: None)  # the page whose choices to complete
        self.cs = cs or Charset()

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
                    yield Completion(name, -len(words[1]), display=self.cs.clean(name))
            return
        typed = words_of(text)
        page = self.page()
        if not typed or page is None or NUMBER.fullmatch(text.strip()):
            return
        for index, choice in enumerate(page.choices):
            mine = words_of(choice.text)
            if choice.available and all(any(w.startswith(t) for w in mine) for t in typed):
                shown = self.cs.clean(choice.text)
                yield Completion(shown, -len(document.text_before_cursor),
                                 display=f"{index + 1}. {shown}")


class TerminalPlayer:
    def __init__(self, session, color: bool = True, input=None, output=None, mouse: bool = True,
                 screen: Screen = None):
        self.session = session
        self.input = input
        self.output = output
        self.mouse = mouse
        self.color_depth = None if color else ColorDepth.DEPTH_1_BIT
        if screen is None:
            encoding = getattr(output, "encoding", None)
            if not isinstance(encoding, str):  # prompt-toolkit writes through stdout's encoding
                encoding = getattr(sys.stdout, "encoding", None) if output is None else "utf-8"
            screen = Screen(session, Charset(encoding or "utf-8"))
        self.screen = screen
        self.cs = screen.cs
        self._when_shown = None
        self.screens = None  # a list to keep each screen drawn, as text, when given one
        self.app = self._make_app()

    # ---------------------------------------------------------------- running

    def run(self, resumable=None, when_shown=None, started=False) -> int:
        """Play until the reader leaves. `when_shown` runs once the first screen is drawn;
        `started` says the screen was started (and perhaps drawn) already."""
        if not started:
            self.screen.start(resumable)
        self._when_shown = when_shown
        try:
            code = asyncio.run(self._run())
        except (KeyboardInterrupt, EOFError):
            code = EXIT_INTERRUPTED
        farewell = self.session.farewell()
        self._say(f"Interrupted. {farewell}" if code == EXIT_INTERRUPTED else farewell)
        return code

    async def _run(self):
        # A failure inside a key or mouse handler reaches the event loop, whose
        # prompt-toolkit handler would print a traceback and wait for Enter: end
        # the application with it instead, for the command's last-resort message.
        asyncio.get_running_loop().set_exception_handler(self._failed)
        return await self.app.run_async(set_exception_handler=False)

    def _failed(self, loop, context):
        error = context.get("exception") or RuntimeError(context.get("message", "unknown failure"))
        if self.app.is_running and not self.app.future.done():
            self.app.exit(exception=error)

    def _size(self):
        size = self.app.output.get_size()
        return max(1, size.rows), max(1, size.columns)

    def frame(self):
        rows, columns = self._size()
        return self.screen.frame(rows, columns, self.app.current_buffer.text)

    def screen_lines(self) -> list:
        """The screen as text, row by row (tests read it)."""
        rows, columns = self._size()
        return self.screen.lines(rows, columns, self.app.current_buffer.text)

    def _record(self, _event=None):
        if self.screens is not None:
            screen = "\n".join(line.rstrip() for line in self.screen_lines())
            if not self.screens or self.screens[-1] != screen:
                self.screens.append(screen)

    def _after_render(self, app):
        self._record()
        job, self._when_shown = self._when_shown, None
        if job is not None:
            app.loop.call_soon(job)

    def _say(self, text):
        print_formatted_text(FormattedText([("class:message", self.cs.clean(text))]), style=STYLE,
                             output=self.app.output, color_depth=self.color_depth)

    # ------------------------------------------------------------ the windows

    def _fragments(self, fragments):
        """The screen's runs for prompt-toolkit: style classes, and mouse handlers by tag."""
        return [(f"class:{style}" if style else "", text, *([self._handler(tag)] if tag is not None else []))
                for style, text, tag in fragments]

    def _handler(self, tag):
        if tag == PASSAGE:
            return self._scroll_handler
        if tag == STATUS:
            return self._status_handler

        def click(mouse_event):
            if mouse_event.event_type == MouseEventType.MOUSE_UP and mouse_event.button == MouseButton.LEFT:
                self._submit(str(tag + 1))
                return None
            return self._scroll_handler(mouse_event)
        return click

    def _scroll_handler(self, mouse_event):
        if mouse_event.event_type == MouseEventType.SCROLL_DOWN:
            self.screen.scroll += 3
        elif mouse_event.event_type == MouseEventType.SCROLL_UP:
            self.screen.scroll -= 3
        else:
            return NotImplemented
        return None

    def _status_handler(self, mouse_event):
        if mouse_event.event_type == MouseEventType.MOUSE_UP:
            self.screen.open_stats()
            return None
        return NotImplemented

    def _sheet(self):
        rows, columns = self._size()
        return self._fragments(self.screen.sheet_fragments(rows, columns))

    def _hint(self):
        return [("class:placeholder", self.screen.hint(self._size()[1]))]

    # ----------------------------------------------------------------- input

    def _submit(self, text):
        reply = self.session.handle(text)
        self.app.current_buffer.reset()
        if reply.quit:
            self.app.exit(result=EXIT_OK)
            return
        self.screen.take(reply, text)

    def _enter(self, buffer):
        pointed = self.screen.pointed()
        if self.session.asking or buffer.text.strip():
            self._submit(buffer.text)
        elif pointed is not None:
            self._submit(str(pointed + 1))  # the reader put the pointer there: a choice
        elif self.frame()["more"]:
            self.screen.turn(1, *self._size())
        else:
            self._submit("")  # says what to type, as plain mode does for an empty line

    def _move(self, step):
        if self.screen.move(step):
            self.app.current_buffer.reset()  # the pointer is how this reader is choosing now

    def _key_bindings(self):
        keys = KeyBindings()
        screen = self.screen
        menu_closed = ~has_completions
        sheet = Condition(lambda: screen.sheet is not None)
        reading = ~sheet
        empty = Condition(lambda: not self.app.current_buffer.text)

        @keys.add("enter", filter=reading)
        def _(event):
            event.current_buffer.complete_state = None
            self._enter(event.current_buffer)

        @keys.add("up", filter=reading & menu_closed)
        def _(event):
            self._move(-1)

        @keys.add("down", filter=reading & menu_closed)
        def _(event):
            self._move(1)

        @keys.add("pagedown", filter=reading)
        @keys.add("space", filter=reading & empty)
        def _(event):
            screen.turn(1, *self._size())

        @keys.add("pageup", filter=reading)
        def _(event):
            screen.turn(-1, *self._size())

        @keys.add("f2", filter=reading)
        def _(event):
            screen.open_stats()

        @keys.add("<any>", filter=sheet)
        def _(event):
            pass  # a sheet takes no typing

        @keys.add("escape", filter=sheet, eager=True)
        @keys.add("enter", filter=sheet)
        @keys.add("f2", filter=sheet)
        @keys.add("q", filter=sheet)
        def _(event):
            screen.sheet = None

        @keys.add("up", filter=sheet)
        def _(event):
            screen.sheet_scroll -= 1

        @keys.add("down", filter=sheet)
        def _(event):
            screen.sheet_scroll += 1

        @keys.add("pageup", filter=sheet)
        def _(event):
            screen.sheet_scroll -= max(1, self._size()[0] - 3)

        @keys.add("pagedown", filter=sheet)
        @keys.add("space", filter=sheet)
        def _(event):
            screen.sheet_scroll += max(1, self._size()[0] - 3)

        @keys.add("c-c")
        def _(event):
            event.app.exit(result=EXIT_INTERRUPTED)

        @keys.add("c-d", filter=empty)
        def _(event):
            event.app.exit(result=EXIT_OK)

        return keys

    def _make_app(self):
        screen = self.screen
        buffer = Buffer(multiline=False, complete_while_typing=False,
                        completer=CommandCompleter(self.session.store, lambda: self.session.page, self.cs),
                        on_text_changed=lambda b: screen.typing(b.text))

        def rows(name):
            return lambda: Dimension.exact(getattr(self.frame()["plan"], name))

        def frame_rows(name):
            return lambda: Dimension.exact(self.frame()[name])

        def window(fragments_of, height):
            return Window(FormattedTextControl(lambda: self._fragments(fragments_of(self.frame()))),
                          height=height, wrap_lines=False)

        placeholder = ConditionalProcessor(AfterInput(self._hint), Condition(lambda: not buffer.text))
        reading = HSplit([
            window(screen.passage_fragments, frame_rows("passage_rows")),
            Window(height=rows("gap")),
            window(screen.choice_fragments, rows("choices")),
            Window(height=frame_rows("filler")),  # the choices follow the prose; the rest is below
            window(screen.notice_fragments, rows("notice")),
            Window(BufferControl(buffer, input_processors=[BeforeInput(PROMPT, "class:prompt"), placeholder]),
                   height=Dimension.exact(1), wrap_lines=False),
            window(screen.status_fragments, rows("status")),
        ])
        body = HSplit([
            ConditionalContainer(reading, Condition(lambda: screen.sheet is None)),
            ConditionalContainer(Window(FormattedTextControl(self._sheet), wrap_lines=False),
                                 Condition(lambda: screen.sheet is not None)),
        ])
        root = FloatContainer(body, floats=[
            Float(xcursor=True, ycursor=True, content=CompletionsMenu(max_height=8, scroll_offset=1))])
        app = Application(
            layout=Layout(root, focused_element=buffer), key_bindings=self._key_bindings(),
            style=STYLE, full_screen=True, mouse_support=self.mouse, color_depth=self.color_depth,
            input=self.input, output=self.output, enable_page_navigation_bindings=False,
            after_render=self._after_render)
        app.key_processor.after_key_press += self._record  # each screen, even if never drawn
        return app
