"""The text rule at the one place every write passes (storage/text_rule.py): each text field
of every kind of record either comes back from a real SQLite workspace exactly as written,
or the write is refused with a ValidationError naming a field that broke the rule, and
nothing of it is stored."""

import dataclasses
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.domain import text
from score_desktop.domain.errors import NotFoundError, ValidationError
from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import ControlLevel, Hazard, ProposedControl
from score_desktop.domain.improvement import ImprovementProject, ReviewItem, ReviewKind
from score_desktop.domain.photo import Annotation, AnnotationKind, Photo
from score_desktop.domain.team import EitMeeting, EitMember, EitRole, Sex, Suggestion
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise, make_visit
from tests.hostile.strategies import HOSTILE

TODAY = dt.date(2026, 3, 4)


class Base:
    """The records hostile ones hang on, made once per workspace."""

    def __init__(self, workspace):
        self.repos = repos = sql_repositories(workspace)
        self.enterprise = make_enterprise()
        repos.portfolio.add_enterprise(self.enterprise)
        self.visit = make_visit(self.enterprise)
        repos.portfolio.add_visit(self.visit)
        self.plan = FloorPlan(self.enterprise.id, "Ground floor")
        repos.plans.add_plan(self.plan)
        self.category = repos.hazards.list_categories()[0].code
        self.sha256, _ = repos.photos.store_blob(b"bytes", b"thumb", "image/jpeg")


def enterprise(base, t):
    fields = ("sector", "products", "country", "region", "address", "contact_person", "phone")
    return make_enterprise(
        name="x" + t["name"],
        email=t["email"],
        main_buyers=t["main_buyers"],
        notes=t["notes"],
        **{f: t[f] for f in fields},
    )


def visit(base, t):
    fields = ("consultant", "inspector", "attendees", "objectives", "observations", "next_steps")
    return make_visit(base.enterprise, **{f: t[f] for f in fields})


def hazard(base, t):
    return Hazard(
        base.enterprise.id,
        "x" + t["title"],
        base.category,
        description=t["description"],
        source=t["source"],
        job=t["job"],
        existing_controls=t["existing_controls"],
        responsible=t["responsible"],
        legal_reference=t["legal_reference"],
        proposed_controls=(ProposedControl(t["proposed_controls"], ControlLevel.PPE),),
        initial=(("likelihood", 3.0), ("severity", 4.0)),
    )


def photo(base, t):
    return Photo(
        base.enterprise.id,
        base.sha256,
        640,
        480,
        caption=t["caption"],
        original_name=t["original_name"],
        camera=t["camera"],
        annotations=(Annotation(AnnotationKind.TEXT, ((0.5, 0.5),), text="x" + t["annotations"]),),
    )


def member(base, t):
    return EitMember(
        base.enterprise.id,
        "x" + t["name"],
        Sex.FEMALE,
        EitRole.WORKER,
        position=t["position"],
        department=t["department"],
    )


def meeting(base, t):
    return EitMeeting(base.enterprise.id, TODAY, topics=t["topics"], decisions=t["decisions"])


def suggestion(base, t):
    return Suggestion(
        base.enterprise.id, TODAY, "x" + t["text"], submitter=t["submitter"], area=t["area"]
    )


def project(base, t):
    fields = ("problem", "root_cause", "zone", "action", "team", "indicator", "verified_by")
    return ImprovementProject(base.enterprise.id, "x" + t["title"], **{f: t[f] for f in fields})


def review_item(base, t):
    return ReviewItem(
        base.visit.id, ReviewKind.HAZARD, base.visit.id, "x" + t["title"], note=t["note"]
    )


def plan(base, t):
    return FloorPlan(
        base.enterprise.id,
        "x" + t["name"],
        building=t["building"],
        floor=t["floor"],
        notes=t["notes"],
    )


def plan_item(base, t):
    return PlanItem(
        base.plan.id,
        PlanItemKind.LABEL,
        (Point(1.0, 2.0),),
        label="x" + t["label"],
        department=t["department"],
    )


def improvement(cls):
    return (
        lambda r, rec: r.improvement.add_records([rec]),
        lambda r, rec: r.improvement.update_records([rec]),
        lambda r, rec: next(x for x in r.improvement.list_records(cls) if x.id == rec.id),
    )


