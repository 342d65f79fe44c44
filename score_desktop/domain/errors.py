"""Error types shared by every layer.

`KnownProblemError` marks failures a user can act on (a locked file, a newer schema, a record
that cannot be found): the GUI shows their message, the CLI prints it. Anything else is a bug.
"""


class KnownProblemError(Exception):
    """A failure whose message is meant for the user, not a traceback."""


class ValidationError(KnownProblemError):
    """A record breaks a rule; `problems` maps field names to messages."""

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.problems.items()))


class NotFoundError(KnownProblemError):
    """A record looked up by id, name or date does not exist."""


class AmbiguousMatchError(KnownProblemError):
    """A lookup by part of a name or by date matched more than one record."""


class IntegrityError(KnownProblemError):
    """Stored bytes no longer match their recorded hash."""


class DamagedFileError(KnownProblemError):
    """A stored file has pages that cannot be read: it is not written to any more, and the
    window offers to recover what can be read or to restore a backup."""
