"""A 10,000-item plan in the editor against a bare QGraphicsScene of 10,000 plain rects.

Figures (median of several runs, seconds):
- open: on an open workspace (as in the app, where it is opened at start-up) whose enterprise
  is selected (a plan is opened from the enterprise's list of plans), read the plan's items
  from its real SQLite file, build the editor and show it until its view has painted;
  baseline: build a scene of plain rect items, show a view of it fitted to them (the editor
  opens fitted to its plan), until painted.
- open_over_unfitted_bare: the open against the same bare scene shown at 1:1, unfitted, as
  this benchmark measured it until 5 December 2026. That view painted 31 of its 10,000 rects
  (the editor paints its whole plan), so it is not the floor of the same work; kept to
  compare with earlier figures.
- read_items: of open, the part spent reading the 10,000 items as the editor does (records of
  the 2,000 shapes, the 8,000 safety symbols left as rows: see domain/plan_read.py); no
  baseline.
- repaint_fit: a full synchronous repaint of the viewport with the whole plan in view.
- repaint_zoom4x: the same at four times the fit-to-view zoom (a consultant zoomed on a hall).
- repaint_zoom4x_first: the first repaint right after that zoom (median of several zooms from
  fit), when the marker layers draw their caches again at the new zoom;
  repaint_zoom4x_first_ever: the first of them, the first zoom after the open (one sample:
  it also lays out and caches the glyphs of the names that become readable).
- open_over_bare_from_file: the open against a bare program reading the same rows from the
  same SQLite file (sqlite3, no records) and drawing them as plain rects, fitted: the floor of an
  open that reads its plan, where the bare scene above starts with its rects in memory.
- open_cpu: the same opens in the main thread's CPU time (time.thread_time): on a machine
  shared with other work, the wall-clock figures of both sides drift with the load.
- Where the open's time goes, each against the bare scene (CPU time, same runs):
  floor_read_rows: fetching the rows the editor needs (the columns of `listed_columns`,
  in the read's order) with bare sqlite3, nothing decoded; floor_empty_editor: opening the
  editor on an empty plan (of an enterprise with no other plan) until painted (toolbar,
  menus, properties, hazard register); drawing: the open less those two, the part that
  draws 10,000 items (the bare scene draws 10,000 plain rects in its whole time).
Targets: open <= 1 s, repaint <= 16 ms, ratio to the bare scene <= 2.
"""

import gc
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from painted import dispose, show_painted  # noqa: E402
from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView  # noqa: E402

from score_desktop.document.portfolio import PortfolioDocument  # noqa: E402
from score_desktop.domain.bulk import thaw  # noqa: E402
from score_desktop.domain.enterprise import Enterprise  # noqa: E402
from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind  # noqa: E402
from score_desktop.domain.geometry import Point, rectangle  # noqa: E402
from score_desktop.gui.floorplan.editor import open_plan_editor  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository  # noqa: E402
from score_desktop.storage.plan_mapping import listed_columns  # noqa: E402
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402

SIDE_UNITS = 30_000  # a 300 m square site at 1 cm per unit
SHAPES, SYMBOLS = 2_000, 8_000
RUNS = 5
OPEN_RUNS = 9  # opens and bare opens interleaved; this machine's speed drifts between runs
VIEW_SIZE = (1400, 900)


def make_items(plan_id) -> list[PlanItem]:
    rng = random.Random(7)
    items: list[PlanItem] = []
    symbols = (PlanItemKind.FIRE_EXTINGUISHER, PlanItemKind.FIRST_AID, PlanItemKind.EYEWASH)
    for n in range(SHAPES):
        x, y = rng.uniform(0, SIDE_UNITS - 800), rng.uniform(0, SIDE_UNITS - 800)
        kind = n % 3
        if kind == 0:
            items.append(
                PlanItem(
                    plan_id,
                    PlanItemKind.ZONE,
                    rectangle(Point(x, y), Point(x + 700, y + 500)),
                    label=f"Zone {n}",
                    z=n,
                )
            )
        elif kind == 1:
            items.append(
                PlanItem(plan_id, PlanItemKind.WALL, (Point(x, y), Point(x + 600, y)), z=n)
            )
        else:
            items.append(
                PlanItem(
                    plan_id,
                    PlanItemKind.MACHINE,
                    (Point(x, y),),
                    width=200,
                    height=100,
                    rotation=rng.choice((0, 15, 90)),
                    label=f"M{n}",
                    z=n,
                )
            )
    for n in range(SYMBOLS):
        point = Point(rng.uniform(0, SIDE_UNITS), rng.uniform(0, SIDE_UNITS))
        items.append(PlanItem(plan_id, symbols[n % 3], (point,), z=SHAPES + n))
    return items


