"""The schema revision this version of the application writes.

Kept as a constant so a start-up on an up-to-date workspace needs no Alembic; a test checks it
is Alembic's head. Bump it with every new migration.
"""

from pathlib import Path

HEAD_REVISION = "0023_signed_changes"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
