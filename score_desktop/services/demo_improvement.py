"""The demo enterprise's EIT (eight members and one who left), its meetings, suggestions and
ten improvement projects across modules, at every status."""

import datetime as dt
import uuid
from decimal import Decimal

from ..domain.hazard import ControlLevel
from ..domain.improvement import ImprovementProject, ProjectSource, ProjectStatus
from ..domain.team import EitMeeting, EitMember, EitRole, Sex, Suggestion, SuggestionStatus

ENTERPRISE_ID = uuid.UUID("2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b001")


def _id(group: int, n: int) -> uuid.UUID:
    return uuid.UUID(f"2f0c7a4e-5b1d-4c36-9d0e-7d3a51c2b{group}{n:02d}")


def _hazard(n: int) -> uuid.UUID:
    return _id(3, n)


def demo_members() -> list[EitMember]:
    joined = dt.date(2026, 6, 30)
    rows = [
        ("Wang Jun (王军)", Sex.MALE, EitRole.MANAGER, "Production manager", "Production", False),
        ("Chen Hua (陈华)", Sex.FEMALE, EitRole.MANAGER, "HR manager", "Administration", False),
        ("Liu Yan (刘燕)", Sex.FEMALE, EitRole.SUPERVISOR, "Safety officer", "Production", False),
        ("Zhang Lei (张磊)", Sex.MALE, EitRole.SUPERVISOR, "Shift leader", "Extrusion", False),
        ("Li Na (李娜)", Sex.FEMALE, EitRole.WORKER, "Wrapping operator", "Packing", True),
        ("Zhao Qiang (赵强)", Sex.MALE, EitRole.WORKER, "Extruder operator", "Extrusion", True),
        ("Sun Peng (孙鹏)", Sex.MALE, EitRole.WORKER, "Strander operator", "Stranding", True),
        ("Huang Mei (黄梅)", Sex.FEMALE, EitRole.WORKER, "QC inspector", "Quality", True),
    ]
    members = [
        EitMember(
            ENTERPRISE_ID,
            name,
            sex,
            role,
            id=_id(4, n),
            position=position,
            department=department,
            elected_by_workers=elected,
            joined_on=joined,
        )
        for n, (name, sex, role, position, department, elected) in enumerate(rows, start=1)
    ]
    members.append(
        EitMember(
            ENTERPRISE_ID,
            "Zhou Bin (周斌)",
            Sex.MALE,
            EitRole.WORKER,
            id=_id(4, 9),
            position="Forklift driver",
            department="Warehouse",
            elected_by_workers=True,
            joined_on=joined,
            left_on=dt.date(2026, 10, 1),
        )
    )
    return members


