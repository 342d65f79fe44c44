"""The demo offered in the window and `score-desktop demo` write the same records."""

from sqlalchemy import inspect, select

from score_desktop.services.demo import seed_demo
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.schema import Base

# who wrote a row and when, and the history itself, differ between any two workspaces
BOOKKEEPING = {"created_at", "updated_at", "created_by", "updated_by", "revision"}
NOT_RECORDS = {"change_log", "deletions", "people", "workspace_meta", "alembic_version"}


def table_contents(workspace) -> dict[str, list[tuple]]:
    tables = {}
    with workspace.engine.connect() as connection:
        for name in sorted(set(inspect(connection).get_table_names()) - NOT_RECORDS):
            table = Base.metadata.tables[name]
            columns = [c for c in table.columns if c.key not in BOOKKEEPING]
            rows = connection.execute(select(*columns)).all()
            tables[name] = sorted(tuple(map(repr, row)) for row in rows)
    return tables


def test_the_window_demo_and_the_command_line_demo_are_the_same_records(window, tmp_path):
    assert window.load_demo()
    command_line = open_workspace(f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    try:
        assert seed_demo(sql_repositories(command_line))
        from_window = table_contents(window.document.repository.workspace)
        from_cli = table_contents(command_line)
    finally:
        command_line.close()
    assert from_window.keys() == from_cli.keys()
    for name in from_cli:
        assert from_window[name] == from_cli[name], name
    filled = {name for name, rows in from_cli.items() if rows}
    assert {"enterprises", "visits", "hazards", "plan_items", "indicator_entries"} <= filled
