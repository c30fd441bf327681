"""The player: shows a story's pages and sends the reader's choices to the engine.

`session` holds what both faces share (the path taken, undo, saves, the
commands); `plain` is the line-by-line face for pipes and screen readers and
`terminal` the prompt-toolkit one. Only `terminal` imports prompt_toolkit.
"""
