"""The database's health: opening reads only what is bounded; the full integrity check runs later, at the
latest before the first write, and a damaged file refuses every write with its message."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from desktop.store.check_record import record_path
from desktop.store.database import open_database
from desktop.store.errors import DatabaseCorruptError
from desktop.store.health import (
    CheckProgress,
    DatabaseDamagedError,
    HealthStatus,
    IntegrityCheckCancelled,
    check_integrity,
    is_write,
)
from desktop.store.models import Meeting, Province
from desktop.tasks import TaskCancelled, TaskProgress
from tests.damage import leaf_pages, overwrite_leaf_pages

from .conftest import one_of_each


def _filled(tmp_path: Path) -> Path:
    path = tmp_path / "good.sqlite3"
    with open_database(path) as db, db.session() as session:
        one_of_each(session)
        for number in range(2, 400):  # enough pages that the middle of the file is a meeting page
            session.add(Meeting(number=number, held_on=date(2024, 1, 1), title="جلسه " * 20))
    return path


def _damaged_copy(original: Path, tmp_path: Path) -> Path:
    """A copy with one of the meeting table's leaf pages overwritten: the header and schema are intact."""
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(original, damaged)
    assert len(leaf_pages(damaged, "meeting")) > 3
    overwrite_leaf_pages(damaged, "meeting")
    return damaged


def test_opening_an_existing_file_leaves_the_full_check_for_later(tmp_path: Path) -> None:
    damaged = _damaged_copy(_filled(tmp_path), tmp_path)
    with open_database(damaged) as db:
        assert db.health.report.status is HealthStatus.UNCHECKED
        with db.session() as session:  # reading what is intact goes on
            assert session.scalar(select(Province.code)) is not None


def test_a_new_file_and_an_in_memory_database_need_no_check(tmp_path: Path) -> None:
    with open_database(tmp_path / "new.sqlite3") as db:
        assert db.health.report.status is HealthStatus.HEALTHY
    with open_database(":memory:") as db:
        assert db.health.report.status is HealthStatus.HEALTHY


def test_the_full_check_finds_a_damaged_page_the_opening_did_not_read(tmp_path: Path) -> None:
    damaged = _damaged_copy(_filled(tmp_path), tmp_path)
    problems = check_integrity(damaged)
    assert problems and problems != ["ok"]
    with open_database(damaged) as db:
        report = db.health.check()
    assert report.status is HealthStatus.DAMAGED and report.problems


def test_a_damaged_database_refuses_the_first_write_before_anything_is_written(tmp_path: Path) -> None:
    damaged = _damaged_copy(_filled(tmp_path), tmp_path)
    before = damaged.read_bytes()
    with open_database(damaged) as db:
        assert db.health.report.status is HealthStatus.UNCHECKED
        with pytest.raises(DatabaseDamagedError) as raised, db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
        assert raised.value.context == "Store" and raised.value.problems
        assert "damaged" in raised.value.english()
        assert db.health.report.status is HealthStatus.DAMAGED  # the write ran the check first
        # Core statements and raw SQL through the engine are refused as well, not only the ORM's
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.execute(insert(Province.__table__).values(code="ISF", name="اصفهان"))
        with pytest.raises(DatabaseDamagedError), db.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM meeting")
    assert damaged.read_bytes() == before


def test_the_first_write_to_an_unchecked_healthy_file_runs_the_check_and_goes_through(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    record_path(path).unlink()  # no record that this very state was checked (tests/store/test_check_record.py)
    with open_database(path, create=False) as db:
        with db.reading() as session:
            session.scalar(select(func.count()).select_from(Meeting))
        assert db.health.report.status is HealthStatus.UNCHECKED  # reading does not check
        with db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
        assert db.health.report.status is HealthStatus.HEALTHY
    with open_database(path, create=False) as db, db.session() as session:
        assert session.scalar(select(func.count()).select_from(Province)) == 2


def test_a_database_marked_damaged_by_another_check_refuses_writes(tmp_path: Path) -> None:
    with open_database(tmp_path / "rasad.sqlite3") as db:
        db.health.mark_damaged(["found by a backup"])
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="TEH", name="تهران"))


