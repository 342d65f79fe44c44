"""The demo enterprise: a cable maker in Deyang, Sichuan, in Module 1 and Module 5.

Modelled on the Deyang machinery pilots (Module 1, then Module 5 on OSH) and the Chinese
practice of pairing SCORE consultants with work-safety inspectors. Fixed ids make seeding
idempotent.
"""

import datetime as dt
import uuid

from ..domain.catalogues import VisitType
from ..domain.enterprise import Enterprise, Headcount
from ..domain.errors import NotFoundError
from ..domain.ports import PortfolioRepository
from ..domain.visit import Visit

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


def seed_demo(repository: PortfolioRepository) -> bool:
    """Add the demo enterprise and its visits; False when it is already there."""
    try:
        repository.get_enterprise(DEMO_ENTERPRISE_ID)
        return False
    except NotFoundError:
        pass
    repository.add_enterprise(demo_enterprise())
    for visit in demo_visits():
        repository.add_visit(visit)
    return True
