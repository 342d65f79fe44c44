"""Headless office server: `server init|add-person|assign` for the office's IT person, and
`sync` for a laptop's scripts. See docs/office-server.md."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from .domain.errors import KnownProblemError
from .services.lookup import find_enterprise
from .services.office_sync import sync
from .storage import office_server
from .storage.database import describe_url, open_workspace
from .storage.portfolio_repository import SqlPortfolioRepository
from .storage.urls import as_database_url, database_url

PASSWORD_ENV = "SCORE_DESKTOP_PASSWORD"


def run_server(args: argparse.Namespace) -> int:
    try:
        if args.command == "sync":
            return _sync(args)
        return {"init": _init, "add-person": _add_person, "assign": _assign}[args.action](args)
    except KnownProblemError as exc:
        print(f"score-desktop: {exc}", file=sys.stderr)
        return 1


def _office(args: argparse.Namespace):
    url = as_database_url(args.database)
    if not url.startswith("postgresql"):
        raise office_server.OfficeServerError(
            f"{describe_url(url)} is not a PostgreSQL database: the office server needs "
            "--database postgresql://USER@HOST/DATABASE."
        )
    return open_workspace(url)


def _init(args: argparse.Namespace) -> int:
    workspace = _office(args)  # creates or upgrades the schema (Alembic)
    try:
        office_server.secure(workspace.engine)
        print(f"The office database {workspace.display_name} is ready.")
    finally:
        workspace.close()
    return 0


def _add_person(args: argparse.Namespace) -> int:
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Password for {args.name}: ")
    if not password:
        raise office_server.OfficeServerError("A password is needed for the new login.")
    workspace = _office(args)
    try:
        login = office_server.add_person(
            workspace.engine, args.name, args.role, password, args.login or ""
        )
        print(f"Added {args.name} ({args.role}) with the login {login}.")
    finally:
        workspace.close()
    return 0


def _assign(args: argparse.Namespace) -> int:
    workspace = _office(args)
    try:
        person = office_server.find_person(workspace.engine, args.person)
        enterprises = SqlPortfolioRepository(workspace).list_enterprises()
        chosen = [find_enterprise(enterprises, query) for query in args.enterprises]
        added = office_server.assign(workspace.engine, person.login, [e.id for e in chosen])
        names = ", ".join(e.name for e in chosen)
        print(f"{person.name} sees {names} ({added} newly assigned).")
    finally:
        workspace.close()
    return 0


def _sync(args: argparse.Namespace) -> int:
    laptop = open_workspace(database_url(args.database))
    try:
        server = open_workspace(as_database_url(args.server))
        try:
            result = sync(laptop, server, name=args.name or getpass.getuser())
        finally:
            server.close()
    finally:
        laptop.close()
    print(
        f"Synced {result.enterprises} enterprises: {result.pushed} changes sent, "
        f"{result.pulled} received, {result.conflicts} conflicts to decide."
    )
    return 0