def test_the_check_reports_progress_table_by_table_up_to_its_total(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    steps: list[tuple[int, int, str]] = []
    assert check_integrity(path, TaskProgress(on_progress=lambda *step: steps.append(step))) == []
    totals = {total for _done, total, _name in steps}
    assert len(totals) == 1
    done = [d for d, _t, _n in steps]
    assert done == sorted(done) and done[-1] == totals.pop()
    assert {"meeting", "province"} <= {name for _d, _t, name in steps}


def test_a_check_cancelled_between_tables_stops_at_the_next_step(tmp_path: Path) -> None:
    progress = TaskProgress()
    progress.cancel()
    with pytest.raises(TaskCancelled):
        check_integrity(_filled(tmp_path), progress)


class _CancelledInsideSQLite:
    """Reports nothing and never raises itself: only SQLite's progress handler can stop the check."""

    is_cancelled = True

    def step(self, done: int, total: int, message: str = "") -> None:
        pass


def test_a_check_cancelled_while_sqlite_works_is_interrupted(tmp_path: Path) -> None:
    with pytest.raises(IntegrityCheckCancelled):
        check_integrity(_filled(tmp_path), _CancelledInsideSQLite())


class _CountingQuestions:
    """Never cancelled; counts how often it is asked."""

    def __init__(self) -> None:
        self.asked = 0

    def step(self, done: int, total: int, message: str = "") -> None:
        pass

    @property
    def is_cancelled(self) -> bool:
        self.asked += 1
        return False


def _in_a_worker(job: Callable[[], object]) -> None:
    failures: list[BaseException] = []

    def run() -> None:
        try:
            job()
        except BaseException as error:  # noqa: BLE001 - handed to the test's thread
            failures.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(30)
    if failures:
        raise failures[0]


def test_a_check_off_the_main_thread_runs_no_python_inside_sqlite(tmp_path: Path) -> None:
    """A Python call inside SQLite's loop waits for the interpreter's lock, which the window's thread holds up
    to 5 ms at a time: the large demo's check took 24.6 s beside a busy thread instead of 3.3 s. Off the main
    thread, cancellation is watched from outside (every 50 ms), not asked every few thousand steps (35 times
    for this small file, on the main thread)."""
    path = _filled(tmp_path)
    on_main, on_worker = _CountingQuestions(), _CountingQuestions()
    assert check_integrity(path, on_main) == []
    _in_a_worker(lambda: check_integrity(path, on_worker))
    assert on_main.asked > 10 and on_worker.asked <= 2


def test_a_statement_off_the_main_thread_stops_soon_after_it_is_cancelled() -> None:
    """The watcher's way: no handler inside SQLite, the connection interrupted from outside."""
    from desktop.store.interrupt import raw_statements_stop_when, was_interrupted

    cancel = threading.Event()
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    stopped_after: list[float] = []

    def run() -> None:
        connection = sqlite3.connect(":memory:")
        try:
            with raw_statements_stop_when(connection, cancel.is_set):
                threading.Timer(0.2, cancel.set).start()
                started = time.perf_counter()
                with pytest.raises(sqlite3.OperationalError) as raised:
                    connection.execute(endless).fetchone()
                stopped_after.append(time.perf_counter() - started)
                assert was_interrupted(raised.value)
        finally:
            connection.close()

    _in_a_worker(run)
    assert stopped_after and stopped_after[0] < 2


def _unrecorded(path: Path) -> Path:
    """``path`` as a file copied in: no record beside it vouches for it, so a first write waits for a check."""
    record_path(path).unlink(missing_ok=True)
    return path


def test_a_check_started_ahead_answers_before_any_write_and_is_recorded(tmp_path: Path) -> None:
    path = _unrecorded(_filled(tmp_path))
    with open_database(path, create=False) as db:
        assert db.health.report.status is HealthStatus.UNCHECKED and not db.health.cleared_by_record
        db.check_ahead()
        deadline = time.monotonic() + 20
        while db.health.report.status is HealthStatus.UNCHECKED and time.monotonic() < deadline:
            time.sleep(0.01)
        assert db.health.report.status is HealthStatus.HEALTHY  # no write asked for it
    assert record_path(path).exists()


def test_a_first_write_after_a_check_started_ahead_of_a_damaged_file_is_refused(tmp_path: Path) -> None:
    damaged = _damaged_copy(_filled(tmp_path), tmp_path)
    with open_database(damaged, create=False) as db:
        db.check_ahead()
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="TEH", name="تهران"))
        assert db.health.report.is_damaged
    with open_database(damaged, create=False) as db, db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Province)) == 1  # one_of_each's, nothing added


def test_closing_stops_a_check_started_ahead_and_records_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command that only reads does not wait for a check it started ahead: closing interrupts it."""
    import desktop.store.health as health_module

    path = _unrecorded(_filled(tmp_path))
    started = threading.Event()

    def endless_check(checked: Path, progress: CheckProgress | None = None, **_mode: bool) -> list[str]:
        started.set()
        while not (progress is not None and progress.is_cancelled):
            time.sleep(0.01)
        raise IntegrityCheckCancelled()

    monkeypatch.setattr(health_module, "check_integrity", endless_check)
    db = open_database(path, create=False)
    db.check_ahead()
    assert started.wait(10)
    begun = time.monotonic()
    db.close()
    assert time.monotonic() - begun < 5
    assert db.health.report.status is HealthStatus.UNCHECKED and not record_path(path).exists()


def _index_out_of_step(path: Path) -> None:
    """The meeting table's rows left as they are and a new index over them made to say another column: each
    of its entries disagrees with its row (a stray write into an index's pages reads the same)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE INDEX ix_meeting_title_check ON meeting (title)")
        connection.commit()
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = replace(sql, '(title)', '(held_on)')"
                           " WHERE name = 'ix_meeting_title_check'")
        connection.commit()
    finally:
        connection.close()


