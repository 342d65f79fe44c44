"""What the window brings back when the app opens again: the selected enterprise, the open
plan tabs (and the one in front) and where the user left each splitter.

Splitters are stored at each move (a crash keeps them); the enterprise and the plans when
the window closes. A stored id of a record that is gone, or text that is no id, is passed
over: a settings file never stops the window from opening.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, QObject, QSettings
from PySide6.QtWidgets import QSplitter

from .settings_keys import (
    SESSION_ENTERPRISE,
    SESSION_FRONT_PLAN,
    SESSION_PLANS,
    Setting,
)


def keep_split(settings: QSettings, setting: Setting, splitter: QSplitter) -> bool:
    """Give `splitter` the state last stored under `setting` and store each move; an
    unreadable state leaves the default split. True when a stored state was given."""
    state = setting.read(settings)
    restored = isinstance(state, QByteArray) and not state.isEmpty()
    if restored:
        restored = splitter.restoreState(state)
    splitter.splitterMoved.connect(
        lambda _pos, _index: setting.write(settings, splitter.saveState())
    )
    return bool(restored)


def _ids(text: str) -> list[uuid.UUID]:
    found = []
    for word in text.split():
        try:
            found.append(uuid.UUID(hex=word))
        except ValueError:
            continue
    return found


class SessionState(QObject):
    """Needs a window with `document`, `settings`, `portfolio_panel`, `plan_tabs`, `tabs`."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.restored = False

    def restore(self) -> None:
        """Once, when the first workspace is shown: later swaps (a backup restored) start
        from the portfolio."""
        if self.restored or not self.window.document.is_attached():
            return
        self.restored = True
        window, document, settings = self.window, self.window.document, self.window.settings
        for enterprise_id in _ids(SESSION_ENTERPRISE.read(settings)):
            if document.has_enterprise(enterprise_id):
                window.portfolio_panel.select_enterprise(enterprise_id)
        plans = [p for p in _ids(SESSION_PLANS.read(settings)) if document.has_plan(p)]
        front = next(iter(_ids(SESSION_FRONT_PLAN.read(settings))), None)
        for plan_id in plans:
            window.plan_tabs.open_plan(plan_id)
        if front in window.plan_tabs.editors:
            window.tabs.setCurrentWidget(window.plan_tabs.editors[front])
        else:
            window.tabs.setCurrentIndex(0)

    def save(self) -> None:
        window, settings = self.window, self.window.settings
        if not window.document.is_attached():
            return  # closed before the workspace opened: keep what the last session left
        enterprise_id = window.portfolio_panel.current_enterprise_id()
        SESSION_ENTERPRISE.write(settings, enterprise_id.hex if enterprise_id else "")
        tabs, editors = window.tabs, window.plan_tabs.editors
        in_order = sorted(editors, key=lambda plan_id: tabs.indexOf(editors[plan_id]))
        SESSION_PLANS.write(settings, " ".join(plan_id.hex for plan_id in in_order))
        front = window.plan_tabs.current_editor()
        front_id = next((p for p, e in editors.items() if e is front), None)
        SESSION_FRONT_PLAN.write(settings, front_id.hex if front_id else "")
