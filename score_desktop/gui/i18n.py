"""The UI's language: choosing and installing it, showing the domain's texts in it, and
ordering names the way its readers expect.

One system for every text on screen:
- the GUI's own words: `self.tr()` / `QCoreApplication.translate()` (Qt's `%1`, `%n`);
- the domain's names and sentences, marked with `domain.messages.N_` / `Message` (`{name}`
  fields): `translated()` (context "Domain"; made in document/texts.py, which the document's
  own messages use too). `scripts/build_translations.py` extracts both kinds into
  resources/translations/score_desktop_<lang>.ts;
- names are sorted with the language's collation (`sort_key`), never by `casefold`.
"""

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from ..document.texts import DOMAIN_CONTEXT, error_text, problems_text, sort_key, translated
from ..paths import resources_dir
from .settings_keys import LANGUAGE

AVAILABLE_LANGUAGES = {
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "fr": "Français",
    "vi": "Tiếng Việt",
}

# The standard buttons' words, for a language Qt ships no translation of (Vietnamese); where
# Qt has one (qtbase_<lang>.qm, installed after the app's own), Qt's words are used.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)


def translations_dir():
    return resources_dir() / "translations"


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """The language from the command line, else Preferences, else the system locale."""
    if override:
        return override
    stored = LANGUAGE.read(settings)
    if stored:
        return stored
    system = QLocale.system().name()
    if system in AVAILABLE_LANGUAGES:
        return system
    if system.startswith("zh"):
        return "zh_CN"
    base = system.split("_")[0]
    return base if base in AVAILABLE_LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations (English: only the app's plural forms,
    so "%n photo(s)" reads "1 photo" and "2 photos")."""
    installed = []
    candidates = [(f"score_desktop_{language}", str(translations_dir()))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append((f"qtbase_{language}", qt_folder))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed


__all__ = [
    "DOMAIN_CONTEXT",
    "error_text",
    "problems_text",
    "sort_key",
    "translated",
]  # from document/texts.py
