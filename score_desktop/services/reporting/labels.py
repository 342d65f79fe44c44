"""Names of the domain's values as the report prints them, in the report's language.

The English names are the catalogue keys (see i18n.py); built-in catalogue entries (visit
types, modules, hazard categories) are translated the same way, user-made ones print as typed.
"""

from .i18n import Translator

STATUS_NAMES = {
    "open": "Open",
    "in_progress": "In progress",
    "controlled": "Controlled",
    "verified": "Verified",
    "planned": "Planned",
    "done": "Done",
    "on_hold": "On hold",
    "cancelled": "Cancelled",
}
LEVEL_NAMES = {
    "elimination": "1 Elimination",
    "substitution": "2 Substitution",
    "engineering": "3 Engineering",
    "administrative": "4 Administrative",
    "ppe": "5 PPE",
}
IDENTIFIED_BY_NAMES = {
    "consultant": "Consultant",
    "inspector": "Safety inspector",
    "eit": "EIT",
    "workers_mapping": "Workers' risk mapping",
}
ROLE_NAMES = {
    "owner": "Owner",
    "manager": "Manager",
    "supervisor": "Supervisor",
    "worker": "Worker",
}
PIN_RISK_NOTES = {  # which of its ratings a pin on the printed plan shows (a RiskView)
    "current": "Pins show the current risk: the initial rating until the controls are in "
    "place (controlled or verified), then the residual rating.",
    "initial": "Pins show the initial risk.",
    "residual": "Pins show the residual risk, with the proposed controls.",
}

# Every value of the tables above is a message of the catalogues (tests check it).
TABLES = (STATUS_NAMES, LEVEL_NAMES, IDENTIFIED_BY_NAMES, ROLE_NAMES, PIN_RISK_NOTES)


def status_name(t: Translator, status) -> str:
    return t(STATUS_NAMES[status.value])


def control_level(t: Translator, level) -> str:
    return t(LEVEL_NAMES[level.value])


def identified_by(t: Translator, who) -> str:
    return t(IDENTIFIED_BY_NAMES[who.value])


def role_name(t: Translator, role) -> str:
    return t(ROLE_NAMES[role.value])


def pin_risk_note(t: Translator, view) -> str:
    return t(PIN_RISK_NOTES[view.value])
