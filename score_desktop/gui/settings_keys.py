"""Every setting the app keeps in QSettings, declared once: key, type and default.

Reading goes through `Setting.read`, which returns the default for a missing value and for
one of the wrong type (a hand-edited or older settings file never breaks a dialog).
Settings that depend on the moment (the report language follows the locale) pass their
default when read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type

    def read(self, settings: QSettings, default: T | None = None) -> T:
        fallback = self.default if default is None else default
        value = settings.value(self.key, fallback)
        if self.kind in (int, float) and not isinstance(value, bool):
            try:  # INI files give numbers back as text
                return self.kind(value)
            except (TypeError, ValueError):
                return fallback
        if self.kind is bool and isinstance(value, str):
            return {"true": True, "false": False}.get(value.lower(), fallback)
        return value if isinstance(value, self.kind) else fallback

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


# Window and layout (geometry and splitter states are QByteArray, read with kind=object)
WINDOW_GEOMETRY = Setting("window/geometry", None, object)
PLAN_AND_PROPERTIES = Setting("plan_editor/plan_and_properties", None, object)
PLAN_AND_REGISTER = Setting("plan_editor/plan_and_register", None, object)
PLAN_RISK_VIEW = Setting("plan_editor/risk_view", "current", str)  # a RiskView value
PLAN_PIN_STYLE = Setting("plan_editor/pin_style", "category", str)  # a PinStyle value
PORTFOLIO_AND_ENTERPRISE = Setting("window/portfolio_and_enterprise", None, object)
VISITS_AND_RECORD = Setting("window/visits_and_record", None, object)  # enterprise panel
GALLERY_SPLIT = Setting("window/visits_and_photos", None, object)  # the photos below

# Where the user was when the app closed (ids as hex, plans in tab order, space-separated:
# a list of one comes back from an INI file as a plain string)
SESSION_ENTERPRISE = Setting("session/enterprise", "", str)
SESSION_PLANS = Setting("session/open_plans", "", str)
SESSION_FRONT_PLAN = Setting("session/front_plan", "", str)

# Preferences
LANGUAGE = Setting("ui/language", "", str)
PHOTO_KEEP_MEGAPIXELS = Setting("photos/keep_original_megapixels", 24, int)
PERSON_ID = Setting("profile/id", "", str)
PERSON_NAME = Setting("profile/name", "", str)
PERSON_ROLE = Setting("profile/role", "consultant", str)
PERSON_ORGANISATION = Setting("profile/organisation", "", str)
BACKUP_EVERY_MINUTES = Setting("backups/every_minutes", 10, int)  # of editing
BACKUP_KEEP = Setting("backups/keep", 10, int)

# Reports and exports
EXPORT_FOLDER = Setting("export/folder", str(Path.home()), str)
REPORT_SECTIONS = Setting("report/sections", None, list)
REPORT_PAPER = Setting("report/paper", "A4", str)
REPORT_LANGUAGE = Setting("report/language", "", str)
REPORT_PIN_STYLE = Setting("report/pin_style", "category", str)
REPORT_NORTH_ARROW = Setting("report/north_arrow", False, bool)
LOGOS = {
    role: Setting(f"report/logo/{role}", "", str)
    for role in ("programme", "consultant", "enterprise")
}

# EIT composition checks, by CompositionRules field (defaults are the rules' own: a test
# keeps them equal; domain.team is not imported with the window)
EIT_RULES = {
    "min_size": Setting("eit/composition/min_size", 6, int),
    "max_size": Setting("eit/composition/max_size", 10, int),
    "min_worker_share": Setting("eit/composition/min_worker_share", 0.4, float),
    "max_worker_share": Setting("eit/composition/max_worker_share", 0.6, float),
    "women_share_tolerance": Setting("eit/composition/women_share_tolerance", 0.15, float),
    "workers_elected": Setting("eit/composition/workers_elected", True, bool),
}

# The office server (the password is never a setting: see services/office_passwords.py)
OFFICE_HOST = Setting("office/host", "", str)
OFFICE_PORT = Setting("office/port", 5432, int)
OFFICE_DATABASE = Setting("office/database", "", str)
OFFICE_LOGIN = Setting("office/login", "", str)
OFFICE_TLS = Setting("office/tls", True, bool)
OFFICE_SYNC_EVERY_MINUTES = Setting("office/sync_every_minutes", 5, int)  # 0: only by hand
