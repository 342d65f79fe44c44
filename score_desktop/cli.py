"""Headless commands for scripts: demo, list, report.

Known problems (not found, locked database, newer schema…) print one line on stderr and exit 1;
usage errors exit 2 (argparse).
"""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from .domain.errors import KnownProblemError
from .services.demo import seed_demo
from .services.lookup import find_enterprise, find_visit
from .storage.database import open_workspace
from .storage.portfolio_repository import SqlPortfolioRepository
from .storage.repositories import sql_repositories
from .storage.urls import database_url


def run_headless(args: argparse.Namespace) -> int:
    try:
        workspace = open_workspace(database_url(args.database))
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
    added = seed_demo(sql_repositories(repository.workspace))
    print("Demo enterprise added." if added else "Demo enterprise is already there.")
    return 0


def _report(repository: SqlPortfolioRepository, args: argparse.Namespace) -> int:
    from .services.reporting.content import content_from  # reportlab: only here
    from .services.reporting.visit_report import write_visit_report

    enterprise = find_enterprise(repository.list_enterprises(), args.enterprise)
    visit = find_visit(repository.list_visits(enterprise.id), args.visit)
    output: Path = args.output.expanduser().resolve()
    if not output.parent.is_dir():
        raise KnownProblemError(f"The folder {output.parent} does not exist.")
    try:
        content = content_from(sql_repositories(repository.workspace), enterprise, dt.date.today())
        result = write_visit_report(
            enterprise, visit, repository.list_modules(), output, content=content
        )
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
