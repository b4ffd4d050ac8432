"""The outbox: bundles cut once from the change log, chained, never re-cut, settled only by signed receipts."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from desktop.store.database import open_database
from desktop.store.models import Meeting, OutboxBundle
from desktop.sync import frame
from desktop.sync.errors import BundleError, UnknownKeyError
from desktop.sync.keys import fingerprint
from desktop.sync.outbox import Outbox, ReceiptMismatchError, UnknownReceiptError, retry_delay
from desktop.sync.receipts import Receipt, Verdict, make_receipt

PROVINCE = "QOM"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
LIMITS = {"max_bytes": 50_000_000, "max_uncompressed": 50_000_000}


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "rasad.sqlite3", user_name="دبیر")
    yield database
    database.close()


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _outbox(db) -> Outbox:
    return Outbox(db, lambda: NOW)


def _add_meeting(db, number: int) -> None:
    with db.session() as session:
        session.add(Meeting(number=number, held_on=date(2025, 5, 1), title=f"جلسه {number}", location="تالار"))


def _verify(data: bytes, key: Ed25519PrivateKey):
    return frame.verify(data, public_keys={fingerprint(key.public_key()): key.public_key()},
                        expected_province=PROVINCE, expected_payload_type="progress", **LIMITS)


def _change_ids(data: bytes, key: Ed25519PrivateKey) -> list[int]:
    return [c["id"] for c in json.loads(_verify(data, key).parts["changes.json"])["changes"]]


def test_nothing_is_cut_when_nothing_changed(db, key) -> None:
    assert _outbox(db).cut(key, PROVINCE, "1.0.0") is None
    assert _outbox(db).entries() == []


def test_a_cut_carries_exactly_the_new_changes_and_chains_to_the_previous_bundle(db, key) -> None:
    outbox = _outbox(db)
    _add_meeting(db, 1)
    _add_meeting(db, 2)
    first = outbox.cut(key, PROVINCE, "1.0.0")
    assert first is not None and first.sequence == 1 and first.previous_hash == frame.GENESIS_HASH
    assert _change_ids(outbox.data(first.id), key) == [1, 2]
    assert (first.first_change_id, first.last_change_id, first.state) == (1, 2, "waiting")

    assert outbox.cut(key, PROVINCE, "1.0.0") is None
    _add_meeting(db, 3)
    second = outbox.cut(key, PROVINCE, "1.0.0")
    assert second is not None and second.sequence == 2
    assert second.previous_hash == first.file_hash
    assert _change_ids(outbox.data(second.id), key) == [3]
    header = _verify(outbox.data(second.id), key).header
    assert header["sequence"] == 2 and header["previous_hash"] == first.file_hash
    assert outbox.head().sequence == 2 and outbox.head().file_hash == second.file_hash


def test_a_cut_bundle_verifies_with_the_province_key_and_its_changes_round_trip(db, key) -> None:
    outbox = _outbox(db)
    _add_meeting(db, 7)
    entry = outbox.cut(key, PROVINCE, "1.0.0")
    verified = _verify(outbox.data(entry.id), key)
    assert verified.file_hash == entry.file_hash
    assert verified.header["bundle_id"] == entry.bundle_id
    (change,) = json.loads(verified.parts["changes.json"])["changes"]
    assert change["table"] == "meeting" and change["operation"] == "insert"
    assert change["new"]["title"] == "جلسه 7" and change["user_name"] == "دبیر"


def test_a_bundle_is_never_re_cut_its_bytes_survive_reopening(tmp_path, key) -> None:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db:
        _add_meeting(db, 1)
        entry = _outbox(db).cut(key, PROVINCE, "1.0.0")
        data = _outbox(db).data(entry.id)
    with open_database(path) as db:
        outbox = _outbox(db)
        assert outbox.data(entry.id) == data
        assert outbox.cut(key, PROVINCE, "1.0.0") is None
        assert [e.bundle_id for e in outbox.pending()] == [entry.bundle_id]


def test_a_failed_encoding_inserts_nothing_and_leaves_the_head(db, key, monkeypatch) -> None:
    outbox = _outbox(db)
    _add_meeting(db, 1)

    def broken(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(frame, "encode", broken)
    with pytest.raises(RuntimeError):
        outbox.cut(key, PROVINCE, "1.0.0")
    with db.session() as session:
        assert session.scalars(select(OutboxBundle)).all() == []
    assert outbox.head().sequence == 0
    monkeypatch.undo()
    assert outbox.cut(key, PROVINCE, "1.0.0").first_change_id == 1


def _receipt(center, entry, verdict=Verdict.ACCEPTED, reason="", **overrides) -> bytes:
    values = {"bundle_id": entry.bundle_id, "province": PROVINCE, "sequence": entry.sequence,
              "file_hash": entry.file_hash, "verdict": verdict, "reason": reason,
              "received_at": "2026-11-23T09:00:00Z"}
    values.update(overrides)
    return make_receipt(Receipt(**values), center, app_version="1.0.0", schema_version="0003", now=NOW)


@pytest.fixture
def cut(db, key):
    outbox = _outbox(db)
    _add_meeting(db, 1)
    entry = outbox.cut(key, PROVINCE, "1.0.0")
    outbox.mark_sent(entry.id, NOW)
    return outbox, entry


def test_an_accepted_receipt_acknowledges_the_bundle(cut) -> None:
    outbox, entry = cut
    center = Ed25519PrivateKey.generate()
    assert outbox.unacknowledged_since(NOW + timedelta(hours=2)) == timedelta(hours=2)
    settled = outbox.apply_receipt(_receipt(center, entry), center.public_key(), PROVINCE)
    assert settled.state == "acknowledged" and settled.acknowledged_at == NOW
    assert outbox.pending() == [] and outbox.unacknowledged_since() is None


def test_a_held_receipt_keeps_the_bundle_sent(cut) -> None:
    outbox, entry = cut
    center = Ed25519PrivateKey.generate()
    settled = outbox.apply_receipt(_receipt(center, entry, Verdict.HELD, "waiting for 0"), center.public_key(),
                                   PROVINCE)
    assert settled.state == "sent"
    assert [e.id for e in outbox.pending()] == [entry.id]


def test_a_rejected_receipt_records_the_reason(cut) -> None:
    outbox, entry = cut
    center = Ed25519PrivateKey.generate()
    settled = outbox.apply_receipt(_receipt(center, entry, Verdict.REJECTED, "fork"), center.public_key(),
                                   PROVINCE)
    assert (settled.state, settled.reason) == ("rejected", "fork")


def test_a_receipt_signed_by_another_key_is_refused(cut) -> None:
    outbox, entry = cut
    with pytest.raises(UnknownKeyError):
        outbox.apply_receipt(_receipt(Ed25519PrivateKey.generate(), entry),
                             Ed25519PrivateKey.generate().public_key(), PROVINCE)
    assert outbox.entries()[0].state == "sent"


def test_a_receipt_for_another_bundle_or_other_bytes_is_refused(cut) -> None:
    outbox, entry = cut
    center = Ed25519PrivateKey.generate()
    with pytest.raises(UnknownReceiptError):
        outbox.apply_receipt(_receipt(center, entry, bundle_id="ab" * 16), center.public_key(), PROVINCE)
    with pytest.raises(ReceiptMismatchError):
        outbox.apply_receipt(_receipt(center, entry, file_hash="cd" * 32), center.public_key(), PROVINCE)
    with pytest.raises(BundleError):
        outbox.apply_receipt(_receipt(center, entry, sequence=9), center.public_key(), PROVINCE)
    assert outbox.entries()[0].state == "sent"


def test_failed_attempts_back_off_from_30_seconds_doubling_to_one_hour(cut) -> None:
    outbox, entry = cut  # mark_sent counted one attempt
    assert [retry_delay(n).total_seconds() for n in range(1, 10)] == [
        30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert retry_delay(1000) == timedelta(hours=1)
    retried = outbox.schedule_retry(entry.id, NOW)
    assert retried.attempts == 2 and retried.next_attempt_at == NOW + timedelta(seconds=60)
    assert outbox.due(NOW) == []
    assert [e.id for e in outbox.due(NOW + timedelta(seconds=60))] == [entry.id]


def test_a_bundle_carries_the_evidence_files_its_changes_link(tmp_path, key) -> None:
    from desktop.planning.reference_seed import seed_reference_plans
    from desktop.store.models import Activity, EvidenceFile, ProgressEvidence, ProgressUpdate

    database = open_database(tmp_path / "rasad.sqlite3")
    source = tmp_path / "صورتجلسه.pdf"
    source.write_bytes(b"%PDF-1.7 " + bytes(range(256)) * 40)
    stored = database.evidence_store().add(source)
    with database.session() as session:
        seed_reference_plans(session, 1405)
        activity = session.scalars(select(Activity).limit(1)).one()
        update = ProgressUpdate(activity_id=activity.id, reported_on=date(2026, 11, 1), percent=30.0)
        evidence = EvidenceFile(sha256=stored.sha256, original_name=stored.original_name,
                                size_bytes=stored.size_bytes, media_type=stored.media_type)
        session.add_all([update, evidence])
        session.flush()
        session.add(ProgressEvidence(progress_update_id=update.id, evidence_file_id=evidence.id))
    outbox = Outbox(database, lambda: NOW)
    entry = outbox.cut(key, PROVINCE, "1.0.0")
    parts = _verify(outbox.data(entry.id), key).parts
    assert parts[f"evidence-{stored.sha256}"] == source.read_bytes()
    assert json.loads(parts["manifest.json"])["included"] == [stored.sha256]
    database.close()


def test_a_held_bundle_is_asked_about_again_only_after_the_back_off(cut) -> None:
    outbox, entry = cut
    held = outbox.mark_held(entry.id, NOW)
    assert held.state == "sent" and held.next_attempt_at == NOW + retry_delay(held.attempts)
    assert outbox.due(NOW) == [] and [e.id for e in outbox.due(held.next_attempt_at)] == [entry.id]


def test_a_bundle_carries_the_approval_state_of_the_periods(db, key) -> None:
    from desktop.store.models import PeriodApproval

    with db.session() as session:
        session.add(PeriodApproval(period="1405-H1", kind="half", state="approved", submitted_by="دبیر",
                                   decided_by="رئیس کل", decided_at=NOW, approved_at=NOW, reason=""))
    outbox = _outbox(db)
    entry = outbox.cut(key, PROVINCE, "1.0.0")
    periods = json.loads(_verify(outbox.data(entry.id), key).parts["approvals.json"])["periods"]
    assert [(p["period"], p["state"], p["decided_by"]) for p in periods] == [("1405-H1", "approved", "رئیس کل")]
