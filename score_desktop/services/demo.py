"""The demo enterprise: a cable maker in Deyang, Sichuan, in Module 1 and Module 5.

Modelled on the Deyang machinery pilots (Module 1, then Module 5 on OSH) and the Chinese
practice of pairing SCORE consultants with work-safety inspectors. Fixed ids make seeding
idempotent.
"""

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

from ..domain.catalogues import VisitType
from ..domain.enterprise import Enterprise, Headcount
from ..domain.errors import NotFoundError
from ..domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from ..domain.geometry import Point, rectangle
from ..domain.hazard import ControlLevel, Hazard, HazardStatus, IdentifiedBy, ProposedControl
from ..domain.ports import Repositories
from ..domain.visit import Visit
from .demo_improvement import demo_improvement_records
from .demo_indicators import demo_indicator_entries

DEMO_ENTERPRISE_ID = uuid.UUID("2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b001")
_CONSULTANT = "Li Mei (李梅)"
_INSPECTOR = "Zhang Wei (张伟), Deyang Work Safety Bureau"


def demo_enterprise() -> Enterprise:
    return Enterprise(
        id=DEMO_ENTERPRISE_ID,
        name="Deyang Hongxing Cable Co., Ltd. (德阳红星电缆有限公司)",
        sector="C27 Manufacture of electrical equipment (wire and cable; machinery pilot)",
        products="Low-voltage power cables, control cables, enamelled copper wire",
        country="China",
        region="Deyang, Sichuan (四川省德阳市)",
        address="18 Jinsha River Road, Jingyang District, Deyang",
        contact_person="Wang Jun (王军), production manager",
        phone="+86 838 555 0142",
        email="wang.jun@hongxing-cable.example.cn",
        headcount=Headcount(workers_women=41, workers_men=67, managers_women=4, managers_men=9),
        union_present=True,
        main_buyers="State Grid provincial contractors; two machinery OEMs in Deyang",
        notes=(
            "Extrusion and stranding lines run two shifts. Management keen on Module 5 after a "
            "hand injury on the stranding machine last year.\n"
            "管理层希望通过SCORE改善现场安全与5S。"
        ),
    )


def demo_visits() -> list[Visit]:
    def visit(n: int, **fields) -> Visit:
        return Visit(
            id=uuid.UUID(f"2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b1{n:02d}"),
            enterprise_id=DEMO_ENTERPRISE_ID,
            consultant=_CONSULTANT,
            **fields,
        )

    return [
        visit(
            1,
            date=dt.date(2026, 6, 16),
            visit_type=VisitType.INTAKE,
            module_code="WC",
            attendees="Wang Jun (production manager), Chen Hua (HR), 2 line workers (1 woman)",
            objectives="Baseline assessment; agree on the Enterprise Improvement Team (EIT).",
            observations=(
                "Cable drums and copper scrap block the aisle between extrusion lines 2 and 3.\n"
                "No suggestion scheme; workers raise problems only with their team leader.\n"
                "挤出车间通道被电缆盘占用，存在绊倒风险。"
            ),
            next_steps=(
                "Form an EIT of 4 managers and 4 workers, with women in proportion to the "
                "workforce; workers elect their members.\nStart a suggestion box by July."
            ),
            next_visit_date=dt.date(2026, 7, 21),
        ),
        visit(
            2,
            date=dt.date(2026, 7, 21),
            visit_type=VisitType.FOLLOW_UP_1,
            module_code="WC",
            attendees="EIT (8 members, 3 women)",
            objectives="Review first EIT meetings and 5S in the stranding area.",
            observations=(
                "EIT met three times; 14 suggestions received, 6 implemented.\n"
                "5S red-tag campaign cleared 2.3 t of scrap from the stranding area."
            ),
            next_steps="Marked walkways with yellow paint; monthly indicator sheet to the EIT.",
            next_visit_date=dt.date(2026, 9, 8),
        ),
        visit(
            3,
            date=dt.date(2026, 9, 8),
            visit_type=VisitType.INTAKE,
            module_code="OSH",
            inspector=_INSPECTOR,
            attendees="EIT, safety officer Liu Yan (刘燕), inspector Zhang Wei",
            objectives="Joint walk-through with the work-safety inspector; start the risk map.",
            observations=(
                "Unguarded nip point on stranding machine No. 2 (hand injury in 2025).\n"
                "Extruder barrel at 180 °C without insulation near the operator's position.\n"
                "绞线机2号机夹点无防护罩，需加装联锁防护。"
            ),
            next_steps=(
                "Fit an interlocked guard on stranding machine No. 2 before the next visit.\n"
                "EIT to hold weekly 15-minute hazard meetings."
            ),
            next_visit_date=dt.date(2026, 10, 13),
        ),
        visit(
            4,
            date=dt.date(2026, 10, 13),
            visit_type=VisitType.FOLLOW_UP_1,
            module_code="OSH",
            inspector=_INSPECTOR,
            attendees="EIT, safety officer Liu Yan, inspector Zhang Wei",
            objectives="Check the guard, the aisle markings and the first hazard meetings.",
            observations=(
                "Guard fitted and interlock tested; operators trained on lock-out.\n"
                "Hazard meetings held weekly since September; minutes kept by the EIT secretary."
            ),
            next_steps="Insulate the extruder barrels; add an eyewash point near the lab.",
            next_visit_date=dt.date(2026, 11, 24),
        ),
    ]


