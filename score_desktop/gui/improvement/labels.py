"""Translated labels of EIT and EIP enums (the domain keeps English source texts)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.improvement import ProjectSource, ProjectStatus, ReviewOutcome
from ...domain.team import EitRole, Sex, SuggestionStatus

STATUS_LABELS = {
    ProjectStatus.PLANNED: QT_TRANSLATE_NOOP("Improvement", "Planned"),
    ProjectStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Improvement", "In progress"),
    ProjectStatus.DONE: QT_TRANSLATE_NOOP("Improvement", "Done"),
    ProjectStatus.VERIFIED: QT_TRANSLATE_NOOP("Improvement", "Verified"),
    ProjectStatus.ON_HOLD: QT_TRANSLATE_NOOP("Improvement", "On hold"),
    ProjectStatus.CANCELLED: QT_TRANSLATE_NOOP("Improvement", "Cancelled"),
}
SOURCE_LABELS = {
    ProjectSource.HAZARD: QT_TRANSLATE_NOOP("Improvement", "Hazard"),
    ProjectSource.SUGGESTION: QT_TRANSLATE_NOOP("Improvement", "Suggestion"),
    ProjectSource.CHECKLIST: QT_TRANSLATE_NOOP("Improvement", "Checklist item"),
    ProjectSource.BASELINE: QT_TRANSLATE_NOOP("Improvement", "Baseline finding"),
    ProjectSource.CONSULTANT: QT_TRANSLATE_NOOP("Improvement", "Consultant"),
}
ROLE_LABELS = {
    EitRole.OWNER: QT_TRANSLATE_NOOP("Improvement", "Owner"),
    EitRole.MANAGER: QT_TRANSLATE_NOOP("Improvement", "Manager"),
    EitRole.SUPERVISOR: QT_TRANSLATE_NOOP("Improvement", "Supervisor"),
    EitRole.WORKER: QT_TRANSLATE_NOOP("Improvement", "Worker"),
}
SEX_LABELS = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Improvement", "Woman"),
    Sex.MALE: QT_TRANSLATE_NOOP("Improvement", "Man"),
}
SUGGESTION_LABELS = {
    SuggestionStatus.RECEIVED: QT_TRANSLATE_NOOP("Improvement", "Received"),
    SuggestionStatus.ACCEPTED: QT_TRANSLATE_NOOP("Improvement", "Accepted"),
    SuggestionStatus.IMPLEMENTED: QT_TRANSLATE_NOOP("Improvement", "Implemented"),
    SuggestionStatus.REJECTED: QT_TRANSLATE_NOOP("Improvement", "Rejected"),
}
OUTCOME_LABELS = {
    ReviewOutcome.PENDING: QT_TRANSLATE_NOOP("Improvement", "To review"),
    ReviewOutcome.DONE: QT_TRANSLATE_NOOP("Improvement", "Done"),
    ReviewOutcome.VERIFIED: QT_TRANSLATE_NOOP("Improvement", "Verified"),
    ReviewOutcome.RESCORED: QT_TRANSLATE_NOOP("Improvement", "Re-scored"),
    ReviewOutcome.CARRIED_ON: QT_TRANSLATE_NOOP("Improvement", "Carried on"),
}


def translated(text: str) -> str:
    return QCoreApplication.translate("Improvement", text)


def fill_combo(combo, labels: dict) -> None:
    for value, label in labels.items():
        combo.addItem(translated(label), value.value)
