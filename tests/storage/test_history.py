"""The change log: every write through the workspace's sessions records what it changed."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from score_desktop.domain.errors import NotFoundError, ValidationError
from score_desktop.domain.history import Operation, Person, Role, TimelineFilter
from score_desktop.domain.indicators import Entry, EntryKind
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, demo_plan, seed_demo
from score_desktop.storage.errors import WorkspaceUnavailableError
from score_desktop.storage.history_recorder import is_recorded_class, recorded_columns, to_json
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.schema import Base, ChangeLogRow, DeletionRow, TimestampedRow
from tests.builders import make_enterprise, make_visit

RECORD_CLASSES = [m.class_ for m in Base.registry.mappers if is_recorded_class(m.class_)]


@pytest.fixture
def repos(workspace):
    return sql_repositories(workspace)


@pytest.fixture
def demo(repos):
    seed_demo(repos)
    return repos


def log_rows(workspace, **where):
    with workspace.sessions() as session:
        query = select(ChangeLogRow).order_by(ChangeLogRow.sequence)
        for name, value in where.items():
            query = query.where(getattr(ChangeLogRow, name) == value)
        return list(session.scalars(query))


def last_sequence(workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.max(ChangeLogRow.sequence))) or 0


def entries_after(workspace, sequence: int):
    return [e for e in log_rows(workspace) if e.sequence > sequence]


def test_every_inserted_record_has_one_entry_with_its_values(workspace, demo):
    kinds_seen = set()
    with workspace.sessions() as session:
        for row_class in RECORD_CLASSES:
            for row in session.scalars(select(row_class)):
                [entry] = log_rows(workspace, record_id=row.id)
                if entry.operation == "baseline":  # catalogue rows the migrations wrote
                    assert row_class.__tablename__ in ("score_modules", "hazard_categories")
                    assert entry.fields == {}
                    continue
                assert entry.operation == "insert"
                assert entry.record_kind == row_class.__tablename__
                assert entry.revision == row.revision == 1
                expected = {
                    n: [None, to_json(getattr(row, n))] for n in recorded_columns(row_class)
                }
                assert entry.fields == expected
                kinds_seen.add(row_class.__tablename__)
    assert {"enterprises", "visits", "floor_plans", "plan_items", "hazards"} <= kinds_seen
    assert {"eit_members", "eit_meetings", "suggestions", "improvement_projects"} <= kinds_seen
    assert "indicator_entries" in kinds_seen


def _text_column(row_class) -> str | None:
    for column in row_class.__table__.columns:
        editable = not column.unique and not column.foreign_keys and column.key != "kind"
        is_text = column.key in recorded_columns(row_class) and column.type.python_type is str
        if editable and is_text:
            return column.key
    return None


# the kinds not here (photos, review items, corrections, answers…) are tested through their
# repositories below
DEMO_KINDS = [
    c
    for c in RECORD_CLASSES
    if c.__tablename__
    in (
        "score_modules",
        "enterprises",
        "visits",
        "floor_plans",
        "plan_items",
        "hazard_categories",
        "hazards",
        "eit_members",
        "eit_meetings",
        "suggestions",
        "improvement_projects",
    )
]


@pytest.mark.parametrize("row_class", DEMO_KINDS, ids=lambda c: c.__tablename__)
def test_an_edit_of_any_kind_writes_one_entry_with_before_and_after(workspace, demo, row_class):
    """The ORM path every repository takes, for every kind of record the schema has."""
    column = _text_column(row_class)
    with workspace.sessions.begin() as session:
        row = session.scalars(select(row_class).limit(1)).first()
        record_id, before = row.id, getattr(row, column)
        start = last_sequence(workspace)
        setattr(row, column, before + " <changed> & ✓")
    [entry] = entries_after(workspace, start)
    assert (entry.record_id, entry.operation) == (record_id, "update")
    assert entry.fields == {column: [before, before + " <changed> & ✓"]}
    assert entry.revision == 2
    with workspace.sessions() as session:
        assert session.get(row_class, record_id).revision == 2


def test_kinds_not_in_the_demo_are_logged_too(workspace, repos):
    """Photos, review items, corrections and answers: the kinds the demo leaves out."""
    from score_desktop.domain.indicators import BaselineCorrection, PracticeAnswer

    enterprise = make_enterprise()
    repos.portfolio.add_enterprise(enterprise)
    correction = BaselineCorrection(
        enterprise.id, "absenteeism", "all", 4.0, 3.0, "re-counted", dt.datetime.now(dt.UTC)
    )
    repos.indicators.add_correction(correction)
    repos.indicators.put_answers([PracticeAnswer(enterprise.id, "suggestion_scheme", False)])
    start = last_sequence(workspace)
    repos.indicators.put_answers([PracticeAnswer(enterprise.id, "suggestion_scheme", True, "x")])
    [entry] = entries_after(workspace, start)
    assert entry.record_kind == "practice_answers"
    assert entry.fields == {"answer": [False, True], "note": ["", "x"]}
    assert entry.enterprise_id == enterprise.id
    start = last_sequence(workspace)
    repos.indicators.delete_correction(correction.id)
    [entry] = entries_after(workspace, start)
    assert (entry.record_kind, entry.operation) == ("baseline_corrections", "delete")
    assert entry.fields["reason"] == ["re-counted", None]


def test_repository_edits_write_exact_values_and_undo_writes_its_own(workspace, repos):
    enterprise = make_enterprise(sector="Garments")
    repos.portfolio.add_enterprise(enterprise)
    start = last_sequence(workspace)
    edited = dataclasses.replace(enterprise, sector="Cables", union_present=True)
    repos.portfolio.update_enterprise(edited)
    [entry] = entries_after(workspace, start)
    assert entry.fields == {"sector": ["Garments", "Cables"], "union_present": [False, True]}
    assert (entry.operation, entry.revision) == ("update", 2)
    repos.portfolio.update_enterprise(enterprise)  # what an undo does: write the old value
    [undo] = entries_after(workspace, entry.sequence)
    assert undo.fields == {"sector": ["Cables", "Garments"], "union_present": [True, False]}
    assert undo.revision == 3
    start = last_sequence(workspace)
    repos.portfolio.update_enterprise(enterprise)  # nothing changed: nothing logged
    assert entries_after(workspace, start) == []


REFUSE_LOG = {  # a change-log insert the driver refuses as a full disk
    "sqlite": [
        "CREATE TRIGGER refuse_log BEFORE INSERT ON change_log"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse_log() RETURNS trigger LANGUAGE plpgsql AS"
        " $$ BEGIN RAISE EXCEPTION 'database or disk is full'; END $$",
        "CREATE TRIGGER refuse_log BEFORE INSERT ON change_log"
        " FOR EACH ROW EXECUTE FUNCTION refuse_log()",
    ],
}


def test_a_refused_change_log_insert_is_a_readable_error_and_undoes_the_edit(workspace, repos):
    """The change log goes to the driver's cursor (LogInsert): its errors must still reach
    the user as the repositories' readable ones, the edit with them rolled back."""
    enterprise = make_enterprise(sector="Garments")
    repos.portfolio.add_enterprise(enterprise)
    start = last_sequence(workspace)
    with workspace.engine.begin() as connection:
        for statement in REFUSE_LOG[workspace.engine.dialect.name]:
            connection.exec_driver_sql(statement)
    with pytest.raises(WorkspaceUnavailableError, match="full"):
        repos.portfolio.update_enterprise(dataclasses.replace(enterprise, sector="Cables"))
    assert repos.portfolio.get_enterprise(enterprise.id).sector == "Garments"
    assert entries_after(workspace, start) == []


