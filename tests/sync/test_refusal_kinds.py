"""Refusals are final or retryable, by kind (issue 12): a province that sends before it is registered is not
frozen; a final refusal blocks the outbox until `recut`, which keeps the chain whole."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from desktop.center.models import CenterBundle, CenterFlag, NationalChange
from desktop.center.service import CenterService
from desktop.store.database import open_database
from desktop.store.models import Meeting, OutboxBundle
from desktop.sync.keys import export_public
from desktop.sync.outbox import NothingToRecutError, Outbox
from desktop.sync.resync import ChainItem, apply_center_chain
from desktop.sync.sender import Sender
from tests.sync.sending_support import NOW, PROVINCE, URL


@pytest.fixture
def center(tmp_path: Path, clock):
    service = CenterService(f"sqlite:///{tmp_path / 'center.sqlite3'}", Ed25519PrivateKey.generate(), clock)
    yield service
    service.close()


def _record(db, number: int) -> None:
    with db.session() as session:
        session.add(Meeting(number=number, held_on=date(2025, 5, 1), title=f"جلسه {number}", location="تالار"))


def _cut(db, key, clock, numbers) -> Outbox:
    outbox = Outbox(db, clock)
    for number in numbers:
        _record(db, number)
        assert outbox.cut(key, PROVINCE, "0.1.0") is not None
    return outbox


def _send(outbox: Outbox, center: CenterService, clock) -> Sender:
    client = httpx2.Client(transport=httpx2.MockTransport(
        lambda request: httpx2.Response(200, content=center.ingest(request.content))))
    return Sender(outbox, client, URL, center.public_key, PROVINCE, clock).send_due(now_anyway=True)


def _applied(center: CenterService, province: str = PROVINCE) -> list[int]:
    with center._sessions() as session:
        return list(session.scalars(select(CenterBundle.sequence).where(
            CenterBundle.province == province, CenterBundle.state == "applied").order_by(CenterBundle.sequence)))


def _count(center: CenterService, model) -> int:
    with center._sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_province_that_syncs_before_register_then_registers_gets_every_bundle_applied_in_order(
        db, center, clock) -> None:
    key = Ed25519PrivateKey.generate()
    outbox = _cut(db, key, clock, [1])
    report = _send(outbox, center, clock)
    assert (report.deferred, report.rejected, report.blocked) == (1, 0, False)
    entry = outbox.entries()[0]
    assert entry.state == "waiting" and "unknown key" in entry.reason and entry.next_attempt_at is not None

    _cut(db, key, clock, [2])  # the province goes on working; the next sync tries bundle 1 first again
    report = _send(outbox, center, clock)
    assert report.deferred == 1 and [e.state for e in outbox.entries()] == ["waiting", "waiting"]
    assert _count(center, CenterBundle) == 0  # nothing held behind a retryable refusal

    center.register_province(PROVINCE, "قم", export_public(key.public_key()))
    _cut(db, key, clock, [3])
    report = _send(outbox, center, clock)
    assert (report.sent, report.acknowledged, report.deferred, report.blocked) == (3, 3, 0, False)
    assert [e.state for e in outbox.entries()] == ["acknowledged"] * 3
    assert _applied(center) == [1, 2, 3]


def test_an_outbox_frozen_by_an_old_unknown_key_rejection_is_reopened_and_sent(db, center, clock) -> None:
    """Before issue 12 the outbox marked such a bundle rejected for good; after the upgrade it is sent again."""
    key = Ed25519PrivateKey.generate()
    outbox = _cut(db, key, clock, [1, 2])
    with db.session() as session:
        first = session.scalar(select(OutboxBundle).where(OutboxBundle.sequence == 1))
        first.state, first.reason = "rejected", "The bundle is signed by an unknown key 0123456789abcdef."
    center.register_province(PROVINCE, "قم", export_public(key.public_key()))
    report = _send(outbox, center, clock)
    assert (report.acknowledged, report.blocked) == (2, False)
    assert _applied(center) == [1, 2]


def test_a_final_refusal_blocks_the_outbox_until_recut_and_the_chain_stays_whole(db, center, clock) -> None:
    old_key, new_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    center.register_province(PROVINCE, "قم", export_public(old_key.public_key()))
    outbox = _cut(db, old_key, clock, [1, 2])
    # the center re-keys the province by hand: the old key signs nothing from sequence 1 on
    center.register_province(PROVINCE, "قم", export_public(new_key.public_key()), replace=True)
    report = _send(outbox, center, clock)
    assert (report.sent, report.rejected, report.refused_sequence) == (1, 1, 1)
    assert "rotated out" in report.refused_reason
    assert [e.state for e in outbox.entries()] == ["rejected", "waiting"]

    clock.now = NOW + timedelta(hours=2)
    report = _send(outbox, center, clock)  # still blocked: bundle 2 is not sent behind the refused one
    assert (report.sent, report.refused_sequence) == (0, 1)
    _record(db, 3)
    assert outbox.cut(old_key, PROVINCE, "0.1.0") is None  # nothing is cut behind a final refusal

    result = outbox.recut()
    assert (result.refused_sequence, result.removed, result.head_sequence, result.resync_required) == (1, 2, 0, False)
    assert outbox.entries() == [] and outbox.has_unsent_changes()
    assert outbox.cut(new_key, PROVINCE, "0.1.0").sequence == 1  # both meetings' changes, signed by the new key
    report = _send(outbox, center, clock)
    assert (report.acknowledged, report.blocked) == (1, False)
    assert _applied(center) == [1]
    with db.session() as session:
        local_changes = session.scalar(select(func.count()).select_from(Meeting))
    assert local_changes == 3 and _count(center, NationalChange) >= 3
    with pytest.raises(NothingToRecutError):
        outbox.recut()


def test_after_a_fork_refusal_recut_takes_the_centers_chain_back_and_sends_the_rest_above_it(
        tmp_path, db, center, clock) -> None:
    """Another copy of this province's database sent bundle 1 first: ours is refused as a fork. Recut, take
    the center's chain back, and our changes follow it with change ids above the other copy's."""
    key = Ed25519PrivateKey.generate()
    center.register_province(PROVINCE, "قم", export_public(key.public_key()))
    copy = open_database(tmp_path / "copy.sqlite3", user_name="دبیر")
    try:
        other = _cut(copy, key, clock, [50, 51])
        assert _send(other, center, clock).acknowledged == 2
    finally:
        copy.close()
    outbox = _cut(db, key, clock, [1])
    report = _send(outbox, center, clock)
    assert report.refused_sequence == 1 and "already applied" in report.refused_reason
    result = outbox.recut()
    assert result.resync_required and outbox.resync_required()
    items = [ChainItem(bundle, receipt) for _, bundle, receipt in center.chain_for(PROVINCE)]
    apply_center_chain(db, items, center.public_key, PROVINCE, clock)
    assert outbox.cut(key, PROVINCE, "0.1.0").sequence == 3
    report = _send(outbox, center, clock)
    assert (report.acknowledged, report.blocked) == (1, False)
    assert _applied(center) == [1, 2, 3]
    with center._sessions() as session:
        ids = list(session.scalars(select(NationalChange.change_id).where(NationalChange.province == PROVINCE)))
    assert len(ids) == len(set(ids))  # nothing of ours collided with the other copy's change ids
    with center._sessions() as session:
        kinds = list(session.scalars(select(CenterFlag.kind)))
    assert kinds == ["rollback"]  # the one refusal (sequence 1 behind the head 2), recorded at the center


def test_export_writes_nothing_chained_on_a_bundle_refused_for_good(tmp_path, db, center, clock) -> None:
    from desktop.sync.media import export_pending

    old_key, new_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    center.register_province(PROVINCE, "قم", export_public(old_key.public_key()))
    outbox = _cut(db, old_key, clock, [1, 2])  # bundle 2 cut before the refusal of 1 came back
    center.register_province(PROVINCE, "قم", export_public(new_key.public_key()), replace=True)
    assert _send(outbox, center, clock).refused_sequence == 1
    (tmp_path / "usb").mkdir()
    assert export_pending(outbox, tmp_path / "usb") == []
    outbox.recut()
    outbox.cut(new_key, PROVINCE, "0.1.0")
    assert [path.name.split("-")[1] for path in export_pending(outbox, tmp_path / "usb")] == ["000001"]
