"""The one sanitiser for text that reaches a terminal.

Story text, save names and anything else read from files pass through here
before they are printed, so no file can move the cursor, change colours or
reverse the direction of text. Newlines and tabs are kept; every other C0 and
C1 control character, DEL and the Unicode bidirectional controls become a
visible replacement.
"""
import re

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 except tab and newline, DEL, C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"  # bidi marks and overrides
)


def _visible(match):
    return "\ufffd"


def sanitize(text: str) -> str:
    return _UNSAFE.sub(_visible, text)
