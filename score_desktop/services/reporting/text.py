"""User text to reportlab Paragraph markup, literally and in fonts that cover it.

Paragraph parses its input as markup: unescaped user text can crash it, drop words or make it
open files (`<img src=…>`). Everything a user typed is therefore escaped here, and nowhere else.
"""

import re
import unicodedata
from collections.abc import Callable
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
    """NFC (Vietnamese typed with combining marks becomes precomposed) without control chars.

    A narrow no-break space (French groups digits with it: 2 500 000) becomes a no-break
    space: reportlab breaks lines at the narrow one, and a number would wrap."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u202f", "\u00a0")
    return "".join(
        c for c in text if c in _KEEP_CONTROLS or unicodedata.category(c) not in ("Cc", "Cs")
    )


# Scripts whose letters change shape with their neighbours (or are ordered right to left):
# paragraphs holding them are shaped by HarfBuzz.
_COMPLEX_RANGES = (
    (0x0590, 0x08FF),  # Hebrew, Arabic, Syriac, Thaana, Arabic supplements
    (0x0900, 0x0DFF),  # Indic scripts
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0xA9E0, 0xA9FF),  # Myanmar extended-B
    (0xAA60, 0xAA7F),  # Myanmar extended-A
    (0xFB1D, 0xFDFF),  # Hebrew and Arabic presentation forms
    (0xFE70, 0xFEFF),  # Arabic presentation forms-B
)


_COMPLEX = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _COMPLEX_RANGES) + "]")


def needs_shaping(text: str) -> bool:
    return _COMPLEX.search(text) is not None


def is_right_to_left(text: str) -> bool:
    """True when the first letter with a strong direction is right-to-left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def font_runs(
    text: str,
    chain: FontChain,
    uncovered: UncoveredText | None = None,
    *,
    per_word: bool = False,
):
    """Split text into (font name, text) runs; spaces stay in the current run.

    `per_word`: one font for each whole word (what HarfBuzz shaping needs: reportlab shapes a
    word with its first font's glyph ids), the first font of the chain that has all its letters.
    """
    runs: list[tuple[str, str]] = []
    current = chain.primary.name
    buffer: list[str] = []

    def emit(name: str, piece: str) -> None:
        nonlocal current, buffer
        if name != current and buffer:
            runs.append((current, "".join(buffer)))
            buffer = []
        current = name
        buffer.append(piece)

    for token in _tokens(text) if per_word else text:
        if token.isspace():
            buffer.append(token)
            continue
        font = _font_for_word(token, chain) if per_word else chain.font_for(token)
        if uncovered is not None:
            uncovered.chars.update(c for c in token if font is None or not font.covers(c))
        emit(font.name if font is not None else current, token)
    if buffer:
        runs.append((current, "".join(buffer)))
    return runs


def _tokens(text: str):
    word: list[str] = []
    for char in text:
        if char.isspace():
            if word:
                yield "".join(word)
                word = []
            yield char
        else:
            word.append(char)
    if word:
        yield "".join(word)


def _font_for_word(word: str, chain: FontChain):
    """The first font with every letter of the word, else the one with the most of them."""
    best, best_count = None, 0
    for font in chain.fonts:
        count = sum(font.covers(c) for c in word)
        if count == len(word):
            return font
        if count > best_count:
            best, best_count = font, count
    return best


def to_markup(
    text: str,
    chain: FontChain,
    uncovered: UncoveredText | None = None,
    *,
    per_word=False,
    style_font: str = "",
) -> str:
    """Paragraph markup that prints `text` literally, line breaks kept.

    Runs in `style_font` (the paragraph style's own font) need no font tag: most report text
    is one run in the primary font, and every tag costs reportlab's parser time.
    """
    text = clean(text)
    if text.isascii() and chain.primary.name == style_font and text.isprintable():
        return escape(text)  # the primary font (Noto Sans, DejaVu Sans) covers ASCII
    parts = []
    for font_name, run in font_runs(text, chain, uncovered, per_word=per_word):
        body = escape(run).replace("\n", "<br/>").replace("\t", "&nbsp;" * 4)
        parts.append(body if font_name == style_font else f'<font face="{font_name}">{body}</font>')
    return "".join(parts)


def fit_line(text: str, width: float, measure: Callable[[str], float]) -> str:
    """`text` on one line of at most `width` points (as `measure` gives them), cut with "…"
    where longer: a running header or a caption never runs off the page or over the page
    number. The length is found by halving, so a 200,000-character name costs a few
    measures of a short string."""
    text = " ".join(text.split())
    text = text[: int(max(width, 1) * 4)]  # no printed glyph is under a quarter point wide
    if measure(text) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
