"""The domain's texts in the UI's language, and names in the order that language sorts them.

QtCore only, so the document's own messages (a failed edit's problem) are translated the
same way as the views' (gui/i18n.py re-exports these).
- `translated()`: texts the domain marks with `N_()` / `Message()` (domain/messages.py),
  looked up in the "Domain" context that scripts/build_translations.py extracts;
- `sort_key()`: QCollator's order (Chinese by pinyin, Vietnamese Đ after D, French é beside
  e), case aside, numbers by value; never `casefold`.
"""

from functools import cache

from PySide6.QtCore import QCollator, QCollatorSortKey, QCoreApplication, QLocale, Qt

from ..domain.errors import ValidationError
from ..domain.messages import Message

DOMAIN_CONTEXT = "Domain"


def translated(text: str, context: str = DOMAIN_CONTEXT) -> str:
    """A domain text in the UI's language. A `Message` has its template translated and its
    fields filled in, each field that is itself text translated too; any other text is
    looked up as it is (a name the user typed is in no catalogue and stays as typed)."""
    if isinstance(text, Message):
        fields = {
            name: translated(value, context) if isinstance(value, str) else value
            for name, value in text.fields.items()
        }
        template = QCoreApplication.translate(context, text.template)
        try:
            return template.format(**fields)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return text.template.format(**fields)
    if not text:
        return text
    return QCoreApplication.translate(context, text)


def problems_text(problems: dict[str, str]) -> str:
    """A ValidationError's problems, one a line, in the UI's language."""
    return "\n".join(translated(message) for message in problems.values())


def error_text(error: Exception) -> str:
    """What a known problem says to the user, in the UI's language where it can."""
    if isinstance(error, ValidationError):
        return problems_text(error.problems)
    return str(error)


@cache
def _collator(locale_name: str) -> QCollator:
    collator = QCollator(QLocale(locale_name))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)  # "Line 2" before "Line 10"
    return collator


def sort_key(text: str) -> QCollatorSortKey:
    """The key of `text` in the default locale's order (the UI's language, set on start)."""
    return _collator(QLocale().name()).sortKey(text)
