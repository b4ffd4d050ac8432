"""The record of a checked file (desktop/store/check_record.py): a file left exactly as a passing check or a
trusted Rasad process left it needs no full check before a write; anything else that changed it — a page
overwritten, even with its modification time put back, another process writing meanwhile — means the full
check runs first, and a damaged file is refused before any write."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.store.check_record import (
    identity_of,
    is_recorded_as_checked,
    read_record,
    record_path,
    write_record,
)
from desktop.store.database import open_database
from desktop.store.health import DatabaseDamagedError, HealthStatus
from desktop.store.models import Meeting, Province
from tests.damage import overwrite_leaf_pages

from .conftest import one_of_each

ROOT = Path(__file__).resolve().parents[2]


def _filled(tmp_path: Path) -> Path:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.session() as session:
        one_of_each(session)
        for number in range(2, 400):  # enough pages that the middle of the file is a meeting page
            session.add(Meeting(number=number, held_on=date(2024, 1, 1), title="جلسه " * 20))
    return path


def _overwrite_a_meeting_page(path: Path) -> None:
    """Overwrite one leaf page of the meeting table in place: same file, same size, header and schema intact."""
    overwrite_leaf_pages(path, "meeting")


def _past_the_file_clock_tick(nanoseconds: int) -> None:
    """File times advance in clock ticks of a few milliseconds: wait until a change cannot share ``nanoseconds``'s
    tick (the one case the record cannot tell apart, documented in check_record.py)."""
    while time.time_ns() < nanoseconds + 50_000_000:
        time.sleep(0.01)


def test_a_file_closed_by_rasad_opens_cleared_and_its_first_write_needs_no_full_check(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    assert read_record(path) == identity_of(path)
    with open_database(path, create=False) as db:
        assert db.health.cleared_by_record
        with db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
        assert db.health.report.status is HealthStatus.UNCHECKED  # the write did not wait for a check
    assert is_recorded_as_checked(path) is not None  # and its own write is vouched for in turn
    with open_database(path, create=False) as db, db.reading() as session:
        assert db.health.cleared_by_record
        assert session.scalar(select(func.count()).select_from(Province)) == 2


def test_a_page_overwritten_after_the_record_is_refused_before_any_write(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    _overwrite_a_meeting_page(path)
    before = path.read_bytes()
    with open_database(path, create=False) as db:
        assert not db.health.cleared_by_record
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
        assert db.health.report.status is HealthStatus.DAMAGED
    assert path.read_bytes() == before
    assert not record_path(path).exists()  # a failed check leaves no record behind


def test_a_page_overwritten_with_its_size_and_modification_time_put_back_is_still_caught(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    recorded = read_record(path)
    assert recorded is not None
    _past_the_file_clock_tick(recorded.ctime_ns)
    _overwrite_a_meeting_page(path)
    os.utime(path, ns=(recorded.mtime_ns, recorded.mtime_ns))  # as `touch -d` would
    now = identity_of(path)
    assert now is not None and (now.size, now.mtime_ns) == (recorded.size, recorded.mtime_ns)
    with open_database(path, create=False) as db:
        assert not db.health.cleared_by_record  # the status-change time, which no one can put back, differs
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="TEH", name="تهران"))


def test_damage_the_file_system_never_saw_is_left_to_the_background_check_which_still_runs(tmp_path: Path) -> None:
    """What the record cannot see (a disk corrupting bytes in place) is simulated by recording the damaged
    state as checked: writes are then cleared, but the check the window runs in the background — and the one
    before every backup — still reads the whole file, finds it, refuses writes from then on and drops the
    record."""
    path = _filled(tmp_path)
    _overwrite_a_meeting_page(path)
    write_record(path, identity_of(path))  # type: ignore[arg-type]
    with open_database(path, create=False) as db:
        assert db.health.cleared_by_record
        assert db.health.ensure_checked().status is HealthStatus.DAMAGED  # what health_check.py runs
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
    assert not record_path(path).exists()


def test_a_foreign_write_while_rasad_has_the_file_open_is_not_recorded_at_its_close(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    with open_database(path, create=False) as db:
        assert db.health.cleared_by_record
        with db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
        recorded = read_record(path)
        _past_the_file_clock_tick(identity_of(path).ctime_ns)  # type: ignore[union-attr]
        _overwrite_a_meeting_page(path)  # someone else, not through SQLite, while the window is open
        with db.session() as session:  # the next own write finds the file not as its last write left it
            session.add(Province(code="ISF", name="اصفهان"))
        assert not db.health.chain_intact
    assert read_record(path) == recorded  # the earlier record stays, and no longer matches
    assert is_recorded_as_checked(path) is None
    with open_database(path, create=False) as db:
        assert not db.health.cleared_by_record
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="KRJ", name="البرز"))


_OTHER_PROCESS = """
import sys
from pathlib import Path
from desktop.store.database import open_database
from desktop.store.models import Province
with open_database(Path(sys.argv[1]), create=False) as db:
    print("cleared" if db.health.cleared_by_record else "not cleared", flush=True)
    with db.session() as session:
        session.add(Province(code="OTH", name="دیگر"))
    print("wrote", flush=True)
    sys.stdin.readline()  # stays open until told to close
print("closed", flush=True)
"""


def test_two_processes_writing_at_once_leave_no_record_either_can_vouch_for(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open_database(path, create=False) as db:
        assert db.health.cleared_by_record
        other = subprocess.Popen([sys.executable, "-c", _OTHER_PROCESS, str(path)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        try:
            assert other.stdout is not None and other.stdin is not None
            assert other.stdout.readline().strip() == "cleared"
            assert other.stdout.readline().strip() == "wrote"
            with db.session() as session:
                session.add(Province(code="TEH", name="تهران"))
            assert not db.health.chain_intact  # the other process wrote since this one's last change
        finally:
            db.close()  # while the other process is still open
            assert other.stdin is not None and other.stdout is not None
            other.stdin.write("\n")
            other.stdin.flush()
            assert other.stdout.readline().strip() == "closed"
            other.wait(timeout=60)
    # Neither could vouch for the other's writes, so the next process checks in full before writing.
    assert is_recorded_as_checked(path) is None
    with open_database(path, create=False) as db:
        assert not db.health.cleared_by_record
        with db.session() as session:
            session.add(Province(code="KRJ", name="البرز"))
        assert db.health.report.status is HealthStatus.HEALTHY  # checked in full first
    assert is_recorded_as_checked(path) is not None


def test_a_passing_check_records_the_file_and_a_file_copied_in_is_not_cleared(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    record_path(path).unlink()
    with open_database(path, create=False) as db:
        assert not db.health.cleared_by_record
        assert db.health.check().status is HealthStatus.HEALTHY
    assert is_recorded_as_checked(path) is not None
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)  # another file dropped in its place, the record left beside it
    with open_database(path, create=False) as db:
        assert not db.health.cleared_by_record
