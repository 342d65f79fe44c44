"""A change's values in the UI's words, for the History, the activity timeline and the
conflict inbox.

The change log keeps values as the records store them: enum values ("controlled"), a risk
as its factors' keys with their levels, controls as JSON. Where the app already has words
for a value (the hazard form's labels, the risk methods' factor names), the history says
it the same way, translated; any other value reads as stored, structured ones as words
rather than JSON. Not imported with the window: only the dialogs that list changes need
the hazard and risk vocabularies.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from ..document.texts import DOMAIN_CONTEXT, translated
from ..domain.catalogues import VISIT_TYPE_LABELS
from ..domain.hazard import DEFAULT_CATEGORIES
from ..domain.history import Change, Operation
from ..domain.indicators import DEFAULT_INDICATORS, EntryKind, Indicator
from ..domain.messages import N_
from ..domain.risk import BUILT_IN_METHODS
from ..domain.team import Sex
from .hazards.labels import CONTROL_LEVEL_LABELS, IDENTIFIED_BY_LABELS, STATUS_LABELS
from .history_format import field_label
from .improvement import labels as improvement
from .indicators.labels import translated as indicator_words

LONG_VALUE = 120
NAME_FIELDS = ("title", "name", "label", "practice", "indicator", "date", "code", "text")


def _by_value(labels: dict, context: str = DOMAIN_CONTEXT) -> tuple[str, dict[str, str]]:
    return context, {getattr(key, "value", key): words for key, words in labels.items()}


# (record kind, field) -> (translation context, stored value -> words)
FIELD_VALUES = {
    ("hazards", "status"): _by_value(STATUS_LABELS),
    ("hazards", "identified_by"): _by_value(IDENTIFIED_BY_LABELS),
    # the built-in categories; one a workspace added reads as its code
    ("hazards", "category"): _by_value({c.code: c.name for c in DEFAULT_CATEGORIES}),
    ("visits", "visit_type"): _by_value(VISIT_TYPE_LABELS),
    ("eit_members", "role"): _by_value(improvement.ROLE_LABELS),
    ("eit_members", "sex"): _by_value(improvement.SEX_LABELS),
    ("suggestions", "status"): _by_value(improvement.SUGGESTION_LABELS),
    ("improvement_projects", "status"): _by_value(improvement.STATUS_LABELS),
    ("improvement_projects", "source"): _by_value(improvement.SOURCE_LABELS),
    ("review_items", "outcome"): _by_value(improvement.OUTCOME_LABELS),
    # the default indicators' names, in the indicators tab's own context
    # (gui/indicators/labels.py)
    ("indicator_entries", "indicator"): _by_value(
        {i.code: i.name for i in DEFAULT_INDICATORS}, "Indicator"
    ),
    ("indicator_entries", "kind"): _by_value(
        {
            EntryKind.BASELINE: N_("Baseline"),
            EntryKind.MONTH: N_("Monthly figure"),
            EntryKind.TARGET: N_("Target"),
        }
    ),
    ("indicator_entries", "sex"): _by_value(
        {
            "all": N_("Women and men"),
            Sex.FEMALE: improvement.SEX_LABELS[Sex.FEMALE],
            Sex.MALE: improvement.SEX_LABELS[Sex.MALE],
        }
    ),
}
CONTROL_LEVELS = _by_value(CONTROL_LEVEL_LABELS)[1]  # a control's "level"
FACTOR_NAMES = {  # a risk's keys: the built-in methods' factors
    factor.key: factor.name for method in BUILT_IN_METHODS.values() for factor in method.factors
}


def input_names(indicators: Iterable[Indicator]) -> dict[str, dict[str, str]]:
    """Indicator code → its inputs' names by key, as the indicators tab names them: an
    indicator value's figures need their indicator ("value" is another figure in each
    single-input indicator). The dialogs pass the workspace's catalogue, a programme's
    own indicators included."""
    return {i.code: {spec.key: spec.label for spec in i.inputs} for i in indicators}


DEFAULT_INPUT_NAMES = input_names(DEFAULT_INDICATORS)


def value_text(
    value: object, kind: str = "", field: str = "", keys: Mapping[str, str] | None = None
) -> str:
    """A stored value as one line of plain text, shortened when long; `kind` and `field`:
    the record kind and field it belongs to, whose words it takes where the app has some;
    `keys`: words for a dict's keys (translated), where the field alone does not say them."""
    if has_words(value, kind, field):
        context, words = FIELD_VALUES[(kind, field)]
        return QCoreApplication.translate(context, words[str(value)])
    text = " ".join(_plain(value, keys=keys).split())
    if not text:
        return "—"
    return text if len(text) <= LONG_VALUE else text[: LONG_VALUE - 1] + "…"


def has_words(value: object, kind: str, field: str) -> bool:
    """Whether value_text says `value` in the words of its form rather than as stored."""
    words = FIELD_VALUES.get((kind, field), (DOMAIN_CONTEXT, {}))[1]
    return isinstance(value, str) and value in words


