"""After a restore, the bundle chain is taken back from the center before anything is sent (issue 6, point 5)."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop.center.app import create_app
from desktop.center.models import CenterBundle, CenterFlag, NationalChange
from desktop.center.service import CenterService
from desktop.store.backup import create_backup, restore_backup
from desktop.store.database import open_database
from desktop.store.models import Meeting, OutboxBundle
from desktop.store.settings import ACKNOWLEDGED_BEFORE_RESTORE_KEY, get_setting, set_setting
from desktop.sync.errors import BundleError
from desktop.sync.keys import export_public
from desktop.sync.outbox import Outbox, ResyncRequiredError
from desktop.sync.receipts import read_receipt
from desktop.sync.request_auth import sign_request
from desktop.sync.resync import (
    BadChainAnswerError,
    ChainBehindError,
    ChainDivergedError,
    ChainItem,
    apply_center_chain,
    fetch_center_chain,
    read_chain_folder,
    resync_required,
)
from desktop.sync.sender import Sender

PROVINCE = "QOM"
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
URL = "http://127.0.0.1"


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def center(tmp_path: Path, key):
    service = CenterService(f"sqlite:///{tmp_path / 'center.sqlite3'}", Ed25519PrivateKey.generate(), lambda: NOW)
    service.register_province(PROVINCE, "قم", export_public(key.public_key()))
    yield service
    service.close()


def _open(path: Path):
    database = open_database(path)
    with database.session() as session:
        set_setting(session, "province.code", PROVINCE)
    return database


def _meeting(database, number: int) -> None:
    with database.session() as session:
        session.add(Meeting(number=number, held_on=date(2026, 11, 1), title=f"جلسه {number}", location="تالار"))


def _send(database, key, center) -> None:
    outbox = Outbox(database, lambda: NOW)
    outbox.cut(key, PROVINCE, "1.0")
    report = Sender(outbox, TestClient(create_app(center), base_url=URL), URL, center.public_key, PROVINCE,
                    lambda: NOW).send_due()
    assert report.failed == 0, report.error


def _restored(tmp_path: Path, key, center) -> Path:
    """A province that sent bundles 1–3, then restored the backup taken after bundle 1."""
    path = tmp_path / "rasad.sqlite3"
    database = _open(path)
    _meeting(database, 1)
    _send(database, key, center)
    backup = create_backup(path, tmp_path / "backups", now=NOW)
    for number in (2, 3):
        _meeting(database, number)
        _send(database, key, center)
    database.close()
    restore_backup(backup.path, path)
    return path


def test_a_restored_database_sends_nothing_until_its_chain_is_up_to_date(tmp_path, key, center) -> None:
    database = open_database(_restored(tmp_path, key, center))
    try:
        assert resync_required(database)
        outbox = Outbox(database, lambda: NOW)
        _meeting(database, 10)  # work goes on offline
        with pytest.raises(ResyncRequiredError):
            outbox.cut(key, PROVINCE, "1.0")
        with pytest.raises(ResyncRequiredError):
            Sender(outbox, TestClient(create_app(center), base_url=URL), URL, center.public_key, PROVINCE, lambda: NOW).send_due()
    finally:
        database.close()


def test_resync_takes_the_chain_back_and_the_next_bundle_continues_it_without_a_fork(tmp_path, key, center) -> None:
    database = open_database(_restored(tmp_path, key, center))
    try:
        _meeting(database, 10)  # made after the restore, before the resync
        client = TestClient(create_app(center), base_url=URL)
        items = fetch_center_chain(client, URL, PROVINCE, key, lambda: NOW)
        result = apply_center_chain(database, items, center.public_key, PROVINCE, lambda: NOW)
        assert (result.taken_back, result.head_sequence) == (2, 3) and result.change_id_offset > 0
        assert not resync_required(database)
        with database.session() as session:
            assert list(session.scalars(select(OutboxBundle.state).order_by(OutboxBundle.sequence))) == \
                ["acknowledged"] * 3
        _meeting(database, 11)
        _send(database, key, center)  # bundle 4: accepted, not a fork or a rollback
        with center.engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(CenterFlag)) == 0
            assert connection.scalar(select(func.max(CenterBundle.sequence))) == 4
            ids = list(connection.scalars(select(NationalChange.change_id).order_by(NationalChange.id)))
        assert ids == sorted(set(ids))  # every change once, ids increasing along the chain
        with database.session() as session:
            latest = session.scalar(select(OutboxBundle).order_by(OutboxBundle.sequence.desc()).limit(1))
            assert latest.sequence == 4 and latest.state == "acknowledged"
    finally:
        database.close()


def test_a_chain_not_vouched_for_by_the_pinned_center_key_is_refused_and_nothing_changes(tmp_path, key,
                                                                                       center) -> None:
    database = open_database(_restored(tmp_path, key, center))
    try:
        items = fetch_center_chain(TestClient(create_app(center), base_url=URL), URL, PROVINCE, key, lambda: NOW)
        impostor = Ed25519PrivateKey.generate().public_key()
        with pytest.raises(BundleError):
            apply_center_chain(database, items, impostor, PROVINCE)
        swapped = [ChainItem(items[1].bundle, items[0].receipt), *items[1:]]  # a receipt for another file
        with pytest.raises(BundleError):
            apply_center_chain(database, swapped, center.public_key, PROVINCE)
        assert resync_required(database)
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(OutboxBundle)) == 1
    finally:
        database.close()


def test_the_center_gives_a_provinces_chain_only_to_a_fresh_request_signed_by_its_key(tmp_path, key,
                                                                                     center) -> None:
    client = TestClient(create_app(center), base_url=URL)
    assert client.get("/provinces/QOM/chain").status_code == 401
    stamp = int(NOW.timestamp())
    other = Ed25519PrivateKey.generate()
    path = "/provinces/QOM/chain"
    for header in (sign_request(other, "GET", path, "after=0", stamp),  # another key
                   sign_request(key, "GET", path, "after=0", stamp - 3600),  # an old request replayed
                   sign_request(key, "GET", path, "after=5", stamp),  # signed for other parameters
                   sign_request(key, "GET", "/provinces/THR/chain", "after=0", stamp),  # for another path
                   sign_request(key, "POST", path, "after=0", stamp)):  # for another method
        response = client.get(f"{path}?after=0", headers={"x-rasad-signature": header})
        assert response.status_code == 401
    good = sign_request(key, "GET", path, "after=0", stamp)
    assert client.get(f"{path}?after=0", headers={"x-rasad-signature": good}).status_code == 200
    # the very same signed request again: a replay, refused
    assert client.get(f"{path}?after=0", headers={"x-rasad-signature": good}).status_code == 401


def test_a_restore_with_nothing_newer_at_the_center_needs_no_offset(tmp_path, key, center) -> None:
    path = tmp_path / "rasad.sqlite3"
    database = _open(path)
    _meeting(database, 1)
    _send(database, key, center)
    backup = create_backup(path, tmp_path / "backups", now=NOW + timedelta(minutes=1))
    database.close()
    restore_backup(backup.path, path)
    database = open_database(path)
    try:
        items = fetch_center_chain(TestClient(create_app(center), base_url=URL), URL, PROVINCE, key, lambda: NOW)
        result = apply_center_chain(database, items, center.public_key, PROVINCE)
        assert (result.taken_back, result.confirmed, result.change_id_offset) == (0, 0, 0)
    finally:
        database.close()


# -- the resync must reach what the province knows the center acknowledged (hostile answers) ---------------

def _known(database) -> dict:
    with database.session() as session:
        return get_setting(session, ACKNOWLEDGED_BEFORE_RESTORE_KEY)


def test_a_restore_notes_the_last_bundle_the_center_acknowledged_to_the_replaced_database(tmp_path, key,
                                                                                         center) -> None:
    database = open_database(_restored(tmp_path, key, center))
    try:
        noted = _known(database)
        with center.engine.connect() as connection:
            third = connection.execute(select(CenterBundle).where(CenterBundle.sequence == 3)).one()
        assert (noted["sequence"], noted["bundle_id"]) == (3, third.bundle_id)
        assert noted["file_hash"] == hashlib.sha256(third.data).hexdigest()
        assert read_receipt(base64.b64decode(noted["receipt"]), center.public_key, PROVINCE).sequence == 3
    finally:
        database.close()


def test_an_empty_folder_or_an_empty_chain_does_not_clear_the_mark_when_the_center_acknowledged_more(
        tmp_path, key, center) -> None:
    database = open_database(_restored(tmp_path, key, center))
    try:
        empty = tmp_path / "empty"
        empty.mkdir()
        for items in (read_chain_folder(empty), []):
            with pytest.raises(ChainBehindError) as caught:
                apply_center_chain(database, items, center.public_key, PROVINCE)
            assert (caught.value.params["got"], caught.value.params["known"]) == (0, 3)
        assert resync_required(database)
        with pytest.raises(ResyncRequiredError):
            Outbox(database, lambda: NOW).cut(key, PROVINCE, "1.0")
    finally:
        database.close()


def test_a_chain_page_that_stops_early_is_refused_and_the_mark_stays(tmp_path, key, center) -> None:
    database = open_database(_restored(tmp_path, key, center))
    try:
        items = fetch_center_chain(TestClient(create_app(center), base_url=URL), URL, PROVINCE, key, lambda: NOW)
        with pytest.raises(ChainBehindError):
            apply_center_chain(database, items[:2], center.public_key, PROVINCE)
        assert resync_required(database) and _known(database)["sequence"] == 3
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(OutboxBundle)) == 1
        apply_center_chain(database, items, center.public_key, PROVINCE)  # the whole chain: done
        assert not resync_required(database) and _known(database) is None
    finally:
        database.close()


def test_a_chain_that_does_not_hold_the_bundle_of_the_provinces_receipt_is_refused(tmp_path, key,
                                                                                  center) -> None:
    database = open_database(_restored(tmp_path, key, center))
    try:
        with database.session() as session:
            noted = get_setting(session, ACKNOWLEDGED_BEFORE_RESTORE_KEY)
            set_setting(session, ACKNOWLEDGED_BEFORE_RESTORE_KEY, {**noted, "file_hash": "ab" * 32})
        items = fetch_center_chain(TestClient(create_app(center), base_url=URL), URL, PROVINCE, key, lambda: NOW)
        with pytest.raises(ChainDivergedError):
            apply_center_chain(database, items, center.public_key, PROVINCE)
        assert resync_required(database)
    finally:
        database.close()


def test_another_provinces_chain_is_refused(tmp_path, key, center) -> None:
    other_key = Ed25519PrivateKey.generate()
    center.register_province("THR", "تهران", export_public(other_key.public_key()))
    other = open_database(tmp_path / "tehran.sqlite3")
    with other.session() as session:
        set_setting(session, "province.code", "THR")
    for number in (1, 2, 3):
        _meeting(other, number)
        outbox = Outbox(other, lambda: NOW)
        outbox.cut(other_key, "THR", "1.0")
        Sender(outbox, TestClient(create_app(center), base_url=URL), URL, center.public_key, "THR",
               lambda: NOW).send_due()
    other.close()
    tehran = fetch_center_chain(TestClient(create_app(center), base_url=URL), URL, "THR", other_key, lambda: NOW)
    assert len(tehran) == 3
    database = open_database(_restored(tmp_path, key, center))
    try:
        with pytest.raises(BundleError):
            apply_center_chain(database, tehran, center.public_key, PROVINCE)
        assert resync_required(database)
    finally:
        database.close()


@pytest.mark.parametrize("answer", [b"{}", b"null", b"\"done\"", b"7", b"[1]", b"not json"])
def test_a_chain_page_that_is_not_a_list_of_bundles_is_a_bad_answer_not_the_end_of_the_chain(key, answer) -> None:
    client = httpx2.Client(transport=httpx2.MockTransport(
        lambda request: httpx2.Response(200, content=answer, headers={"content-type": "application/json"})))
    with pytest.raises(BadChainAnswerError):
        fetch_center_chain(client, URL, PROVINCE, key, lambda: NOW)


def test_a_center_answering_page_after_page_for_ever_is_stopped_before_the_memory_fills(key, monkeypatch) -> None:
    import base64
    import json

    from desktop.sync import resync

    monkeypatch.setattr(resync, "CHAIN_MAX_BYTES", 100_000)
    served = []

    def endless(request: httpx2.Request) -> httpx2.Response:
        after = int(request.url.params["after"])
        page = [{"sequence": after + n, "bundle": base64.b64encode(b"x" * 1000).decode(),
                 "receipt": base64.b64encode(b"r" * 100).decode()} for n in range(1, 21)]
        served.append(after)
        return httpx2.Response(200, content=json.dumps(page).encode())

    with pytest.raises(BadChainAnswerError, match="MiB of bundles"):
        fetch_center_chain(httpx2.Client(transport=httpx2.MockTransport(endless)), URL, PROVINCE, key, lambda: NOW)
    assert len(served) <= 5


def test_a_folder_that_does_not_exist_is_not_an_empty_chain(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        read_chain_folder(tmp_path / "absent")


def test_a_second_restore_before_the_resync_keeps_what_the_first_one_noted(tmp_path, key, center) -> None:
    path = _restored(tmp_path, key, center)
    backup = sorted((tmp_path / "backups").glob("*.sqlite3"))[0]
    restore_backup(backup, path)
    database = open_database(path)
    try:
        assert _known(database)["sequence"] == 3
        with pytest.raises(ChainBehindError):
            apply_center_chain(database, [], center.public_key, PROVINCE)
    finally:
        database.close()
