"""The window's sync facade: status, keys with a passphrase (no secure keyring), media and HTTPS sending."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.backends import fail as fail_backend

from desktop.center.service import CenterService
from desktop.store.database import open_database
from desktop.store.models import Meeting
from desktop.store.settings import set_setting
from desktop.sync import frame
from desktop.sync.center_link import CenterKeyNotPinnedError
from desktop.sync.errors import KeyExistsError, KeyStoreError, WrongPassphraseError
from desktop.sync.keys import export_public, fingerprint, load_public
from desktop.sync.media import BUNDLE_SUFFIX
from desktop.sync.outbox import UnknownReceiptError
from desktop.sync.service import ExportResult, NotLinkedError, SyncService
from desktop.sync.views import WITHOUT_ACK_WARNING
from desktop.tasks import TaskCancelled, TaskProgress

PROVINCE = "QOM"
PASSPHRASE = "گذرواژه آزمایشی"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
URL = "http://127.0.0.1:8765"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class FakeCenter:
    """The real CenterService behind an httpx2.MockTransport; ``down`` makes every request fail."""

    def __init__(self, service: CenterService) -> None:
        self.service = service
        self.down = False
        self.requests = 0

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        if self.down:
            self.requests += 1
            raise httpx2.ConnectError("refused", request=request)
        if request.method == "GET" and request.url.path == "/center/key-rotations":
            return httpx2.Response(200, json=[])  # the center's key was never rotated in these tests
        if request.method == "GET" and request.url.path.endswith("/directives"):  # none issued in these tests
            return httpx2.Response(200, content=self.service.directive_listing(
                request.url.path.split("/")[2], int(request.url.params.get("after", 0))))
        self.requests += 1
        return httpx2.Response(200, content=self.service.ingest(request.content))

    def client(self) -> httpx2.Client:
        return httpx2.Client(transport=httpx2.MockTransport(self.handler))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "rasad.sqlite3", user_name="دبیر")
    with database.session() as session:
        set_setting(session, "province.code", PROVINCE)
    yield database
    database.close()


@pytest.fixture
def center(tmp_path: Path, clock: Clock):
    service = CenterService(f"sqlite:///{tmp_path / 'center.sqlite3'}", Ed25519PrivateKey.generate(), clock)
    yield FakeCenter(service)
    service.close()


@pytest.fixture
def sync(db, clock: Clock, center: FakeCenter) -> SyncService:
    return SyncService(db, clock, keyring_backend=fail_backend.Keyring(), http_client=center.client)


def _record_meeting(db, number: int) -> None:
    with db.session() as session:
        session.add(Meeting(number=number, held_on=date(2026, 11, 1), title=f"جلسه {number}", location="تالار"))


def _link(sync: SyncService, center: FakeCenter, tmp_path: Path) -> None:
    """Create the key, register it at the center, pin the center's key and set its address."""
    sync.create_signing_key(PASSPHRASE)
    public = tmp_path / "province.pub"
    sync.export_public_key(public, PASSPHRASE)
    center.service.register_province(PROVINCE, "قم", public.read_bytes())
    center_key = tmp_path / "center.pub"
    center_key.write_bytes(export_public(center.service.public_key))
    sync.pin_center_key(center_key)
    sync.set_center_url(URL)


def test_before_any_key_the_status_says_no_key_and_where_it_would_be_kept(sync, db) -> None:
    status = sync.status()
    assert status.entries == () and status.without_ack is None
    key = status.link.signing_key
    assert key is not None and key.key_id is None and key.needs_passphrase
    assert key.location == str(db.path.parent / f"{PROVINCE}.rasad-key")
    assert not status.link.can_send


def test_a_created_key_is_shown_without_its_passphrase_and_never_replaced(sync, db, clock, center) -> None:
    created = sync.create_signing_key(PASSPHRASE)
    assert created.key_id is not None and len(created.key_id) == 16
    fresh = SyncService(db, clock, keyring_backend=fail_backend.Keyring(), http_client=center.client)
    assert fresh.signing_key().key_id == created.key_id  # read from the file's envelope, no passphrase
    before = Path(created.location).read_bytes()
    with pytest.raises(KeyExistsError):
        fresh.create_signing_key(PASSPHRASE)
    assert Path(created.location).read_bytes() == before


