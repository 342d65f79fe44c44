"""Workspace locations. No SQLAlchemy here: the window is shown before it is imported."""

from pathlib import Path

import platformdirs

APP_DIR_NAME = "score-desktop"


def default_database_url() -> str:
    """SQLite file in the user's data folder (created on demand)."""
    folder = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'workspace.sqlite3'}"


def as_database_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path (taken as SQLite); a plain
    postgresql:// URL (as PostgreSQL's own tools write it) is given the psycopg 3 driver."""
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    for plain in ("postgresql://", "postgres://"):
        if value.startswith(plain):
            return "postgresql+psycopg://" + value[len(plain) :]
    return value


def database_url(value: str | None) -> str:
    """The URL for a --database value, or the default workspace when none was given."""
    return as_database_url(value) if value else default_database_url()
