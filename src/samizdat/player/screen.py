"""What the full-screen player shows, and where, with no prompt-toolkit in sight.

A `Screen` holds what is on the reader's screen besides the engine's state:
the story so far (pieces re-wrapped at each drawing), where the view is
scrolled to, the pointer, the notice above the input line and the sheet
(stats, help, history) laid over the story. `frame(rows, columns, typed)`
lays it all out for a terminal of that size with `layout.plan`; the
fragments functions turn a frame into (style class, text, tag) runs, the tag
saying what a click on the run means. terminal.py hands those runs to
prompt-toolkit; `ansi` writes them as escape sequences, so the first screen
can be on the terminal while prompt-toolkit is still being imported.
"""
from __future__ import annotations

from . import layout
from .session import COMMANDS, NUMBER, Reply, choices_matching, number
from .store import PREVIOUS
from .text import (BLANK, CHANGES, CHOICE, ECHO, MESSAGE, PROBLEM, STUCK, Charset, choice_lines,
                   history_lines, message_lines, page_pieces, piece_lines, reading_width, shorten,
                   short_choice_lines, stats_screen_lines, status_lines, styled_piece_lines, wrap)

PROMPT = "> "
STATS_KEY = "F2"
TITLE, QUESTION = "title", "question"
MAX_LOG = 600  # pieces of the story so far kept on screen to scroll back through
SHEET_HINT = "Esc, Enter or q: back to the story"

# Tags on runs of text: what a click there does.
PASSAGE, STATUS = "passage", "status"  # scroll with the wheel; open the stats screen

# The look of each style class, for prompt-toolkit (terminal.py) and for `ansi`.
STYLES = {
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
    "prompt": "",
    "status": "reverse",
    "italic": "italic",
    "bold": "bold",
}
_SGR = {"bold": "1", "italic": "3", "underline": "4", "reverse": "7", "ansiyellow": "33",
        "ansicyan": "36", "ansired": "31", "ansibrightblack": "90"}
_COLOURS = {"ansiyellow", "ansicyan", "ansired", "ansibrightblack"}


