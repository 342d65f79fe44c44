"""Storage failures a user can act on; each carries a message written for them."""

from pathlib import Path

from ..domain.errors import DamagedFileError, KnownProblemError


class WorkspaceError(KnownProblemError):
    """The workspace database cannot be used as it is."""


class NewerSchemaError(WorkspaceError):
    """The database was written by a newer SCORE Desktop; opening it could damage it."""


class ForeignDatabaseError(WorkspaceError):
    """The file is a database, but not a SCORE Desktop workspace."""


class CorruptWorkspaceError(WorkspaceError):
    """The file is not a readable SQLite database."""


class DamagedWorkspaceError(CorruptWorkspaceError, DamagedFileError):
    """A SQLite workspace with pages that cannot be read: nothing is written to it, and what
    can be read may be recovered into a new file (`storage.recovery`).

    Attributes:
        path: the damaged file, for the offer to recover it or restore a backup.
    """

    def __init__(self, message: str, path: Path | None):
        super().__init__(message)
        self.path = path


class WorkspaceLockedError(WorkspaceError):
    """Another program holds a lock on the workspace."""


class WorkspaceUnavailableError(WorkspaceError):
    """The database cannot be reached or created (path, permissions, disk full, server down)."""


class WorkspaceBeingCheckedError(WorkspaceUnavailableError):
    """A large workspace is written only once its check after the start found it sound."""


class ReadOnlyWorkspaceError(WorkspaceUnavailableError):
    """The workspace is open read-only (its folder or file cannot be written)."""
