"""User text to reportlab Paragraph markup, literally and in fonts that cover it.

Paragraph parses its input as markup: unescaped user text can crash it, drop words or make it
open files (`<img src=…>`). Everything a user typed is therefore escaped here, and nowhere else.
"""

import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from .fonts import FontChain

_KEEP_CONTROLS = {"\n", "\t"}


@dataclass
class UncoveredText:
    """Characters no font of the chain can draw, collected while a report is built."""

    chars: set[str] = field(default_factory=set)

    def describe(self) -> str:
        shown = sorted(self.chars)[:12]
        listing = ", ".join(f"{c} (U+{ord(c):04X})" for c in shown)
        more = f" and {len(self.chars) - len(shown)} more" if len(self.chars) > len(shown) else ""
        return f"No installed font can draw: {listing}{more}."


def clean(text: str) -> str:
    """NFC (Vietnamese typed with combining marks becomes precomposed) without control chars."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(
        c for c in text if c in _KEEP_CONTROLS or unicodedata.category(c) not in ("Cc", "Cs")
    )


def font_runs(text: str, chain: FontChain, uncovered: UncoveredText | None = None):
    """Split text into (font name, text) runs; spaces stay in the current run."""
    runs: list[tuple[str, str]] = []
    current = chain.primary.name
    buffer: list[str] = []
    for char in text:
        if char.isspace():
            buffer.append(char)
            continue
        font = chain.font_for(char)
        if font is None:
            if uncovered is not None:
                uncovered.chars.add(char)
            name = current
        else:
            name = font.name
        if name != current and buffer:
            runs.append((current, "".join(buffer)))
            buffer = []
        current = name
        buffer.append(char)
    if buffer:
        runs.append((current, "".join(buffer)))
    return runs


def to_markup(text: str, chain: FontChain, uncovered: UncoveredText | None = None) -> str:
    """Paragraph markup that prints `text` literally, line breaks kept."""
    parts = []
    for font_name, run in font_runs(clean(text), chain, uncovered):
        body = escape(run).replace("\n", "<br/>").replace("\t", "&nbsp;" * 4)
        parts.append(f'<font face="{font_name}">{body}</font>')
    return "".join(parts)
