"""1,400 enterprises × 36 months × 20 indicators (about a million values) against the same
operations with 14 enterprises.

Figures (median of several runs, seconds), each printed with the 14-enterprise run as
baseline:
- portfolio_mean: the monthly mean of one indicator over every enterprise, as the programme
  view asks for it (a grouped query over the selected enterprises' ids);
- open_dashboard: one enterprise's indicators tab: load its entries, fill the grid, draw the
  dashboard's small multiples.
Target: each <= 100 ms with 1,400 enterprises. SCORE_BENCH_ENTERPRISES changes the large
count (default 1400).
"""

import datetime as dt
import os
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from painted import dispose  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from score_desktop.document.portfolio import PortfolioDocument  # noqa: E402
from score_desktop.domain.enterprise import Enterprise  # noqa: E402
from score_desktop.domain.indicators import (  # noqa: E402
    DEFAULT_INDICATORS,
    EntryKind,
    Source,
    months_between,
)
from score_desktop.gui.indicators.indicators_panel import IndicatorsPanel  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402
from score_desktop.storage.schema import IndicatorEntryRow  # noqa: E402

RUNS = 5
LARGE = int(os.environ.get("SCORE_BENCH_ENTERPRISES", "1400"))
SMALL = 14
INDICATORS = [i for i in DEFAULT_INDICATORS if i.source is Source.ENTERED][:14]
EXTRA = 20 - len(INDICATORS)  # the rest of the 20 per month: sex-split rows
today = dt.date.today().replace(day=1)
MONTHS = months_between((today - dt.timedelta(days=35 * 31)).replace(day=1), today)[-36:]


def median(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def seed(workspace, count: int) -> list[uuid.UUID]:
    repositories = sql_repositories(workspace)
    rng = random.Random(7)
    ids = []
    for n in range(count):
        enterprise = Enterprise(
            name=f"Enterprise {n}", country=("Viet Nam", "Peru", "China")[n % 3]
        )
        repositories.portfolio.add_enterprise(enterprise)
        ids.append(enterprise.id)
    now = dt.datetime.now(dt.UTC)
    with workspace.engine.begin() as connection:
        batch = []
        for enterprise_id in ids:
            for month in MONTHS:
                for indicator in INDICATORS:
                    value = rng.uniform(1, 100)
                    batch.append(
                        {
                            "id": uuid.uuid4(),
                            "enterprise_id": enterprise_id,
                            "indicator": indicator.code,
                            "kind": EntryKind.MONTH.value,
                            "month": month,
                            "sex": "all",
                            "inputs": {"value": value},
                            "value": value,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                for k in range(EXTRA):
                    batch.append(
                        {
                            "id": uuid.uuid4(),
                            "enterprise_id": enterprise_id,
                            "indicator": ("workers", "managers", "lost_time_accidents")[k % 3],
                            "kind": EntryKind.MONTH.value,
                            "month": month,
                            "sex": ("female", "male")[k // 3 % 2] if k < 6 else f"x{k}",
                            "inputs": {"value": 1.0},
                            "value": 1.0,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                if len(batch) >= 50_000:
                    connection.execute(insert(IndicatorEntryRow), batch)
                    batch = []
        if batch:
            connection.execute(insert(IndicatorEntryRow), batch)
    return ids


def measure(app: QApplication, count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        ids = seed(workspace, count)
        document = PortfolioDocument(sql_repositories(workspace))
        code = INDICATORS[2].code

        def portfolio_mean():
            means = document.indicators.portfolio_means(code, MONTHS[0], MONTHS[-1], ids)
            assert len(means) == len(MONTHS)

        figures = {"portfolio_mean": median(portfolio_mean)}
        panels = []

        def open_dashboard():
            # read from the database each time
            document.indicators.unload_enterprise(ids[count // 2])
            panel = IndicatorsPanel(document)
            panel.resize(1400, 900)
            panel.set_enterprise(ids[count // 2])
            panel.setCurrentIndex(1)  # the dashboard
            panel.show()
            app.processEvents()
            panels.append(panel)

        figures["open_dashboard"] = median(open_dashboard)
        for panel in panels:
            panel.close()
        dispose(*panels, document)
        app.processEvents()
        workspace.close()
        return figures


def run():
    app = QApplication.instance() or QApplication([])
    small = measure(app, SMALL)
    start = time.perf_counter()
    large = measure(app, LARGE)
    yield {
        "figure": "values_in_large_workspace",
        "value": LARGE * len(MONTHS) * 20,
        "unit": "values",
    }
    yield {"figure": "large_run", "value": round(time.perf_counter() - start, 1), "unit": "s"}
    for name in ("portfolio_mean", "open_dashboard"):
        yield {"figure": f"{name}_{SMALL}", "value": round(small[name], 4), "unit": "s"}
        yield {
            "figure": f"{name}_{LARGE}",
            "value": round(large[name], 4),
            "unit": "s",
            "baseline": round(small[name], 4),
            "ratio": round(large[name] / small[name], 2),
            "target": "<= 0.1 s",
        }