def test_the_key_file_needs_the_right_passphrase(sync) -> None:
    sync.create_signing_key(PASSPHRASE)
    assert sync.needs_passphrase()
    with pytest.raises(KeyStoreError):
        sync.check_passphrase(None)
    with pytest.raises(WrongPassphraseError):
        sync.check_passphrase("wrong")
    assert sync.check_passphrase(PASSPHRASE) == sync.signing_key().key_id


def test_the_exported_public_key_is_the_signing_key(sync, tmp_path) -> None:
    key_id = sync.create_signing_key(PASSPHRASE).key_id
    path = tmp_path / "out" / "qom.pub"
    path.parent.mkdir()
    assert sync.export_public_key(path, PASSPHRASE) == key_id
    assert fingerprint(load_public(path.read_bytes())) == key_id
    assert [p.name for p in path.parent.iterdir()] == ["qom.pub"]  # no temporary file left behind


def test_pinning_the_center_key_and_url_shows_in_the_link(sync, center, tmp_path) -> None:
    _link(sync, center, tmp_path)
    link = sync.status().link
    assert link.center_key_id == fingerprint(center.service.public_key)
    assert link.url == URL and link.province == PROVINCE and link.can_send


def test_export_cuts_and_writes_verified_files_with_progress(sync, db, tmp_path) -> None:
    sync.create_signing_key(PASSPHRASE)
    _record_meeting(db, 1)
    assert sync.status().has_unsent_changes
    steps: list[tuple[int, int]] = []
    folder = tmp_path / "usb"
    folder.mkdir()
    result = sync.export_to_folder(folder, PASSPHRASE, TaskProgress(lambda d, t, m: steps.append((d, t))))
    assert result.cut is not None and result.cut.sequence == 1
    assert [p.name for p in result.files] == [p.name for p in sorted(folder.iterdir())]
    assert result.files[0].name.startswith("QOM-000001-") and result.files[0].name.endswith(BUNDLE_SUFFIX)
    assert frame.file_hash(result.files[0].read_bytes()) == result.cut.file_hash
    assert (1, 1) in steps
    status = sync.status()
    assert not status.has_unsent_changes
    assert [e.state for e in status.entries] == ["waiting"]


def test_export_with_nothing_new_needs_no_passphrase(sync, tmp_path) -> None:
    sync.create_signing_key(PASSPHRASE)
    assert sync.export_to_folder(tmp_path, None) == ExportResult(None, ())


def test_a_cancelled_export_raises_and_cuts_nothing(sync, db, tmp_path) -> None:
    sync.create_signing_key(PASSPHRASE)
    _record_meeting(db, 1)
    progress = TaskProgress()
    progress.cancel()
    with pytest.raises(TaskCancelled):
        sync.export_to_folder(tmp_path, PASSPHRASE, progress)
    assert sync.status().entries == ()


def test_importing_the_centers_receipt_acknowledges_the_bundle(sync, db, center, tmp_path, clock) -> None:
    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    exported = sync.export_to_folder(tmp_path, PASSPHRASE).files[0]
    receipt = tmp_path / "receipt.rasad-receipt"
    receipt.write_bytes(center.service.ingest(exported.read_bytes()))
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a receipt")
    clock.now = NOW + timedelta(hours=2)
    good, bad, missing = sync.import_receipt_files([receipt, junk, tmp_path / "missing"])
    assert good.error is None and good.entry is not None and good.entry.state == "acknowledged"
    assert bad.entry is None and bad.error is not None
    assert missing.entry is None and missing.error is not None
    status = sync.status()
    assert status.without_ack is None and status.last_acknowledged_at == NOW + timedelta(hours=2)


def test_a_receipt_for_another_bundle_is_reported_not_applied(sync, db, center, tmp_path) -> None:
    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    exported = sync.export_to_folder(tmp_path, PASSPHRASE).files[0]
    receipt = center.service.ingest(exported.read_bytes())
    with db.session() as session:  # the province database was restored from an older copy
        from desktop.store.models import OutboxBundle

        session.query(OutboxBundle).delete()
    (tmp_path / "r").write_bytes(receipt)
    [outcome] = sync.import_receipt_files([tmp_path / "r"])
    assert isinstance(outcome.error, UnknownReceiptError)


def test_receipts_need_the_pinned_center_key(sync) -> None:
    with pytest.raises(CenterKeyNotPinnedError):
        sync.import_receipt_files([])


