"""A signed report travels with its bytes: the receiver hands out the same signed PDF and
`verify` recognises it there."""

import uuid

import pytest

from score_desktop.domain.errors import KnownProblemError
from score_desktop.domain.history import Person, Role
from score_desktop.services.demo import seed_demo
from score_desktop.services.exchange import receive_package, send_enterprise
from score_desktop.services.signoff import signature_now
from tests.services.test_signoff import drawing_png, sign_visit, verify


def _url(laptop) -> str:
    return laptop.workspace.engine.url.render_as_string(hide_password=False)


def test_a_signed_report_arrives_with_its_pdf_and_verifies_there(laptops, tmp_path):
    hoa, an = laptops("Hoa"), laptops("An")
    seed_demo(hoa.repos)
    drawing = drawing_png()
    signatures = [
        signature_now("Nguyen Thi Lan", Role.CONSULTANT, drawing),
        signature_now("Zhang Wei", Role.MANAGER),
    ]
    stored, data = sign_visit(hoa.repos, signatures)
    package = tmp_path / "hongxing.scorepkg"
    written = send_enterprise(
        hoa.exchange,
        package,
        stored.enterprise_id,
        Person("Hoa"),
        to_device=an.exchange.device_id(),
    )
    # content, tail and drawing, each once
    assert written.files >= 3

    received = receive_package(an.exchange, package)

    assert received.summary.conflicts == 0
    [there] = an.repos.signoffs.signed_reports(stored.kind, stored.subject_id)
    assert an.repos.signoffs.load_signed_pdf(there, 2) == data
    assert there.signatures[0].drawing == drawing
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(data)
    result = verify(pdf, _url(an))
    assert result.returncode == 0, result.stderr
    assert "is a signed report of this workspace" in result.stdout
    assert "Zhang Wei (enterprise manager)" in result.stdout
    changed = bytearray(data)
    changed[len(data) // 3] ^= 0x01
    pdf.write_bytes(bytes(changed))
    assert verify(pdf, _url(an)).returncode == 1


def test_a_damaged_report_file_in_a_package_is_refused(laptops, tmp_path):
    hoa, an = laptops("Hoa"), laptops("An")
    seed_demo(hoa.repos)
    stored, _data = sign_visit(hoa.repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    change_set = hoa.exchange.collect(stored.enterprise_id)
    reports = [b for b in change_set.blobs if b.kind == "report"]
    assert {b.sha256 for b in reports} >= {stored.content_sha256}

    def damaged(blob):
        data = hoa.exchange.read_blob(blob)
        return data[:-1] + bytes([data[-1] ^ 1]) if blob.kind == "report" else data

    with pytest.raises(KnownProblemError, match="damaged"):
        an.exchange.merge(
            change_set,
            package_id=uuid.uuid4(),
            from_device=hoa.exchange.device_id(),
            from_name="Hoa",
            read_blob=damaged,
            read_thumbnail=hoa.exchange.read_thumbnail,
        )
    assert an.repos.portfolio.list_enterprises() == []
