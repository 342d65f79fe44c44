"""A small checklist template used by the checklist tests of every layer."""

from score_desktop.domain.checklist import (
    ActionSuggestion,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    HazardSuggestion,
    parse_conditions,
    template_id,
    texts,
)
from score_desktop.domain.hazard import ControlLevel


def make_template(version: int = 1) -> ChecklistTemplate:
    """Two sections: storage (A1..A3, A2 shown only if A1 is yes, A3 repeats per zone) and
    machines (B1 for enterprises of 50+ workers, B2 repeating, shown in a zone where A3 is
    no)."""
    storage = ChecklistSection(
        "storage",
        texts(en="Storage and handling", zh_CN="物料存储与搬运"),
        (
            ChecklistItem(
                "A1",
                texts(en="Are there racks for materials?", zh_CN="是否有物料货架？"),
                help=texts(en="Look at every store room."),
            ),
            ChecklistItem(
                "A2",
                texts(en="Are the racks fixed to the wall?"),
                show_if=parse_conditions("A1=yes"),
                hazard=HazardSuggestion(
                    "mechanical",
                    controls=texts(en="Fix racks to the wall\nLabel the load limit"),
                    likelihood=2,
                    severity=4,
                ),
            ),
            ChecklistItem(
                "A3",
                texts(en="Are the aisles clear?", zh_CN="通道是否畅通？"),
                repeats=True,
                hazard=HazardSuggestion(
                    "slips",
                    title=texts(en="Blocked aisle", zh_CN="通道堵塞"),
                    controls=texts(en="Mark aisles and keep them clear"),
                    control_level=ControlLevel.ADMINISTRATIVE,
                    likelihood=4,
                    severity=3,
                ),
                action=ActionSuggestion(
                    texts(en="Mark aisles in yellow; 5S audit weekly"), module_code="WC"
                ),
            ),
        ),
    )
    machines = ChecklistSection(
        "machines",
        texts(en="Machine safety"),
        (
            ChecklistItem(
                "B1",
                texts(en="Is there a lock-out procedure?"),
                show_if=parse_conditions("workers>=50"),
            ),
            ChecklistItem(
                "B2",
                texts(en="Are moving parts guarded here?"),
                repeats=True,
                show_if=parse_conditions("A3=no"),
                action=ActionSuggestion(texts(en="Fit fixed guards"), title=texts(en="Guards")),
            ),
        ),
    )
    return ChecklistTemplate(
        code="test-osh",
        version=version,
        title=texts(en="Test walk-through", zh_CN="测试巡查"),
        sections=(storage, machines),
        id=template_id("test-osh", version),
    )
