"""Several connections on one file: writes take the lock up front and wait a bounded time; reads never wait."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.store import busy
from desktop.store.busy import DatabaseBusyError
from desktop.store.database import open_database
from desktop.store.models import Province
from desktop.store.settings import get_setting, set_setting


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database, database.session() as session:
        set_setting(session, "counter", 0)
    return path


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_a_write_that_read_first_does_not_fail_when_another_process_commits_meanwhile(db_path: Path) -> None:
    """The old failure: a deferred transaction read, another committed, the first one's write then failed at
    once with "database is locked" (no busy wait can help a stale snapshot)."""
    first, second = open_database(db_path), open_database(db_path)
    has_read, errors = threading.Event(), []

    def read_then_write() -> None:
        try:
            with first.session() as session:
                value = get_setting(session, "counter")
                has_read.set()
                time.sleep(0.3)  # the other writer tries meanwhile
                set_setting(session, "counter", value + 1)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
            has_read.set()

    thread = threading.Thread(target=read_then_write)
    thread.start()
    has_read.wait(5)
    with second.session() as session:
        set_setting(session, "counter", get_setting(session, "counter") + 10)
    thread.join(10)
    try:
        assert errors == []
        with first.reading() as session:
            assert get_setting(session, "counter") == 11  # both increments, none lost
    finally:
        first.close()
        second.close()


def test_a_write_waits_for_the_lock_and_then_goes_through(db_path: Path) -> None:
    holder = _hold_write_lock(db_path)
    threading.Timer(0.4, holder.commit).start()
    with open_database(db_path) as database:
        started = time.monotonic()
        with database.session() as session:
            set_setting(session, "counter", 5)
        assert time.monotonic() - started >= 0.3
    holder.close()


@pytest.fixture
def activity_restored() -> Iterator[None]:
    saved = busy._activity, busy._subject
    yield
    busy.set_activity(*saved)


def test_a_write_refused_after_the_wait_limit_names_what_holds_the_database(
        db_path: Path, monkeypatch: pytest.MonkeyPatch, activity_restored) -> None:
    monkeypatch.setenv(busy.WAIT_VARIABLE, "0.3")
    busy.set_activity("import", "/data/monthly 1405-08.csv")
    with open_database(db_path) as holder_db, open_database(db_path) as waiting:
        refusals: list[BaseException] = []

        def write() -> None:  # in another thread, as in another process: this thread holds the lock
            try:
                with waiting.session() as session:
                    session.add(Province(code="X", name="x"))
            except DatabaseBusyError as error:
                refusals.append(error)

        with holder_db.session() as holding:
            holding.connection()  # the transaction (and its lock) begins on first use
            started = time.monotonic()
            worker = threading.Thread(target=write)
            worker.start()
            worker.join(10)
            assert 0.3 <= time.monotonic() - started < 3
        assert len(refusals) == 1
        assert "busy with an import of monthly 1405-08.csv (process" in refusals[0].english()
        assert "python -m desktop" not in refusals[0].english()
        assert refusals[0].params["seconds"] == 0
        with waiting.reading() as session:
            assert session.scalar(select(Province)) is None  # nothing half-written
    assert not db_path.with_name(db_path.name + busy.NOTE_SUFFIX).exists()  # the note went with the lock


def test_a_foreign_lock_holder_is_named_as_another_program(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(busy.WAIT_VARIABLE, "0.2")
    holder = _hold_write_lock(db_path)
    try:
        with open_database(db_path) as database, pytest.raises(DatabaseBusyError) as refused:
            with database.session() as session:
                set_setting(session, "counter", 1)
        assert "another program" in refused.value.english()
    finally:
        holder.close()


def test_a_long_wait_is_reported_once(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(busy, "NOTICE_AFTER_SECONDS", 0.1)
    notices: list[float] = []
    monkeypatch.setattr(busy, "_notice", lambda holder, limit: notices.append(limit))
    monkeypatch.setenv(busy.WAIT_VARIABLE, "5")
    holder = _hold_write_lock(db_path)
    threading.Timer(1.2, holder.commit).start()
    with open_database(db_path) as database, database.session() as session:
        set_setting(session, "counter", 2)
    holder.close()
    assert notices == [5.0]


def test_reading_never_waits_for_a_writer(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(busy.WAIT_VARIABLE, "10")
    holder = _hold_write_lock(db_path)
    holder.execute("UPDATE setting SET value = '99' WHERE key = 'counter'")
    try:
        with open_database(db_path) as database:
            started = time.monotonic()
            with database.reading() as session:
                assert get_setting(session, "counter") == 0  # the committed value, not the pending one
            with database.engine.connect() as connection:
                assert connection.execute(text("SELECT count(*) FROM setting")).scalar() >= 1
            assert time.monotonic() - started < 1
    finally:
        holder.close()


def test_a_reading_session_refuses_to_write(db_path: Path) -> None:
    with open_database(db_path) as database:
        with pytest.raises(RuntimeError), database.reading() as session:
            session.add(Province(code="X", name="x"))
            session.flush()


def test_a_nested_write_in_the_same_thread_is_a_programming_error_at_once(db_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """It would wait for itself: said at once, not after the wait limit."""
    monkeypatch.setenv(busy.WAIT_VARIABLE, "30")
    with open_database(db_path) as database:
        started = time.monotonic()
        with database.session() as outer:
            outer.connection()
            with pytest.raises(RuntimeError, match="nested"), database.session() as inner:
                inner.connection()
            with database.reading() as reading:  # reading inside a write is fine
                assert get_setting(reading, "counter") == 0
        assert time.monotonic() - started < 5
        with database.session() as again:  # and the thread may write again afterwards
            set_setting(again, "counter", 3)


def test_a_threads_own_cap_shortens_only_its_own_writes_wait_never_lengthens_it(monkeypatch) -> None:
    monkeypatch.setenv(busy.WAIT_VARIABLE, "60")
    # this thread's own cap, as a window shown earlier in this worker may have left it
    monkeypatch.setattr(busy, "_own_limit", threading.local())
    seen: dict[str, float] = {}

    def capped_thread() -> None:
        busy.limit_this_threads_wait(5)
        seen["capped"] = busy.wait_limit()
        busy.limit_this_threads_wait(120)
        seen["cap above the limit"] = busy.wait_limit()

    worker = threading.Thread(target=capped_thread)
    worker.start()
    worker.join(5)
    assert seen == {"capped": 5, "cap above the limit": 60}
    assert busy.wait_limit() == 60  # another thread's cap is not this one's
