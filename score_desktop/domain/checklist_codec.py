"""Checklist templates as plain data (dicts of JSON types): the shipped files in
resources/checklists and the stored content of a template row are this form.

Texts are objects by language (`{"en": "…", "zh_CN": "…"}`); conditions their written form
(`A3=yes`, see `checklist.parse_condition`). Reading refuses a malformed template with the
place of the problem (`sections[2].items[0].hazard`), nothing half-read.
"""

import uuid
from typing import Any

from .checklist import (
    ActionSuggestion,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    HazardSuggestion,
    Texts,
    parse_conditions,
    template_id,
)
from .errors import ValidationError
from .hazard import ControlLevel
from .messages import Message

FORMAT = 1


def _texts_out(value: Texts) -> dict[str, str]:
    return dict(value)


def template_to_data(template: ChecklistTemplate) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "code": template.code,
        "version": template.version,
        "module": template.module_code,
        "title": _texts_out(template.title),
        "description": _texts_out(template.description),
        "sections": [
            {
                "key": section.key,
                "title": _texts_out(section.title),
                "items": [_item_out(item) for item in section.items],
            }
            for section in template.sections
        ],
    }


def _item_out(item: ChecklistItem) -> dict[str, Any]:
    data: dict[str, Any] = {"key": item.key, "text": _texts_out(item.text)}
    if item.help:
        data["help"] = _texts_out(item.help)
    if item.repeats:
        data["repeats"] = True
    if item.show_if:
        data["show_if"] = ";".join(c.text() for c in item.show_if)
    if item.hazard is not None:
        h = item.hazard
        data["hazard"] = {
            "category": h.category_code,
            "title": _texts_out(h.title),
            "controls": _texts_out(h.controls),
            "control_level": h.control_level.value,
            "likelihood": h.likelihood,
            "severity": h.severity,
        }
    if item.action is not None:
        a = item.action
        data["action"] = {
            "module": a.module_code,
            "title": _texts_out(a.title),
            "action": _texts_out(a.action),
        }
    return data


class _Reader:
    def __init__(self) -> None:
        self.where: list[str] = []

    def fail(self, message: str) -> ValidationError:
        place = "".join(self.where).lstrip(".") or "template"
        return ValidationError({place: message})

    def texts(self, value: Any, name: str, required: bool = False) -> Texts:
        if value is None or value == {}:
            if required:
                raise self.fail(Message("“{name}” is missing.", name=name))
            return ()
        if isinstance(value, str):
            return (("en", value),)
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise self.fail(Message("“{name}” is not a text by language.", name=name))
        return tuple((k, v) for k, v in value.items() if v)

    def integer(self, value: Any, name: str, default: int) -> int:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(Message("“{name}” is not a whole number.", name=name))
        return value


def template_from_data(data: Any) -> ChecklistTemplate:
    """A template from its data form; ValidationError names the first problem's place."""
    r = _Reader()
    if not isinstance(data, dict):
        raise r.fail(Message("A template is an object of fields."))
    if data.get("format", FORMAT) != FORMAT:
        raise r.fail(Message("Template format {format} is not known.", format=data.get("format")))
    code = str(data.get("code", ""))
    version = r.integer(data.get("version"), "version", 1)
    sections = []
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list):
        raise r.fail(Message("“{name}” is missing.", name="sections"))
    for s_index, raw in enumerate(raw_sections):
        r.where = [f".sections[{s_index}]"]
        if not isinstance(raw, dict) or not isinstance(raw.get("items"), list):
            raise r.fail(Message("A section needs a key, a title and items."))
        items = []
        for i_index, raw_item in enumerate(raw["items"]):
            r.where = [f".sections[{s_index}]", f".items[{i_index}]"]
            items.append(_item_in(r, raw_item))
        r.where = [f".sections[{s_index}]"]
        sections.append(
            ChecklistSection(
                str(raw.get("key", "")), r.texts(raw.get("title"), "title", True), tuple(items)
            )
        )
    r.where = []
    template = ChecklistTemplate(
        code=code,
        version=version,
        title=r.texts(data.get("title"), "title", True),
        sections=tuple(sections),
        module_code=str(data.get("module", "OSH")),
        description=r.texts(data.get("description"), "description"),
        id=_id(data.get("id"), code, version),
    )
    template.validate()
    return template


def _id(value: Any, code: str, version: int) -> uuid.UUID:
    if value:
        return uuid.UUID(str(value))
    return template_id(code, version)


def _item_in(r: _Reader, raw: Any) -> ChecklistItem:
    if not isinstance(raw, dict):
        raise r.fail(Message("An item is an object of fields."))
    hazard = None
    if raw.get("hazard"):
        h = raw["hazard"]
        r.where.append(".hazard")
        try:
            level = ControlLevel(h.get("control_level", "engineering"))
        except ValueError:
            raise r.fail(
                Message("“{level}” is not a level of control.", level=h.get("control_level"))
            ) from None
        hazard = HazardSuggestion(
            category_code=str(h.get("category", "")),
            title=r.texts(h.get("title"), "title"),
            controls=r.texts(h.get("controls"), "controls"),
            control_level=level,
            likelihood=r.integer(h.get("likelihood"), "likelihood", 3),
            severity=r.integer(h.get("severity"), "severity", 3),
        )
        r.where.pop()
    action = None
    if raw.get("action"):
        a = raw["action"]
        r.where.append(".action")
        action = ActionSuggestion(
            action=r.texts(a.get("action"), "action"),
            module_code=str(a.get("module", "OSH")),
            title=r.texts(a.get("title"), "title"),
        )
        r.where.pop()
    try:
        conditions = parse_conditions(str(raw.get("show_if", "") or ""))
    except ValidationError as exc:
        raise r.fail(next(iter(exc.problems.values()))) from None
    return ChecklistItem(
        key=str(raw.get("key", "")),
        text=r.texts(raw.get("text"), "text", True),
        help=r.texts(raw.get("help"), "help"),
        repeats=bool(raw.get("repeats", False)),
        show_if=conditions,
        hazard=hazard,
        action=action,
    )