def demo_projects() -> list[ImprovementProject]:
    m = {n: _id(4, n) for n in range(1, 10)}
    S, OSH = ProjectStatus, "OSH"
    return [
        ImprovementProject(
            ENTERPRISE_ID,
            "Interlocked guard on strander 2",
            id=_id(5, 1),
            problem="Unguarded nip point; a hand injury in 2025.",
            source=ProjectSource.HAZARD,
            hazard_ids=(_hazard(1),),
            module_code=OSH,
            zone="Stranding",
            action="Fit an interlocked guard; train operators on lock-out.",
            control_level=ControlLevel.ENGINEERING,
            responsible_id=m[3],
            start_date=dt.date(2026, 9, 10),
            due_date=dt.date(2026, 10, 10),
            status=S.VERIFIED,
            cost_estimate=Decimal("6000"),
            cost_actual=Decimal("6800"),
            indicator="Hand injuries per year",
            baseline_value=1,
            target_value=0,
            result_value=0,
            verified_on=dt.date(2026, 10, 13),
            verified_by="Zhang Wei (inspector)",
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Yellow walkway lines in extrusion",
            id=_id(5, 2),
            problem="Cable drums and scrap block the aisle between lines 2 and 3.",
            source=ProjectSource.BASELINE,
            module_code="WC",
            zone="Extrusion",
            action="Mark walkways and drum parking places; 5S red-tag day.",
            responsible_id=m[6],
            team="Extrusion shift B",
            start_date=dt.date(2026, 7, 1),
            due_date=dt.date(2026, 7, 20),
            status=S.DONE,
            cost_actual=Decimal("900"),
            savings_actual=Decimal("1200"),
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Fixed guard over wrapping machine 3",
            id=_id(5, 3),
            problem="The rotating ring is open on the operator's side.",
            source=ProjectSource.HAZARD,
            hazard_ids=(_hazard(2),),
            module_code=OSH,
            zone="Wrapping & packing",
            action="Fixed mesh guard with a hinged, interlocked door.",
            control_level=ControlLevel.ENGINEERING,
            responsible_id=m[1],
            start_date=dt.date(2026, 10, 15),
            due_date=dt.date(2026, 11, 15),
            status=S.IN_PROGRESS,
            cost_estimate=Decimal("4500"),
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Insulate extruder barrels",
            id=_id(5, 4),
            problem="Barrels at 180 °C next to the operator's position.",
            source=ProjectSource.CONSULTANT,
            module_code=OSH,
            zone="Extrusion",
            action="Insulating jackets on lines 1–3; also saves heater energy.",
            control_level=ControlLevel.ENGINEERING,
            responsible_id=m[4],
            start_date=dt.date(2026, 11, 1),
            due_date=dt.date(2026, 12, 20),
            status=S.PLANNED,
            cost_estimate=Decimal("12000"),
            savings_expected=Decimal("2100"),
            indicator="kWh per km of cable",
            baseline_value=41.5,
            target_value=37.0,
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Eyewash point near the lab",
            id=_id(5, 5),
            problem="Solvent handled in the lab with no eyewash within 10 s.",
            source=ProjectSource.CONSULTANT,
            module_code=OSH,
            zone="Lab",
            action="Plumbed eyewash station and a sign.",
            control_level=ControlLevel.ENGINEERING,
            responsible_id=m[3],
            start_date=dt.date(2026, 10, 13),
            due_date=dt.date(2026, 10, 31),
            status=S.PLANNED,
            cost_estimate=Decimal("1500"),
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Convex mirrors at the forklift crossing",
            id=_id(5, 6),
            problem="Pedestrians cross the forklift route at the warehouse door.",
            source=ProjectSource.SUGGESTION,
            suggestion_id=_id(6, 2),
            module_code=OSH,
            zone="Main aisle",
            action="Two mirrors and a painted crossing.",
            control_level=ControlLevel.ENGINEERING,
            responsible_id=m[9],  # left the EIT: the form warns
            due_date=dt.date(2026, 11, 5),
            status=S.ON_HOLD,
            cost_estimate=Decimal("800"),
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Drum racks for finished cable",
            id=_id(5, 7),
            problem="Drums stored on the floor, rolled by hand.",
            source=ProjectSource.SUGGESTION,
            suggestion_id=_id(6, 1),
            module_code="WC",
            zone="Finished drums",
            action="Steel racks and chocks; drums moved by forklift only.",
            responsible_id=m[5],
            start_date=dt.date(2026, 11, 10),
            due_date=dt.date(2027, 1, 15),
            status=S.IN_PROGRESS,
            cost_estimate=Decimal("9500"),
            savings_expected=Decimal("600"),
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Defect board at the spark tester",
            id=_id(5, 8),
            problem="Insulation faults found at the end of the line, not at the extruder.",
            source=ProjectSource.CONSULTANT,
            module_code="QM",
            zone="Extrusion",
            action="Hourly tally board; stop the line at three faults in an hour.",
            responsible_id=m[8],
            start_date=dt.date(2026, 11, 20),
            due_date=dt.date(2026, 12, 31),
            status=S.PLANNED,
            cost_estimate=Decimal("300"),
            savings_expected=Decimal("3500"),
            indicator="Defects per 10 km",
            baseline_value=6.2,
            target_value=3.0,
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Fix compressed-air leaks",
            id=_id(5, 9),
            problem="Compressor runs through the night; audible leaks at the strander.",
            source=ProjectSource.BASELINE,
            module_code="CP",
            zone="Stranding",
            action="Leak tag day; replace quick couplings; timer on the compressor.",
            responsible_id=m[7],
            start_date=dt.date(2026, 8, 1),
            due_date=dt.date(2026, 9, 15),
            status=S.DONE,
            cost_actual=Decimal("1100"),
            savings_actual=Decimal("1450"),
            indicator="kWh per month (compressor)",
            baseline_value=9800,
            target_value=7500,
            result_value=7200,
        ),
        ImprovementProject(
            ENTERPRISE_ID,
            "Canteen menu survey",
            id=_id(5, 10),
            problem="Complaints about the night-shift meals.",
            source=ProjectSource.SUGGESTION,
            module_code="HRM",
            action="Replaced by the canteen contractor's own survey.",
            responsible_id=m[2],
            status=S.CANCELLED,
        ),
    ]


