"""Command-line interface: the window by default, and headless commands for scripts.

Known problems (not found, locked database, newer schema…) print one line on stderr and exit 1;
usage errors exit 2 (argparse).
"""

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .domain.errors import KnownProblemError
from .services.demo import seed_demo
from .services.lookup import find_enterprise, find_visit
from .storage.database import as_database_url, default_database_url, open_workspace
from .storage.portfolio_repository import SqlPortfolioRepository

HEADLESS_COMMANDS = ("demo", "report", "list")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="score-desktop",
        description="SCORE Desktop: enterprises, visits and reports for SCORE consultants.",
    )
    parser.add_argument("--version", action="version", version=f"score-desktop {__version__}")
    database_help = "workspace database: SQLAlchemy URL or SQLite file path (default: user data)"
    parser.add_argument("--database", metavar="URL", help=database_help)
    parser.add_argument("--demo", action="store_true", help="load the demo enterprise at start")
    parser.add_argument("--language", metavar="CODE", help="UI language, e.g. en or zh_CN")
    parser.add_argument("--screenshot", metavar="PNG", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-shown", action="store_true", help=argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="add the demo enterprise to a workspace")
    demo.add_argument("--database", metavar="URL", help=database_help)

    report = commands.add_parser("report", help="write a visit report PDF")
    report.add_argument("--database", metavar="URL", help=database_help)
    report.add_argument("--enterprise", required=True, help="id or part of the name")
    report.add_argument("--visit", default="latest", help="visit id, date YYYY-MM-DD or latest")
    report.add_argument("-o", "--output", required=True, type=Path, help="PDF file to write")

    listing = commands.add_parser("list", help="print enterprises and their visits")
    listing.add_argument("--database", metavar="URL", help=database_help)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def database_url(args: argparse.Namespace) -> str:
    return as_database_url(args.database) if args.database else default_database_url()


def run_headless(args: argparse.Namespace) -> int:
    try:
        workspace = open_workspace(database_url(args))
    except KnownProblemError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        return 1
    try:
        repository = SqlPortfolioRepository(workspace)
        return {"demo": _demo, "report": _report, "list": _list}[args.command](repository, args)
    except KnownProblemError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        return 1
    finally:
        workspace.close()


def _demo(repository: SqlPortfolioRepository, _args: argparse.Namespace) -> int:
    added = seed_demo(repository)
    print("Demo enterprise added." if added else "Demo enterprise is already there.")
    return 0


def _report(repository: SqlPortfolioRepository, args: argparse.Namespace) -> int:
    from .services.reporting.visit_report import write_visit_report  # reportlab: only here

    enterprise = find_enterprise(repository.list_enterprises(), args.enterprise)
    visit = find_visit(repository.list_visits(enterprise.id), args.visit)
    output: Path = args.output.expanduser().resolve()
    if not output.parent.is_dir():
        raise KnownProblemError(f"The folder {output.parent} does not exist.")
    try:
        result = write_visit_report(enterprise, visit, repository.list_modules(), output)
    except OSError as exc:
        raise KnownProblemError(f"Cannot write {output}: {exc.strerror or exc}") from exc
    for warning in result.warnings:
        print(f"score-desktop: warning: {warning}", file=sys.stderr)
    print(result.path)
    return 0


def _list(repository: SqlPortfolioRepository, args: argparse.Namespace) -> int:
    entries = []
    for enterprise in repository.list_enterprises():
        visits = [
            {
                "id": str(v.id),
                "date": v.date.isoformat(),
                "type": v.visit_type.value,
                "module": v.module_code,
            }
            for v in repository.list_visits(enterprise.id)
        ]
        entries.append(
            {
                "id": str(enterprise.id),
                "name": enterprise.name,
                "country": enterprise.country,
                "visits": visits,
            }
        )
    if args.json:
        json.dump(entries, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not entries:
        print("No enterprises in this workspace.")
    for entry in entries:
        print(f"{entry['id']}  {entry['name']}")
        for v in entry["visits"]:
            print(f"    {v['id']}  {v['date']}  {v['type']:<12} {v['module']}")
    return 0
