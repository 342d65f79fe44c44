"""A password the office server refuses is told apart from every other refusal, on a
server that really checks passwords (not the test cluster's trusted logins)."""

import pytest

from score_desktop.domain.office import OfficePasswordRefusedError
from score_desktop.services.office_link import sync_with_office
from tests.exchange.conftest import make_laptop
from tests.gui.office.conftest import address_of
from tests.gui.office.test_office_sync_gui import require_password

pytestmark = pytest.mark.postgresql


def test_a_wrong_password_is_refused_as_a_password_and_the_right_one_syncs(office, tmp_path):
    lan = office.add("Lan Checked", "consultant")  # its password is "secret"
    require_password(office, lan)
    laptop = make_laptop(tmp_path, "lan")
    address = address_of(office, lan)
    with pytest.raises(OfficePasswordRefusedError) as refused:
        sync_with_office(laptop.workspace, address, "Secret", "Lan", lambda *_: True)
    assert "password" in str(refused.value) and "Secret" not in str(refused.value)
    report = sync_with_office(laptop.workspace, address, "secret", "Lan", lambda *_: True)
    assert report.pushed == 0 and not report.cancelled
    laptop.workspace.close()
