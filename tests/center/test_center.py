"""The follow-up center ingesting province bundles (issue 4, "The center")."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop.center.app import create_app
from desktop.center.models import CenterBundle, CenterFlag, NationalChange, NationalIndicator
from desktop.center.service import CenterService
from desktop.sync import frame
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.receipts import Receipt, Verdict, read_receipt
from tests.center.conftest import NOW, Province, staff_headers


def _receipt(service: CenterService, data: bytes, province: str) -> Receipt:
    return read_receipt(data, service.public_key, province)


def _counts(service: CenterService) -> dict[str, int]:
    with service.engine.connect() as conn:
        return {model.__tablename__: conn.scalar(select(func.count()).select_from(model))
                for model in (CenterBundle, CenterFlag, NationalChange, NationalIndicator)}


def _applied(service: CenterService, code: str) -> list[int]:
    with service.engine.connect() as conn:
        return list(conn.scalars(select(CenterBundle.sequence).where(
            CenterBundle.province == code, CenterBundle.state == "applied").order_by(CenterBundle.sequence)))


def test_bundles_in_order_are_accepted_and_applied(service, teh):
    for expected in (1, 2, 3):
        receipt = _receipt(service, service.ingest(teh.bundle()), "THR")
        assert (receipt.verdict, receipt.sequence) == (Verdict.ACCEPTED, expected)
    assert _applied(service, "THR") == [1, 2, 3]
    assert _counts(service)["national_change"] == 6
    status = {row.code: row for row in service.status()}
    assert status["THR"].last_sequence == 3 and not status["THR"].stale


def test_a_duplicate_gets_the_identical_stored_receipt_and_changes_nothing(service, teh):
    data = teh.bundle()
    first = service.ingest(data)
    before = _counts(service)
    assert service.ingest(data) == first
    assert _counts(service) == before


def test_out_of_order_delivery_is_held_then_applied_in_order_each_once(service, teh):
    one, two, three = teh.bundle(), teh.bundle(), teh.bundle()
    assert _receipt(service, service.ingest(three), "THR").verdict is Verdict.HELD
    assert _receipt(service, service.ingest(one), "THR").verdict is Verdict.ACCEPTED
    assert _applied(service, "THR") == [1]
    assert _receipt(service, service.ingest(two), "THR").verdict is Verdict.ACCEPTED
    assert _applied(service, "THR") == [1, 2, 3]
    assert _counts(service)["national_change"] == 6
    # the held one, sent again, now gets its updated ACCEPTED receipt
    assert _receipt(service, service.ingest(three), "THR").verdict is Verdict.ACCEPTED
    assert _counts(service)["national_change"] == 6


@pytest.mark.parametrize("kind", ["rollback", "fork"])
def test_an_old_or_reused_sequence_with_other_content_is_refused_and_flagged(service, teh, kind):
    service.ingest(teh.bundle())
    first_head = teh.previous
    service.ingest(teh.bundle())
    before = _counts(service)
    if kind == "rollback":
        other = teh.bundle(sequence=1, previous=frame.GENESIS_HASH, note="other")
    else:
        other = teh.bundle(sequence=2, previous=first_head, note="other")
    receipt = _receipt(service, service.ingest(other), "THR")
    assert receipt.verdict is Verdict.REJECTED and kind in receipt.reason
    after = _counts(service)
    assert after["center_flag"] == before["center_flag"] + 1
    assert (after["national_change"], after["national_indicator"]) == (before["national_change"],
                                                                        before["national_indicator"])
    with service.engine.connect() as conn:
        assert conn.scalar(select(CenterFlag.kind)) == kind


def test_a_bundle_signed_by_another_provinces_key_is_refused(service, teh):
    isf = Province("ISF")
    service.register_province("ISF", "اصفهان", export_public(isf.key.public_key()))
    forged = Province("THR", key=isf.key).bundle()
    receipt = _receipt(service, service.ingest(forged), "THR")
    assert receipt.verdict is Verdict.REJECTED and "province" in receipt.reason
    assert _counts(service)["center_bundle"] == 0 and _counts(service)["national_change"] == 0


def test_an_unknown_key_is_a_retryable_refusal_that_stores_nothing(service, teh):
    stranger = Province("THR", key=generate_private_key())
    receipt = _receipt(service, service.ingest(stranger.bundle()), "THR")
    assert receipt.verdict is Verdict.RETRY and "unknown key" in receipt.reason
    assert _counts(service)["center_bundle"] == 0


def test_a_receipt_posted_as_a_bundle_is_refused(service, teh):
    receipt_bytes = service.ingest(teh.bundle())
    before = _counts(service)
    answer = service.ingest(receipt_bytes)
    # signed by the center's key, which is no province's key: refused (retryable: an unknown key), nothing kept
    assert _receipt(service, answer, "THR").verdict in (Verdict.REJECTED, Verdict.RETRY)
    assert _counts(service) == before


def test_a_flipped_bit_is_refused_and_nothing_applied(service, teh):
    data = bytearray(teh.bundle())
    data[-3] ^= 0x01
    assert _receipt(service, service.ingest(bytes(data)), "THR").verdict is Verdict.REJECTED
    assert _counts(service)["national_change"] == 0


def test_http_endpoint_returns_a_receipt_the_province_can_read(service, teh):
    client = TestClient(create_app(service))
    response = client.post("/bundles", content=teh.bundle())
    assert response.status_code == 200
    assert read_receipt(response.content, service.public_key, "THR").verdict is Verdict.ACCEPTED
    status = client.get("/status", headers=staff_headers(service)).json()
    assert status[0]["code"] == "THR" and status[0]["last_sequence"] == 1


def test_http_refuses_a_body_over_the_cap(engine_url, center_key):
    service = CenterService(engine_url, center_key, clock=lambda: NOW, max_bytes=1000)
    try:
        response = TestClient(create_app(service)).post("/bundles", content=b"x" * 1001)
        assert response.status_code == 413
    finally:
        service.close()


def test_response_lost_after_commit_the_retry_gets_the_same_receipt_applied_once(service, teh):
    client = TestClient(create_app(service))
    data = teh.bundle()
    first = client.post("/bundles", content=data)  # the province never saw this answer
    again = client.post("/bundles", content=data)
    assert first.content == again.content
    assert _applied(service, "THR") == [1]
    assert _counts(service)["national_change"] == 2
