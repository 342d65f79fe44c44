"""A project that acts on hazards, saved as done: the window offers to mark its hazards
controlled in the same undo step (the register kept them open after their project was
done, and the plan's pins and the report went on showing the initial risk)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...document.commands import CompositeCommand
from ...document.hazard_commands import UpdateHazardsCommand
from ...document.improvement_commands import UpdateRecordsCommand
from ...document.portfolio import PortfolioDocument
from ...domain.hazard import Hazard, HazardStatus
from ...domain.improvement import ImprovementProject, ProjectStatus
from ..message_boxes import open_question

DONE = (ProjectStatus.DONE, ProjectStatus.VERIFIED)
CONTROLLED = (HazardStatus.CONTROLLED, HazardStatus.VERIFIED)


def hazards_to_close(
    document: PortfolioDocument, before: ImprovementProject, after: ImprovementProject
) -> list[Hazard]:
    """The project's hazards not controlled yet, if this edit makes the project done."""
    if after.status not in DONE or before.status in DONE:
        return []
    register = document.hazards
    found = [register.hazard(i) for i in after.hazard_ids if register.has(i)]
    return [h for h in found if h.status not in CONTROLLED]


class HazardFollowUp(QObject):
    """The question and the undo step's words (a QObject for tr()'s plural forms)."""

    def question(self, project: ImprovementProject, hazards: list[Hazard]) -> str:
        done = self.tr("“%1” is done.").replace("%1", project.title)
        asked = self.tr("Are the controls of its %n hazard(s) in place?", "", len(hazards))
        answers = self.tr("Yes marks them controlled (one step to undo); No saves the project.")
        names = "\n".join(f"• {h.title}" for h in hazards)
        return f"{done} {asked}\n{names}\n\n{answers}"

    def title(self) -> str:
        return self.tr("Hazards of the project")

    def step(self, text: str, count: int) -> str:
        return self.tr("%1 and mark its %n hazard(s) controlled", "", count).replace("%1", text)


def save_project(
    parent: QWidget,
    document: PortfolioDocument,
    before: ImprovementProject,
    after: ImprovementProject,
    text: str,
) -> bool:
    """Save the edited project; if it is now done and acts on open hazards, ask first
    whether they are controlled too (Yes: one undo step for both). False if the save
    failed; True once saved or asked."""
    hazards = hazards_to_close(document, before, after)
    if not hazards or document.reviewing:  # a manager reviewing does not edit hazards
        return document.push(UpdateRecordsCommand(document, [after], text))
    words = HazardFollowUp(parent)

    def controlled() -> None:
        closed = [dataclasses.replace(h, status=HazardStatus.CONTROLLED) for h in hazards]
        label = words.step(text, len(hazards))
        parts = [
            UpdateRecordsCommand(document, [after], text),
            UpdateHazardsCommand(document, closed, label),
        ]
        document.push(CompositeCommand(document, label, parts))

    open_question(
        parent,
        words.title(),
        words.question(after, hazards),
        controlled,
        "hazard_followup_box",
        on_no=lambda: document.push(UpdateRecordsCommand(document, [after], text)),
    )
    return True
