"""Smoke test of the built bundle, not the source: run by `make bundle-test` (and CI) on
dist/score-desktop, or on the folder SCORE_DESKTOP_BUNDLE names.

Each command runs the bundle's own executable with a bare environment (no virtualenv, no
PYTHONPATH, a fresh home), from an empty folder. Workspaces are written by the source code
(as a consultant's existing workspace would be) and read by the bundle.
"""

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pillow_heif import register_heif_opener
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from score_desktop import __version__
from score_desktop.domain.enterprise import Enterprise, Headcount
from score_desktop.domain.visit import Visit
from score_desktop.storage.database import open_workspace
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from tests.test_app_under_xvfb import assert_window_painted

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("SCORE_DESKTOP_BUNDLE", ROOT / "dist" / "score-desktop")).resolve()
EXE = BUNDLE / ("score-desktop.exe" if sys.platform == "win32" else "score-desktop")

VIETNAMESE = "Lối đi bị chặn bởi phôi thép, cần dọn sạch trước thứ Hai."
CHINESE = "电缆盘堵塞了消防通道"
ARABIC = "يوجد خطر كهربائي في المصنع"


@pytest.fixture(scope="session", autouse=True)
def built_bundle():
    assert EXE.is_file(), f"no bundle at {BUNDLE}: run `make bundle` first"


@pytest.fixture
def bare_env(tmp_path):
    """What a user's desktop session gives the app: no Python of ours anywhere."""
    home = tmp_path / "home"
    home.mkdir()
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(env, *args, cwd, timeout=180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(EXE), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


def test_the_version_agrees_in_command_line_diagnostics_and_package_metadata(bare_env, tmp_path):
    version = run(bare_env, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"score-desktop {__version__}"
    diagnostics = run(bare_env, "--diagnostics", cwd=tmp_path)
    assert diagnostics.returncode == 0, diagnostics.stderr
    text = diagnostics.stdout
    assert f"SCORE Desktop: {__version__}\n" in text  # the About dialog shows this same value
    assert f"Package metadata: {__version__}\n" in text
    assert re.search(r"^Build: bundle built \d{4}-\d\d-\d\dT", text, re.M)
    assert "missing" not in text  # every library's version is known inside the bundle
    for font in ("NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "wqy-zenhei.ttc"):
        assert f"({font}, shipped)" in text  # the bundle's own fonts, not the machine's


def test_demo_and_reports_in_vietnamese_chinese_and_arabic(bare_env, tmp_path):
    demo_db = tmp_path / "demo.sqlite3"
    added = run(bare_env, "demo", "--database", str(demo_db), cwd=tmp_path)
    assert added.returncode == 0 and "Demo enterprise added." in added.stdout, added.stderr
    demo_pdf = tmp_path / "demo-vi.pdf"
    result = run(
        bare_env, "report", "--database", str(demo_db), "--enterprise", "deyang",
        "--report-language", "vi", "-o", str(demo_pdf), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = _pdftotext(demo_pdf)
    assert "Báo cáo chuyến thăm SCORE" in text and "德阳红星电缆有限公司" in text

    scripts_db = tmp_path / "scripts.sqlite3"
    workspace = open_workspace(f"sqlite:///{scripts_db}")
    try:
        repository = SqlPortfolioRepository(workspace)
        enterprise = Enterprise(
            name="مصنع النسيج الحديث", country="Egypt", region="Cairo",
            sector="C13 Manufacture of textiles", headcount=Headcount(workers_women=30),
        )  # fmt: skip
        repository.add_enterprise(enterprise)
        repository.add_visit(
            Visit(
                enterprise_id=enterprise.id,
                date=dt.date(2026, 11, 2),
                consultant="Trần Thị Hoa",
                observations=f"{VIETNAMESE}\n\n{CHINESE}\n\n{ARABIC}",
            )  # fmt: skip
        )
    finally:
        workspace.close()
    pdf = tmp_path / "scripts.pdf"
    result = run(
        bare_env, "report", "--database", str(scripts_db), "--enterprise", str(enterprise.id),
        "--report-language", "en", "-o", str(pdf), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = unicodedata.normalize("NFKC", _pdftotext(pdf))
    assert VIETNAMESE in " ".join(text.split()) and CHINESE in text and "Trần Thị Hoa" in text
    # shaped Arabic extracts as presentation forms, word by word
    for word in ARABIC.split():
        assert unicodedata.normalize("NFKC", word) in text, word


def test_the_window_starts_under_xvfb_and_paints_the_demo(bare_env, tmp_path, x_display):
    shot = tmp_path / "bundle-window.png"
    env = {**bare_env, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    result = run(
        env, "--database", str(tmp_path / "w.sqlite3"), "--demo", "--screenshot", str(shot),
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert_window_painted(shot)


def test_heic_and_jpeg_photos_and_a_pdf_plan_background_import(bare_env, tmp_path):
    register_heif_opener()
    heic = tmp_path / "IMG_0042.HEIC"
    Image.new("RGB", (640, 480), "orange").save(heic, "HEIF", quality=80)
    jpeg = tmp_path / "aisle.jpg"
    Image.new("RGB", (800, 600), "green").save(jpeg, "JPEG")
    pdf = tmp_path / "workshop.pdf"
    canvas = Canvas(str(pdf), pagesize=landscape(A4))
    canvas.rect(50, 50, 700, 480)
    canvas.drawString(100, 300, "Workshop plan")
    canvas.save()
    result = run(bare_env, "check-files", str(heic), str(jpeg), str(pdf), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "IMG_0042.HEIC: photo 640×480, stored as image/jpeg, capture time unknown"
    assert lines[1] == "aisle.jpg: photo 800×600, stored as image/jpeg, capture time unknown"
    assert lines[2].startswith("workshop.pdf: plan background, PDF page 1 of 1 rendered at ")


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_install_sh_puts_the_app_in_the_menu_for_this_user_and_takes_it_out(bare_env, tmp_path):
    home = Path(bare_env["HOME"])
    installed = subprocess.run(
        ["sh", str(BUNDLE / "install.sh")], env=bare_env, capture_output=True, text=True
    )
    assert installed.returncode == 0, installed.stderr
    entry = home / ".local/share/applications/org.scoredesktop.ScoreDesktop.desktop"
    assert f'\nExec="{EXE}"\n' in entry.read_text(encoding="utf-8")
    assert subprocess.run(["desktop-file-validate", str(entry)]).returncode == 0
    icon = home / ".local/share/icons/hicolor/48x48/apps/org.scoredesktop.ScoreDesktop.png"
    with Image.open(icon) as image:
        assert image.size == (48, 48)
    assert (home / ".local/share/metainfo/org.scoredesktop.ScoreDesktop.metainfo.xml").is_file()
    command = home / ".local/bin/score-desktop"
    version = subprocess.run(
        [str(command), "--version"], env=bare_env, capture_output=True, text=True
    )
    assert version.stdout.strip() == f"score-desktop {__version__}"
    removed = subprocess.run(
        ["sh", str(BUNDLE / "install.sh"), "--uninstall"], env=bare_env, capture_output=True
    )
    assert removed.returncode == 0 and not entry.exists() and not icon.exists()
    assert not command.exists() and EXE.is_file()  # the bundle itself stays
