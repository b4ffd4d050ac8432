"""Opening a database: pragmas, refusing bad files, sessions as transactions."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.messages import DomainError
from desktop.store.database import open_database
from desktop.store.errors import (
    DatabaseCorruptError,
    DatabaseNotFoundError,
    ForeignDatabaseError,
    NotADatabaseError,
)
from desktop.store.models import Meeting

from .conftest import one_of_each


def test_every_connection_has_wal_full_sync_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    with open_database(tmp_path / "rasad.sqlite3") as db, db.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() == 5000


def test_a_file_opened_alone_is_written_without_the_log_then_put_in_wal_mode_still_vouched_for(
        tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path, alone=True) as db:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        with db.session() as session:
            one_of_each(session)
        assert not Path(f"{path}-wal").exists()  # the pages went to the file itself
        db.use_wal()
        with db.engine.connect() as connection:  # a new connection too
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        with db.session() as session:
            session.add(Meeting(number=2, held_on=date(2024, 2, 1), title="دوم"))
    with closing(sqlite3.connect(path)) as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_database(path, create=False) as db, db.reading() as session:
        assert db.health.cleared_by_record  # the change of mode was this process's own: no full check
        assert session.scalar(select(func.count()).select_from(Meeting)) == 2


def test_alone_is_ignored_for_a_file_that_exists(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    open_database(path).close()
    with open_database(path, alone=True) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_new_database_file_is_created_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "rasad.sqlite3"
    with open_database(path) as db:
        assert db.path == path
        assert db.evidence_dir == tmp_path / "nested" / "evidence"
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_missing_file_is_refused_when_create_is_false(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotFoundError):
        open_database(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"This is a spreadsheet, not a database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError) as raised:
        open_database(path)
    assert isinstance(raised.value, DomainError)
    assert raised.value.context == "Store"
    assert path.read_bytes() == before


def test_an_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ForeignDatabaseError):
        open_database(path)


def _page_size(path: Path) -> int:
    connection = sqlite3.connect(path)
    size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    return int(size)


def test_a_database_with_a_damaged_schema_is_refused_at_opening(tmp_path: Path) -> None:
    original = tmp_path / "good.sqlite3"
    with open_database(original) as db, db.session() as session:
        one_of_each(session)
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(original, damaged)
    page_size = _page_size(damaged)
    with damaged.open("r+b") as file:  # scribble over the first page after the header: the schema's b-tree
        file.seek(100)
        file.write(bytes(range(256)) * ((page_size - 100) // 256))
    before = damaged.read_bytes()

    with pytest.raises(DatabaseCorruptError) as raised:
        open_database(damaged)

    assert raised.value.problems
    assert "damaged" in raised.value.english()
    assert damaged.read_bytes() == before


def test_a_session_commits_when_its_block_ends(db) -> None:
    with db.session() as session:
        session.add(Meeting(number=1, held_on=date(2024, 1, 1), title="اول"))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 1


def test_a_session_rolls_back_when_its_block_raises(db) -> None:
    with pytest.raises(RuntimeError), db.session() as session:
        session.add(Meeting(number=1, held_on=date(2024, 1, 1), title="اول"))
        session.flush()
        raise RuntimeError("abandon")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_an_in_memory_database_keeps_data_across_sessions_and_has_no_path(db) -> None:
    assert db.path is None and db.evidence_dir is None
    with db.session() as session:
        session.add(Meeting(number=1, held_on=date(2024, 1, 1), title="اول"))
    with db.session() as session:
        assert session.scalars(select(Meeting.title)).one() == "اول"


def test_data_survives_closing_and_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.session() as session:
        session.add(Meeting(number=1, held_on=date(2024, 1, 1), title="اول"))
    assert not Path(str(path) + "-wal").exists()  # the last connection checkpointed the log
    with open_database(path, create=False) as db, db.session() as session:
        assert session.scalars(select(Meeting.held_on)).one() == date(2024, 1, 1)
