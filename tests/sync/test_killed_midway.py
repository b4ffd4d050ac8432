"""The app killed while cutting or exporting a bundle (issue 4, "Must survive").

A child process does the real work and is killed — with SIGKILL from outside at a random moment, or by
``os._exit`` at the worst moments (after the bundle row is flushed but before the commit; after the file is
written but before its rename). Afterwards the database passes ``integrity_check``, the outbox and its chain
head agree, no file carries a final bundle name unless it is complete, and the next cut carries on the chain.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from desktop.store.database import open_database
from desktop.store.models import Meeting, OutboxBundle
from desktop.sync import frame
from desktop.sync.keys import fingerprint
from desktop.sync.media import BUNDLE_SUFFIX, export_pending
from desktop.sync.outbox import Outbox

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PROVINCE = "QOM"

CHILD = textwrap.dedent("""
    import os, sys
    from datetime import UTC, date, datetime
    from pathlib import Path
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from desktop.store.database import open_database
    from desktop.store.models import Meeting
    from desktop.sync import media, outbox as outbox_module
    from desktop.sync.outbox import Outbox

    db_path, key_hex, usb, crash_at = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key_hex))
    database = open_database(Path(db_path))
    box = Outbox(database, lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    if crash_at == "cut-before-commit":
        real_entry = outbox_module._entry
        def die_after_flush(row):
            real_entry(row)
            os._exit(9)  # the row is flushed inside the open transaction; the commit never happens
        outbox_module._entry = die_after_flush
    if crash_at == "export-before-rename":
        def die_before_rename(src, dst):
            os._exit(9)  # the temporary file is complete and synced; the rename never happens
        media.os.replace = die_before_rename
    n = 100
    while True:  # 'loop': cut and export until killed from outside
        n += 1
        with database.session() as session:
            for i in range(50):
                session.add(Meeting(number=n * 100 + i, held_on=date(2025, 5, 1), title="جلسه " * 20,
                                    location="تالار"))
        box.cut(key, "QOM", "1.0.0")
        usb.mkdir(exist_ok=True)
        media.export_pending(box, usb)
        print("round", n, flush=True)
        if crash_at != "loop":
            break
""")


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def _key_hex(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption()).hex()


def _prepare(tmp_path: Path, key: Ed25519PrivateKey) -> Path:
    path = tmp_path / "rasad.sqlite3"
    database = open_database(path)
    with database.session() as session:
        session.add(Meeting(number=1, held_on=date(2025, 5, 1), title="جلسه ۱", location="تالار"))
    Outbox(database, lambda: NOW).cut(key, PROVINCE, "1.0.0")  # one bundle before the crash
    database.close()
    return path


def _child(db: Path, key: Ed25519PrivateKey, usb: Path, crash_at: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), _key_hex(key), str(usb), crash_at],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _check_consistent(db_path: Path, usb: Path, key: Ed25519PrivateKey) -> None:
    database = open_database(db_path)  # refuses a database that fails integrity_check
    try:
        with database.session() as session:
            assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            rows = session.scalars(select(OutboxBundle).order_by(OutboxBundle.sequence)).all()
        previous, last_change = frame.GENESIS_HASH, 0
        keys = {fingerprint(key.public_key()): key.public_key()}
        for expected_sequence, row in enumerate(rows, start=1):
            assert row.sequence == expected_sequence and row.previous_hash == previous
            assert row.first_change_id == last_change + 1
            verified = frame.verify(bytes(row.data), public_keys=keys, expected_province=PROVINCE,
                                    expected_payload_type="progress", max_bytes=10**8, max_uncompressed=10**9)
            assert verified.file_hash == row.file_hash
            previous, last_change = row.file_hash, row.last_change_id
        hashes = {row.file_hash for row in rows}
        for path in usb.glob(f"*{BUNDLE_SUFFIX}") if usb.exists() else []:
            assert frame.file_hash(path.read_bytes()) in hashes, f"{path.name} is not a complete bundle"
        # the chain carries on from the head that survived
        with database.session() as session:
            session.add(Meeting(number=99_999, held_on=date(2025, 5, 1), title="پس از خرابی", location=""))
        entry = Outbox(database, lambda: NOW).cut(key, PROVINCE, "1.0.0")
        assert entry is not None and entry.sequence == len(rows) + 1 and entry.previous_hash == previous
        assert entry.first_change_id == last_change + 1
        usb.mkdir(exist_ok=True)
        export_pending(Outbox(database, lambda: NOW), usb)
    finally:
        database.close()


def test_killed_after_the_bundle_row_is_flushed_but_before_commit(tmp_path: Path, key) -> None:
    db = _prepare(tmp_path, key)
    child = _child(db, key, tmp_path / "usb", "cut-before-commit")
    assert child.wait(60) == 9, child.stderr.read()
    _check_consistent(db, tmp_path / "usb", key)
    with open_database(db).session() as session:  # the killed cut left nothing behind
        assert session.scalar(select(OutboxBundle.sequence).order_by(OutboxBundle.sequence.desc())) == 2


def test_killed_after_writing_the_temporary_file_but_before_the_rename(tmp_path: Path, key) -> None:
    db = _prepare(tmp_path, key)
    usb = tmp_path / "usb"
    child = _child(db, key, usb, "export-before-rename")
    assert child.wait(60) == 9, child.stderr.read()
    assert not list(usb.glob(f"*{BUNDLE_SUFFIX}"))  # only a temporary name, never a final one
    assert list(usb.glob(".*.tmp"))
    _check_consistent(db, usb, key)


@pytest.mark.parametrize("delay", [0.9, 1.7, 2.6])
def test_killed_from_outside_at_a_random_moment_while_cutting_and_exporting(tmp_path: Path, key, delay) -> None:
    db = _prepare(tmp_path, key)
    usb = tmp_path / "usb"
    child = _child(db, key, usb, "loop")
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    _check_consistent(db, usb, key)
