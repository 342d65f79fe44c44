"""Translated labels of EIT and EIP enums (the domain keeps English source texts), in the
domain's context: `translated` is the one helper of gui/i18n.py."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain.improvement import ProjectSource, ProjectStatus, ReviewOutcome
from ...domain.team import EitRole, Sex, SuggestionStatus
from ..i18n import translated

STATUS_LABELS = {
    ProjectStatus.PLANNED: QT_TRANSLATE_NOOP("Domain", "Planned"),
    ProjectStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Domain", "In progress"),
    ProjectStatus.DONE: QT_TRANSLATE_NOOP("Domain", "Done"),
    ProjectStatus.VERIFIED: QT_TRANSLATE_NOOP("Domain", "Verified"),
    ProjectStatus.ON_HOLD: QT_TRANSLATE_NOOP("Domain", "On hold"),
    ProjectStatus.CANCELLED: QT_TRANSLATE_NOOP("Domain", "Cancelled"),
}
SOURCE_LABELS = {
    ProjectSource.HAZARD: QT_TRANSLATE_NOOP("Domain", "Hazard"),
    ProjectSource.SUGGESTION: QT_TRANSLATE_NOOP("Domain", "Suggestion"),
    ProjectSource.CHECKLIST: QT_TRANSLATE_NOOP("Domain", "Checklist item"),
    ProjectSource.BASELINE: QT_TRANSLATE_NOOP("Domain", "Baseline finding"),
    ProjectSource.CONSULTANT: QT_TRANSLATE_NOOP("Domain", "Consultant"),
}
ROLE_LABELS = {
    EitRole.OWNER: QT_TRANSLATE_NOOP("Domain", "Owner"),
    EitRole.MANAGER: QT_TRANSLATE_NOOP("Domain", "Manager"),
    EitRole.SUPERVISOR: QT_TRANSLATE_NOOP("Domain", "Supervisor"),
    EitRole.WORKER: QT_TRANSLATE_NOOP("Domain", "Worker"),
}
SEX_LABELS = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Domain", "Woman"),
    Sex.MALE: QT_TRANSLATE_NOOP("Domain", "Man"),
}
SUGGESTION_LABELS = {
    SuggestionStatus.RECEIVED: QT_TRANSLATE_NOOP("Domain", "Received"),
    SuggestionStatus.ACCEPTED: QT_TRANSLATE_NOOP("Domain", "Accepted"),
    SuggestionStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("Domain", "Implemented"),
    SuggestionStatus.REJECTED: QT_TRANSLATE_NOOP("Domain", "Rejected"),
}
OUTCOME_LABELS = {
    ReviewOutcome.PENDING: QT_TRANSLATE_NOOP("Domain", "To review"),
    ReviewOutcome.DONE: QT_TRANSLATE_NOOP("Domain", "Done"),
    ReviewOutcome.VERIFIED: QT_TRANSLATE_NOOP("Domain", "Verified"),
    ReviewOutcome.RESCORED: QT_TRANSLATE_NOOP("Domain", "Re-scored"),
    ReviewOutcome.CARRIED_ON: QT_TRANSLATE_NOOP("Domain", "Carried on"),
}


def fill_combo(combo, labels: dict) -> None:
    for value, label in labels.items():
        combo.addItem(translated(label), value.value)
