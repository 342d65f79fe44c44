import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from score_desktop.domain.errors import NotFoundError, ValidationError
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from score_desktop.storage.schema import DeletionRow, EnterpriseRow
from tests.builders import TRICKY, make_enterprise, make_visit


def test_enterprise_round_trips_every_field_including_hard_text(repository):
    long_notes = ("Ghi chú dài 长文本 ñ 🙂 " * 500)[:10_000]
    enterprise = make_enterprise(
        name=f"Hồng Hà {TRICKY}",
        products="电缆, cables, cáp điện",
        address="Línea 2\nNave 3",
        contact_person="Señora Núñez",
        phone="+51 1 555 0100",
        email="contacto@empresa.example.pe",
        union_present=True,
        main_buyers="Inditex; ‏شركة‎",
        notes=long_notes,
    )
    repository.add_enterprise(enterprise)
    assert repository.get_enterprise(enterprise.id) == enterprise
    assert len(repository.get_enterprise(enterprise.id).notes) == 10_000


def test_update_changes_the_record_and_its_timestamp(repository, workspace):
    enterprise = make_enterprise()
    repository.add_enterprise(enterprise)
    with workspace.sessions() as s:
        created = s.get(EnterpriseRow, enterprise.id).updated_at
    repository.update_enterprise(dataclasses.replace(enterprise, country="Peru"))
    with workspace.sessions() as s:
        row = s.get(EnterpriseRow, enterprise.id)
        assert row.country == "Peru"
        assert row.updated_at >= created


def test_invalid_enterprise_is_not_stored(repository):
    with pytest.raises(ValidationError):
        repository.add_enterprise(make_enterprise(name=" "))
    assert repository.list_enterprises() == []


def test_listing_is_sorted_by_name_ignoring_case(repository):
    for name in ("beta", "Alpha", "gamma"):
        repository.add_enterprise(make_enterprise(name=name))
    assert [e.name for e in repository.list_enterprises()] == ["Alpha", "beta", "gamma"]


def test_visits_belong_to_their_enterprise_sorted_by_date(repository):
    a, b = make_enterprise("A"), make_enterprise("B")
    repository.add_enterprise(a)
    repository.add_enterprise(b)
    later = make_visit(a, dt.date(2026, 5, 1))
    earlier = make_visit(a, dt.date(2026, 2, 1), next_visit_date=dt.date(2026, 5, 1))
    other = make_visit(b, dt.date(2026, 3, 1))
    for visit in (later, earlier, other):
        repository.add_visit(visit)
    assert repository.list_visits(a.id) == [earlier, later]
    assert repository.get_visit(other.id) == other
    assert repository.last_visit_dates() == {a.id: dt.date(2026, 5, 1), b.id: dt.date(2026, 3, 1)}


def test_deleting_an_enterprise_removes_its_visits_and_logs_tombstones(repository, workspace):
    enterprise = make_enterprise()
    repository.add_enterprise(enterprise)
    visit = make_visit(enterprise)
    repository.add_visit(visit)
    repository.delete_enterprise(enterprise.id)
    assert repository.list_enterprises() == []
    assert repository.list_visits() == []
    with workspace.sessions() as s:
        logged = {(r.table_name, r.row_id) for r in s.scalars(select(DeletionRow))}
    assert logged == {("enterprises", enterprise.id), ("visits", visit.id)}

    repository.add_enterprise(enterprise)  # undo puts it back under its id, then its visits
    repository.add_visit(visit)
    assert repository.get_enterprise(enterprise.id) == enterprise
    assert repository.list_visits(enterprise.id) == [visit]
    with workspace.sessions() as s:
        assert s.scalars(select(DeletionRow)).all() == []


def test_missing_records_raise_not_found(repository):
    ghost = make_enterprise()
    with pytest.raises(NotFoundError):
        repository.get_enterprise(ghost.id)
    with pytest.raises(NotFoundError):
        repository.update_enterprise(ghost)
    with pytest.raises(NotFoundError):
        repository.add_visit(make_visit(ghost))
    with pytest.raises(NotFoundError):
        repository.delete_visit(uuid.uuid4())


def test_visit_with_unknown_module_is_refused(repository):
    enterprise = make_enterprise()
    repository.add_enterprise(enterprise)
    with pytest.raises(NotFoundError, match="not a module"):
        repository.add_visit(make_visit(enterprise, module_code="NOPE"))


def test_module_catalogue_is_extensible_and_matches_case_insensitively(repository):
    assert [m.code for m in repository.list_modules()][:2] == ["WC", "QM"]
    lean = repository.ensure_module("Lean  Manufacturing")
    assert (lean.code, lean.title) == ("LEAN_MANUFACTURING", "Lean Manufacturing")
    assert repository.ensure_module("lean manufacturing") == lean
    assert repository.ensure_module("osh").code == "OSH"
    assert repository.list_modules()[-1] == lean


def test_two_repositories_on_one_file_see_each_others_commits(workspace):
    first, second = SqlPortfolioRepository(workspace), SqlPortfolioRepository(workspace)
    first.add_enterprise(make_enterprise())
    assert len(second.list_enterprises()) == 1
