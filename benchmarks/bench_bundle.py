"""The PyInstaller bundle against the source install: size, and start to paint.

The bundle is dist/score-desktop (`make bundle`) or the folder SCORE_DESKTOP_BUNDLE names.
Each start is a new process timed from launch to the paint it reports (--exit-after-shown,
as in bench_startup.py), runs interleaved; the baseline is the source install started the
same way on the same demo workspace. Target: ratio < 2 for the shown window.
- bundle_size: the one-folder bundle on disk; bundle_tar_gz: its archive, when built.
- window_shown / portfolio_shown: the main window, then the opened demo workspace.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import _medians  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = Path(os.environ.get("SCORE_DESKTOP_BUNDLE", ROOT / "dist" / "score-desktop"))


def _megabytes(paths) -> float:
    """Bytes on disk once: the bundle links some libraries under two names."""
    files = [p for p in paths if p.is_file() and not p.is_symlink()]
    return round(sum(p.stat().st_size for p in files) / 1e6, 1)


def run():
    exe = BUNDLE / "score-desktop"
    if not exe.is_file():
        raise RuntimeError(f"no bundle at {BUNDLE}: run `make bundle` first")
    yield {"figure": "bundle_size", "value": _megabytes(BUNDLE.rglob("*")), "unit": "MB"}
    archives = sorted(BUNDLE.parent.glob("score-desktop-*.tar.gz"))
    if archives:
        yield {"figure": "bundle_tar_gz", "value": _megabytes(archives[-1:]), "unit": "MB"}
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode caches
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(home) / var.lower())
        database = str(Path(home) / "demo.sqlite3")
        subprocess.run([str(exe), "demo", "--database", database], env=env, check=True)
        source = [sys.executable, "-m", "score_desktop", "--database", database]
        bundle = [str(exe), "--database", database]
        medians = _medians(
            [
                [*source, "--exit-after-shown", "window"],
                [*bundle, "--exit-after-shown", "window"],
                [*source, "--exit-after-shown", "portfolio"],
                [*bundle, "--exit-after-shown", "portfolio"],
            ],
            env,
        )
    source_window, bundle_window, source_portfolio, bundle_portfolio = medians
    for figure, value, baseline in (
        ("window_shown", bundle_window, source_window),
        ("portfolio_shown", bundle_portfolio, source_portfolio),
    ):
        yield {
            "figure": figure,
            "value": round(value, 4),
            "unit": "s",
            "baseline": round(baseline, 4),
            "ratio": round(value / baseline, 3),
        }