def test_indicator_value_edit_is_an_update_of_one_record(workspace, repos):
    enterprise = make_enterprise()
    repos.portfolio.add_enterprise(enterprise)
    month = dt.date(2026, 5, 1)

    def entry(days: float) -> Entry:
        inputs = (("days_lost", days), ("days_possible", 1000.0))
        return Entry(enterprise.id, "absenteeism", EntryKind.MONTH, month, inputs, days / 10)

    first = entry(30.0)
    repos.indicators.replace_entries([], [first])
    start = last_sequence(workspace)
    repos.indicators.replace_entries([first.key()], [entry(40.0)])
    [change] = entries_after(workspace, start)
    assert (change.record_id, change.operation) == (first.id, "update")
    assert change.fields["value"] == [3.0, 4.0]
    start = last_sequence(workspace)
    repos.indicators.replace_entries([first.key()], [])
    [change] = entries_after(workspace, start)
    assert (change.record_id, change.operation) == (first.id, "delete")


def test_author_device_and_action_are_recorded(workspace, repos):
    person = Person("Trần Thị Mai", Role.INSPECTOR, "DOSH Hanoi")
    repos.history.set_author(person)
    enterprise = make_enterprise()
    with repos.history.acting("Add enterprise"):
        repos.portfolio.add_enterprise(enterprise)
        repos.portfolio.add_visit(make_visit(enterprise))
    entries = log_rows(workspace, enterprise_id=enterprise.id)
    assert [e.record_kind for e in entries] == ["enterprises", "visits"]
    assert {e.author_id for e in entries} == {person.id}
    assert {e.action for e in entries} == {"Add enterprise"}
    assert len({e.change_set for e in entries}) == 1
    assert entries[0].device_id is not None and entries[0].device_id == entries[1].device_id
    [stored] = [p for p in repos.history.list_people() if p.id == person.id]
    assert stored == person
    [history] = repos.history.record_history(enterprise.id)
    assert history.author_name == "Trần Thị Mai"
    with workspace.sessions() as session:
        from score_desktop.storage.schema import EnterpriseRow

        row = session.get(EnterpriseRow, enterprise.id)
        assert row.created_by == row.updated_by == person.id


