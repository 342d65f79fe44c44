"""A laptop's link to the office server, as the window knows it: where the server is and
who logs in (kept in the settings), never the password (the system keyring or the user's
memory), and what one sync did."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import KnownProblemError

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class OfficeAddress:
    host: str
    database: str
    login: str
    port: int = DEFAULT_PORT
    tls: bool = True  # off only for a server on the same machine or a test

    def describe(self) -> str:
        """For people: login@host:port/database (no password, ever)."""
        return f"{self.login}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class SyncReport:
    """What a sync did: counts only, for the status bar and the summary."""

    enterprises: int = 0
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    cancelled: bool = False


class OfficeUnreachableError(KnownProblemError):
    """The office server could not be reached, or the connection was lost during a sync.
    Nothing half-done is kept; the next sync resumes."""


class OfficeRefusedError(KnownProblemError):
    """The server answered but refused: wrong login or password, TLS, no such database."""


class OfficePasswordRefusedError(OfficeRefusedError):
    """The server refused the login's password: a kept password is wrong (changed on the
    server, mistyped when connecting) and must not be tried again unasked."""