def _plain(value: object, inner: bool = False, keys: Mapping[str, str] | None = None) -> str:
    """Structured values in words, not JSON: a risk reads "Likelihood: 4, Severity: 4",
    controls "Interlocked guard (3 Engineering); Lock-out training (4 Administrative)",
    points "(2450, 640); (2500, 700)"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("history", "yes")
            if value
            else QCoreApplication.translate("history", "no")
        )
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, dict):
        if "text" in value:  # a named entry (a control, a note): its text, then the rest
            rest = ", ".join(_entry_value(k, v) for k, v in value.items() if k != "text")
            named = _plain(value["text"], True)
            return f"{named} ({rest})" if rest else named
        return ", ".join(
            f"{(keys or {}).get(str(k)) or _key_words(str(k))}: {_plain(v, True)}"
            for k, v in value.items()
        )
    if isinstance(value, list):
        structured = any(isinstance(v, dict | list) for v in value)
        joined = ("; " if structured else ", ").join(_plain(v, True) for v in value)
        return f"({joined})" if inner and not structured else joined
    return str(value)


def _number(value: float) -> str:
    """At most four decimals (a rate worked out from its figures reads 2.6455, not
    2.6455026455026456); below 1, four significant digits (0.0001234)."""
    if value.is_integer():
        return str(int(value))
    if abs(value) < 1:
        return f"{value:.4g}"
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _key_words(key: str) -> str:
    factor = FACTOR_NAMES.get(key)
    return translated(factor) if factor is not None else field_label(key)


def _entry_value(key: str, value: object) -> str:
    if key == "level" and isinstance(value, str) and value in CONTROL_LEVELS:
        return translated(CONTROL_LEVELS[value])
    return _plain(value, True)


def change_lines(
    change: Change,
    earlier: Sequence[Change] = (),
    inputs: Mapping[str, Mapping[str, str]] = DEFAULT_INPUT_NAMES,
) -> list[str]:
    """What changed, one line per field ("Status: Open → Controlled"). `earlier`: the
    record's changes before this one, oldest first, for a field whose words depend on
    another the change may not carry (an edit of an indicator value's inputs only);
    `inputs`: the catalogue's input names (`input_names`)."""
    if change.operation is Operation.BASELINE:
        return []
    kind, lines = change.record_kind, []
    for f in change.fields:
        keys = _keys_for(change, f.name, earlier, inputs)
        if change.operation in (Operation.INSERT, Operation.RESTORE):
            if f.after in (None, "", [], {}) or f.name.endswith("_id"):
                continue  # empty, or a link to a parent named elsewhere
            lines.append(f"{field_label(f.name)}: {value_text(f.after, kind, f.name, keys)}")
        elif change.operation is Operation.DELETE:
            continue
        else:
            before = value_text(f.before, kind, f.name, keys)
            after = value_text(f.after, kind, f.name, keys)
            lines.append(f"{field_label(f.name)}: {before} → {after}")
    return lines


def needs_earlier(change: Change) -> bool:
    """Whether change_lines says more given the record's earlier changes."""
    return (
        change.record_kind == "indicator_entries"
        and change.field("inputs") is not None
        and change.field("indicator") is None
    )


def _keys_for(
    change: Change, field: str, earlier: Sequence[Change], inputs: Mapping[str, Mapping[str, str]]
) -> dict[str, str] | None:
    if change.record_kind != "indicator_entries" or field != "inputs":
        return None
    code = _raw_value(change, "indicator")
    for before in reversed(earlier):
        if code is not None:
            break
        code = _raw_value(before, "indicator")
    names = inputs.get(code, {}) if isinstance(code, str) else {}
    return {key: indicator_words(label) for key, label in names.items()}


def name_in_change(change: Change) -> str:
    """The record's name as the change itself gives it, if it does."""
    if change.record_kind == "indicator_entries":  # an indicator's value in one month
        parts = [_value_of(change, n) for n in ("indicator", "kind", "month")]
        sex = change.field("sex")
        if sex is not None and "all" not in (sex.before, sex.after):  # one sex's figure
            parts.append(_value_of(change, "sex"))
        return " · ".join(p for p in parts if p)
    for name in NAME_FIELDS:
        found = change.field(name)
        if found is not None:
            value = found.after if found.after not in (None, "") else found.before
            if value not in (None, ""):
                return value_text(value)
    return ""


def _value_of(change: Change, name: str) -> str:
    value = _raw_value(change, name)
    return "" if value is None else value_text(value, change.record_kind, name)


def _raw_value(change: Change, name: str) -> object:
    """The field's value in the change (its new one, else its old one); None when the
    change does not carry it."""
    found = change.field(name)
    if found is None:
        return None
    value = found.after if found.after not in (None, "") else found.before
    return None if value in (None, "") else value
