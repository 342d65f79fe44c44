"""Command-line arguments. Light on imports: parsed before the window is shown."""

import argparse
from pathlib import Path

from . import __version__

READ_ONLY_HELP = (
    "open the workspace read-only (browse and export, no edits); a workspace whose folder "
    "or file cannot be written is always opened so"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="score-desktop",
        description="SCORE Desktop: enterprises, visits and reports for SCORE consultants.",
    )
    parser.add_argument("--version", action="version", version=f"score-desktop {__version__}")
    parser.add_argument(
        "--diagnostics",
        action="store_true",
        help="print versions, platform and report fonts for a support request, then exit",
    )
    database_help = "workspace database: SQLAlchemy URL or SQLite file path (default: user data)"
    parser.add_argument("--database", metavar="URL", help=database_help)
    parser.add_argument("--read-only", action="store_true", help=READ_ONLY_HELP)
    parser.add_argument("--demo", action="store_true", help="load the demo enterprise at start")
    parser.add_argument("--language", metavar="CODE", help="UI language, e.g. en or zh_CN")
    parser.add_argument("--screenshot", metavar="PNG", type=Path, help=argparse.SUPPRESS)
    # For the startup benchmark: quit once the window ("window") or the workspace ("portfolio")
    # is on screen, printing "painted STAGE <Unix time>" to stdout at that moment (the
    # benchmark times launch to paint; tearing the interpreter down is not part of a start).
    parser.add_argument(
        "--exit-after-shown",
        nargs="?",
        const="portfolio",
        choices=("window", "portfolio"),
        help=argparse.SUPPRESS,
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="add the demo enterprise to a workspace")
    demo.add_argument("--database", metavar="URL", help=database_help)

    report = commands.add_parser("report", help="write a visit, EIP or monthly report PDF")
    report.add_argument("--database", metavar="URL", help=database_help)
    report.add_argument("--read-only", action="store_true", help=READ_ONLY_HELP)
    report.add_argument("--enterprise", required=True, help="id or part of the name")
    report.add_argument(
        "--kind",
        choices=("visit", "eip", "progress"),
        default="visit",
        help="visit report (default), EIP report or monthly progress report",
    )
    report.add_argument("--visit", default="latest", help="visit id, date YYYY-MM-DD or latest")
    report.add_argument(
        "--month", metavar="YYYY-MM", help="progress report: the month (default: last month)"
    )
    report.add_argument(
        "--to", metavar="YYYY-MM", help="progress report: last month of a range from --month"
    )
    report.add_argument("--report-language", metavar="CODE", help="en, zh_CN, es, fr or vi")
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    report.add_argument(
        "--sections",
        metavar="LIST",
        help="visit report: comma-separated sections to print (default: all): "
        "summary,visit,plan,risk_matrix,hazards,hazard_details,before_after,checklists,eip,"
        "indicators,"
        "signatures",
    )
    report.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")

    listing = commands.add_parser("list", help="print enterprises and their visits")
    listing.add_argument("--database", metavar="URL", help=database_help)
    listing.add_argument("--read-only", action="store_true", help=READ_ONLY_HELP)
    listing.add_argument("--json", action="store_true", help="machine-readable output")

    recover = commands.add_parser(
        "recover", help="copy what can be read from a damaged workspace into a new file"
    )
    recover.add_argument("damaged", type=Path, help="the damaged workspace (left unchanged)")
    recover.add_argument("new", type=Path, help="the new workspace file to write")

    verify = commands.add_parser(
        "verify",
        help="say whether a PDF is a signed report of the workspace (exit 0 signed, "
        "1 no match, 2 not checked, 3 signed but superseded)",
    )
    verify.add_argument("file", type=Path, help="the PDF to check (read, never changed)")
    verify.add_argument("--database", metavar="URL", help=database_help)

    check = commands.add_parser(
        "check-files",
        help="read photos and plan backgrounds (images, PDF) as an import would, and say "
        "what it would store",
    )
    check.add_argument("files", nargs="+", type=Path, help="photo, image or PDF files")

    compact = commands.add_parser(
        "compact", help="remove photo bytes no record refers to and free unused space"
    )
    compact.add_argument("--database", metavar="URL", help=database_help)

    export = commands.add_parser(
        "export-package", help="write an enterprise's records and history to a .scorepkg file"
    )
    export.add_argument("--database", metavar="URL", help=database_help)
    export.add_argument("--enterprise", required=True, help="id or part of the name")
    export.add_argument(
        "--changes-for",
        metavar="PERSON",
        help="only what changed since the last package this person (by name) acknowledged; "
        "the whole enterprise while they have acknowledged none",
    )
    export.add_argument("--as", dest="author", metavar="NAME", help="who sends it")
    export.add_argument("-o", "--output", required=True, type=Path, help="package file to write")

    receive = commands.add_parser(
        "import-package", help="merge a .scorepkg file into the workspace"
    )
    receive.add_argument("--database", metavar="URL", help=database_help)
    receive.add_argument("package", type=Path, help="the package file")

    conflicts = commands.add_parser("conflicts", help="list the conflicts waiting for a decision")
    conflicts.add_argument("--database", metavar="URL", help=database_help)
    conflicts.add_argument("--json", action="store_true", help="machine-readable output")
    _office_commands(commands)
    return parser


def _office_commands(commands: argparse._SubParsersAction) -> None:
    """The office server's commands (cli_server.py, docs/office-server.md)."""
    office_help = "the office database: postgresql://USER@HOST[:PORT]/DATABASE"
    server = commands.add_parser("server", help="set up the office's PostgreSQL database")
    actions = server.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the schema and its access rules")
    init.add_argument("--database", metavar="URL", required=True, help=office_help)
    person = actions.add_parser(
        "add-person",
        help="make a PostgreSQL login for a person (password from SCORE_DESKTOP_PASSWORD or asked)",
    )
    person.add_argument("name", help="the person's name as shown in the app")
    person.add_argument(
        "--role", required=True, choices=("consultant", "inspector", "manager", "officer")
    )
    person.add_argument("--login", help="the login's name (default: from the name)")
    person.add_argument("--database", metavar="URL", required=True, help=office_help)
    assign = actions.add_parser("assign", help="let a person see and edit enterprises")
    assign.add_argument("person", help="login or name")
    assign.add_argument("enterprises", nargs="+", metavar="ENTERPRISE", help="id or name")
    assign.add_argument("--database", metavar="URL", required=True, help=office_help)

    sync = commands.add_parser("sync", help="send and receive changes with the office server")
    sync.add_argument("--database", metavar="URL", help="the laptop's workspace")
    sync.add_argument("--server", metavar="URL", required=True, help=office_help)
    sync.add_argument("--as", dest="name", metavar="NAME", help="who syncs (default: the user)")