DEMO_PLAN_ID = uuid.UUID("2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b201")


def demo_plan() -> FloorPlan:
    return FloorPlan(
        id=DEMO_PLAN_ID,
        enterprise_id=DEMO_ENTERPRISE_ID,
        name="Cable workshop",
        building="Hall 1",
        floor="Ground floor",
        notes="Drawn on the intake visit; 1 unit = 1 cm. 电缆车间平面图。",
        metres_per_unit=0.01,
        grid_metres=1.0,
    )


def demo_plan_items() -> list[PlanItem]:
    """A 40 m × 24 m hall: extrusion, stranding, wrapping, stores, office, lab, two exits."""
    k, p = PlanItemKind, DEMO_PLAN_ID
    items: list[PlanItem] = []

    def add(kind, points, **fields) -> None:
        items.append(PlanItem(plan_id=p, kind=kind, points=tuple(points), z=len(items), **fields))

    def zone(x0, y0, x1, y1, name, dept, women, men, kind=k.ZONE) -> None:
        add(
            kind,
            rectangle(Point(x0, y0), Point(x1, y1)),
            label=name,
            department=dept,
            workers_women=women,
            workers_men=men,
        )

    zone(0, 0, 1600, 1400, "Extrusion", "Production", 8, 20)
    zone(1600, 0, 2800, 1400, "Stranding", "Production", 6, 14)
    zone(2800, 0, 4000, 1400, "Wrapping & packing", "Production", 18, 10)
    add(k.AISLE, rectangle(Point(0, 1400), Point(4000, 1700)), label="Main aisle (3 m)")
    zone(0, 1700, 1200, 2400, "Copper & PVC store", "", 0, 0, kind=k.STORAGE)
    zone(1200, 1700, 2000, 2400, "Office 办公室", "Administration", 4, 3)
    zone(2000, 1700, 2800, 2400, "QC lab", "Quality", 3, 2)
    zone(2800, 1700, 4000, 2400, "Finished drums", "", 0, 0, kind=k.STORAGE)
    for a, b in (
        ((0, 0), (4000, 0)),
        ((4000, 0), (4000, 1450)),
        ((4000, 1650), (4000, 2400)),
        ((4000, 2400), (0, 2400)),
        ((0, 2400), (0, 1650)),
        ((0, 1450), (0, 0)),
        ((1200, 1700), (1200, 2400)),
        ((2000, 1700), (2000, 2400)),
        ((2800, 1700), (2800, 2400)),
        ((1300, 1700), (2000, 1700)),
        ((2100, 1700), (2800, 1700)),
    ):
        add(k.WALL, (Point(*a), Point(*b)), thickness=25)
    add(k.EMERGENCY_EXIT, (Point(0, 1450), Point(0, 1650)), label="EXIT 1")
    add(k.EMERGENCY_EXIT, (Point(4000, 1450), Point(4000, 1650)), label="EXIT 2")
    add(k.DOOR, (Point(1200, 1700), Point(1300, 1700)))
    add(k.DOOR, (Point(2000, 1700), Point(2100, 1700)))
    for n, y in enumerate((200, 470, 1180), start=1):
        add(k.MACHINE, (Point(780, y),), width=1250, height=160, label=f"Extruder line {n}")
    for n, x in enumerate((1950, 2450), start=1):
        add(k.MACHINE, (Point(x, 500),), width=300, height=220, label=f"Strander {n}")
    for n, (x, y) in enumerate(((3150, 400), (3600, 400), (3150, 950)), start=1):
        add(
            k.MACHINE,
            (Point(x, y),),
            width=250,
            height=150,
            rotation=0 if n < 3 else 15,
            label=f"Wrapping {n}",
        )
    add(k.MACHINE, (Point(3650, 1000),), width=300, height=200, label="Drum winder")
    for x, y in ((100, 1380), (1620, 1380), (2820, 1380), (3900, 1380), (1300, 2300)):
        add(k.FIRE_EXTINGUISHER, (Point(x, y),))
    add(k.FIRST_AID, (Point(1900, 1780),))
    add(k.EYEWASH, (Point(2700, 1780),))
    add(k.LABEL, (Point(2000, -120),), label="Hall 1 — Deyang Hongxing Cable", font_size=90)
    return items


