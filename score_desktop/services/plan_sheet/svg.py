"""A plan sheet as an SVG drawing: paths, circles and text (fonts named), the background as
its one image, at the sheet's size in millimetres, so it opens at the scale it states. A
figure drawn many times (a safety symbol) is defined once in `<defs>` and placed with `<use>`
(8,000 symbols of a site plan: half the file and half the writing of two elements each).

Written as text, element by element (the standard library's tree and serialiser took three
times as long for a 10,000-item plan as the rest of the writing): every user text is
escaped, and characters XML cannot hold (lone surrogates, most C0 controls) become U+FFFD
and are counted. The elements and attributes are those ElementTree wrote before
(tests/services/test_plan_sheet.py compares the two)."""

import base64
import uuid
from collections.abc import Callable

from ...domain.text import replaced
from .marks import CircleMark, ImageMark, PathMark, Sheet, Stroke, Symbol, SymbolsMark, TextMark
from .measure import FONT_FAMILY

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_MEDIA = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"RIFF": "image/webp"}


def _n(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


_ATTRIBUTE = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#09;",
    }
)
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _style(stroke: Stroke | None, fill: str, alpha: float) -> str:
    """The fill and stroke attributes, as ElementTree wrote them (fill first)."""
    parts = [f' fill="{fill or "none"}"']
    if fill and alpha < 1:
        parts.append(f' fill-opacity="{_n(alpha)}"')
    if stroke is None:
        parts.append(' stroke="none"')
    else:
        parts.append(f' stroke="{stroke.colour}" stroke-width="{_n(stroke.width)}"')
        if stroke.cap != "butt":
            parts.append(f' stroke-linecap="{stroke.cap}"')
        if stroke.join != "miter":
            parts.append(f' stroke-linejoin="{stroke.join}"')
    return "".join(parts)


def _symbol_id(symbol: Symbol) -> str:
    return "symbol-" + symbol.name.translate(_ATTRIBUTE)


def _media_type(data: bytes) -> str:
    for magic, media in _MEDIA.items():
        if data.startswith(magic):
            return media
    return "image/png"


def sheet_svg(
    sheet: Sheet,
    title: str,
    description: str,
    load_image: Callable[[uuid.UUID], bytes] | None = None,
) -> tuple[str, int]:
    """The SVG text of `sheet`, and how many characters were written as U+FFFD."""
    count = 0

    def text_of(value: str) -> str:
        nonlocal count
        valid, n = replaced(value)
        count += n
        return valid.translate(_TEXT)

    # the root's children in order: a group (its class and its elements' lines) or a line
    children: list[str | tuple[str, list[str]]] = []
    groups: dict[str, list[str]] = {}
    styles: dict[tuple, str] = {}  # a plan has a few dozen styles and thousands of marks

    def lines_of(name: str) -> list[str] | None:
        if not name:
            return None
        lines = groups.get(name)
        if lines is None:
            lines = groups[name] = []
            children.append((name.translate(_ATTRIBUTE), lines))
        return lines

    def add(name: str, element: str) -> None:
        lines = lines_of(name)
        if lines is None:
            children.append(element)
        else:
            lines.append(element)

    def element(mark: PathMark | CircleMark | TextMark) -> str:
        if isinstance(mark, PathMark):
            key = (mark.stroke, mark.fill, mark.fill_alpha)
            style = styles.get(key)
            if style is None:
                style = styles[key] = _style(mark.stroke, mark.fill, mark.fill_alpha)
            points = " ".join([f"{_n(x)},{_n(y)}" for x, y in mark.points])
            tag = "polygon" if mark.closed else "polyline"
            return f'<{tag} points="{points}"{style} />'
        if isinstance(mark, CircleMark):
            key = (mark.stroke, mark.fill, mark.fill_alpha)
            style = styles.get(key)
            if style is None:
                style = styles[key] = _style(mark.stroke, mark.fill, mark.fill_alpha)
            x, y = mark.centre
            return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(mark.radius)}"{style} />'
        attributes = (
            f'<text x="{_n(mark.x)}" y="{_n(mark.y)}" font-size="{_n(mark.size)}" '
            f'fill="{mark.colour}" text-anchor="{mark.anchor}" xml:space="preserve"'
        )
        if mark.bold:
            attributes += ' font-weight="bold"'
        if mark.angle:
            attributes += f' transform="rotate({_n(mark.angle)} {_n(mark.x)} {_n(mark.y)})"'
        words = text_of(mark.text)
        return f"{attributes}>{words}</text>" if words else f"{attributes} />"

    symbols: dict[Symbol, None] = {}  # the figures to define, in order of first use
    images = False
    for mark in sheet.marks:
        if isinstance(mark, SymbolsMark):
            uses = []  # per figure: its group's lines, and its element's start
            for figure in mark.figures:
                symbols[figure] = None
                uses.append((lines_of(figure.name), f'<use xlink:href="#{_symbol_id(figure)}" x="'))
            for index, x, y in mark.placed:
                lines, start = uses[index]
                use = f'{start}{_n(x)}" y="{_n(y)}" />'
                if lines is None:
                    children.append(use)
                else:
                    lines.append(use)
        elif isinstance(mark, ImageMark):
            if load_image is None:
                continue
            images = True
            data = load_image(mark.image_id)
            href = f"data:{_media_type(data)};base64,{base64.b64encode(data).decode('ascii')}"
            add(
                "background",
                f'<image x="{_n(mark.x)}" y="{_n(mark.y)}" width="{_n(mark.width)}" '
                f'height="{_n(mark.height)}" opacity="{_n(mark.opacity)}" '
                f'preserveAspectRatio="none" xlink:href="{href}" />',
            )
        else:
            add(mark.group, element(mark))
    xlink = f' xmlns:xlink="{XLINK_NS}"' if symbols or images else ""
    out = [
        "<?xml version='1.0' encoding='utf-8'?>\n",
        f'<svg xmlns="{SVG_NS}"{xlink} version="1.1" width="{_n(sheet.width)}mm" '
        f'height="{_n(sheet.height)}mm" viewBox="0 0 {_n(sheet.width)} {_n(sheet.height)}" '
        f'font-family="{FONT_FAMILY.translate(_ATTRIBUTE)}">\n',
    ]
    for tag, value in (("title", text_of(title)), ("desc", text_of(description))):
        out.append(f" <{tag}>{value}</{tag}>\n" if value else f" <{tag} />\n")
    out.append(' <rect width="100%" height="100%" fill="#FFFFFF" />')
    if symbols:
        out.append("\n <defs>")
        for symbol in symbols:
            out.append(f'\n  <g id="{_symbol_id(symbol)}">\n   ')
            out.append("\n   ".join([element(part) for part in symbol.parts]))
            out.append("\n  </g>")
        out.append("\n </defs>")
    for child in children:
        if isinstance(child, str):
            out.append(f"\n {child}")
        elif child[1]:
            out.append(f'\n <g class="{child[0]}">\n  ')
            out.append("\n  ".join(child[1]))
            out.append("\n </g>")
        else:
            out.append(f'\n <g class="{child[0]}" />')
    out.append("\n</svg>")
    return "".join(out), count
