"""Removable media: bundles land under their final names only when complete and verified; receipts import."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.store.database import open_database
from desktop.store.models import Meeting
from desktop.sync import frame, media
from desktop.sync.media import ExportError, export_pending, import_receipts
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Receipt, Verdict, make_receipt

PROVINCE = "QOM"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def outbox(tmp_path: Path):
    db = open_database(tmp_path / "db" / "rasad.sqlite3")
    key = Ed25519PrivateKey.generate()
    box = Outbox(db, lambda: NOW)
    for number in (1, 2):
        with db.session() as session:
            session.add(Meeting(number=number, held_on=date(2025, 5, 1), title="جلسه", location=""))
        box.cut(key, PROVINCE, "1.0.0")
    yield box
    db.close()


def test_export_writes_each_pending_bundle_under_its_final_name_only(outbox, tmp_path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    paths = export_pending(outbox, out)
    entries = outbox.pending()
    assert [p.name for p in paths] == [
        f"{PROVINCE}-{e.sequence:06d}-{e.bundle_id}.rasad-bundle" for e in entries]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    for path, entry in zip(paths, entries, strict=True):
        assert frame.file_hash(path.read_bytes()) == entry.file_hash


def test_a_crash_during_export_leaves_no_file_with_a_final_name(outbox, tmp_path, monkeypatch) -> None:
    out = tmp_path / "usb"
    out.mkdir()

    def crash(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(media.os, "replace", crash)
    with pytest.raises(ExportError):
        export_pending(outbox, out)
    assert list(out.iterdir()) == []


def test_a_read_back_mismatch_removes_the_file(outbox, tmp_path, monkeypatch) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    real_replace = os.replace

    def corrupting_replace(src, dst):
        with open(src, "r+b") as handle:
            handle.write(b"X")
        real_replace(src, dst)

    monkeypatch.setattr(media.os, "replace", corrupting_replace)
    with pytest.raises(ExportError):
        export_pending(outbox, out)
    assert list(out.iterdir()) == []


def test_receipt_files_settle_their_bundles_and_bad_files_are_reported(outbox, tmp_path) -> None:
    center = Ed25519PrivateKey.generate()
    entry = outbox.pending()[0]
    good = tmp_path / "r1.rasad-receipt"
    good.write_bytes(make_receipt(Receipt(
        bundle_id=entry.bundle_id, province=PROVINCE, sequence=entry.sequence, file_hash=entry.file_hash,
        verdict=Verdict.ACCEPTED, reason="", received_at="2026-11-23T09:00:00Z"),
        center, app_version="1.0.0", schema_version="0003", now=NOW))
    bad = tmp_path / "r2.rasad-receipt"
    bad.write_bytes(b"not a receipt")
    results = import_receipts(outbox, [good, bad, tmp_path / "missing"], center.public_key(), PROVINCE)
    assert results[0].entry is not None and results[0].entry.state == "acknowledged"
    assert results[1].error is not None and results[2].error is not None
    assert [e.sequence for e in outbox.pending()] == [2]


def test_a_bundle_given_for_its_receipt_is_named_with_its_real_size(outbox, tmp_path) -> None:
    """It was said to be 65,537 bytes - what was read to see it is too large, not its size."""
    big = tmp_path / "QOM-000001.rasad-bundle"
    big.write_bytes(os.urandom(302_000))
    [result] = import_receipts(outbox, [big], Ed25519PrivateKey.generate().public_key(), PROVINCE)
    assert result.error is not None
    assert result.error.english() == (f"{big} is 295 KB, more than a receipt can be (64 KB): is it a"
                                      " bundle rather than its receipt?")


def test_bundles_whose_export_event_cannot_be_recorded_are_removed(outbox, tmp_path) -> None:
    from desktop.store.health import DatabaseDamagedError

    out = tmp_path / "usb"
    out.mkdir()
    outbox.database.health.mark_damaged(["a damaged page"])  # the event is refused
    with pytest.raises(DatabaseDamagedError):
        export_pending(outbox, out)
    assert list(out.iterdir()) == []


def test_an_export_stopped_midway_records_the_bundles_it_kept(outbox, tmp_path) -> None:
    from desktop.audit.service import AuditFilter, AuditService
    from desktop.tasks import TaskCancelled, TaskProgress

    out = tmp_path / "usb"
    out.mkdir()

    def cancel_after_the_first(done: int, total: int, message: str) -> None:
        if done == 0:  # heard at the next step, once the first bundle is written
            progress.cancel()

    progress = TaskProgress(on_progress=cancel_after_the_first)
    with pytest.raises(TaskCancelled):
        export_pending(outbox, out, progress=progress)
    kept = sorted(path.name for path in out.iterdir())
    assert len(kept) == 1
    events = AuditService(outbox.database).events(AuditFilter(operation="export.bundle"))
    assert [e.detail for e in events] == [f"1 bundle(s) to {out}: {kept[0]}"]