def demo_hazards() -> list[Hazard]:
    """Hazards found on the joint walk-through with the inspector (visit 3), pinned on the plan."""
    osh_intake = uuid.UUID("2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b103")
    eng, adm, ppe = ControlLevel.ENGINEERING, ControlLevel.ADMINISTRATIVE, ControlLevel.PPE
    sub, eli = ControlLevel.SUBSTITUTION, ControlLevel.ELIMINATION
    rows = [
        # title, category, (x, y), women, men, (L, S), residual, status, controls, by
        (
            "Unguarded nip point, strander 2",
            "mechanical",
            (2450, 640),
            1,
            5,
            (4, 4),
            (2, 4),
            HazardStatus.CONTROLLED,
            [("Interlocked guard", eng), ("Lock-out training", adm)],
            IdentifiedBy.INSPECTOR,
        ),
        (
            "Wrapping machine 3 without guard",
            "mechanical",
            (3150, 1060),
            4,
            2,
            (4, 4),
            (2, 4),  # once guarded; the guard is only proposed, so the risk now is 16
            HazardStatus.OPEN,
            [("Fixed guard over the rotating ring", eng)],
            IdentifiedBy.EIT,
        ),
        (
            "Flying copper debris at the winder",
            "mechanical",
            (3650, 1120),
            1,
            3,
            (3, 3),
            (2, 3),
            HazardStatus.IN_PROGRESS,
            [("Polycarbonate screen", eng), ("Safety glasses", ppe)],
            IdentifiedBy.CONSULTANT,
        ),
        (
            "Emergency exit 2 blocked by drums",
            "fire",
            (3930, 1550),
            8,
            6,
            (3, 5),
            (1, 5),
            HazardStatus.VERIFIED,
            [("Yellow no-storage box on the floor", adm)],
            IdentifiedBy.INSPECTOR,
        ),
        (
            "Cable drums stacked four high",
            "slips",
            (3400, 2050),
            0,
            4,
            (3, 4),
            (),
            HazardStatus.OPEN,
            [("Drum racks, two high at most", eng)],
            IdentifiedBy.WORKERS_MAPPING,
        ),
        (
            "Forklift crossing the main aisle",
            "transport",
            (2000, 1560),
            10,
            18,
            (3, 5),
            (2, 5),
            HazardStatus.IN_PROGRESS,
            [("Marked pedestrian lane", eng), ("Speed limit 5 km/h", adm)],
            IdentifiedBy.EIT,
        ),
        (
            "Noise at extruder line 1 (92 dB(A))",
            "noise",
            (780, 330),
            3,
            7,
            (5, 3),
            (5, 2),
            HazardStatus.IN_PROGRESS,
            [("Enclose the pelletiser", eng), ("Ear muffs", ppe)],
            IdentifiedBy.INSPECTOR,
        ),
        (
            "Hot extruder barrel, 180 °C",
            "heat",
            (780, 600),
            2,
            6,
            (3, 3),
            (),
            HazardStatus.OPEN,
            [("Insulating jacket", eng)],
            IdentifiedBy.INSPECTOR,
        ),
        (
            "Solvent for ink printing stored open",
            "chemical",
            (450, 2050),
            0,
            2,
            (3, 4),
            (2, 3),
            HazardStatus.OPEN,
            [("Water-based ink", sub), ("Closed metal cabinet", eng)],
            IdentifiedBy.CONSULTANT,
        ),
        (
            "Manual lifting of 60 kg drums",
            "ergonomic",
            (3250, 1950),
            2,
            6,
            (4, 3),
            (2, 2),
            HazardStatus.OPEN,
            [("Drum trolley", eng), ("Two-person lift rule", adm)],
            IdentifiedBy.WORKERS_MAPPING,
        ),
        (
            "Exposed wiring at the extruder panel",
            "electrical",
            (120, 900),
            0,
            3,
            (2, 5),
            (1, 5),
            HazardStatus.CONTROLLED,
            [("Close the panel, lock it", eng)],
            IdentifiedBy.INSPECTOR,
        ),
        (
            "Oil on the floor by strander 1",
            "slips",
            (1950, 820),
            1,
            4,
            (4, 2),
            (),
            HazardStatus.OPEN,
            [("Drip trays", eng), ("5S cleaning round", adm)],
            IdentifiedBy.EIT,
        ),
        (
            "Poor lighting in the copper store",
            "lighting",
            (650, 2250),
            0,
            3,
            (3, 2),
            (),
            HazardStatus.OPEN,
            [("LED high-bay lamps", eng)],
            IdentifiedBy.WORKERS_MAPPING,
        ),
        (
            "Night shift alone at the winder",
            "psychosocial",
            (3800, 900),
            0,
            1,
            (2, 3),
            (),
            HazardStatus.OPEN,
            [("No lone working; radio check", adm)],
            IdentifiedBy.EIT,
        ),
        (
            "Shared cups at the QC lab",
            "infection",
            (2400, 2250),
            3,
            2,
            (2, 2),
            (),
            HazardStatus.OPEN,
            [("Personal cups", eli)],
            IdentifiedBy.CONSULTANT,
        ),
    ]
    hazards = []
    for n, (
        title,
        category,
        (x, y),
        women,
        men,
        initial,
        residual,
        status,
        controls,
        by,
    ) in enumerate(rows, start=1):
        hazards.append(
            Hazard(
                id=uuid.UUID(f"2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b3{n:02d}"),
                enterprise_id=DEMO_ENTERPRISE_ID,
                title=title,
                category_code=category,
                plan_id=DEMO_PLAN_ID,
                position=Point(x, y),
                exposed_women=women,
                exposed_men=men,
                initial=(("likelihood", float(initial[0])), ("severity", float(initial[1]))),
                residual=(("likelihood", float(residual[0])), ("severity", float(residual[1])))
                if residual
                else (),
                proposed_controls=tuple(ProposedControl(text, level) for text, level in controls),
                status=status,
                identified_by=by,
                visit_id=osh_intake,
                responsible="Liu Yan (刘燕)" if n % 2 else "Wang Jun (王军)",
                due_date=dt.date(2026, 11, 30) if status is not HazardStatus.VERIFIED else None,
            )
        )
    return hazards