def test_entries_of_one_write_share_its_time_and_set_and_have_their_own_ids(workspace, repos):
    """A write of several records (an enterprise deleted with its visits): one row each."""
    enterprise = make_enterprise()
    visits = [make_visit(enterprise), make_visit(enterprise, dt.date(2026, 5, 6))]
    repos.portfolio.add_enterprise(enterprise)
    for visit in visits:
        repos.portfolio.add_visit(visit)
    start = last_sequence(workspace)
    before = dt.datetime.now(dt.UTC)
    repos.portfolio.delete_enterprise(enterprise.id)
    entries = entries_after(workspace, start)
    assert sorted(e.record_id for e in entries) == sorted([enterprise.id, *(v.id for v in visits)])
    assert {e.operation for e in entries} == {"delete"}
    assert len({e.change_id for e in entries}) == 3
    assert len({e.change_set for e in entries}) == 1
    assert {e.enterprise_id for e in entries} == {enterprise.id}
    dates = {e.record_id: e.fields["date"] for e in entries if e.record_kind == "visits"}
    assert dates == {v.id: [v.date.isoformat(), None] for v in visits}
    for entry in entries:
        at = entry.at.replace(tzinfo=entry.at.tzinfo or dt.UTC)
        assert before - dt.timedelta(seconds=1) <= at <= dt.datetime.now(dt.UTC)


def test_a_person_needs_a_name(repos):
    with pytest.raises(ValidationError):
        repos.history.set_author(Person("  "))


def test_device_id_is_the_workspaces_own_and_kept(database_url, tmp_path):
    from score_desktop.storage.database import open_workspace

    first = open_workspace(database_url)
    sql_repositories(first).portfolio.add_enterprise(make_enterprise())
    device = first.history.device_id
    first.close()
    again = open_workspace(database_url)
    sql_repositories(again).portfolio.add_enterprise(make_enterprise("Other"))
    assert again.history.device_id == device
    again.close()
    other = open_workspace(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    sql_repositories(other).portfolio.add_enterprise(make_enterprise())
    assert other.history.device_id != device
    other.close()


def test_delete_leaves_a_tombstone_and_a_full_entry(workspace, demo):
    hazard = demo.hazards.list_hazards(DEMO_ENTERPRISE_ID)[0]
    start = last_sequence(workspace)
    demo.hazards.delete_hazards([hazard.id])
    [entry] = entries_after(workspace, start)
    assert (entry.operation, entry.record_kind) == ("delete", "hazards")
    assert entry.fields["title"] == [hazard.title, None]
    with workspace.sessions() as session:
        tombstones = session.scalars(select(DeletionRow).where(DeletionRow.row_id == hazard.id))
        assert [t.table_name for t in tombstones] == ["hazards"]
    demo.hazards.add_hazards([hazard])  # an undo of the delete
    [restore] = entries_after(workspace, entry.sequence)
    assert restore.operation == "restore"
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).where(DeletionRow.row_id == hazard.id)) == 0


