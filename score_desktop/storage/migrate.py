"""Alembic, driven from code. Imported only when a database is not at HEAD_REVISION:
loading Alembic costs about half a second, which every start would otherwise pay.
"""

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from .schema_version import MIGRATIONS_DIR


def _config(connection: Connection | None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def is_known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_config(None)).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    """Run the migrations; on SQLite with foreign keys off while they run.

    SQLite alters a table by copying it and dropping the old one; with foreign keys on, that
    drop would delete every row that references it (ON DELETE CASCADE), so a new column on
    `enterprises` would empty the workspace. The keys are checked once the schema is done.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
            connection.commit()
        try:
            with connection.begin():
                command.upgrade(_config(connection), "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken references: {broken[:3]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def alembic_head() -> str | None:
    return ScriptDirectory.from_config(_config(None)).get_current_head()
