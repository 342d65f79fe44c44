"""User text of any shape storage keeps goes through the change log and the activity CSV
unchanged: markup, right-to-left, emoji, tabs and line breaks, formula-like starts, long
words. (Control characters and lone surrogates are refused at input: domain/text.py.)"""

import csv
import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.domain.history import TimelineFilter
from score_desktop.domain.text import cleaned
from score_desktop.services.history_export import export_timeline_csv
from score_desktop.services.spreadsheets import FORMULA_STARTS
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise

# any text a workspace stores
USER_TEXT = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)
    .map(lambda t: cleaned(t)[0])
    .filter(lambda t: t.strip())
)
SHAPED = st.one_of(
    USER_TEXT,
    st.sampled_from(
        [
            "<b>bold</b> & <img src=x onerror=alert(1)>",
            '=HYPERLINK("http://x")',
            "\u202eتقرير\u202c مصنع",
            "工厂 🏭 tab\tand\r\nbreaks\x7f",
            "w" * 1000,
        ]
    ),
)


def literal(cell: str) -> str:
    """What the CSV cell says the text was (a formula-like start is kept as text)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=SHAPED, notes=SHAPED)
def test_any_text_is_logged_and_exported_as_typed(workspace, tmp_path, name, notes):
    repos = sql_repositories(workspace)
    enterprise = make_enterprise()
    repos.portfolio.add_enterprise(enterprise)
    repos.portfolio.update_enterprise(dataclasses.replace(enterprise, name=name, notes=notes))
    last = repos.history.record_history(enterprise.id)[-1]
    assert last.field("name").after == name and last.field("notes").after == notes
    path = tmp_path / "activity.csv"
    export_timeline_csv(repos.history, enterprise.id, TimelineFilter(), path)
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = [r for r in csv.DictReader(stream) if r["operation"] == "update"]
    exported = {r["field"]: literal(r["after"]) for r in rows}
    assert exported["name"] == name and exported["notes"] == notes
