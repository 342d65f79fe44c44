"""Choosing and installing the UI language (Qt .qm translations in resources/translations)."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..paths import resources_dir
from .settings_keys import LANGUAGE

AVAILABLE_LANGUAGES = {"en": "English", "zh_CN": "简体中文"}


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
    return "zh_CN" if system.startswith("zh") else "en"


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
