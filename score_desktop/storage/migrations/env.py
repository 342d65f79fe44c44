"""Alembic environment: always run on the connection handed over by storage/database.py."""

from alembic import context

from score_desktop.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy; batch mode does that for us
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
