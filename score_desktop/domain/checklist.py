"""Checklist templates: sections of items a consultant answers on a walk through the factory.

Templates are data (shipped as files in resources/checklists, imported from spreadsheets,
stored in the workspace), never code. Every text of a template is held in each language it
was written in (`Texts`), so one template serves every UI language and a walk-through in
Chinese and one in English answer the same items.

An item is shown only when all its conditions hold: conditions on earlier answers (show B
only if A is *yes*) and on the enterprise's profile (sector, headcount, modules). A template
is never changed once used: an edit is a new version (another `id`, the same `code`).
"""

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from .enterprise import Enterprise
from .errors import ValidationError
from .hazard import ControlLevel
from .messages import Message
from .visit import Visit

Texts = tuple[tuple[str, str], ...]  # (language code, text) pairs, e.g. (("en", "…"),)

# shipped and imported templates of the same code and version get the same id everywhere
TEMPLATE_NAMESPACE = uuid.UUID("6f0c53a2-4a07-4d0e-9a57-0d3c6c2f7a11")
KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


def pick(texts: Texts, language: str) -> str:
    """The text in `language` (zh_CN), else its base language (zh), else English, else
    the first one written."""
    found = dict(texts)
    base = language.split("_")[0]
    for candidate in (language, base, "en"):
        if found.get(candidate):
            return found[candidate]
    return next((t for _lang, t in texts if t), "")


def texts(**by_language: str) -> Texts:
    return tuple((lang, text) for lang, text in by_language.items() if text)


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "not_applicable"
    NOT_CHECKED = "not_checked"


class ConditionKind(StrEnum):
    ANSWER = "answer"  # an earlier item's answer is one of `values`
    SECTOR = "sector"  # the enterprise's sector contains one of `values`
    WORKERS_AT_LEAST = "workers_at_least"  # headcount (workers and managers) >= values[0]
    WORKERS_BELOW = "workers_below"
    MODULE = "module"  # the enterprise takes one of the modules in `values`


@dataclass(frozen=True, slots=True)
class Condition:
    kind: ConditionKind
    values: tuple[str, ...]
    item_key: str = ""  # for ANSWER

    def text(self) -> str:
        """The written form (see `parse_condition`)."""
        joined = "|".join(self.values)
        if self.kind is ConditionKind.ANSWER:
            return f"{self.item_key}={joined}"
        if self.kind is ConditionKind.WORKERS_AT_LEAST:
            return f"workers>={joined}"
        if self.kind is ConditionKind.WORKERS_BELOW:
            return f"workers<{joined}"
        return f"{self.kind.value}={joined}"


_CONDITION = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*(>=|<|=)\s*(.+?)\s*$")


def parse_condition(text: str) -> Condition:
    """`A3=yes`, `A3=no|not_applicable`, `sector=garment|textile`, `module=OSH|COVID`,
    `workers>=50`, `workers<250`. Raises ValidationError naming what is wrong."""
    match = _CONDITION.match(text)
    if match is None:
        raise ValidationError(
            {"show_if": Message("“{text}” is not a condition like A3=yes.", text=text)}
        )
    subject, operator, rest = match.groups()
    values = tuple(v.strip() for v in rest.split("|") if v.strip())
    if subject == "workers":
        if operator == "=" or len(values) != 1 or not values[0].isdigit():
            raise ValidationError(
                {"show_if": Message("“{text}” needs workers>=N or workers<N.", text=text)}
            )
        kind = ConditionKind.WORKERS_AT_LEAST if operator == ">=" else ConditionKind.WORKERS_BELOW
        return Condition(kind, values)
    if operator != "=":
        raise ValidationError({"show_if": Message("“{text}” can only use =.", text=text)})
    if subject in ("sector", "module"):
        return Condition(ConditionKind(subject), values)
    allowed = {a.value for a in Answer}
    wrong = [v for v in values if v not in allowed]
    if wrong or not values:
        raise ValidationError(
            {
                "show_if": Message(
                    "“{text}”: an answer is one of yes, no, not_applicable, not_checked.",
                    text=text,
                )
            }
        )
    return Condition(ConditionKind.ANSWER, values, item_key=subject)


def parse_conditions(text: str) -> tuple[Condition, ...]:
    """Conditions separated by `;` (all must hold)."""
    return tuple(parse_condition(part) for part in text.split(";") if part.strip())


@dataclass(frozen=True, slots=True)
class HazardSuggestion:
    """What a *no* suggests for the hazard register. The rating is on the 5 × 5 scale and
    carried to the enterprise's own method when the hazard is made."""

    category_code: str
    title: Texts = ()  # empty: the item's text
    controls: Texts = ()  # one control a line
    control_level: ControlLevel = ControlLevel.ENGINEERING
    likelihood: int = 3
    severity: int = 3