def test_send_now_cuts_and_the_center_acknowledges(sync, db, center, tmp_path) -> None:
    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    result = sync.send_now(PASSPHRASE)
    assert result.cut is not None
    assert (result.report.sent, result.report.acknowledged, result.report.failed) == (1, 1, 0)
    assert [e.state for e in sync.status().entries] == ["acknowledged"]
    assert not sync.retry_due()


def test_send_without_a_link_is_refused_with_a_clear_error(sync, db) -> None:
    sync.create_signing_key(PASSPHRASE)
    _record_meeting(db, 1)
    with pytest.raises(NotLinkedError):
        sync.send_now(PASSPHRASE)
    assert sync.status().entries == ()


def test_a_failed_send_schedules_a_retry_that_becomes_due(sync, db, center, tmp_path, clock) -> None:
    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    center.down = True
    result = sync.send_now(PASSPHRASE)
    assert result.report.failed == 1 and result.report.next_attempt_at == NOW + timedelta(seconds=30)
    status = sync.status()
    [entry] = status.entries
    assert (entry.state, entry.attempts) == ("waiting", 1)
    assert status.next_attempt_at == NOW + timedelta(seconds=30)
    assert not sync.retry_due()
    clock.now = NOW + timedelta(seconds=30)
    assert sync.retry_due()
    center.down = False
    report = sync.send_due()  # the automatic retry: no key, no passphrase
    assert report.acknowledged == 1 and not sync.retry_due()


def test_a_retry_survives_a_restart(sync, db, center, tmp_path, clock) -> None:
    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    center.down = True
    sync.send_now(PASSPHRASE)
    restarted = SyncService(db, clock, keyring_backend=fail_backend.Keyring(), http_client=center.client)
    assert restarted.status().next_attempt_at == NOW + timedelta(seconds=30)
    clock.now = NOW + timedelta(minutes=5)
    assert restarted.retry_due()


def test_time_without_acknowledgement_counts_from_the_oldest_waiting_bundle(sync, db, clock, tmp_path) -> None:
    sync.create_signing_key(PASSPHRASE)
    _record_meeting(db, 1)
    sync.cut(PASSPHRASE)
    clock.now = NOW + WITHOUT_ACK_WARNING - timedelta(hours=1)
    status = sync.status()
    assert status.without_ack == WITHOUT_ACK_WARNING - timedelta(hours=1) and not status.warn_without_ack
    clock.now = NOW + WITHOUT_ACK_WARNING
    assert sync.status().warn_without_ack


def test_a_held_bundle_backs_off_instead_of_being_resent_at_once(sync, db, center, tmp_path, clock) -> None:
    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    sync.cut(PASSPHRASE)
    _record_meeting(db, 2)
    sync.cut(PASSPHRASE)
    first, second = sync.status().entries
    center_key = center.service.public_key
    held = sync.outbox.apply_receipt(center.service.ingest(sync.outbox.data(second.id)), center_key, PROVINCE)
    assert (held.state, held.reason) == ("sent", "waiting for sequence 1")
    sync.outbox.mark_sent(second.id, NOW)  # what the sender does after a HELD answer
    sync.outbox.apply_receipt(center.service.ingest(sync.outbox.data(first.id)), center_key, PROVINCE)
    assert [e.state for e in sync.status().entries] == ["acknowledged", "sent"]
    clock.now = NOW + timedelta(seconds=1)
    assert not sync.retry_due()
    clock.now = NOW + timedelta(seconds=30)
    assert sync.retry_due()
    assert sync.send_due().acknowledged == 1  # the center sends the stored receipt of the applied bundle


def _real_center(db, clock, center: FakeCenter) -> SyncService:
    """The same service talking to the center's real HTTP app (routes for bundles, rotations, directives)."""
    from fastapi.testclient import TestClient

    from desktop.center.app import create_app

    return SyncService(db, clock, keyring_backend=fail_backend.Keyring(),
                       http_client=lambda: TestClient(create_app(center.service), base_url=URL))


