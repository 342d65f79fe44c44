"""export-package, import-package and conflicts through the installed command."""

import json
import subprocess
import sys
import zipfile


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "score_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_demo_travels_by_package_and_arrives_whole(tmp_path):
    hoa, an = tmp_path / "hoa.sqlite3", tmp_path / "an.sqlite3"
    package = tmp_path / "demo.scorepkg"
    assert run("demo", "--database", hoa).returncode == 0
    sent = run("export-package", "--database", hoa, "--enterprise", "Hongxing", "-o", package)
    assert sent.returncode == 0, sent.stderr
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
    assert {"manifest.json", "records.json", "changes.json", "files.json"} <= set(names)
    got = run("import-package", "--database", an, package)
    assert got.returncode == 0, got.stderr
    assert "0 left in conflict" in got.stdout
    listed = [json.loads(run("list", "--json", "--database", db).stdout) for db in (hoa, an)]
    assert listed[0] == listed[1]
    again = run("import-package", "--database", an, package)
    assert "received before" in again.stdout
    assert run("conflicts", "--database", an).stdout.strip() == "No conflicts waiting."


def test_a_file_that_is_not_a_package_is_refused_with_one_line(tmp_path):
    bogus = tmp_path / "holiday.scorepkg"
    bogus.write_bytes(b"%PDF-1.7 not a zip")
    got = run("import-package", "--database", tmp_path / "an.sqlite3", bogus)
    assert got.returncode == 1
    assert "not a SCORE package" in got.stderr and "Traceback" not in got.stderr
