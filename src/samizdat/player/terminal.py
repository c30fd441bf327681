"""The terminal face: a full-screen prompt-toolkit application.

The screen is laid out by `layout.plan` each time it is drawn, so a resized
terminal gets a new layout at once: the passage (the story so far, each new
page starting at the top) scrolls, and every choice, the input line and the
status bar of stats stay in view. Keys:

- a choice's number, or some of its words (Tab completes them), then Enter;
- Up and Down put a pointer on a choice, and then Enter takes it; Enter on an
  empty line never takes a choice the reader did not point at, it turns the
  passage's page (as Space and PgDn do; PgUp goes back);
- a mouse click on a choice takes it (unless --no-mouse); the wheel scrolls;
- F2, or a click on the status bar, shows the stats screen.

Story text is handed to prompt-toolkit as plain (style, text) fragments after
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

from . import layout
from .session import COMMANDS, _NUMBER, Reply, choices_matching, words_of
from .store import PREVIOUS
from .text import (BLANK, CHANGES, CHOICE, ECHO, MESSAGE, PROBLEM, STUCK, Charset, choice_lines,
                   history_lines, message_lines, page_pieces, piece_lines, reading_width, shorten,
                   short_choice_lines, stats_screen_lines, status_lines, wrap)

EXIT_OK, EXIT_INTERRUPTED = 0, 130
PROMPT = "> "
STATS_KEY = "F2"
TITLE, QUESTION = "title", "question"
MAX_LOG = 600  # pieces of the story so far kept on screen to scroll back through

STYLE = Style.from_dict({
    "title": "bold underline",
    "heading": "bold ansiyellow",
    "prose": "",
    "echo": "bold",
    "choice": "",
    "selected": "bold reverse",
    "matched": "bold underline",
    "unavailable": "ansibrightblack italic",
    "ending": "bold ansiyellow",
    "changes": "italic ansicyan",
    "message": "",
    "problem": "ansired",
    "question": "bold",
    "more": "ansibrightblack",
    "placeholder": "ansibrightblack",
    "status": "reverse",
    "stats-screen": "",
})


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
        if not typed or page is None or _NUMBER.fullmatch(text.strip()):
            return
        for index, choice in enumerate(page.choices):
            mine = words_of(choice.text)
            if choice.available and all(any(w.startswith(t) for w in mine) for t in typed):
                shown = self.cs.clean(choice.text)
                yield Completion(shown, -len(document.text_before_cursor),
                                 display=f"{index + 1}. {shown}")


class TerminalPlayer:
    def __init__(self, session, color: bool = True, input=None, output=None, mouse: bool = True):
        self.session = session
        self.input = input
        self.output = output
        self.mouse = mouse
        self.color_depth = None if color else ColorDepth.DEPTH_1_BIT
        encoding = getattr(output, "encoding", None)
        if not isinstance(encoding, str):  # prompt-toolkit writes through stdout's encoding
            encoding = getattr(sys.stdout, "encoding", None) if output is None else "utf-8"
        self.cs = Charset(encoding or "utf-8")
        self.log = []  # (kind, payload) pieces of the story so far, re-wrapped at each drawing
        self.anchor = 0  # the piece the view starts at: the first of the latest page turn
        self.scroll = 0  # lines the reader scrolled from there (negative: back)
        self.lead = 0  # pieces above the anchor to show too when everything fits (the title)
        self.selected = None  # the choice the pointer is on, once the reader moved it
        self.notice = []  # (kind, text) shown above the input line until the next input
        self.sheet = None  # a screen over the story (stats, help, history): width -> lines
        self.sheet_scroll = 0
        self._frame_key = None
        self._frame = None
        self._when_shown = None
        self.screens = None  # a list to keep each screen drawn, as text, when given one
        self.app = self._make_app()

    # ---------------------------------------------------------------- running

    def run(self, resumable=None, when_shown=None) -> int:
        """Play until the reader leaves. `when_shown` runs once the first screen is drawn."""
        session = self.session
        self.log = [(TITLE, session.title), (BLANK, "")]
        if resumable:
            self._take(session.ask(
                "You were in the middle of this story. Continue where you left off? [Y/n]",
                lambda: session.do_load([resumable]),
                f"A new game, then: the last one is kept as '{PREVIOUS}' once you choose.",
                on_no=lambda: Reply(new_page=True), default_yes=True), "")
        else:
            self.anchor = self.lead = len(self.log)  # the title, shown if there is room for it
            self.log += page_pieces(session.page, self.cs)
        self._when_shown = when_shown
        try:
            code = asyncio.run(self._run())
        except (KeyboardInterrupt, EOFError):
            code = EXIT_INTERRUPTED
        farewell = session.farewell()
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

    def screen_lines(self) -> list:
        """The screen as text, region by region as drawn (tests read it; so can a reader's bug report)."""
        def text(fragments, rows=None):
            lines = "".join(f[1] for f in fragments).split("\n") if fragments else []
            return lines if rows is None else (lines + [""] * rows)[:rows]

        if self.sheet is not None:
            return text(self._sheet_fragments())
        frame = self.frame()
        plan = frame["plan"]
        buffer = self.app.current_buffer.text
        typed = PROMPT + (buffer or "".join(t for _s, t in self._hint()))
        return (text(self._passage_fragments(), frame["passage_rows"]) + [""] * plan.gap
                + text(self._choice_fragments(), plan.choices) + [""] * frame["filler"]
                + text(self._notice_fragments(), plan.notice) + [typed]
                + text(self._status_fragments(), plan.status))

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

    # ------------------------------------------------------------ what is shown

    def _take(self, reply, typed):
        """Show what the session answered to `typed`: a page turn goes into the story so
        far, a long answer onto a sheet over it, a short one just above the input line."""
        session = self.session
        self.notice = []
        width = reading_width(self._size()[1])
        if reply.show == "stats":
            self._open_sheet(self._stats_sheet)
        elif reply.show == "history":
            entries = session.history_entries()
            self._open_sheet(lambda w: history_lines(entries, w, self.cs))
        if reply.new_page:
            self._turn_page(reply, typed)
        elif reply.lines:
            kind = QUESTION if reply.question else PROBLEM if reply.problem else MESSAGE
            wrapped = sum(len(message_lines(line, width, self.cs)) for line in reply.lines)
            if wrapped > layout.MAX_NOTICE and not reply.question:
                lines = list(reply.lines)
                self._open_sheet(lambda w: [x for line in lines for x in message_lines(line, w, self.cs)])
            else:
                self.notice = [(kind, line) for line in reply.lines]
        self.notice += [(PROBLEM, line) for line in session.take_warnings()]
        self._frame_key = None

    def _turn_page(self, reply, typed):
        if self.log:
            self.log.append((BLANK, ""))
        self.anchor = len(self.log)
        echo = reply.taken or typed.strip()
        if echo:
            self.log.append((ECHO, echo))
        if reply.changes:
            self.log.append((CHANGES, tuple(reply.changes)))
        self.log += [(MESSAGE, line) for line in reply.lines]
        if len(self.log) > self.anchor:
            self.log.append((BLANK, ""))
        self.log += page_pieces(self.session.page, self.cs)
        if reply.after:
            self.log.append((BLANK, ""))
            self.log += [(MESSAGE, line) for line in reply.after]
        self.scroll = self.lead = 0
        self.selected = None
        if len(self.log) > MAX_LOG:
            cut = len(self.log) - MAX_LOG
            self.log = self.log[cut:]
            self.anchor = max(0, self.anchor - cut)

    def _open_sheet(self, lines_at):
        self.sheet = lines_at
        self.sheet_scroll = 0

    def _stats_sheet(self, width):
        session = self.session
        return stats_screen_lines(session.story, session.state, session.endings_found(), width,
                                  session.last_changes(), cs=self.cs)

    # ------------------------------------------------------------- the frame

    def _size(self):
        output = self.app.output if hasattr(self, "app") else None
        if output is None:
            return 24, 80
        size = output.get_size()
        return max(1, size.rows), max(1, size.columns)

    def frame(self) -> dict:
        """Everything on screen, laid out for the terminal's size at this moment."""
        rows, columns = self._size()
        text = self.app.current_buffer.text
        key = (rows, columns, len(self.log), self.anchor, self.scroll, self.selected, text,
               tuple(self.notice), self.session.state, self.session.asking)
        if key != self._frame_key:
            self._frame = self._lay_out(rows, columns, text)
            self._frame_key = key[:4] + (self.scroll,) + key[5:]  # the scroll as clamped
        return self._frame

    def _lay_out(self, rows, columns, text):
        session, cs = self.session, self.cs
        width = reading_width(columns)
        page = session.page
        lines, anchor_line, lead_line = [], 0, 0
        for index, (kind, payload) in enumerate(self.log):
            if index == self.anchor:
                anchor_line = len(lines)
            if index == self.anchor - self.lead:
                lead_line = len(lines)
            lines += [(kind, line) for line in piece_lines(kind, payload, width, cs)]
        show_choices = not page.is_ending and not session.asking
        full = choice_lines(page, width, cs) if show_choices else []
        short = short_choice_lines(page, width, cs) if show_choices else []
        if show_choices and not page.choices:
            full = short = [(PROBLEM, line, None) for line in wrap(STUCK, width, cs=cs)]
        notice = [(kind, line) for kind, message in self.notice
                  for line in message_lines(message, width, cs)]
        status = status_lines(session.story, session.state, columns - 2,
                              layout.status_room(rows), STATS_KEY, cs) or [cs.clean(session.title)]
        plan = layout.plan(rows, len(status), len(notice), len(full), len(short))
        choices = short if plan.short else full
        first, end = layout.choice_window([c for _k, _t, c in choices], self.selected, plan.choices)
        top, count, more = layout.passage_view(len(lines), anchor_line, self.scroll, plan.passage,
                                               anchor_line - lead_line)
        if self.scroll or top >= anchor_line:  # (above it with no scrolling: the title shown)
            self.scroll = top - anchor_line  # the view as it really is, after clamping
        used = count + (1 if more else 0)
        return {"plan": plan, "passage": lines[top:top + count], "more": more,
                "passage_rows": used, "filler": plan.passage - used,
                "choices": choices[first:end], "notice": notice[:plan.notice],
                "status": status[:plan.status], "matched": self._matched(text)}

    def _matched(self, text):
        """The choice the words typed so far would take, to mark it."""
        page = self.session.page
        text = text.strip()
        if not text or page.is_ending or text.split()[0].lower() in COMMANDS:
            return None
        if _NUMBER.fullmatch(text):
            number = int(text)
            return number - 1 if 1 <= number <= len(page.choices) else None
        found = [i for i in choices_matching(text, page.choices) if page.choices[i].available]
        return found[0] if len(found) == 1 else None

    # ------------------------------------------------------------ the windows

    def _passage_fragments(self):
        frame = self.frame()
        fragments = []
        for kind, line in frame["passage"]:
            fragments += [(f"class:{kind}", line, self._scroll_handler), ("", "\n")]
        if frame["more"]:
            keys = "PgDn or Space" if self.selected is not None else "Enter, Space or PgDn"
            fragments.append(("class:more", f"{self.cs.dash} more: {keys} {self.cs.dash}",
                              self._scroll_handler))
        return fragments

    def _choice_fragments(self):
        frame = self.frame()
        fragments = []
        previous = None
        for kind, text, index in frame["choices"]:
            style = f"class:{kind}"
            if kind == CHOICE and index == self.selected:
                if index != previous:  # the pointer goes on a choice's first line only
                    text = self.cs.pointer + text[len(self.cs.pointer):]
                style = "class:selected"
            elif kind == CHOICE and index == frame["matched"]:
                style = "class:matched"
            previous = index
            fragments += [(style, text, self._click_handler(index)), ("", "\n")]
        return fragments[:-1]

    def _notice_fragments(self):
        fragments = []
        for kind, line in self.frame()["notice"]:
            fragments += [(f"class:{kind}", line), ("", "\n")]
        return fragments[:-1]

    def _status_fragments(self):
        _rows, columns = self._size()
        fragments = []
        for line in self.frame()["status"]:
            fragments += [("class:status", (" " + line).ljust(columns), self._status_handler), ("", "\n")]
        return fragments[:-1]

    def _sheet_fragments(self):
        rows, columns = self._size()
        if self.sheet is None:
            return []
        lines = self.sheet(reading_width(columns))
        room = max(1, rows - 1)
        self.sheet_scroll = max(0, min(self.sheet_scroll, len(lines) - room))
        shown = lines[self.sheet_scroll:self.sheet_scroll + room]
        hint = "Esc, Enter or q: back to the story"
        if len(lines) > room:
            hint += f"   {self.cs.arrows}, PgUp, PgDn: scroll"
        fragments = []
        for line in shown:
            fragments += [("class:message", line), ("", "\n")]
        fragments += [("", "\n")] * (room - len(shown))
        return fragments + [("class:more", shorten(hint, columns, self.cs))]

    def _hint(self):
        page = self.session.page
        if self.session.asking:
            hint = "y or n"
        elif page.is_ending:
            hint = "restart, undo, endings, or quit"
        elif self._size()[1] >= 60:
            hint = f"a number or words of a choice, {self.cs.arrows} then Enter, or help"
        else:
            hint = f"number, words, {self.cs.arrows}+Enter, or help"
        return [("class:placeholder", hint)]

    # ----------------------------------------------------------------- mouse

    def _click_handler(self, index):
        def handler(mouse_event):
            if index is not None and mouse_event.event_type == MouseEventType.MOUSE_UP \
                    and mouse_event.button == MouseButton.LEFT:
                self._submit(str(index + 1))
                return None
            return self._scroll_handler(mouse_event)
        return handler

    def _scroll_handler(self, mouse_event):
        if mouse_event.event_type == MouseEventType.SCROLL_DOWN:
            self.scroll += 3
        elif mouse_event.event_type == MouseEventType.SCROLL_UP:
            self.scroll -= 3
        else:
            return NotImplemented
        return None

    def _status_handler(self, mouse_event):
        if mouse_event.event_type == MouseEventType.MOUSE_UP:
            self._open_sheet(self._stats_sheet)
            return None
        return NotImplemented

    # ----------------------------------------------------------------- input

    def _submit(self, text):
        reply = self.session.handle(text)
        self.app.current_buffer.reset()
        if reply.quit:
            self.app.exit(result=EXIT_OK)
            return
        self._take(reply, text)

    def _typing(self, buffer):
        """Typing is choosing by words (or a command): the pointer and the last notice go."""
        if buffer.text:
            self.selected = None
            if not self.session.asking:
                self.notice = []

    def _page(self, direction):
        plan = self.frame()["plan"]
        self.scroll += direction * max(1, plan.passage - 2)

    def _move(self, step):
        page = self.session.page
        available = [i for i, c in enumerate(page.choices) if c.available]
        if not available or page.is_ending or self.session.asking:
            return
        self.notice = []
        self.app.current_buffer.reset()  # the pointer is how this reader is choosing now
        if self.selected not in available:
            self.selected = available[0] if step > 0 else available[-1]
            return
        position = available.index(self.selected)
        self.selected = available[(position + step) % len(available)]

    def _enter(self, buffer):
        session = self.session
        page = session.page
        if session.asking or buffer.text.strip():
            self._submit(buffer.text)
        elif self.selected is not None and not page.is_ending and page.choices[self.selected].available:
            self._submit(str(self.selected + 1))  # the reader put the pointer there: a choice
        elif self.frame()["more"]:
            self._page(1)
        else:
            self._submit("")  # says what to type, as plain mode does for an empty line

    def _key_bindings(self):
        keys = KeyBindings()
        menu_closed = ~has_completions
        sheet = Condition(lambda: self.sheet is not None)
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
            self._page(1)

        @keys.add("pageup", filter=reading)
        def _(event):
            self._page(-1)

        @keys.add("f2", filter=reading)
        def _(event):
            self._open_sheet(self._stats_sheet)

        @keys.add("<any>", filter=sheet)
        def _(event):
            pass  # a sheet takes no typing

        @keys.add("escape", filter=sheet, eager=True)
        @keys.add("enter", filter=sheet)
        @keys.add("f2", filter=sheet)
        @keys.add("q", filter=sheet)
        def _(event):
            self.sheet = None

        @keys.add("up", filter=sheet)
        def _(event):
            self.sheet_scroll -= 1

        @keys.add("down", filter=sheet)
        def _(event):
            self.sheet_scroll += 1

        @keys.add("pageup", filter=sheet)
        def _(event):
            self.sheet_scroll -= max(1, self._size()[0] - 3)

        @keys.add("pagedown", filter=sheet)
        @keys.add("space", filter=sheet)
        def _(event):
            self.sheet_scroll += max(1, self._size()[0] - 3)

        @keys.add("c-c")
        def _(event):
            event.app.exit(result=EXIT_INTERRUPTED)

        @keys.add("c-d", filter=empty)
        def _(event):
            event.app.exit(result=EXIT_OK)

        return keys

    def _make_app(self):
        buffer = Buffer(multiline=False, complete_while_typing=False,
                        completer=CommandCompleter(self.session.store, lambda: self.session.page, self.cs),
                        on_text_changed=self._typing)

        def rows(name):
            return lambda: Dimension.exact(getattr(self.frame()["plan"], name))

        def frame_rows(name):
            return lambda: Dimension.exact(self.frame()[name])

        placeholder = ConditionalProcessor(AfterInput(self._hint), Condition(lambda: not buffer.text))
        reading = HSplit([
            Window(FormattedTextControl(self._passage_fragments), height=frame_rows("passage_rows"),
                   wrap_lines=False),
            Window(height=rows("gap")),
            Window(FormattedTextControl(self._choice_fragments), height=rows("choices"), wrap_lines=False),
            Window(height=frame_rows("filler")),  # the choices follow the prose; the rest is below
            Window(FormattedTextControl(self._notice_fragments), height=rows("notice"), wrap_lines=False),
            Window(BufferControl(buffer, input_processors=[BeforeInput(PROMPT, "class:prompt"), placeholder]),
                   height=Dimension.exact(1), wrap_lines=False),
            Window(FormattedTextControl(self._status_fragments), height=rows("status"), wrap_lines=False),
        ])
        body = HSplit([
            ConditionalContainer(reading, Condition(lambda: self.sheet is None)),
            ConditionalContainer(Window(FormattedTextControl(self._sheet_fragments), wrap_lines=False),
                                 Condition(lambda: self.sheet is not None)),
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
