"""Texts the domain shows to people, marked for translation (stdlib only).

The domain keeps English source texts. Two markers, one placeholder style (`{name}`, as in
the report catalogues):
- `N_("Very high")`: a fixed name (a band, a level, a method, a category, a visit type).
  It returns the text unchanged; `scripts/build_translations.py` extracts it into the UI's
  .ts files (context "Domain") and the GUI shows it through `gui.i18n.translated()`.
- `Message("{name} must be one of {allowed}.", name=..., allowed=...)`: a sentence with
  fields. It *is* the English text (a `str`, so logs, the CLI and tests read it as before)
  and keeps its template and fields, so a view can translate the template and fill it in
  (fields that are domain names are translated too).
Only literal first arguments are extracted: never mark a variable.
"""

from typing import Any


def N_(text: str) -> str:  # noqa: N802 - the customary name of a translation marker
    return text


class Message(str):
    """An English sentence with `{fields}` that remembers how it was made."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, **fields: Any) -> "Message":
        made = super().__new__(cls, template.format(**fields) if fields else template)
        made.template = template
        made.fields = fields
        return made

    def __reduce__(self) -> tuple[Any, tuple[str, dict[str, Any]]]:
        # pickles (and copies) as what it is, not as a plain str
        return (_remake, (self.template, self.fields))


def _remake(template: str, fields: dict[str, Any]) -> Message:
    return Message(template, **fields)
