"""Checklist templates, walk-throughs and answers through a real SQLite workspace: field for
field, through the migration, in the change log, and kept when a template gets a new version."""

import dataclasses
import datetime as dt
import uuid

import pytest
from alembic import command
from sqlalchemy import text

from score_desktop.domain.checklist import Answer, texts
from score_desktop.domain.history import Operation
from score_desktop.domain.walkthrough import ChecklistAnswer, Walkthrough
from score_desktop.storage.checklist_repository import SqlChecklistRepository
from score_desktop.storage.database import open_workspace
from score_desktop.storage.history_repository import SqlHistoryRepository
from score_desktop.storage.migrate import _config
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from score_desktop.storage.schema_version import HEAD_REVISION
from tests.builders import make_enterprise, make_visit
from tests.checklist_builders import make_template


@pytest.fixture
def store(workspace):
    return SqlChecklistRepository(workspace)


@pytest.fixture
def visit(repository):
    enterprise = make_enterprise()
    repository.add_enterprise(enterprise)
    v = make_visit(enterprise)
    repository.add_visit(v)
    return v


def walk_and_answer(store, visit, template):
    walk = Walkthrough(
        visit.enterprise_id,
        visit.id,
        template.id,
        template.code,
        template.version,
        zone_ids=(uuid.uuid4(), uuid.uuid4()),
        started_on=dt.date(2026, 3, 4),
        note="With the EIT",
    )
    answer = ChecklistAnswer(
        walk.id,
        visit.enterprise_id,
        "A3",
        Answer.NO,
        zone_id=walk.zone_ids[1],
        repeat_zone=True,
        note="Pallets in the aisle",
        photo_ids=(uuid.uuid4(),),
        hazard_id=uuid.uuid4(),
    )
    store.add_records([walk])
    store.add_records([answer])
    return walk, answer


def test_templates_walk_throughs_and_answers_round_trip(store, visit):
    template = make_template()
    assert store.add_template(template) is True
    assert store.add_template(template) is False  # a version is stored once
    assert store.list_templates() == [template]
    walk, answer = walk_and_answer(store, visit, template)
    assert store.list_records(Walkthrough, visit.enterprise_id) == [walk]
    assert store.list_records(ChecklistAnswer, visit.enterprise_id) == [answer]
    changed = dataclasses.replace(answer, answer=Answer.YES, note="Cleared")
    store.update_records([changed])
    assert store.list_records(ChecklistAnswer) == [changed]


def test_every_answer_is_in_the_change_log(workspace, store, visit):
    store.add_template(make_template())
    _walk, answer = walk_and_answer(store, visit, make_template())
    store.update_records([dataclasses.replace(answer, answer=Answer.YES)])
    history = SqlHistoryRepository(workspace).record_history(answer.id)
    assert [c.operation for c in history] == [Operation.INSERT, Operation.UPDATE]
    assert history[1].field("answer").before == "no" and history[1].field("answer").after == "yes"
    assert history[0].enterprise_id == visit.enterprise_id


def test_a_new_version_of_a_template_leaves_old_walk_throughs_their_items(store, visit):
    first = make_template(1)
    store.add_template(first)
    walk, _answer = walk_and_answer(store, visit, first)
    section = first.sections[0]
    renamed = dataclasses.replace(section.items[2], text=texts(en="Are aisles marked and clear?"))
    second = dataclasses.replace(
        make_template(2),
        sections=(dataclasses.replace(section, items=section.items[:2] + (renamed,)),),
    )
    store.add_template(second)
    held = {t.id: t for t in store.list_templates()}
    assert held[walk.template_id] == first
    assert held[second.id].item("A3").text == texts(en="Are aisles marked and clear?")
    assert held[walk.template_id].item("A3").text[0][1] == "Are the aisles clear?"


def test_deleting_a_visit_or_an_enterprise_deletes_its_walk_throughs_logged(
    workspace, store, repository, visit
):
    store.add_template(make_template())
    walk, answer = walk_and_answer(store, visit, make_template())
    repository.delete_visit(visit.id)
    assert store.list_records(Walkthrough) == [] and store.list_records(ChecklistAnswer) == []
    history = SqlHistoryRepository(workspace)
    assert history.record_history(answer.id)[-1].operation is Operation.DELETE
    other = make_visit(repository.get_enterprise(visit.enterprise_id))
    repository.add_visit(other)
    walk_and_answer(store, other, make_template())
    repository.delete_enterprise(visit.enterprise_id)
    assert store.list_records(Walkthrough) == [] and store.list_records(ChecklistAnswer) == []


