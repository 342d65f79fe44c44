"""Headless commands for scripts: demo, list, report, recover, compact, verify,
check-files, and the exchange's (cli_exchange.py).

Known problems (not found, locked database, newer schema…) print one line on stderr and exit 1;
usage errors exit 2 (argparse). `verify` has exit codes of its own (cli_verify.py).
"""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from .cli_exchange import EXCHANGE_COMMANDS
from .domain.errors import KnownProblemError
from .services.demo import seed_demo
from .services.lookup import find_enterprise, find_visit
from .storage.database import open_workspace
from .storage.errors import DamagedWorkspaceError
from .storage.portfolio_repository import SqlPortfolioRepository
from .storage.repositories import sql_repositories
from .storage.urls import database_url


def run_headless(args: argparse.Namespace) -> int:
    if args.command == "recover":
        return _recover(args)
    if args.command == "verify":
        from .cli_verify import run_verify

        return run_verify(args)
    if args.command == "check-files":
        return _check_files(args)
    if args.command in ("server", "sync"):
        from .cli_server import run_server

        return run_server(args)
    try:
        read_only = True if getattr(args, "read_only", False) else None
        workspace = open_workspace(database_url(args.database), read_only=read_only)
    except DamagedWorkspaceError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        _print_way_out(exc.path)
        return 1
    except KnownProblemError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        return 1
    if workspace.read_only and args.command in ("list", "report"):
        print(f"score-desktop: note: {workspace.refusal}", file=sys.stderr)
    commands = {
        "demo": _demo,
        "report": _report,
        "list": _list,
        "compact": _compact,
        **EXCHANGE_COMMANDS,
    }
    try:
        return commands[args.command](SqlPortfolioRepository(workspace), args)
    except KnownProblemError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        return 1
    finally:
        workspace.close()


def _check_files(args: argparse.Namespace) -> int:
    from .services.file_check import check_file

    failed = 0
    for path in args.files:
        try:
            print(check_file(path))
        except KnownProblemError as exc:
            print(f"score-desktop: {exc}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def _recover(args: argparse.Namespace) -> int:
    from .storage.recovery import recover_workspace

    try:
        recovery = recover_workspace(args.damaged, args.new)
    except KnownProblemError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        return 1
    print(recovery.summary())
    return 0


def _print_way_out(path: Path | None) -> None:
    """After a damaged workspace: the command that recovers it, and its last good backup."""
    if path is None:
        return
    from .storage.backups import backup_folder, last_good_backup

    print(
        f"score-desktop: to copy what can be read into a new workspace: "
        f"score-desktop recover {path} NEW.sqlite3",
        file=sys.stderr,
    )
    backup = last_good_backup(backup_folder(path))
    if backup is not None:
        print(
            f"score-desktop: its last good backup, of {backup.made_at:%Y-%m-%d %H:%M}: "
            f"{backup.path}",
            file=sys.stderr,
        )


def _compact(repository: SqlPortfolioRepository, _args: argparse.Namespace) -> int:
    from .storage.compaction import compact_workspace

    result = compact_workspace(repository.workspace)
    count = result.removed_photo_bytes
    print(
        f"Removed the bytes of {count} photo{'' if count == 1 else 's'} no record refers to; "
        f"{_megabytes(result.size_before)} → {_megabytes(result.size_after)} "
        f"({_megabytes(result.freed)} freed)."
    )
    return 0


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _demo(repository: SqlPortfolioRepository, _args: argparse.Namespace) -> int:
    added = seed_demo(sql_repositories(repository.workspace))
    print("Demo enterprise added." if added else "Demo enterprise is already there.")
    return 0


def _report(repository: SqlPortfolioRepository, args: argparse.Namespace) -> int:
    from .services.reporting import content as report_content  # reportlab: only here
    from .services.reporting.options import (
        ReportOptions,
        check_language,
        parse_sections,
        report_language,
    )
    from .services.reporting.progress import ExportProgress

    enterprise = find_enterprise(repository.list_enterprises(), args.enterprise)
    output: Path = args.output.expanduser().resolve()
    if not output.parent.is_dir():
        raise KnownProblemError(f"The folder {output.parent} does not exist.")
    options = ReportOptions(
        sections=parse_sections(args.sections),
        paper=args.paper,
        language=check_language(args.report_language or report_language(_system_language())),
    )
    stderr_progress = _StderrProgress()
    progress = ExportProgress(report=stderr_progress)
    records = report_content.records_from(sql_repositories(repository.workspace), enterprise)
    today = dt.date.today()
    try:
        if args.kind == "progress":
            from .services.reporting.progress_report import write_progress_report

            period = _period(args.month, args.to, today)
            content = report_content.progress_content(records, today)
            result = write_progress_report(
                enterprise, content, period, output, options=options, progress=progress
            )
        else:
            content = report_content.visit_content(records, today)
            if args.kind == "eip":
                from .services.reporting.eip_report import write_eip_report

                meetings = records.meetings
                result = write_eip_report(
                    enterprise, content, meetings, output, options=options, progress=progress
                )
            else:
                from .services.reporting.visit_report import write_visit_report

                visit = find_visit(repository.list_visits(enterprise.id), args.visit)
                result = write_visit_report(
                    enterprise,
                    visit,
                    repository.list_modules(),
                    output,
                    content=content,
                    options=options,
                    progress=progress,
                )
    except OSError as exc:
        raise KnownProblemError(f"Cannot write {output}: {exc.strerror or exc}") from exc
    except KnownProblemError:
        raise
    except Exception as exc:  # a fault in laying out this data: one line, not a traceback
        detail = " ".join(str(exc).split())[:200]
        raise KnownProblemError(
            f"The report could not be written ({type(exc).__name__}: {detail})."
        ) from exc
    finally:
        stderr_progress.close()
    for warning in result.warnings:
        print(f"score-desktop: warning: {warning}", file=sys.stderr)
    print(result.path)
    return 0


def _system_language() -> str:
    import locale

    return (locale.getlocale()[0] or "en").split(".")[0]


class _StderrProgress:
    """Progress lines on stderr: redrawn in place on a terminal, a line per 10 % otherwise."""

    def __init__(self):
        self.shown: tuple[str, int] | None = None
        self.terminal = sys.stderr.isatty()

    def __call__(self, done: int, total: int, what: str) -> None:
        percent = 100 * done // max(total, 1)
        step = percent if self.terminal else percent - percent % 10
        if self.shown == (what, step):
            return
        self.shown = (what, step)
        end = "" if self.terminal else "\n"
        print(
            f"\r{what}: {percent:3d} %" if self.terminal else f"{what}: {step} %",
            end=end,
            file=sys.stderr,
            flush=True,
        )

    def close(self) -> None:
        if self.terminal and self.shown is not None:
            print(file=sys.stderr)


def _period(first: str | None, last: str | None, today: dt.date):
    """--month (default: the last full month) and optional --to, as a Period."""
    from .services.reporting.progress_report import Period

    def month(text: str) -> dt.date:
        try:
            return dt.datetime.strptime(text.strip(), "%Y-%m").date()
        except ValueError:
            raise KnownProblemError(f"“{text}” is not a month like 2026-10.") from None

    if first is None:
        previous = today.replace(day=1) - dt.timedelta(days=1)
        start = previous.replace(day=1)
    else:
        start = month(first)
    try:
        return Period.of(start, month(last) if last else None)
    except ValueError as exc:
        raise KnownProblemError(str(exc)) from None


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
