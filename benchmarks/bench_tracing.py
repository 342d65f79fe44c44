"""Object snap on bench_floorplan's 10,000-item plan (2,000 zones, walls and machines, 8,000
safety symbols), as the pointer moves while a wall is drawn.

Figures (median over 2,000 pointer positions, seconds per position):
- snap: `ObjectSnap.target` at the view's zoom after fit-and-4x (the snap square is 8 screen
  pixels), through the scene's BSP index and the symbol layer's grid;
  baseline: `QGraphicsScene.items(rect)` over the same square on a bare scene of 10,000
  rects (the index query alone, nothing made of what it finds).
- snap_every_item: the same answer from a loop over every record (what the index saves).
Target: ratio to the bare query <= 10 (the bare query is one call into Qt; snap adds the
symbol grid and the nearest-target search in Python), and well under a millisecond a
position, so snap keeps up with the pointer on any plan. Measured on the shared two-core
machine: snap 52 us against 7 us (7.4x); every item looped over: 70 ms (1,300x snap).
"""

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_floorplan import SIDE_UNITS, VIEW_SIZE, make_items, rect_items  # noqa: E402
from painted import show_painted  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene  # noqa: E402

from score_desktop.document.portfolio import PortfolioDocument  # noqa: E402
from score_desktop.domain.drafting import nearest_target  # noqa: E402
from score_desktop.domain.enterprise import Enterprise  # noqa: E402
from score_desktop.domain.floorplan import FloorPlan  # noqa: E402
from score_desktop.domain.geometry import Point  # noqa: E402
from score_desktop.gui.floorplan.drafting_aids import SNAP_PX  # noqa: E402
from score_desktop.gui.floorplan.editor import open_plan_editor  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository  # noqa: E402
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402

POSITIONS = 2_000
EVERY_ITEM_POSITIONS = 50  # the loop over every item is slow: fewer positions


def per_call(action, points) -> float:
    times = []
    for point in points:
        start = time.perf_counter()
        action(point)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run():
    app = QApplication.instance() or QApplication([])
    rng = random.Random(11)
    points = [
        QPointF(rng.uniform(0, SIDE_UNITS), rng.uniform(0, SIDE_UNITS)) for _ in range(POSITIONS)
    ]
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        enterprise = Enterprise(name="Benchmark Co.")
        SqlPortfolioRepository(workspace).add_enterprise(enterprise)
        plan = FloorPlan(enterprise_id=enterprise.id, name="Site")
        SqlFloorPlanRepository(workspace).add_plan(plan, make_items(plan.id))
        document = PortfolioDocument(sql_repositories(workspace))
        editor = open_plan_editor(document, plan.id)
        editor.resize(*VIEW_SIZE)
        show_painted(editor, part=editor.view.viewport())
        editor.view.fit_to_plan()
        editor.view.zoom_by(4)
        zoom = editor.view.transform().m11()
        reach = SNAP_PX / zoom
        snap = editor.scene.object_snap
        snapped = per_call(snap.target, points)
        records = editor.plan_document.items()
        every = per_call(
            lambda p: nearest_target(Point(p.x(), p.y()), records, reach),
            points[:EVERY_ITEM_POSITIONS],
        )

        bare = QGraphicsScene()
        for rect in rect_items():
            bare.addItem(QGraphicsRectItem(rect))
        app.processEvents()  # Qt files new items in its BSP index from the event loop
        bare.items(QRectF(0, 0, 1, 1))

        def bare_query(p: QPointF):
            square = QRectF(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach)
            return bare.items(square, Qt.ItemSelectionMode.IntersectsItemBoundingRect)

        baseline = per_call(bare_query, points)
        editor.close()
        workspace.close()
    yield {"figure": "bare_scene_query", "value": round(baseline, 7), "unit": "s"}
    yield {
        "figure": "snap",
        "value": round(snapped, 7),
        "unit": "s",
        "baseline": round(baseline, 7),
        "ratio": round(snapped / baseline, 2),
    }
    yield {
        "figure": "snap_every_item",
        "value": round(every, 7),
        "unit": "s",
        "baseline": round(snapped, 7),
        "ratio": round(every / snapped, 1),
    }
