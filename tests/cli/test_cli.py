"""The installed `score-desktop` command, run as a subprocess like a script would."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from score_desktop import __version__

EXE = Path(sys.executable).with_name("score-desktop")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(EXE), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=os.environ.copy(),
    )


@pytest.fixture
def demo_db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    result = run("demo", "--database", url)
    assert result.returncode == 0, result.stderr
    assert "Demo enterprise added." in result.stdout
    return url


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"score-desktop {__version__}"


def test_python_dash_m_runs_the_same_entry_point():
    result = subprocess.run(
        [sys.executable, "-m", "score_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == f"score-desktop {__version__}"


def test_demo_is_idempotent(demo_db):
    result = run("demo", "--database", demo_db)
    assert result.returncode == 0 and "already there" in result.stdout


def test_list_as_text_and_json(demo_db):
    text = run("list", "--database", demo_db)
    assert text.returncode == 0
    assert "Deyang Hongxing Cable" in text.stdout and "2026-09-08  intake" in text.stdout
    data = json.loads(run("list", "--database", demo_db, "--json").stdout)
    assert data[0]["name"].startswith("Deyang Hongxing Cable")
    assert [v["date"] for v in data[0]["visits"]] == [
        "2026-06-16",
        "2026-07-21",
        "2026-09-08",
        "2026-10-13",
    ]
    assert {"id", "date", "type", "module"} == set(data[0]["visits"][0])


def test_report_by_name_part_and_date(demo_db, tmp_path):
    out = tmp_path / "visit.pdf"
    result = run(
        "report",
        "--database",
        demo_db,
        "--enterprise",
        "hongxing",
        "--visit",
        "2026-09-08",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text()
    assert "2026-09-08" in text and "Zhang Wei" in text
    everything = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    for section in ("Hazard register", "Enterprise Improvement Plan", "Key indicators"):
        assert section in everything  # from the workspace, as in the window


def test_report_by_ids_and_latest(demo_db, tmp_path):
    data = json.loads(run("list", "--database", demo_db, "--json").stdout)
    enterprise_id, first_visit = data[0]["id"], data[0]["visits"][0]["id"]
    by_id = tmp_path / "by-id.pdf"
    assert (
        run(
            "report",
            "--database",
            demo_db,
            "--enterprise",
            enterprise_id,
            "--visit",
            first_visit,
            "-o",
            str(by_id),
        ).returncode
        == 0
    )
    assert "2026-06-16" in PdfReader(by_id).pages[0].extract_text()
    latest = tmp_path / "latest.pdf"
    assert (
        run(
            "report",
            "--database",
            demo_db,
            "--enterprise",
            "deyang",
            "--visit",
            "latest",
            "-o",
            str(latest),
        ).returncode
        == 0
    )
    assert "2026-10-13" in PdfReader(latest).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--enterprise", "Lima"), "No enterprise name contains"),
        (("--enterprise", "deyang", "--visit", "2020-01-01"), "No visit on 2020-01-01"),
        (("--enterprise", "deyang", "--visit", "soon"), "neither a visit id"),
    ],
)
def test_report_errors_go_to_stderr_with_nonzero_exit(demo_db, tmp_path, args, message):
    result = run("report", "--database", demo_db, *args, "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_folder_is_a_clear_error(demo_db, tmp_path):
    result = run(
        "report",
        "--database",
        demo_db,
        "--enterprise",
        "deyang",
        "-o",
        str(tmp_path / "no" / "such" / "r.pdf"),
    )
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_newer_database_is_refused_by_every_command(demo_db, tmp_path):
    path = demo_db.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = 'zzzz_newer'")
    conn.close()
    result = run("list", "--database", demo_db)
    assert result.returncode == 1 and "newer version" in result.stderr


def test_plain_file_path_is_accepted_as_sqlite(tmp_path):
    path = tmp_path / "plain.sqlite3"
    assert run("demo", "--database", str(path)).returncode == 0
    assert "Deyang" in run("list", "--database", str(path)).stdout


def test_usage_errors_exit_with_2():
    result = run("report", "--enterprise", "x")
    assert result.returncode == 2 and "required" in result.stderr


def test_eip_and_progress_reports_with_language_paper_and_progress(demo_db, tmp_path):
    eip = tmp_path / "eip.pdf"
    result = run(
        "report", "--database", demo_db, "--enterprise", "deyang", "--kind", "eip",
        "--report-language", "fr", "--paper", "Letter", "-o", str(eip),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Mise en page: 100 %" in result.stderr  # progress on stderr, in the report language
    assert result.stdout.strip() == str(eip)
    reader = PdfReader(eip)
    assert float(reader.pages[0].mediabox.width) == 612
    assert "Plan d'amélioration de l'entreprise" in reader.pages[0].extract_text()

    progress = tmp_path / "progress.pdf"
    result = run(
        "report", "--database", demo_db, "--enterprise", "deyang", "--kind", "progress",
        "--month", "2026-08", "--to", "2026-10", "-o", str(progress),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(progress).pages)
    assert "Monthly progress report" in text and "2026-08 – 2026-10" in text


def test_visit_report_sections_from_the_command_line(demo_db, tmp_path):
    out = tmp_path / "short.pdf"
    result = run(
        "report", "--database", demo_db, "--enterprise", "deyang",
        "--sections", "hazards,signatures", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Hazard register" in text and "Signatures" in text and "Floor plan" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--kind", "progress", "--month", "October"), "is not a month like 2026-10"),
        (("--kind", "progress", "--month", "2026-10", "--to", "2026-09"), "ends before"),
        (("--sections", "hazards,gossip"), "Unknown report section “gossip”"),
        (("--report-language", "xx"), "not “xx”"),
    ],
)
def test_report_option_errors_are_clear(demo_db, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    result = run("report", "--database", demo_db, "--enterprise", "deyang", *args, "-o", str(out))
    assert result.returncode == 1 and message in result.stderr
    assert not out.exists()