# kind: (make, its text fields, add, update, read back)
KINDS = {
    "enterprise": (
        enterprise,
        "name sector products country region address contact_person phone email main_buyers notes",
        lambda r, rec: r.portfolio.add_enterprise(rec),
        lambda r, rec: r.portfolio.update_enterprise(rec),
        lambda r, rec: r.portfolio.get_enterprise(rec.id),
    ),
    "visit": (
        visit,
        "consultant inspector attendees objectives observations next_steps",
        lambda r, rec: r.portfolio.add_visit(rec),
        lambda r, rec: r.portfolio.update_visit(rec),
        lambda r, rec: r.portfolio.get_visit(rec.id),
    ),
    "hazard": (
        hazard,
        "title description source job existing_controls responsible legal_reference "
        "proposed_controls",
        lambda r, rec: r.hazards.add_hazards([rec]),
        lambda r, rec: r.hazards.update_hazards([rec]),
        lambda r, rec: next(h for h in r.hazards.list_hazards() if h.id == rec.id),
    ),
    "photo": (
        photo,
        "caption original_name camera annotations",
        lambda r, rec: r.photos.add_photos([rec]),
        lambda r, rec: r.photos.update_photos([rec]),
        lambda r, rec: next(p for p in r.photos.list_photos() if p.id == rec.id),
    ),
    "EIT member": (member, "name position department", *improvement(EitMember)),
    "EIT meeting": (meeting, "topics decisions", *improvement(EitMeeting)),
    "suggestion": (suggestion, "text submitter area", *improvement(Suggestion)),
    "EIP project": (
        project,
        "title problem root_cause zone action team indicator verified_by",
        *improvement(ImprovementProject),
    ),
    "review item": (review_item, "title note", *improvement(ReviewItem)),
    "floor plan": (
        plan,
        "name building floor notes",
        lambda r, rec: r.plans.add_plan(rec),
        lambda r, rec: r.plans.update_plan(rec),
        lambda r, rec: r.plans.get_plan(rec.id),
    ),
    "plan item": (
        plan_item,
        "label department",
        lambda r, rec: r.plans.add_items([rec]),
        lambda r, rec: r.plans.update_items([rec]),
        lambda r, rec: next(i for i in r.plans.list_items(rec.plan_id) if i.id == rec.id),
    ),
}


@pytest.fixture
def base(workspace):
    return Base(workspace)


# an e-mail address is checked for its shape first: hostile text inside a valid shape
AS_EMAIL = HOSTILE.map(lambda t: "x" + re.sub(r"[@\s]", "", t) + "@example.org")


def texts_for(fields: str):
    return st.fixed_dictionaries(
        {name: AS_EMAIL if name == "email" else HOSTILE for name in fields.split()}
    )


@pytest.mark.parametrize("kind", KINDS)
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_text_field_round_trips_or_is_refused_by_name(base, kind, data):
    make, fields, add, update, read = KINDS[kind]
    values = data.draw(texts_for(fields))
    broken = {name for name, value in values.items() if text.problem(value) is not None}
    repos = base.repos

    def written(write, record) -> bool:
        try:
            write(repos, record)
        except ValidationError as exc:
            assert broken and set(exc.problems) & broken, exc.problems
            assert "cannot be stored" in str(exc)
            return False
        assert not broken, f"{broken} stored"
        assert read(repos, record) == record
        return True

    clean = make(base, {name: "plain@example.org" for name in values})
    stored = make(base, values)
    if not written(add, stored):  # refused whole: nothing of it is there
        with pytest.raises((NotFoundError, StopIteration)):
            read(repos, stored)
    add(repos, clean)
    written(update, dataclasses.replace(make(base, values), id=clean.id))
    if broken:
        assert read(repos, clean) == clean  # the refused update changed nothing


def test_older_text_does_not_block_an_edit_of_another_field(workspace):
    """Text stored before the rule (here put in with SQL) stays readable, and a record
    holding it can still be edited; only a write of such text is refused."""
    from sqlalchemy import text as sql

    repos = sql_repositories(workspace)
    record = make_enterprise(notes="clean")
    repos.portfolio.add_enterprise(record)
    with workspace.engine.begin() as connection:
        connection.execute(
            sql("update enterprises set notes = :notes where id = :id"),
            {"notes": "old\x07bell", "id": record.id.hex},
        )
    old = repos.portfolio.get_enterprise(record.id)
    assert old.notes == "old\x07bell"
    repos.portfolio.update_enterprise(dataclasses.replace(old, name="Renamed"))
    assert repos.portfolio.get_enterprise(record.id).name == "Renamed"
    with pytest.raises(ValidationError, match="notes: holds a control character"):
        repos.portfolio.update_enterprise(dataclasses.replace(old, notes="new\x07bell"))