@dataclass(frozen=True)
class DemoRecords:
    """Everything the demo holds, in the order it is written (parents first). The demo
    offered in the window and `score-desktop demo` both write exactly these."""

    enterprise: Enterprise
    visits: list[Visit]
    plan: FloorPlan
    plan_items: list[PlanItem]
    hazards: list[Hazard]
    improvement: list[list]  # one list per record type: members, projects, meetings…
    indicator_entries: list


def demo_records() -> DemoRecords:
    """Every record with a fixed id, so any two demos are the same records."""
    items = [
        dataclasses.replace(item, id=uuid.uuid5(DEMO_ENTERPRISE_ID, f"plan-item {n}"))
        for n, item in enumerate(demo_plan_items())
    ]
    entries = [
        dataclasses.replace(entry, id=uuid.uuid5(DEMO_ENTERPRISE_ID, f"entry {entry.key()}"))
        for entry in demo_indicator_entries()
    ]
    return DemoRecords(
        demo_enterprise(),
        demo_visits(),
        demo_plan(),
        items,
        demo_hazards(),
        demo_improvement_records(),
        entries,
    )


def seed_demo(repositories: Repositories) -> bool:
    """Add the demo enterprise, its visits, floor plan, hazards, EIT, EIP and indicators;
    False if already there."""
    try:
        repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
        return False
    except NotFoundError:
        pass
    write_records(repositories, demo_records())
    return True


def write_records(repositories: Repositories, demo: DemoRecords) -> None:
    """Write the demo's records (or a copy of them under other ids), parents first."""
    repositories.portfolio.add_enterprise(demo.enterprise)
    for visit in demo.visits:
        repositories.portfolio.add_visit(visit)
    repositories.plans.add_plan(demo.plan, demo.plan_items)
    repositories.hazards.add_hazards(demo.hazards)
    for records in demo.improvement:
        repositories.improvement.add_records(records)
    repositories.indicators.replace_entries([], demo.indicator_entries)
