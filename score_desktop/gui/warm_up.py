"""Loading the plan editor's modules while the app is idle after start-up.

The window paints without them (see the startup benchmark), so the first plan opened in a
session used to import them: about 57 modules, 120-150 ms of a first open that took 270 ms,
against 65-80 ms for later ones. Half a second after the workspace is shown they are imported
a group per event-loop turn, so that a click or a repaint waits for one group at most.
"""

import importlib
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 500  # after the workspace is shown: its first paint comes first

# Each imports what it needs: a group per turn, lower layers first.
PLAN_EDITOR_GROUPS = (
    "score_desktop.document.plan_commands",
    "score_desktop.document.hazard_commands",
    "score_desktop.document.photo_commands",
    "score_desktop.gui.photos.viewer",
    "score_desktop.gui.photos.gallery",
    "score_desktop.gui.hazards.hazard_dialog",
    "score_desktop.gui.hazards.register_model",
    "score_desktop.gui.hazards.risk_matrix",
    "score_desktop.gui.hazards.bands_dialog",
    "score_desktop.gui.hazards.register_panel",
    "score_desktop.gui.floorplan.items",
    "score_desktop.gui.floorplan.hazard_pins",
    "score_desktop.gui.floorplan.scene",
    "PySide6.QtSvg",
    "score_desktop.gui.floorplan.plan_files",
    "score_desktop.gui.floorplan.properties",
    "score_desktop.gui.floorplan.tools",
    "score_desktop.gui.floorplan.view",
    "score_desktop.gui.floorplan.editor",
)


def import_when_idle(
    owner: QObject,
    modules: Sequence[str] = PLAN_EDITOR_GROUPS,
    delay_ms: int = DELAY_MS,
    done: Callable[[], None] | None = None,
    importer: Callable[[str], object] = importlib.import_module,
) -> None:
    """Import `modules` one per event-loop turn, starting after `delay_ms`; then `done`.
    Nothing more is imported once `owner` (the window) is gone."""
    remaining = list(modules)
    timer = QTimer(owner)  # goes with the window, and holds the chain while it runs
    timer.setSingleShot(True)

    def next_group() -> None:
        if not remaining:
            timer.deleteLater()
            if done is not None:
                done()
            return
        name = remaining.pop(0)
        try:
            importer(name)
        except Exception:  # the plan's open will meet it and say so; not now, unasked
            logging.getLogger(__name__).exception("Could not load %s ahead of use", name)
            timer.deleteLater()
            return
        timer.start(0)

    timer.timeout.connect(next_group)
    timer.start(delay_ms)
