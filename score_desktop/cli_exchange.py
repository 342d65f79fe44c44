"""Headless exchange: export-package, import-package, conflicts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from .domain.errors import NotFoundError
from .domain.history import Person, Role
from .services.exchange import describe, receive_package, send_enterprise
from .services.lookup import find_enterprise
from .storage.portfolio_repository import SqlPortfolioRepository
from .storage.repositories import sql_repositories


def _export(repository: SqlPortfolioRepository, args: argparse.Namespace) -> int:
    repositories = sql_repositories(repository.workspace)
    enterprise = find_enterprise(repository.list_enterprises(), args.enterprise)
    person = _sender(repositories.history.list_people(), args.author)
    to_device = None
    if args.changes_for:
        peers = [
            p
            for p in repositories.exchange.peers(enterprise.id)
            if p.person_name.casefold() == args.changes_for.casefold()
        ]
        if not peers:
            raise NotFoundError(
                f"No package of {enterprise.name} was exchanged with {args.changes_for!r} yet: "
                "send the whole enterprise first."
            )
        to_device = peers[0].device_id
    written = send_enterprise(
        repositories.exchange,
        args.output,
        enterprise.id,
        person,
        to_device=to_device,
        changes_only=to_device is not None,
    )
    print(
        f"Wrote {written.path}: {written.records} records, {written.changes} changes, "
        f"{written.files} files, {written.size:,} bytes."
    )
    return 0


def _sender(people: list[Person], name: str | None) -> Person:
    if name:
        for person in people:
            if person.name.casefold() == name.casefold():
                return person
        return Person(name, Role.CONSULTANT)
    return people[-1] if people else Person("SCORE Desktop user")


def _import(repository: SqlPortfolioRepository, args: argparse.Namespace) -> int:
    repositories = sql_repositories(repository.workspace)
    received = receive_package(repositories.exchange, args.package)
    print(f"{received.enterprise_name}, from {received.from_name or 'an unnamed sender'}:")
    print(describe(received.summary))
    if received.summary.conflicts:
        print("Decide the conflicts in the app's conflict inbox (File ▸ Conflicts…).")
    return 0


def _conflicts(repository: SqlPortfolioRepository, args: argparse.Namespace) -> int:
    items = sql_repositories(repository.workspace).inbox.conflicts()
    if args.json:
        rows = [
            {
                "id": str(c.id),
                "kind": c.kind,
                "record_kind": c.record_kind,
                "record_id": str(c.record_id),
                "field": c.key,
                "mine": c.mine,
                "theirs": c.theirs,
                "their_author": c.their_author,
                "holder_id": str(c.holder_id) if c.holder_id else None,
            }
            for c in items
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not items:
        print("No conflicts waiting.")
    for c in items:
        held = f", the key held here by {c.holder_id}" if c.holder_id else ""
        print(
            f"{c.id}  {c.record_kind} {c.record_id} {c.key}: {c.kind} (from {c.their_author}{held})"
        )
    return 0


EXCHANGE_COMMANDS: dict[str, Callable[[SqlPortfolioRepository, argparse.Namespace], int]] = {
    "export-package": _export,
    "import-package": _import,
    "conflicts": _conflicts,
}