def test_restore_a_plan_brings_back_its_items_and_pins_its_hazards_again(workspace, demo):
    plan = demo_plan()
    items = demo.plans.list_items(plan.id)
    pinned = [h for h in demo.hazards.list_hazards() if h.plan_id == plan.id]
    assert items and pinned
    with demo.history.acting("Delete plan"):  # as the document does: unpin, then delete
        demo.hazards.update_hazards(
            [dataclasses.replace(h, plan_id=None, position=None) for h in pinned]
        )
        demo.plans.delete_plan(plan.id)
    # newest first: the plan was deleted after its items
    assert demo.history.deleted_records(DEMO_ENTERPRISE_ID)[0].record_id == plan.id
    restored = demo.history.restore(plan.id, "Restore plan")
    assert ("floor_plans", plan.id) in restored
    assert len(restored) == 1 + len(items)
    assert demo.plans.get_plan(plan.id) == plan
    assert demo.plans.list_items(plan.id) == items
    again = {h.id: h for h in demo.hazards.list_hazards()}
    assert all(again[h.id] == h for h in pinned)
    assert demo.history.deleted_records(DEMO_ENTERPRISE_ID) == []
    assert demo.history.record_history(plan.id)[-1].operation is Operation.RESTORE
    with pytest.raises(NotFoundError):
        demo.history.restore(plan.id, "Restore plan")


def test_restore_an_enterprise_brings_back_everything_deleted_with_it(workspace, demo):
    def dump():
        with workspace.sessions() as session:
            return {
                c.__tablename__: sorted(
                    (str(r.id), tuple(to_json(getattr(r, n)) for n in recorded_columns(c)))
                    for r in session.scalars(select(c))
                )
                for c in RECORD_CLASSES
            }

    before = dump()
    with demo.history.acting("Delete enterprise"):
        demo.portfolio.delete_enterprise(DEMO_ENTERPRISE_ID)
    assert dump()["hazards"] == [] and dump()["plan_items"] == []
    demo.history.restore(DEMO_ENTERPRISE_ID, "Restore enterprise")
    assert dump() == before


def test_a_child_whose_parent_is_deleted_waits_for_it(workspace, repos):
    enterprise = make_enterprise()
    repos.portfolio.add_enterprise(enterprise)
    visit = make_visit(enterprise)
    repos.portfolio.add_visit(visit)
    repos.portfolio.delete_visit(visit.id)
    repos.portfolio.delete_enterprise(enterprise.id)
    with pytest.raises(NotFoundError, match="restore that one first"):
        repos.history.restore(visit.id, "Restore visit")
    repos.history.restore(enterprise.id, "Restore enterprise")
    repos.history.restore(visit.id, "Restore visit")
    assert repos.portfolio.get_visit(visit.id) == visit


def test_timeline_pages_and_filters(workspace, repos):
    mai, jun = Person("Mai", Role.INSPECTOR), Person("Jun", Role.CONSULTANT)
    enterprise = make_enterprise()
    repos.history.set_author(mai)
    repos.portfolio.add_enterprise(enterprise)
    for n in range(5):
        repos.history.set_author(jun if n % 2 else mai)
        repos.portfolio.add_visit(make_visit(enterprise, dt.date(2026, 1, 1 + n)))
    assert repos.history.count_timeline(enterprise.id) == 6
    page = repos.history.timeline(enterprise.id, limit=4)
    assert [c.sequence for c in page] == sorted((c.sequence for c in page), reverse=True)
    rest = repos.history.timeline(enterprise.id, before_sequence=page[-1].sequence)
    assert len(page) + len(rest) == 6 and page[-1].sequence > rest[0].sequence
    by_jun = TimelineFilter(author_id=jun.id)
    assert repos.history.count_timeline(enterprise.id, by_jun) == 2
    assert {c.author_name for c in repos.history.timeline(enterprise.id, by_jun)} == {"Jun"}
    visits_only = TimelineFilter(record_kind="visits")
    assert repos.history.count_timeline(enterprise.id, visits_only) == 5
    today = dt.datetime.now(dt.UTC).date()
    tomorrow = today + dt.timedelta(days=1)
    assert repos.history.count_timeline(enterprise.id, TimelineFilter(first_day=tomorrow)) == 0
    assert repos.history.count_timeline(enterprise.id, TimelineFilter(last_day=today)) == 6
    assert {p.name for p in repos.history.timeline_authors(enterprise.id)} == {"Mai", "Jun"}