class Screen:
    def __init__(self, session, cs: Charset, emphasis: bool = True):
        self.session = session
        self.cs = cs
        self.emphasis = emphasis  # show _italic_ and *bold* as styles (else: plain words)
        self.log = []  # (kind, payload) pieces of the story so far, re-wrapped at each drawing
        self.anchor = 0  # the piece the view starts at: the first of the latest page turn
        self.scroll = 0  # lines the reader scrolled from there (negative: back)
        self.lead = 0  # pieces above the anchor to show too when everything fits (the title)
        self.selected = None  # the choice the pointer is on, once the reader moved it
        self.notice = []  # (kind, text) shown above the input line until the next input
        self.sheet = None  # a screen over the story (stats, help, history): width -> lines
        self.sheet_scroll = 0
        self.width = reading_width(80)  # of the last frame: messages are measured at it
        self._frame_key = None
        self._frame = None

    # --------------------------------------------------------------- changes

    def start(self, resumable=None):
        """The first screen: the title and first page, or the question whether to go on."""
        session = self.session
        self.log = [(TITLE, session.title), (BLANK, "")]
        if resumable:
            self.take(session.ask(
                "You were in the middle of this story. Continue where you left off? [Y/n]",
                lambda: session.do_load([resumable]),
                f"A new game, then: the last one is kept as '{PREVIOUS}' once you choose.",
                on_no=lambda: Reply(new_page=True), default_yes=True), "")
        else:
            self.anchor = self.lead = len(self.log)  # the title, shown if there is room for it
            self.log += page_pieces(session.page, self.cs)

    def take(self, reply, typed):
        """Show what the session answered to `typed`: a page turn goes into the story so
        far, a long answer onto a sheet over it, a short one just above the input line."""
        session = self.session
        self.notice = []
        if reply.show == "stats":
            self.open_stats()
        elif reply.show == "history":
            entries = session.history_entries()
            self.open_sheet(lambda w: history_lines(entries, w, self.cs))
        if reply.new_page:
            self._turn_page(reply, typed)
        elif reply.lines:
            kind = QUESTION if reply.question else PROBLEM if reply.problem else MESSAGE
            wrapped = sum(len(message_lines(line, self.width, self.cs)) for line in reply.lines)
            if wrapped > layout.MAX_NOTICE and not reply.question:
                lines = list(reply.lines)
                self.open_sheet(lambda w: [x for line in lines for x in message_lines(line, w, self.cs)])
            else:
                self.notice = [(kind, line) for line in reply.lines]
        self.notice += [(PROBLEM, line) for line in session.take_warnings()]

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

    def open_sheet(self, lines_at):
        self.sheet = lines_at
        self.sheet_scroll = 0

    def open_stats(self):
        def lines_at(width):
            session = self.session
            return stats_screen_lines(session.story, session.state, session.endings_found(), width,
                                      session.last_changes(), cs=self.cs)
        self.open_sheet(lines_at)

    def move(self, step) -> bool:
        """Move the pointer over the available choices; False if there is nothing to point at."""
        page = self.session.page
        available = [i for i, c in enumerate(page.choices) if c.available]
        if not available or page.is_ending or self.session.asking:
            return False
        self.notice = []
        if self.selected not in available:
            self.selected = available[0] if step > 0 else available[-1]
        else:
            position = available.index(self.selected)
            self.selected = available[(position + step) % len(available)]
        return True

    def typing(self, text):
        """Typing is choosing by words (or a command): the pointer and the last notice go."""
        if text:
            self.selected = None
            if not self.session.asking:
                self.notice = []

    def turn(self, direction, rows, columns):
        """Scroll the passage a page down (1) or up (-1)."""
        shown = self.frame(rows, columns, "")["plan"].passage - 1  # the last row says "more"
        self.scroll += direction * (shown - 1 if shown > 4 else max(1, shown))  # a line kept, if room

    def pointed(self):
        """The choice Enter on an empty line takes: one the reader put the pointer on."""
        page = self.session.page
        if self.selected is not None and not page.is_ending and page.choices[self.selected].available:
            return self.selected
        return None

    # ---------------------------------------------------------------- layout

    def frame(self, rows, columns, typed) -> dict:
        """Everything on screen, laid out for a terminal of `rows` and `columns`."""
        key = (rows, columns, len(self.log), self.anchor, self.scroll, self.selected, typed,
               tuple(self.notice), self.session.state, self.session.asking)
        if key != self._frame_key:
            self._frame = self._lay_out(rows, columns, typed)
            self._frame_key = key[:4] + (self.scroll,) + key[5:]  # the scroll as clamped
        return self._frame

    def _lay_out(self, rows, columns, typed):
        session, cs = self.session, self.cs
        width = self.width = reading_width(columns)
        page = session.page
        lines, anchor_line, lead_line = [], 0, 0
        for index, (kind, payload) in enumerate(self.log):
            if index == self.anchor:
                anchor_line = len(lines)
            if index == self.anchor - self.lead:
                lead_line = len(lines)
            lay_out = styled_piece_lines if self.emphasis else piece_lines
            lines += [(kind, line) for line in lay_out(kind, payload, width, cs)]
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
        return {"plan": plan, "rows": rows, "columns": columns, "typed": typed,
                "passage": lines[top:top + count], "more": more,
                "passage_rows": used, "filler": plan.passage - used,
                "choices": choices[first:end], "notice": notice[:plan.notice],
                "status": status[:plan.status], "matched": self._matched(typed)}

    def _matched(self, text):
        """The choice the words typed so far would take, to mark it."""
        page = self.session.page
        text = text.strip()
        if not text or page.is_ending or text.split()[0].lower() in COMMANDS:
            return None
        if NUMBER.fullmatch(text):
            chosen = number(text)
            return chosen - 1 if 1 <= chosen <= len(page.choices) else None
        found = [i for i in choices_matching(text, page.choices) if page.choices[i].available]
        return found[0] if len(found) == 1 else None

    # ------------------------------------------------------------- fragments

    def passage_fragments(self, frame):
        fragments = []
        for kind, line in frame["passage"]:
            if isinstance(line, str):
                fragments.append((kind, line, PASSAGE))
            else:  # runs of emphasis
                fragments += [(f"{kind} {style}".strip(), text, PASSAGE) for style, text in line]
            fragments.append(("", "\n", None))
        if frame["more"]:
            keys = "PgDn or Space" if self.selected is not None else "Enter, Space or PgDn"
            fragments.append(("more", f"{self.cs.dash} more: {keys} {self.cs.dash}", PASSAGE))
        return fragments

    def choice_fragments(self, frame):
        fragments = []
        previous = None
        for kind, text, index in frame["choices"]:
            style = kind
            if kind == CHOICE and index == self.selected:
                if index != previous:  # the pointer goes on a choice's first line only
                    text = self.cs.pointer + text[len(self.cs.pointer):]
                style = "selected"
            elif kind == CHOICE and index == frame["matched"]:
                style = "matched"
            previous = index
            fragments += [(style, text, index), ("", "\n", None)]
        return fragments[:-1]

    def notice_fragments(self, frame):
        fragments = []
        for kind, line in frame["notice"]:
            fragments += [(kind, line, None), ("", "\n", None)]
        return fragments[:-1]

    def status_fragments(self, frame):
        fragments = []
        for line in frame["status"]:
            fragments += [("status", (" " + line).ljust(frame["columns"]), STATUS), ("", "\n", None)]
        return fragments[:-1]

    def sheet_fragments(self, rows, columns):
        if self.sheet is None:
            return []
        lines = self.sheet(reading_width(columns))
        room = max(1, rows - 1)
        self.sheet_scroll = max(0, min(self.sheet_scroll, len(lines) - room))
        shown = lines[self.sheet_scroll:self.sheet_scroll + room]
        hint = SHEET_HINT
        if len(lines) > room:
            hint += f"   {self.cs.arrows}, PgUp, PgDn: scroll"
        fragments = []
        for line in shown:
            fragments += [("message", line, None), ("", "\n", None)]
        fragments += [("", "\n", None)] * (room - len(shown))
        return fragments + [("more", shorten(hint, columns, self.cs), None)]

    def hint(self, columns):
        page = self.session.page
        if self.session.asking:
            return "y or n"
        if page.is_ending:
            return "restart, undo, endings, or quit"
        if page.prompt is not None:  # the story asks for a text: nothing to point at
            keep = ", or Enter to keep it" if page.prompt.default else ""
            return f"type your answer{keep}" if columns >= 60 else "your answer, then Enter"
        if columns >= 60:
            return f"a number or words of a choice, {self.cs.arrows} then Enter, or help"
        return f"number, words, {self.cs.arrows}+Enter, or help"

    def regions(self, rows, columns, typed):
        """The screen top to bottom: (fragments, rows) of each region; the input line's
        fragments are the prompt and what was typed (or the hint)."""
        if self.sheet is not None:
            return [(self.sheet_fragments(rows, columns), rows)]
        frame = self.frame(rows, columns, typed)
        plan = frame["plan"]
        entry = [("prompt", PROMPT, None),
                 ("", typed, None) if typed else ("placeholder", self.hint(columns), None)]
        return [(self.passage_fragments(frame), frame["passage_rows"]), ([], plan.gap),
                (self.choice_fragments(frame), plan.choices), ([], frame["filler"]),
                (self.notice_fragments(frame), plan.notice), (entry, 1),
                (self.status_fragments(frame), plan.status)]

    def lines(self, rows, columns, typed) -> list:
        """The screen as text, row by row."""
        return [text for line in self._styled_lines(rows, columns, typed)
                for text in ["".join(t for _s, t in line)]]

    def _styled_lines(self, rows, columns, typed):
        out = []
        for fragments, height in self.regions(rows, columns, typed):
            lines = [[]]
            for style, text, _tag in fragments:
                parts = text.split("\n")
                for index, part in enumerate(parts):
                    if index:
                        lines.append([])
                    if part:
                        lines[-1].append((style, part))
            out += (lines + [[] for _ in range(height)])[:height]
        return out

    def ansi(self, rows, columns, color=True) -> str:
        """The whole screen as escape sequences: the alternate screen, each row, and the
        cursor left after the prompt, as prompt-toolkit will draw it."""
        parts = ["\x1b[?1049h\x1b[H\x1b[2J"]
        cursor = (rows, 1)
        for row, line in enumerate(self._styled_lines(rows, columns, ""), 1):
            parts.append(f"\x1b[{row};1H")
            for style, text in line:
                words = [w for name in style.split() for w in STYLES.get(name, "").split()
                         if color or w not in _COLOURS]
                codes = ";".join(_SGR[w] for w in words if w in _SGR)
                parts.append(f"\x1b[0;{codes}m{text}\x1b[0m" if codes else text)
                if style == "prompt":
                    cursor = (row, len(text) + 1)
        parts.append(f"\x1b[{cursor[0]};{cursor[1]}H")
        return "".join(parts)