def _pages_lost(path: Path) -> None:
    """Pages on the free list forgotten by the header (its first trunk page and count zeroed): every table reads
    as before, but those pages are used by nothing (a damaged free list, or a write cut short)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("DELETE FROM meeting WHERE number > 10")
        connection.commit()
        assert connection.execute("PRAGMA freelist_count").fetchone()[0] > 0
    finally:
        connection.close()
    with path.open("r+b") as file:
        file.seek(32)  # the header's first free-list trunk page, then its page count
        file.write(bytes(8))


@pytest.mark.parametrize("damage", [
    lambda path: overwrite_leaf_pages(path, "meeting"), _index_out_of_step, _pages_lost,
], ids=["a leaf page overwritten", "an index out of step with its table", "pages used by nothing"])
@pytest.mark.parametrize("table_by_table", [True, False], ids=["table by table", "in one pass"])
def test_both_ways_of_checking_find_every_kind_of_damage(
        tmp_path: Path, damage: Callable[[Path], None], table_by_table: bool) -> None:
    path = _unrecorded(_filled(tmp_path))
    assert check_integrity(path, table_by_table=table_by_table) == []
    damage(path)
    assert check_integrity(path, table_by_table=table_by_table) != []


def test_a_check_started_ahead_runs_in_one_pass_and_says_so_without_a_share(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody watches a check started ahead until a write waits for it: the pass that ends soonest, its share
    unknown (0 of 0) rather than a share that would stand still."""
    import desktop.store.health as health_module

    ways: list[bool] = []
    checked = health_module.check_integrity

    def spied(path: Path, progress: CheckProgress | None = None, *, table_by_table: bool = True) -> list[str]:
        ways.append(table_by_table)
        return checked(path, progress, table_by_table=table_by_table)

    monkeypatch.setattr(health_module, "check_integrity", spied)
    steps: list[tuple[int, int, str]] = []
    path = _unrecorded(_filled(tmp_path))
    with open_database(path, create=False) as db:
        db.check_ahead()
        deadline = time.monotonic() + 20
        while db.health.report.status is HealthStatus.UNCHECKED and time.monotonic() < deadline:
            time.sleep(0.01)
        assert db.health.report.status is HealthStatus.HEALTHY
    assert ways == [False]
    assert check_integrity(path, TaskProgress(on_progress=lambda *step: steps.append(step)),
                           table_by_table=False) == []
    assert steps[0][:2] == (0, 0) and steps[-1][:2] == (1, 1)


def test_a_file_cut_short_is_refused_at_opening_from_its_header(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size // 2)
    with pytest.raises(DatabaseCorruptError) as raised:
        open_database(path)
    assert "cut short" in raised.value.english()


@pytest.mark.parametrize(("statement", "writes"), [
    ("SELECT 1", False), ("PRAGMA foreign_keys", False), ("BEGIN", False), ("COMMIT", False),
    ("INSERT INTO x VALUES (1)", True), ("  update x set y = 1", True), ("DELETE FROM x", True),
    ("WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t", True), ("WITH t AS (SELECT 1) SELECT * FROM t", False),
    ("CREATE TABLE y (z)", True),
])
def test_statements_that_change_the_database_are_told_apart_from_reads(statement: str, writes: bool) -> None:
    assert is_write(statement) is writes


def test_a_read_that_reaches_a_damaged_page_says_so_and_refuses_writes_from_then_on(tmp_path: Path) -> None:
    damaged = _damaged_copy(_filled(tmp_path), tmp_path)
    with open_database(damaged) as db:
        with pytest.raises(DatabaseDamagedError) as raised, db.session() as session:
            session.scalars(select(Meeting.title)).all()  # every meeting page, the damaged one too
        assert raised.value.problems
        assert db.health.report.status is HealthStatus.DAMAGED
        with pytest.raises(DatabaseDamagedError), db.session() as session:
            session.add(Province(code="TEH", name="تهران"))


def test_the_checks_progress_weighs_a_without_rowid_table_by_its_rows(tmp_path: Path) -> None:
    """The big derived tables have no rowid (migrations 0016-0017): they weigh their rows in the progress bar,
    not 1, so the bar does not stand still while the largest tables are checked."""
    from desktop.store.integrity_check import _tables_by_size
    from desktop.store.models import Branch, DispositionHistogram

    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.session() as session:
        one_of_each(session)
        branch = session.scalar(select(Branch.id))
        session.execute(insert(DispositionHistogram), [
            {"branch_id": branch, "month_index": 16836 + month, "case_type": "", "bucket": bucket, "count": 1}
            for month in range(10) for bucket in range(50)])
        rows = session.scalar(select(func.count()).select_from(DispositionHistogram))
    connection = sqlite3.connect(path)
    weights = dict(_tables_by_size(connection))
    connection.close()
    assert weights["disposition_histogram"] == rows >= 500
