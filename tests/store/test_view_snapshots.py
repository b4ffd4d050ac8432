"""The remembered view's store: read with sqlite3 alone only when current and from a file opening would accept;
written without bumping the generation, never waiting long for the lock, never before the health is known."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store.database import open_database
from desktop.store.errors import DatabaseCorruptError
from desktop.store.view_snapshots import SnapshotKey, generation_now, read_current, remember

KEY = SnapshotKey(page="home/1", day=date(2026, 11, 23), app_version="0.1.0")
NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def _remembered(tmp_path: Path, payload: bytes = b"figures") -> Path:
    """A new database (known sound: this process created it) with a current snapshot, closed."""
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database:
        with database.session() as session:  # some data: the generation moves past its first value
            session.execute(text("INSERT INTO setting (key, value) VALUES ('a', '1')"))
        assert remember(database, KEY, generation_now(database), payload, NOW)
    return path


def _sql(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(statement)
    connection.close()


def test_a_current_snapshot_is_read_back_with_sqlite_alone(tmp_path: Path) -> None:
    assert read_current(_remembered(tmp_path), KEY) == b"figures"


def test_writing_a_snapshot_does_not_bump_the_generation_but_any_write_session_does(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database:
        before = generation_now(database)
        assert remember(database, KEY, before, b"x", NOW)
        assert generation_now(database) == before
        with database.session() as session:
            session.execute(text("UPDATE setting SET value = value"))  # no row: still a write
        assert generation_now(database) == before + 1
        assert remember(database, KEY, before, b"y", NOW) is False  # computed before that write: not stored


def test_a_snapshot_is_skipped_not_waited_for_while_another_holds_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        try:
            assert remember(database, KEY, generation_now(database), b"x", NOW) is False
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert time.monotonic() - started < 5  # RASAD_BUSY_WAIT is 60 s for real writes


@pytest.mark.parametrize("change", ["day", "app_version", "page", "scope"])
def test_a_snapshot_for_another_key_is_not_shown(tmp_path: Path, change: str) -> None:
    path = _remembered(tmp_path)
    other = {"day": date(2026, 11, 24), "app_version": "0.2.0", "page": "home/2", "scope": "account:7"}[change]
    assert read_current(path, replace(KEY, **{change: other})) is None


def test_a_write_by_any_process_after_the_snapshot_makes_it_stale(tmp_path: Path) -> None:
    path = _remembered(tmp_path)
    with open_database(path) as database, database.session() as session:
        session.execute(text("UPDATE setting SET value = '2' WHERE key = 'a'"))
    assert read_current(path, KEY) is None


def test_a_database_with_accounts_shows_no_snapshot(tmp_path: Path) -> None:
    path = _remembered(tmp_path)
    _sql(path, "INSERT INTO account (login, display_name, role, password_hash, active, failed_attempts, created_at, "
               "password_changed_at) VALUES ('a', 'A', 'viewer', 'x', 1, 0, '2026-01-01', '2026-01-01')")
    assert read_current(path, KEY) is None


def test_a_database_that_must_be_migrated_or_is_newer_shows_no_snapshot(tmp_path: Path) -> None:
    path = _remembered(tmp_path)
    _sql(path, "UPDATE alembic_version SET version_num = '0013'")
    assert read_current(path, KEY) is None
    _sql(path, "UPDATE alembic_version SET version_num = '9999'")
    assert read_current(path, KEY) is None


def test_a_file_cut_short_shows_no_snapshot_and_is_still_refused_on_opening(tmp_path: Path) -> None:
    path = _remembered(tmp_path)
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(size // 2)
    assert read_current(path, KEY) is None
    with pytest.raises(DatabaseCorruptError):
        open_database(path)
    assert path.stat().st_size == size // 2  # nothing written


def test_a_payload_too_large_is_neither_stored_nor_read(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database:
        assert remember(database, KEY, generation_now(database), b"x" * (4 * 1024 * 1024 + 1), NOW) is False


@pytest.mark.parametrize("stored", ["'figures as text'", "10000000000"], ids=["text", "number"])
def test_a_payload_that_is_not_a_blob_is_not_read_and_raises_nothing(tmp_path: Path, stored: str) -> None:
    """A row written by hand or by another tool, generation and key matching: a number's length() is its digits'
    count, so 10**10 passed the size cap and bytes(10**10) asked for ten gigabytes (MemoryError at start); a text
    raised TypeError. Either is no remembered view."""
    path = _remembered(tmp_path)
    _sql(path, f"UPDATE view_snapshot SET payload = {stored}")
    assert read_current(path, KEY) is None


def test_a_writing_statement_in_a_reading_session_is_refused_not_committed_uncounted(tmp_path: Path) -> None:
    """Reading sessions have no write lock and bump no generation: a write slipped into one was committed and the
    overview remembered before it was still shown as current."""
    path = _remembered(tmp_path)
    with open_database(path) as database:
        with pytest.raises(RuntimeError), database.reading() as session:
            session.execute(text("UPDATE setting SET value = '2' WHERE key = 'a'"))
        with database.reading() as session:
            assert session.execute(text("SELECT value FROM setting WHERE key = 'a'")).scalar() == 1
    assert read_current(path, KEY) == b"figures"


def test_a_write_after_a_rolled_back_savepoint_that_held_the_bump_still_counts(tmp_path: Path) -> None:
    """The first write of the transaction, and with it the generation's bump, was undone with its savepoint: a
    write after it in the same transaction must bump again (a DDL statement is a write too)."""
    path = _remembered(tmp_path)
    with open_database(path) as database:
        with database.session() as session:
            savepoint = session.begin_nested()
            session.execute(text("UPDATE setting SET value = '2' WHERE key = 'a'"))
            savepoint.rollback()
            session.execute(text("UPDATE setting SET value = '3' WHERE key = 'a'"))
    assert read_current(path, KEY) is None
    path = _remembered(tmp_path / "ddl")
    with open_database(path) as database, database.session() as session:
        session.execute(text("CREATE TABLE extra (a)"))
    assert read_current(path, KEY) is None