def demo_meetings() -> list[EitMeeting]:
    members = [m.id for m in demo_members()]
    days = [(7, 2), (7, 16), (7, 30), (8, 20), (9, 10), (9, 17), (9, 24), (10, 8), (10, 22)]
    days += [(11, 5), (11, 19)]
    topics = {
        (7, 2): "EIT set up; ground rules; suggestion box",
        (9, 10): "Risk map walk-through results; guard for strander 2",
        (11, 19): "Wrapping machine guard delayed: supplier; drum racks",
    }
    meetings = []
    for n, (month, day) in enumerate(days, start=1):
        date = dt.date(2026, month, day)
        present = tuple(
            i for k, i in enumerate(members) if (k + n) % 5 and (i != members[8] or month < 10)
        )
        meetings.append(
            EitMeeting(
                ENTERPRISE_ID,
                date,
                id=_id(7, n),
                attendee_ids=present,
                topics=topics.get((month, day), "Suggestions received; project follow-up"),
                decisions="Actions and owners in the EIP." if n % 2 else "",
                project_ids=(_id(5, 1),) if month == 9 else (),
            )
        )
    return meetings


def demo_suggestions() -> list[Suggestion]:
    return [
        Suggestion(
            ENTERPRISE_ID,
            dt.date(2026, 7, 8),
            "Racks for the finished drums so nobody rolls them by hand.",
            id=_id(6, 1),
            submitter="Sun Peng (孙鹏)",
            submitter_sex=Sex.MALE,
            area="Finished drums",
            status=SuggestionStatus.ACCEPTED,
            project_id=_id(5, 7),
        ),
        Suggestion(
            ENTERPRISE_ID,
            dt.date(2026, 7, 15),
            "Mirror at the warehouse door: forklifts come out blind.",
            id=_id(6, 2),
            submitter_sex=Sex.FEMALE,
            area="Main aisle",
            status=SuggestionStatus.ACCEPTED,
            project_id=_id(5, 6),
        ),
        Suggestion(
            ENTERPRISE_ID,
            dt.date(2026, 8, 3),
            "更衣室需要更多储物柜 (more lockers in the changing room).",
            id=_id(6, 3),
            submitter="Huang Mei (黄梅)",
            submitter_sex=Sex.FEMALE,
            area="Changing room",
            status=SuggestionStatus.IMPLEMENTED,
        ),
        Suggestion(
            ENTERPRISE_ID,
            dt.date(2026, 10, 28),
            "Label the copper scrap bins by alloy so scrap can be sold at a better price.",
            id=_id(6, 4),
            area="Extrusion",
        ),
        Suggestion(
            ENTERPRISE_ID,
            dt.date(2026, 11, 12),
            "Music in the packing hall.",
            id=_id(6, 5),
            submitter_sex=Sex.MALE,
            area="Wrapping & packing",
            status=SuggestionStatus.REJECTED,
        ),
    ]


def demo_improvement_records() -> list[list]:
    """In an order that can be inserted: members before what points at them."""
    return [demo_members(), demo_projects(), demo_meetings(), demo_suggestions()]