@dataclass(frozen=True, slots=True)
class ActionSuggestion:
    """What a *no* suggests for the EIP: an improvement project's action and module."""

    action: Texts
    module_code: str = "OSH"
    title: Texts = ()  # empty: the item's text


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    key: str
    text: Texts
    help: Texts = ()
    repeats: bool = False  # answered once per zone of the walk-through
    show_if: tuple[Condition, ...] = ()
    hazard: HazardSuggestion | None = None
    action: ActionSuggestion | None = None


@dataclass(frozen=True, slots=True)
class ChecklistSection:
    key: str
    title: Texts
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    code: str  # the same across versions
    version: int
    title: Texts
    sections: tuple[ChecklistSection, ...]
    module_code: str = "OSH"
    description: Texts = ()
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def items(self) -> list[ChecklistItem]:
        return [item for section in self.sections for item in section.items]

    def item(self, key: str) -> ChecklistItem:
        found = next((i for i in self.items() if i.key == key), None)
        if found is None:
            raise KeyError(key)
        return found

    def languages(self) -> list[str]:
        seen: dict[str, None] = {}
        for lang, _text in self.title:
            seen[lang] = None
        for item in self.items():
            for lang, _text in item.text:
                seen[lang] = None
        return list(seen)

    def validate(self, category_codes: set[str] | None = None) -> None:
        """Refuse the whole template with every problem named: keys unique and well formed,
        every item with a text, every answer condition naming an earlier item, hazard
        categories known (when `category_codes` is given), ratings on the 5 × 5 scale."""
        problems: dict[str, str] = {}
        if not KEY_PATTERN.match(self.code):
            problems["code"] = Message("“{code}” is not a template code.", code=self.code)
        if self.version < 1:
            problems["version"] = Message("The version is a whole number from 1.")
        if not pick(self.title, "en").strip():
            problems["title"] = Message("A template needs a title.")
        if not self.sections:
            problems["sections"] = Message("A template needs at least one section.")
        seen: set[str] = set()
        section_keys: set[str] = set()
        for section in self.sections:
            if section.key in section_keys or not KEY_PATTERN.match(section.key):
                problems[f"section {section.key}"] = Message(
                    "Section key “{key}” is missing, malformed or used twice.", key=section.key
                )
            section_keys.add(section.key)
            for item in section.items:
                where = f"item {item.key}"
                if item.key in seen or not KEY_PATTERN.match(item.key):
                    problems[where] = Message(
                        "Item key “{key}” is missing, malformed or used twice.", key=item.key
                    )
                elif not pick(item.text, "en").strip():
                    problems[where] = Message("Item “{key}” has no text.", key=item.key)
                for condition in item.show_if:
                    if condition.kind is ConditionKind.ANSWER and condition.item_key not in seen:
                        problems[where] = Message(
                            "Item “{key}” depends on “{other}”, which is not an earlier item.",
                            key=item.key,
                            other=condition.item_key,
                        )
                hazard = item.hazard
                if hazard is not None:
                    if category_codes is not None and hazard.category_code not in category_codes:
                        problems[where] = Message(
                            "“{category}” is not a hazard category.",
                            category=hazard.category_code,
                        )
                    if not (1 <= hazard.likelihood <= 5 and 1 <= hazard.severity <= 5):
                        problems[where] = Message(
                            "Item “{key}”: likelihood and severity are from 1 to 5.",
                            key=item.key,
                        )
                seen.add(item.key)
        if problems:
            raise ValidationError(problems)


def template_id(code: str, version: int) -> uuid.UUID:
    """The id of a template's version, the same in every workspace that holds it."""
    return uuid.uuid5(TEMPLATE_NAMESPACE, f"{code}:{version}")


@dataclass(frozen=True, slots=True)
class EnterpriseProfile:
    """What conditions on the enterprise look at."""

    sector: str = ""
    workers: int = 0
    modules: frozenset[str] = frozenset()


def profile_holds(condition: Condition, profile: EnterpriseProfile) -> bool:
    if condition.kind is ConditionKind.SECTOR:
        sector = profile.sector.casefold()
        return any(v.casefold() in sector for v in condition.values)
    if condition.kind is ConditionKind.MODULE:
        return any(v in profile.modules for v in condition.values)
    if condition.kind is ConditionKind.WORKERS_AT_LEAST:
        return profile.workers >= int(condition.values[0])
    if condition.kind is ConditionKind.WORKERS_BELOW:
        return profile.workers < int(condition.values[0])
    raise ValueError(condition.kind)


def enterprise_profile(enterprise: Enterprise, visits: Iterable[Visit]) -> EnterpriseProfile:
    """The enterprise's sector, headcount and the modules of its visits."""
    modules = frozenset(v.module_code for v in visits)
    return EnterpriseProfile(enterprise.sector, enterprise.headcount.total, modules)
