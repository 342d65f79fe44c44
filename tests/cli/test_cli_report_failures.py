"""A report that fails prints one line on stderr, never a traceback, and leaves no file.

Run in this process (the subprocess tests run the installed command), with the report made
to fail from inside: these failures have no known cause left in real data.
"""

import pytest
from reportlab.platypus import Flowable

from score_desktop.arguments import build_parser
from score_desktop.cli import run_headless
from score_desktop.services.reporting import visit_report


def cli(*argv: str) -> int:
    return run_headless(build_parser().parse_args(argv))


class TallerThanAnyPage(Flowable):
    def wrap(self, available_width, available_height):
        return available_width, 5000


@pytest.fixture
def database(tmp_path, capsys) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert cli("demo", "--database", url) == 0
    capsys.readouterr()
    return url


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (
            lambda *_args: [TallerThanAnyPage()],
            "The report could not be laid out: a part is larger than a page (page ",
        ),
        (
            lambda *_args: 1 / 0,
            "The report could not be written (ZeroDivisionError: division by zero).",
        ),
    ],
)
def test_a_failed_report_is_one_line(database, tmp_path, capsys, monkeypatch, failure, message):
    monkeypatch.setattr(visit_report, "signature_block", failure)
    target = tmp_path / "report.pdf"
    code = cli("report", "--database", database, "--enterprise", "deyang", "-o", str(target))
    err = capsys.readouterr().err
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("score-desktop:")]
    assert len(errors) == 1 and message in errors[0], err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".report-*"))
