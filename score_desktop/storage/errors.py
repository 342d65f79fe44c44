"""Storage failures a user can act on; each carries a message written for them."""

from ..domain.errors import KnownProblemError


class WorkspaceError(KnownProblemError):
    """The workspace database cannot be used as it is."""


class NewerSchemaError(WorkspaceError):
    """The database was written by a newer SCORE Desktop; opening it could damage it."""


class ForeignDatabaseError(WorkspaceError):
    """The file is a database, but not a SCORE Desktop workspace."""


class CorruptWorkspaceError(WorkspaceError):
    """The file is not a readable SQLite database."""


class WorkspaceLockedError(WorkspaceError):
    """Another program holds a lock on the workspace."""


class WorkspaceUnavailableError(WorkspaceError):
    """The database cannot be reached or created (path, permissions, disk full, server down)."""