def test_sending_also_brings_the_centers_directives(sync, db, center, tmp_path, clock) -> None:
    from desktop.store.models import CenterDeadline
    from desktop.sync import directive_content

    _link(sync, center, tmp_path)
    center.service.issue_directive(PROVINCE, directive_content.from_json({
        "note": "", "programs": [], "indicator_targets": [],
        "deadlines": [{"code": "H1", "title": "گزارش", "due_on": "2026-12-20", "note": ""}]}))
    _record_meeting(db, 1)
    result = _real_center(db, clock, center).send_now(PASSPHRASE)
    assert (result.report.acknowledged, result.report.failed) == (1, 0)
    with db.session() as session:
        assert session.query(CenterDeadline).count() == 1


def test_after_a_key_rotation_the_record_reaches_the_center_before_any_new_bundle(sync, db, center, tmp_path,
                                                                                 clock) -> None:
    from desktop.sync.rotation import pending_rotations, rotate

    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    real = _real_center(db, clock, center)
    real.send_now(PASSPHRASE)
    rotate(db, real._store(PROVINCE), PROVINCE, PASSPHRASE)
    _record_meeting(db, 2)
    center.down = True  # the FakeCenter's own transport is down, the real app is reachable: use the real one
    result = real.send_now(PASSPHRASE)
    assert (result.report.acknowledged, result.report.failed) == (1, 0)
    assert pending_rotations(db) == []
    assert [e.state for e in real.status().entries] == ["acknowledged", "acknowledged"]


def test_an_undelivered_rotation_holds_back_the_bundles(sync, db, center, tmp_path, clock) -> None:
    from desktop.sync.rotation import rotate

    _link(sync, center, tmp_path)
    rotate(db, sync._store(PROVINCE), PROVINCE, PASSPHRASE)
    _record_meeting(db, 1)
    center.down = True
    result = sync.send_now(PASSPHRASE)
    assert result.report.failed == 1 and result.report.next_attempt_at is not None
    assert [e.state for e in sync.status().entries] == ["waiting"]  # not sent, so not refused by the center


def test_while_another_program_writes_the_sync_status_and_the_send_check_answer_at_once(
        sync, db, center, tmp_path, monkeypatch) -> None:
    """What the window asks on every visit of the sync page and on its automatic-send timer is read in a
    read-only transaction: a long write elsewhere (an import of a million cases holds the write lock ~25 s) must
    not freeze the window, nor keep `sync status` waiting."""
    import sqlite3
    import time

    from desktop.store import busy

    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    assert sync.cut(PASSPHRASE) is not None  # a bundle waiting: the send check reads the whole outbox
    monkeypatch.setenv(busy.WAIT_VARIABLE, "10")
    holder = sqlite3.connect(db.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        started = time.monotonic()
        status = sync.status()
        assert len(status.entries) == 1 and status.link.can_send
        assert sync.retry_due(NOW + timedelta(days=1))
        assert sync.directives() == []
        sync.directive_freshness()
        assert sync.has_unsent_changes() is False
        assert time.monotonic() - started < 3  # not the 10 s a write would wait
    finally:
        holder.close()


def test_after_a_restore_send_now_delivers_a_pending_rotation_before_taking_the_chain_back(tmp_path, clock,
                                                                                          center) -> None:
    from desktop.store.backup import create_backup, restore_backup
    from desktop.sync.rotation import pending_rotations, rotate

    path = tmp_path / "own" / "rasad.sqlite3"
    path.parent.mkdir()
    database = open_database(path, user_name="دبیر")
    with database.session() as session:
        set_setting(session, "province.code", PROVINCE)
    service = _real_center(database, clock, center)
    _link(service, center, tmp_path)
    _record_meeting(database, 1)
    service.send_now(PASSPHRASE)
    backup = create_backup(path, tmp_path / "backups", now=NOW).path
    _record_meeting(database, 2)
    service.send_now(PASSPHRASE)
    rotate(database, service._store(PROVINCE), PROVINCE, PASSPHRASE)  # the center has not had it yet
    database.close()
    restore_backup(backup, path)
    database = open_database(path)
    try:
        service = _real_center(database, clock, center)
        _record_meeting(database, 3)
        result = service.send_now(PASSPHRASE)  # rotation, then the chain (a request signed by the new key)
        assert (result.report.acknowledged, result.report.failed) == (1, 0)
        assert pending_rotations(database) == []
        assert [(e.sequence, e.state) for e in service.status().entries] == \
            [(1, "acknowledged"), (2, "acknowledged"), (3, "acknowledged")]
    finally:
        database.close()
