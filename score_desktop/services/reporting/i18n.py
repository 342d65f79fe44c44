"""The report's own labels in the report's language.

Reports are written outside Qt (a worker thread, the command line), so they do not use Qt's
translators: each language is a JSON catalogue in resources/translations/reports/, keyed by the
English text. User text is never looked up. A label missing from a catalogue prints in English.
"""

import json
from functools import cache

from ...domain.messages import Message
from ...paths import resources_dir


def catalogue_path(language: str):
    return resources_dir() / "translations" / "reports" / f"{language}.json"


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = catalogue_path(language)
    if language == "en" or not path.is_file():  # tests check every offered language has one
        return {}
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


class Translator:
    """`t("Page {page} of {total}", page=2, total=5)`: translated, then formatted."""

    def __init__(self, language: str = "en"):
        self.language = language
        self._messages = _catalogue(language)

    def __call__(self, message: str, **fields) -> str:
        if isinstance(message, Message):  # a domain sentence: its template, its fields
            fields = {k: self(v) if isinstance(v, str) else v for k, v in message.fields.items()}
            message = message.template
        text = self._messages.get(message) or message
        return text.format(**fields) if fields else text
