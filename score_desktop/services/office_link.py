"""One sync of a laptop's workspace with the office server, from an address and a password:
the connection is made, used and closed here, and whatever goes wrong on the way leaves as
a `KnownProblemError` in words for the user, never with the password (psycopg's messages do
not quote it; the URL is only ever shown without it).

The connection gives up after CONNECT_TIMEOUT_S when the server cannot be reached, and
TCP keepalives notice a link that went silent mid-transfer (a laptop closed, a Wi-Fi gone),
so a sync ends with a message instead of waiting for ever.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from ..domain.errors import KnownProblemError
from ..domain.office import (
    OfficeAddress,
    OfficePasswordRefusedError,
    OfficeRefusedError,
    OfficeUnreachableError,
    SyncReport,
)
from ..storage.database import Workspace, open_workspace, translate_database_error
from ..storage.errors import WorkspaceError
from .office_sync import Progress, sync

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
# libpq's words for "the server answered and said no", as opposed to "nobody answered"
REFUSALS = ("password", "authentication", "does not exist", "ssl", "permission denied", "role")


def server_url(address: OfficeAddress, password: str) -> str:
    """The SQLAlchemy URL of the office database (holds the password: never log or show it)."""
    query = {
        "sslmode": "require" if address.tls else "prefer",
        "connect_timeout": str(CONNECT_TIMEOUT_S),
        "keepalives_idle": "20",
        "keepalives_interval": "5",
        "keepalives_count": "3",
        "application_name": "score-desktop",
    }
    url = URL.create(
        "postgresql+psycopg",
        username=address.login,
        password=password or None,
        host=address.host,
        port=address.port,
        database=address.database,
        query=query,
    )
    return url.render_as_string(hide_password=False)


def sync_with_office(
    laptop: Workspace, address: OfficeAddress, password: str, name: str, progress: Progress
) -> SyncReport:
    """Push, then pull, every enterprise; see services/office_sync.py.

    Raises:
        OfficeUnreachableError: no answer, or the connection was lost (nothing half-done
            was kept; the next sync resumes).
        OfficeRefusedError: the server said no (login, password, TLS, database);
            OfficePasswordRefusedError when it was the password.
    """
    try:
        server = open_workspace(server_url(address, password))
    except WorkspaceError as exc:
        raise _opening_failed(address, exc) from None
    try:
        result = sync(laptop, server, name=name, progress=progress)
    except (DBAPIError, WorkspaceError) as exc:
        # the repositories turn driver errors into WorkspaceError; the server's are told apart
        cause = exc if isinstance(exc, DBAPIError) else exc.__cause__
        if isinstance(cause, DBAPIError) and _from_server(cause):
            raise _lost(address, cause) from None
        if isinstance(exc, DBAPIError):
            raise translate_database_error(exc, laptop.url, at_open=False) from None
        raise
    finally:
        server.close()
    return SyncReport(
        enterprises=result.enterprises,
        pushed=result.pushed,
        pulled=result.pulled,
        conflicts=result.conflicts,
        cancelled=result.cancelled,
    )


def _opening_failed(address: OfficeAddress, exc: WorkspaceError) -> KnownProblemError:
    cause = exc.__cause__
    detail = str(getattr(cause, "orig", None) or exc).strip()
    where = address.describe()
    log.info("office server %s not opened: %s", where, type(cause or exc).__name__)
    if any(word in detail.lower() for word in REFUSALS):
        hint = ""
        if "ssl" in detail.lower() and address.tls:
            hint = " The server does not offer TLS: ask the office's IT person to turn it on."
        refused = f"The office server {where} refused the connection: {_first_line(detail)}."
        if "password" in detail.lower():
            return OfficePasswordRefusedError(
                f"{refused} Connect again (File ▸ Connect to office…) with the right password."
            )
        return OfficeRefusedError(refused + hint)
    if cause is None:  # not a driver error: a schema the app does not know, say
        return KnownProblemError(str(exc))
    return OfficeUnreachableError(
        f"The office server {where} cannot be reached: {_first_line(detail)}. "
        "Work goes on here; sync again when the network is back."
    )


def _lost(address: OfficeAddress, exc: DBAPIError) -> KnownProblemError:
    detail = _first_line(str(exc.orig))
    log.info("sync with %s stopped: %s", address.describe(), type(exc.orig).__name__)
    if exc.connection_invalidated or "connection" in detail.lower() or "server" in detail.lower():
        return OfficeUnreachableError(
            f"The connection to the office server {address.describe()} was lost during the "
            f"sync ({detail}). Nothing half-done was kept; sync again to finish."
        )
    return OfficeRefusedError(
        f"The office server {address.describe()} refused a change: {detail}. "
        "Nothing half-done was kept."
    )


def _from_server(exc: DBAPIError) -> bool:
    return type(exc.orig).__module__.startswith("psycopg")


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0].rstrip(".")
