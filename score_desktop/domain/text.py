"""What user text may hold: one rule for every record, applied where text comes in.

Not allowed:
- lone surrogates (U+D800-U+DFFF): halves of a pair, not characters. UTF-8 cannot encode
  them, so the database driver failed with UnicodeEncodeError instead of a message;
- NUL: SQLite keeps it, PostgreSQL refuses it in text, and C-based readers cut text there;
- the other C0 controls except tab, line feed and carriage return (bell, escape, backspace,
  vertical tab, form feed…): XML 1.0, and so XLSX and SVG, cannot hold them, and on screen
  and paper they are nothing or a box;
- U+FFFE and U+FFFF: not characters, and not allowed in XML either.

Everything else is text, stored as typed: right-to-left marks, emoji, DEL and C1 controls
(XML and PostgreSQL hold them), long words.

Where it applies: a write that would store such a character is refused by storage with a
ValidationError naming the field (one place every record passes through); the window's
text fields remove them as they are typed, pasted or dropped; text read from files
(file names, camera data) gets U+FFFD in their place; exports of older text replace them
with U+FFFD and say how many.
"""

import re
from collections.abc import Iterable

from .messages import N_, Message

UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def problem(text: str) -> str | None:
    """Why `text` cannot be stored, in words for the user; None when it can."""
    found = UNSTORABLE.search(text)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        what = N_("half of a character pair")
    elif char == "\x00":
        what = N_("a NUL character")
    elif char < " ":
        what = N_("a control character")
    else:
        what = N_("a code that is not a character")
    return Message(
        "holds {what} (U+{code}, character {position}) that cannot be stored; remove it.",
        what=what,
        code=f"{ord(char):04X}",
        position=found.start() + 1,
    )


def problems(fields: Iterable[tuple[str, object]]) -> dict[str, str]:
    """The rule over named values: text, or text inside lists, tuples and dicts (keys too),
    as JSON columns hold it."""
    found: dict[str, str] = {}
    for name, value in fields:
        for text in _texts(value):
            why = problem(text)
            if why is not None:
                found[name] = why
                break
    return found


def _texts(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def cleaned(text: str, replacement: str = "") -> tuple[str, int]:
    """`text` with each character the rule refuses replaced (default: removed), and how
    many were."""
    return UNSTORABLE.subn(replacement, text)


def replaced(text: str) -> tuple[str, int]:
    """Visibly: U+FFFD in place of each character the rule refuses, and how many."""
    return cleaned(text, REPLACEMENT)