def rect_items() -> list[QRectF]:
    rng = random.Random(7)
    return [
        QRectF(rng.uniform(0, SIDE_UNITS), rng.uniform(0, SIDE_UNITS), 300, 200)
        for _ in range(SHAPES + SYMBOLS)
    ]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def repaint_times(view: QGraphicsView) -> float:
    view.viewport().repaint()  # warm caches
    return statistics.median(timed(view.viewport().repaint) for _ in range(RUNS * 2))


def fit(view: QGraphicsView, rect: QRectF) -> None:
    view.fitInView(rect)


def shown(scene: QGraphicsScene, fitted: bool = True) -> tuple[QGraphicsScene, QGraphicsView]:
    """A bare view of `scene`, shown until painted; `fitted`: to all its items, as the
    editor shows its whole plan when it opens (unfitted, the view shows the scene at 1:1
    around its middle: 31 of the benchmark's 10,000 rects)."""
    view = QGraphicsView(scene)
    view.resize(*VIEW_SIZE)
    if fitted:
        fit(view, scene.itemsBoundingRect())
    show_painted(view, part=view.viewport())
    return scene, view


def run():
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        portfolio, plans = SqlPortfolioRepository(workspace), SqlFloorPlanRepository(workspace)
        enterprise = Enterprise(name="Benchmark Co.")
        portfolio.add_enterprise(enterprise)
        plan = FloorPlan(enterprise_id=enterprise.id, name="Site")
        plans.add_plan(plan, make_items(plan.id))
        other = Enterprise(name="Other Co.")  # the register lists its own enterprise's zones
        portfolio.add_enterprise(other)
        empty_plan = FloorPlan(enterprise_id=other.id, name="Empty")
        plans.add_plan(empty_plan)

        def open_editor(document, plan=plan):
            editor = open_plan_editor(document, plan.id)  # reads the plan's items, as the app
            editor.resize(*VIEW_SIZE)
            show_painted(editor, part=editor.view.viewport())
            return editor

        raw_file = sqlite3.connect(Path(folder) / "bench.sqlite3")  # open, as the workspace

        def open_bare_from_file():
            """The floor: a bare program reading the same rows from the same file (no
            records, no checks) and drawing each as a plain rect."""
            rows = raw_file.execute(
                "SELECT id, kind, points, width, height FROM plan_items"
                " WHERE plan_id = ? ORDER BY z, created_at",
                (plan.id.hex,),
            ).fetchall()
            scene = QGraphicsScene()
            for _id, _kind, points, width, height in rows:
                x, y = json.loads(points)[0]
                scene.addItem(QGraphicsRectItem(QRectF(x, y, width or 300, height or 200)))
            return shown(scene)

        read_columns = ", ".join(column.key for column in listed_columns())

        def read_rows():
            return raw_file.execute(
                f"SELECT {read_columns} FROM plan_items WHERE plan_id = ? ORDER BY z, created_at",
                (plan.id.hex,),
            ).fetchall()

        def open_bare(fitted=True):
            scene = QGraphicsScene()
            for rect in rect_items():
                scene.addItem(QGraphicsRectItem(rect))
            return shown(scene, fitted)

        # each open alone: the other side's window closed and deleted first (the editor
        # shown while the bare view opened, and a bare scene of 10,000 items alive while
        # the editor opened, each slowed the other); the last pair stays for the repaints
        open_times, bare_times, open_cpu, bare_cpu, floor_times = [], [], [], [], []
        read_cpu, empty_cpu, unfitted_times = [], [], []
        for run_number in range(OPEN_RUNS):
            last = run_number == OPEN_RUNS - 1
            document = PortfolioDocument(sql_repositories(workspace))  # opened at start-up
            document.plans_of(enterprise.id)  # the enterprise selected: its plans listed
            gc.collect()  # the last side's garbage is not this side's time
            start, cpu = time.perf_counter(), time.thread_time()
            editor = open_editor(document)
            open_times.append(time.perf_counter() - start)
            open_cpu.append(time.thread_time() - cpu)
            if not last:
                editor.close()
                dispose(editor, document)
                thaw()  # as PlanTabs.close_plan
                app.processEvents()
            gc.collect()  # the last side's garbage is not this side's time
            start, cpu = time.perf_counter(), time.thread_time()
            scene, view = open_bare()
            bare_times.append(time.perf_counter() - start)
            bare_cpu.append(time.thread_time() - cpu)
            if not last:
                view.close()
                dispose(view, scene)
                app.processEvents()
            gc.collect()  # the last side's garbage is not this side's time
            start = time.perf_counter()
            floor_scene, floor_view = open_bare_from_file()
            floor_times.append(time.perf_counter() - start)
            floor_view.close()
            dispose(floor_view, floor_scene)
            app.processEvents()
            gc.collect()  # the last side's garbage is not this side's time
            start = time.perf_counter()
            unfitted_scene, unfitted_view = open_bare(fitted=False)
            unfitted_times.append(time.perf_counter() - start)
            unfitted_view.close()
            dispose(unfitted_view, unfitted_scene)
            app.processEvents()
            gc.collect()  # the last side's garbage is not this side's time
            cpu = time.thread_time()
            assert len(read_rows()) == SHAPES + SYMBOLS
            read_cpu.append(time.thread_time() - cpu)
            document = PortfolioDocument(sql_repositories(workspace))
            document.plans_of(enterprise.id)
            gc.collect()  # the last side's garbage is not this side's time
            cpu = time.thread_time()
            empty = open_editor(document, empty_plan)
            empty_cpu.append(time.thread_time() - cpu)
            empty.close()
            dispose(empty, document)
            thaw()
            app.processEvents()

        editor.view.fit_to_plan()
        fit(view, scene.itemsBoundingRect())
        app.processEvents()
        figures = [("open", statistics.median(open_times), statistics.median(bare_times))]
        bare = statistics.median(bare_cpu)
        figures.append(("open_cpu", statistics.median(open_cpu), bare))
        read_floor, empty_editor = statistics.median(read_cpu), statistics.median(empty_cpu)
        figures.append(("floor_read_rows", read_floor, bare))
        figures.append(("floor_empty_editor", empty_editor, bare))
        drawing = statistics.median(
            o - r - e for o, r, e in zip(open_cpu, read_cpu, empty_cpu, strict=True)
        )
        figures.append(("drawing", drawing, bare))
        floor = statistics.median(floor_times)
        figures.append(("open_over_bare_from_file", statistics.median(open_times), floor))
        unfitted = statistics.median(unfitted_times)
        figures.append(("open_over_unfitted_bare", statistics.median(open_times), unfitted))
        raw_file.close()
        read = statistics.median(timed(lambda: plans.read_items(plan.id)) for _ in range(RUNS))
        figures.append(("repaint_fit", repaint_times(editor.view), repaint_times(view)))
        firsts: tuple[list[float], list[float]] = ([], [])
        for _ in range(RUNS + 1):  # from fit, zoomed in, the first repaint at the new zoom
            editor.view.fit_to_plan()
            fit(view, scene.itemsBoundingRect())
            app.processEvents()
            editor.view.viewport().repaint()
            view.viewport().repaint()
            editor.view.zoom_by(4)
            view.scale(4, 4)
            firsts[0].append(timed(editor.view.viewport().repaint))
            firsts[1].append(timed(view.viewport().repaint))
            app.processEvents()
        figures.append(("repaint_zoom4x_first_ever", firsts[0][0], firsts[1][0]))
        figures.append(("repaint_zoom4x_first", *(statistics.median(f[1:]) for f in firsts)))
        figures.append(("repaint_zoom4x", repaint_times(editor.view), repaint_times(view)))
        editor.close()
        view.close()
        workspace.close()
    yield {"figure": "read_items", "value": round(read, 4), "unit": "s"}
    for name, value, baseline in figures:
        yield {"figure": f"bare_scene_{name}", "value": round(baseline, 4), "unit": "s"}
        yield {
            "figure": name,
            "value": round(value, 4),
            "unit": "s",
            "baseline": round(baseline, 4),
            "ratio": round(value / baseline, 2),
        }