# tables about the workspace itself, not records anyone edits
BOOKKEEPING_TABLES = (
    "deletions",
    "photo_blobs",
    "change_log",
    "workspace_meta",
    "exchange_peers",
    "received_packages",
    "conflicts",
    "comment_reads",
    "report_blobs",
)


def test_every_record_class_is_timestamped_and_logged():
    """A new table of records must inherit TimestampedRow, or its edits go unrecorded."""
    record_tables = {
        t.name for t in Base.metadata.sorted_tables if t.name not in BOOKKEEPING_TABLES
    }
    timestamped = {
        m.class_.__tablename__
        for m in Base.registry.mappers
        if issubclass(m.class_, TimestampedRow)
    }
    assert record_tables == timestamped


def test_a_workspace_of_the_previous_release_keeps_every_record(tmp_path):
    """Built at the previous schema (head, then down one step), filled, then opened: every
    row is kept as it was, and each record's history starts with a baseline entry."""
    from alembic import command
    from sqlalchemy import create_engine, inspect, text

    from score_desktop.storage.database import open_workspace
    from score_desktop.storage.migrate import _config

    url = f"sqlite:///{tmp_path / 'previous.sqlite3'}"
    workspace = open_workspace(url)
    seed_demo(sql_repositories(workspace))
    workspace.close()
    engine = create_engine(url)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        with connection.begin():
            command.downgrade(_config(connection), "0012_plan_items_in_order")

    def dump(connection, tables):
        return {
            table: sorted(
                tuple(row)
                for row in connection.execute(
                    text(f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608
                )
            )
            for table, columns in tables.items()
        }

    with engine.connect() as connection:
        assert "change_log" not in inspect(connection).get_table_names()
        tables = {
            name: [c["name"] for c in inspect(connection).get_columns(name)]
            for name in inspect(connection).get_table_names()
            if name != "alembic_version"
        }
        before = dump(connection, tables)
    engine.dispose()
    assert sum(len(rows) for rows in before.values()) > 200

    workspace = open_workspace(url)
    with workspace.engine.connect() as connection:
        after = dump(connection, tables)
        baseline = connection.execute(
            text("SELECT record_kind, count(*) FROM change_log GROUP BY record_kind")
        ).all()
    workspace.close()
    assert after == before
    expected = {t: len(rows) for t, rows in before.items() if t in RECORD_TABLE_NAMES}
    assert dict(baseline) == {t: n for t, n in expected.items() if n}


RECORD_TABLE_NAMES = {c.__tablename__ for c in RECORD_CLASSES} - {"people"}


def test_outside_a_user_action_one_transaction_is_one_change_set(workspace, demo):
    """The command line deletes an enterprise in one repository call: it comes back whole."""
    plan_items = len(demo.plans.list_items(demo_plan().id))
    demo.portfolio.delete_enterprise(DEMO_ENTERPRISE_ID)
    deletions = [e for e in log_rows(workspace) if e.operation == "delete"]
    assert len({e.change_set for e in deletions}) == 1 and len(deletions) > plan_items
    restored = demo.history.restore(DEMO_ENTERPRISE_ID, "Restore")
    assert len(restored) == len(deletions)
    assert len(demo.plans.list_items(demo_plan().id)) == plan_items


def test_restoring_a_kind_this_version_does_not_know_says_so(workspace, repos):
    import datetime as dt
    import uuid

    record_id = uuid.uuid4()
    with workspace.engine.begin() as connection:
        connection.execute(
            ChangeLogRow.__table__.insert(),
            [
                {
                    "change_set": uuid.uuid4(),
                    "record_kind": "machines_of_the_future",
                    "record_id": record_id,
                    "operation": "delete",
                    "fields": {},
                    "revision": 2,
                    "action": "",
                    "at": dt.datetime.now(dt.UTC),
                }
            ],
        )
    with pytest.raises(NotFoundError, match="cannot restore"):
        repos.history.restore(record_id, "Restore")
