"""Sending the outbox to a real CenterService through httpx2.MockTransport: settled only by verified
receipts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from desktop.center.models import CenterBundle
from desktop.center.service import CenterService
from desktop.store.models import Meeting, OutboxBundle
from desktop.sync import outbox as outbox_module
from desktop.sync import payload as payload_module
from desktop.sync.keys import export_public
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt
from desktop.sync.sender import InsecureCenterUrlError, Sender, check_center_url
from tests.sync.sending_support import NOW, PROVINCE, URL


@pytest.fixture
def province_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def center(tmp_path: Path, province_key, clock):
    service = CenterService(f"sqlite:///{tmp_path / 'center.sqlite3'}", Ed25519PrivateKey.generate(), clock)
    service.register_province(PROVINCE, "قم", export_public(province_key.public_key()))
    yield service
    service.close()


def _cut(db, key, clock, count: int) -> Outbox:
    outbox = Outbox(db, clock)
    for n in range(count):
        with db.session() as session:
            session.add(Meeting(number=100 + n, held_on=date(2025, 5, 1), title=f"جلسه {n}", location="تالار"))
        assert outbox.cut(key, PROVINCE, "0.1.0") is not None
    return outbox


def _sender(outbox, center, clock, handler) -> Sender:
    client = httpx2.Client(transport=httpx2.MockTransport(handler))
    return Sender(outbox, client, URL, center.public_key, PROVINCE, clock)


def _center_handler(center, seen: list[bytes]):
    def handler(request: httpx2.Request) -> httpx2.Response:
        assert request.url.path == "/bundles"
        assert request.headers["content-type"] == "application/octet-stream"
        seen.append(request.content)
        return httpx2.Response(200, content=center.ingest(request.content))
    return handler


def _applied(center) -> int:
    with center._sessions() as session:
        return session.scalar(select(func.count()).select_from(CenterBundle))


def test_due_bundles_are_sent_in_order_and_acknowledged(db, province_key, center, clock) -> None:
    outbox = _cut(db, province_key, clock, 3)
    seen: list[bytes] = []
    report = _sender(outbox, center, clock, _center_handler(center, seen)).send_due()
    assert (report.sent, report.acknowledged, report.rejected, report.failed) == (3, 3, 0, 0)
    entries = outbox.entries()
    assert seen == [outbox.data(e.id) for e in entries]  # exact bytes, sequence order
    assert [e.state for e in entries] == ["acknowledged"] * 3
    assert center.status()[0].last_sequence == 3


def test_center_down_schedules_a_retry_and_acknowledges_nothing(db, province_key, center, clock) -> None:
    outbox = _cut(db, province_key, clock, 2)
    calls: list[int] = []

    def down(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        raise httpx2.ConnectError("refused", request=request)

    report = _sender(outbox, center, clock, down).send_due()
    assert (report.sent, report.acknowledged, report.failed) == (0, 0, 1)
    assert report.next_attempt_at == NOW + timedelta(seconds=30)
    assert len(calls) == 1  # stopped at the first failure
    first, second = outbox.entries()
    assert (first.state, first.attempts, first.next_attempt_at) == ("waiting", 1, NOW + timedelta(seconds=30))
    assert (second.state, second.attempts) == ("waiting", 0)
    calls.clear()
    report = _sender(outbox, center, clock, down).send_due()  # the first is not due: the second waits too
    assert (calls, report.sent, report.failed) == ([], 0, 0)
    clock.now = NOW + timedelta(seconds=30)
    report = _sender(outbox, center, clock, _center_handler(center, [])).send_due()
    assert (report.sent, report.acknowledged) == (2, 2)


def test_response_lost_after_commit_retry_gets_the_same_receipt_applied_once(db, province_key, center,
                                                                              clock) -> None:
    outbox = _cut(db, province_key, clock, 1)
    receipts: list[bytes] = []

    def lost(request: httpx2.Request) -> httpx2.Response:
        receipts.append(center.ingest(request.content))
        raise httpx2.ReadError("connection reset", request=request)

    report = _sender(outbox, center, clock, lost).send_due()
    assert report.failed == 1 and outbox.entries()[0].state == "waiting"
    assert _applied(center) == 1

    clock.now = report.next_attempt_at
    report = _sender(outbox, center, clock, _center_handler(center, [])).send_due()
    assert (report.sent, report.acknowledged, report.failed) == (1, 1, 0)
    assert outbox.entries()[0].state == "acknowledged"
    assert _applied(center) == 1
    assert center.ingest(outbox.data(outbox.entries()[0].id)) == receipts[0]  # the stored receipt, again


@pytest.mark.parametrize("answer, said", [
    (httpx2.Response(200, content=b"OK"), "The center's answer to bundle 1 is not a receipt of it signed by the"
                                          " center's key; nothing was settled."),
    (httpx2.Response(503, content=b"busy"), "The center answered bundle 1 with HTTP status 503 instead of a receipt;"
                                            " nothing was settled."),
])
def test_an_unverifiable_or_error_answer_is_not_delivery_and_is_named_as_an_answer(
        db, province_key, center, clock, answer, said) -> None:
    """A garbled answer had been described to the user as "the bundle file is damaged"."""
    outbox = _cut(db, province_key, clock, 1)
    report = _sender(outbox, center, clock, lambda request: answer).send_due()
    assert (report.acknowledged, report.failed) == (0, 1)
    assert report.problem is not None and report.problem.english() == said
    entry = outbox.entries()[0]
    assert entry.state == "waiting" and entry.next_attempt_at is not None


def test_a_genuine_receipt_of_another_bundle_settles_nothing_and_the_next_bundle_waits(
        db, province_key, center, clock) -> None:
    """A peer on the path (a caching proxy, plain http) answering every post with bundle 1's real receipt: sync
    counted bundle 2 acknowledged and posted bundle 3 behind it, though the center never had either."""
    outbox = _cut(db, province_key, clock, 1)
    first = _sender(outbox, center, clock, _center_handler(center, [])).send_due()
    assert first.acknowledged == 1
    with db.reading() as session:
        replayed = session.scalar(select(OutboxBundle.receipt))
    assert replayed
    outbox = _cut(db, province_key, clock, 2)
    posted: list[bytes] = []

    def replaying(request: httpx2.Request) -> httpx2.Response:
        posted.append(request.content)
        return httpx2.Response(200, content=replayed)

    report = _sender(outbox, center, clock, replaying).send_due()
    assert (report.sent, report.acknowledged, report.failed) == (0, 0, 1)
    assert report.problem is not None and report.problem.params == {"sequence": 2, "other": 1}
    assert report.error == ("The center's answer to bundle 2 is the receipt of another bundle (sequence 1); nothing"
                            " was settled.") and report.next_attempt_at is not None
    assert [e.state for e in outbox.entries()] == ["acknowledged", "waiting", "waiting"]
    assert len(posted) == 1  # bundle 3 is not posted while bundle 2 is unanswered


def test_a_receipt_signed_by_another_key_is_not_delivery(tmp_path, db, province_key, center, clock) -> None:
    outbox = _cut(db, province_key, clock, 1)
    impostor = CenterService(f"sqlite:///{tmp_path / 'other.sqlite3'}", Ed25519PrivateKey.generate(), clock)
    impostor.register_province(PROVINCE, "قم", export_public(province_key.public_key()))
    try:
        report = _sender(outbox, center, clock, _center_handler(impostor, [])).send_due()
    finally:
        impostor.close()
    assert (report.acknowledged, report.failed) == (0, 1)
    assert outbox.entries()[0].state == "waiting"


@pytest.mark.parametrize("url", ["http://center.example.ir", "ftp://127.0.0.1", "https://", "127.0.0.1:80",
                                 "https://u:p@center.example.ir"])
def test_only_https_or_local_http_is_accepted(url) -> None:
    with pytest.raises(InsecureCenterUrlError):
        check_center_url(url)


def test_accepted_urls() -> None:
    assert check_center_url("https://center.example.ir/rasad/") == "https://center.example.ir/rasad"
    assert check_center_url("http://localhost:8000") == "http://localhost:8000"


def test_a_real_outbox_bundle_is_accepted_by_the_real_center(db, province_key, center, clock,
                                                              monkeypatch) -> None:
    monkeypatch.setattr(outbox_module, "build_progress_parts", payload_module.build_progress_parts)
    outbox = _cut(db, province_key, clock, 1)
    receipt = read_receipt(center.ingest(outbox.data(outbox.entries()[0].id)), center.public_key, PROVINCE)
    assert receipt.verdict == Verdict.ACCEPTED, receipt.reason
