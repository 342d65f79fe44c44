"""The manager's review mode, shared by the comment and review-mode tests."""

import dataclasses

import pytest

from score_desktop.domain.history import Person, Role
from score_desktop.gui.actions import ActionId
from score_desktop.services.demo import DEMO_ENTERPRISE_ID

MANAGER = Person("Lan Pham", Role.MANAGER)


@pytest.fixture
def reviewing(qtbot, demo_window):
    """The demo with a project whose responsible EIT member is the manager, who is now the
    person using the app."""
    document = demo_window.document
    document.set_author(Person("Hoa Tran"))
    members = document.improvement.members_of(DEMO_ENTERPRISE_ID)
    member = dataclasses.replace(members[0], name="Lan Pham")
    from score_desktop.document.improvement_commands import UpdateRecordsCommand

    assert document.push(UpdateRecordsCommand(document, [member], "Rename"))
    projects = document.improvement.projects_of(DEMO_ENTERPRISE_ID)
    mine = next(p for p in projects if p.responsible_id == member.id)
    theirs = next(p for p in projects if p.responsible_id != member.id)
    demo_window.history_actions.set_person(MANAGER)
    assert document.reviewing
    demo_window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    page = demo_window.improvement_tabs.pages[DEMO_ENTERPRISE_ID]
    return page, mine, theirs
