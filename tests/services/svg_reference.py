"""The SVG writer as it was, on the standard library's ElementTree (with figures drawn many
times defined once and used, as the writer does now): the reference the faster text writer
(services/plan_sheet/svg.py) must match to the byte."""

import base64
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable

from score_desktop.domain.text import replaced
from score_desktop.services.plan_sheet.marks import (
    CircleMark,
    ImageMark,
    PathMark,
    Sheet,
    Stroke,
    Symbol,
    SymbolsMark,
    TextMark,
)
from score_desktop.services.plan_sheet.measure import FONT_FAMILY

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_MEDIA = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"RIFF": "image/webp"}


def _n(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _stroke(element: ET.Element, stroke: Stroke | None) -> None:
    if stroke is None:
        element.set("stroke", "none")
        return
    element.set("stroke", stroke.colour)
    element.set("stroke-width", _n(stroke.width))
    if stroke.cap != "butt":
        element.set("stroke-linecap", stroke.cap)
    if stroke.join != "miter":
        element.set("stroke-linejoin", stroke.join)


def _fill(element: ET.Element, fill: str, alpha: float) -> None:
    element.set("fill", fill or "none")
    if fill and alpha < 1:
        element.set("fill-opacity", _n(alpha))


def _element(parent: ET.Element, mark, text_of) -> None:
    if isinstance(mark, PathMark):
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in mark.points)
        tag = "polygon" if mark.closed else "polyline"
        element = ET.SubElement(parent, tag, {"points": points})
        _fill(element, mark.fill, mark.fill_alpha)
        _stroke(element, mark.stroke)
    elif isinstance(mark, CircleMark):
        element = ET.SubElement(
            parent,
            "circle",
            {"cx": _n(mark.centre[0]), "cy": _n(mark.centre[1]), "r": _n(mark.radius)},
        )
        _fill(element, mark.fill, mark.fill_alpha)
        _stroke(element, mark.stroke)
    else:
        attributes = {
            "x": _n(mark.x),
            "y": _n(mark.y),
            "font-size": _n(mark.size),
            "fill": mark.colour,
            "text-anchor": mark.anchor,
            "xml:space": "preserve",
        }
        if mark.bold:
            attributes["font-weight"] = "bold"
        if mark.angle:
            attributes["transform"] = f"rotate({_n(mark.angle)} {_n(mark.x)} {_n(mark.y)})"
        ET.SubElement(parent, "text", attributes).text = text_of(mark.text)


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
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    root = ET.Element(
        f"{{{SVG_NS}}}svg",
        {
            "version": "1.1",
            "width": f"{_n(sheet.width)}mm",
            "height": f"{_n(sheet.height)}mm",
            "viewBox": f"0 0 {_n(sheet.width)} {_n(sheet.height)}",
            "font-family": FONT_FAMILY,
        },
    )
    count = 0

    def text_of(value: str) -> str:
        nonlocal count
        valid, n = replaced(value)
        count += n
        return valid

    ET.SubElement(root, "title").text = text_of(title)
    ET.SubElement(root, "desc").text = text_of(description)
    ET.SubElement(root, "rect", {"width": "100%", "height": "100%", "fill": "#FFFFFF"})
    symbols: dict[Symbol, None] = {}
    for mark in sheet.marks:
        if isinstance(mark, SymbolsMark):
            for index, _x, _y in mark.placed:
                symbols[mark.figures[index]] = None
    if symbols:
        defs = ET.SubElement(root, "defs")
        for symbol in symbols:
            figure = ET.SubElement(defs, "g", {"id": f"symbol-{symbol.name}"})
            for part in symbol.parts:
                _element(figure, part, text_of)
    groups: dict[str, ET.Element] = {}

    def group(name: str) -> ET.Element:
        if not name:
            return root
        if name not in groups:
            groups[name] = ET.SubElement(root, "g", {"class": name})
        return groups[name]

    for mark in sheet.marks:
        if isinstance(mark, SymbolsMark):
            for index, x, y in mark.placed:
                figure = mark.figures[index]
                ET.SubElement(
                    group(figure.name),
                    "use",
                    {f"{{{XLINK_NS}}}href": f"#symbol-{figure.name}", "x": _n(x), "y": _n(y)},
                )
        elif isinstance(mark, (PathMark, CircleMark, TextMark)):
            _element(group(mark.group), mark, text_of)
        elif isinstance(mark, ImageMark) and load_image is not None:
            data = load_image(mark.image_id)
            href = f"data:{_media_type(data)};base64,{base64.b64encode(data).decode('ascii')}"
            ET.SubElement(
                group("background"),
                "image",
                {
                    "x": _n(mark.x),
                    "y": _n(mark.y),
                    "width": _n(mark.width),
                    "height": _n(mark.height),
                    "opacity": _n(mark.opacity),
                    "preserveAspectRatio": "none",
                    f"{{{XLINK_NS}}}href": href,
                },
            )
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="unicode", xml_declaration=True), count
