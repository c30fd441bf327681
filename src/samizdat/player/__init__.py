"""The player: shows a story's pages and sends the reader's choices to the engine.

`session` holds what both faces share (the path taken, undo, saves, the
commands); `plain` is the line-by-line face for pipes and screen readers and
`terminal` the full-screen prompt-toolkit one. What the terminal shows, and
where, is `screen`'s, laid out by `layout`; the text itself (wrapping, bars,
the characters a terminal can show) is `text`'s. Only `terminal` imports
prompt_toolkit.
"""