def test_a_workspace_of_the_previous_revision_gets_the_tables_and_keeps_its_data(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    ws = open_workspace(url)
    with ws.engine.begin() as connection:
        command.downgrade(_config(connection), "0017_project_done_on")
    SqlPortfolioRepository(ws).add_enterprise(make_enterprise("Old enterprise"))
    ws.close()
    ws = open_workspace(url)
    try:
        with ws.engine.connect() as connection:
            revision = connection.execute(text("select version_num from alembic_version")).scalar()
        assert revision == HEAD_REVISION
        enterprise = SqlPortfolioRepository(ws).list_enterprises()[0]
        assert enterprise.name == "Old enterprise"
        v = make_visit(enterprise)
        SqlPortfolioRepository(ws).add_visit(v)
        store = SqlChecklistRepository(ws)
        store.add_template(make_template())
        walk_and_answer(store, v, make_template())
        assert len(store.list_records(ChecklistAnswer, enterprise.id)) == 1
    finally:
        ws.close()


def test_answers_of_the_previous_revision_read_as_not_carried_and_carried_is_kept(tmp_path):
    url = f"sqlite:///{tmp_path / 'carried.sqlite3'}"
    ws = open_workspace(url)
    with ws.engine.begin() as connection:
        command.downgrade(_config(connection), "0018_checklists")
    enterprise = make_enterprise()
    SqlPortfolioRepository(ws).add_enterprise(enterprise)
    v = make_visit(enterprise)
    SqlPortfolioRepository(ws).add_visit(v)
    template = make_template()
    walk = Walkthrough(enterprise.id, v.id, template.id, template.code, template.version)
    with ws.engine.begin() as connection:  # rows as 0018 wrote them, without the column
        connection.execute(
            text(
                "insert into checklist_templates (id, created_at, updated_at, code, version,"
                " title, module_code, content) values (:id, '2026-01-01', '2026-01-01',"
                " 'test-osh', 1, 'T', 'OSH', '{}')"
            ),
            {"id": template.id.hex},
        )
        connection.execute(
            text(
                "insert into walkthroughs (id, created_at, updated_at, enterprise_id, visit_id,"
                " template_id, template_code, template_version, zone_ids, note) values"
                " (:id, '2026-01-01', '2026-01-01', :e, :v, :t, 'test-osh', 1, '[]', '')"
            ),
            {"id": walk.id.hex, "e": enterprise.id.hex, "v": v.id.hex, "t": template.id.hex},
        )
        connection.execute(
            text(
                "insert into checklist_answers (id, created_at, updated_at, walkthrough_id,"
                " enterprise_id, item_key, answer, repeat_zone, note, photo_ids) values"
                " (:id, '2026-01-01', '2026-01-01', :w, :e, 'A1', 'no', 0, '', '[]')"
            ),
            {"id": uuid.uuid4().hex, "w": walk.id.hex, "e": enterprise.id.hex},
        )
    ws.close()
    ws = open_workspace(url)
    try:
        store = SqlChecklistRepository(ws)
        (old,) = store.list_records(ChecklistAnswer)
        assert old.answer is Answer.NO and old.carried is False
        store.update_records([dataclasses.replace(old, carried=True)])
        assert store.list_records(ChecklistAnswer)[0].carried is True
    finally:
        ws.close()


def test_tallies_count_each_enterprises_latest_walk_through_per_sector_and_country(
    store, repository
):
    template = make_template()
    store.add_template(template)
    garments_vn = make_enterprise("May Hưng Yên", sector="Garments")
    garments_vn2 = make_enterprise("May Thái Bình", sector="Garments")
    metal_cn = make_enterprise("Deyang Metal", sector="Metal", country="China")
    walks: dict = {}
    for enterprise in (garments_vn, garments_vn2, metal_cn):
        repository.add_enterprise(enterprise)
        for day in (dt.date(2026, 3, 1), dt.date(2026, 9, 1)):
            v = make_visit(enterprise, day)
            repository.add_visit(v)
            w = Walkthrough(enterprise.id, v.id, template.id, template.code, template.version)
            walks[(enterprise.name, day.month)] = w
            store.add_records([w])

    def answers(name, month, **given):
        w = walks[(name, month)]
        store.add_records(
            [
                ChecklistAnswer(w.id, w.enterprise_id, key, Answer(value))
                for key, value in given.items()
            ]
        )

    # March answers are superseded by September's: only the latest walk-through counts
    answers("May Hưng Yên", 3, A1="no", A2="no")
    answers("May Hưng Yên", 9, A1="no", A2="yes", B1="not_applicable")
    answers("May Thái Bình", 9, A1="no", A2="no")
    answers("Deyang Metal", 3, A1="no")
    answers("Deyang Metal", 9, A1="yes")
    found = {
        (t.item_key, t.sector, t.country): (t.noes, t.answered, t.enterprises_with_no)
        for t in store.answer_tallies()
    }
    assert found == {
        ("A1", "Garments", "Viet Nam"): (2, 2, 2),
        ("A2", "Garments", "Viet Nam"): (1, 2, 1),
        ("B1", "Garments", "Viet Nam"): (0, 0, 0),
        ("A1", "Metal", "China"): (0, 1, 0),
    }
    only = store.answer_tallies([metal_cn.id])
    assert [(t.item_key, t.noes, t.answered) for t in only] == [("A1", 0, 1)]
    assert all(t.template_code == "test-osh" for t in store.answer_tallies())
