"""The one sanitiser for text that leaves samizdat: on a terminal, and in JSON.

Story text, file names, save fields and anything else read from files pass
through here before they are printed, so no file can move the cursor, change
colours, retitle the terminal or reverse the direction of text.

- `sanitize` is for text meant for people: newlines and tabs are kept; every
  other C0 and C1 control character, DEL, the Unicode bidirectional controls
  and lone surrogates (which no terminal can be sent) become U+FFFD.
- `to_json` is for JSON meant for programs: the same characters are written
  as `\\uXXXX` escapes, so the data is exact for a JSON reader while the text
  itself holds nothing a terminal acts on (`cat report.json` is safe).
- `shorten` keeps an unreasonably long name from filling a message.

Diagnostics (diagnostics.py) and every `--format json` output go through
these functions; drivers print nothing read from a file any other way.
"""
from __future__ import annotations

import json
import re

_UNSAFE_CHARACTERS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 except tab and newline, DEL, C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\ud800-\udfff"  # lone surrogates: not text, and no encoder will write them
)
_UNSAFE = re.compile(f"[{_UNSAFE_CHARACTERS}]")

REPLACEMENT = "\ufffd"


def sanitize(text: str) -> str:
    """`text` with everything a terminal would act on made visible as U+FFFD."""
    return _UNSAFE.sub(REPLACEMENT, text)


def _escape(match) -> str:
    return f"\\u{ord(match.group()):04x}"


def to_json(value, indent=2) -> str:
    """JSON text of `value` that keeps non-ASCII text readable but escapes every unsafe character.

    json.dumps escapes C0 controls itself; C1 controls, DEL, bidi controls
    and surrogates it would write raw. They can only occur inside strings
    (JSON's own syntax is ASCII), so escaping them afterwards keeps the
    document valid and its values unchanged.
    """
    return _UNSAFE.sub(_escape, json.dumps(value, indent=indent, ensure_ascii=False))


def shorten(text: str, limit: int = 80) -> str:
    """`text` itself if it is short, else its start and end around an ellipsis."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return text[:head] + "…" + text[len(text) - (limit - 1 - head):]
