"""The months rebuilt and the spans computed beside, on a second connection (desktop/indicators/rebuild_beside.py),
give exactly the rows of one rebuild over every month and one roll-up - on the province made to hit the rebuild's
edges (moves, carried months, gaps, monthly statistics, satisfaction alone) - and a failure on either side leaves
nothing written, no scratch file and no thread behind."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.indicators import aggregate, rebuild_beside, rollup
from desktop.indicators.rebuild_beside import RebuildBeside, scratch_path
from desktop.store.database import Database, open_database
from tests.services.test_rebuild_matches_previous import FIRST, LAST, _province

MONTHS = range(FIRST, LAST + 1)


@pytest.fixture
def province(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    """A file opened ``alone`` (rollback journal, as the demo's) with the scenario's raw rows committed."""
    path = tmp_path / "province.sqlite3"
    database = open_database(path, alone=True)
    with database.session() as session:
        _province(session.connection())
        # The scenario moves a few cases after their withdrawal, which no import writes (a case seen again, at
        # another branch, is no longer withdrawn: desktop/imports/case_writer.py). Over such a case a rebuild
        # of the later months alone and one of every month disagree (its withdrawal counted at the branch it
        # moved to, before it moved there), so it is made what an import would make of it.
        session.connection().exec_driver_sql(
            "UPDATE case_record SET withdrawn_on = NULL WHERE id IN (SELECT t.case_id FROM case_transfer t"
            " JOIN case_record c ON c.id = t.case_id WHERE t.moved_on > c.withdrawn_on)")
    yield database, path
    database.close()


def _derived(database: Database) -> tuple[list[tuple], list[tuple]]:
    with database.reading() as session:
        run = session.connection().exec_driver_sql
        return ([tuple(row) for row in run("SELECT * FROM indicator_month ORDER BY branch_id, month_index, case_type")],
                [tuple(row) for row in run(
                    "SELECT * FROM disposition_histogram ORDER BY branch_id, month_index, case_type, bucket")])


def _rebuilt_in_one(database: Database) -> tuple[list[tuple], list[tuple]]:
    with database.session() as session:
        aggregate.rebuild_months(session.connection(), None, MONTHS)
    rows = _derived(database)
    with database.session() as session:
        for table in rebuild_beside.DERIVED_TABLES:
            session.connection().exec_driver_sql(f"DELETE FROM {table}")
    return rows


def _threads_beside() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "rebuild beside"]


def test_the_months_rebuilt_beside_are_the_rows_of_one_rebuild(province: tuple[Database, Path],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    database, path = province
    expected = _rebuilt_in_one(database)
    assert len(expected[0]) > 300 and expected[1]
    rebuilt_where: list[tuple[str, int, int]] = []
    original = rebuild_beside.rebuild_months

    def spied(connection, branch_ids, months, *args, **kwargs):  # noqa: ANN001, ANN202 - the function's own
        listed = list(months)
        rebuilt_where.append((threading.current_thread().name, listed[0], listed[-1]))
        return original(connection, branch_ids, listed, *args, **kwargs)

    monkeypatch.setattr(rebuild_beside, "rebuild_months", spied)
    with RebuildBeside(path) as beside, database.session() as session:
        beside.rebuild(session.connection(), MONTHS)
        assert scratch_path(path).stat().st_mode & 0o777 == 0o600  # the council's figures: the owner's only

    assert _derived(database) == expected
    half = FIRST + len(MONTHS) // 2
    assert sorted(rebuilt_where) == [("MainThread", FIRST, half - 1), ("rebuild beside", half, LAST)]
    assert not scratch_path(path).exists() and not _threads_beside()
    with database.reading() as session:  # detached once the transaction ended
        schemas = [row[1] for row in session.connection().exec_driver_sql("PRAGMA database_list")]
    assert "rebuild_beside" not in schemas and "main" in schemas


def test_a_failure_beside_is_raised_in_the_caller_and_nothing_is_written(province: tuple[Database, Path],
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    database, path = province
    original = rebuild_beside.rebuild_months

    def failing_beside(connection, branch_ids, months, *args, **kwargs):  # noqa: ANN001, ANN202
        if threading.current_thread().name == "rebuild beside":
            raise sqlite3.OperationalError("database or disk is full")
        return original(connection, branch_ids, months, *args, **kwargs)

    monkeypatch.setattr(rebuild_beside, "rebuild_months", failing_beside)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        with RebuildBeside(path) as beside, database.session() as session:
            beside.rebuild(session.connection(), MONTHS)
    assert _derived(database) == ([], [])
    assert not scratch_path(path).exists() and not _threads_beside()


def test_a_failure_in_the_caller_stops_the_rebuild_beside_and_nothing_is_written(
        province: tuple[Database, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    database, path = province
    original = rebuild_beside.rebuild_months
    beside_ended = threading.Event()

    def failing_caller(connection, branch_ids, months, *args, **kwargs):  # noqa: ANN001, ANN202
        if threading.current_thread().name != "rebuild beside":
            raise RuntimeError("the caller's half failed")
        try:
            return original(connection, branch_ids, months, *args, **kwargs)
        finally:
            beside_ended.set()

    monkeypatch.setattr(rebuild_beside, "rebuild_months", failing_caller)
    with pytest.raises(RuntimeError, match="caller's half"):
        with RebuildBeside(path) as beside, database.session() as session:
            beside.rebuild(session.connection(), MONTHS)
    assert beside_ended.is_set()  # joined before the error went on: no thread writes a file being removed
    assert _derived(database) == ([], [])
    assert not scratch_path(path).exists() and not _threads_beside()


def test_a_killed_runs_scratch_file_is_removed_with_its_temporary_database(tmp_path: Path) -> None:
    """What `demo` leaves when killed mid-way: its temporary file and the scratch beside it."""
    from desktop.store.backup import remove_leftovers

    target = tmp_path / "demo.sqlite3"
    temporary = tmp_path / ".demo.sqlite3.999999999.part"  # a process id no process has
    for path in (temporary, scratch_path(temporary)):
        path.write_bytes(b"left")
    remove_leftovers(target)
    assert sorted(tmp_path.iterdir()) == []


ROLLED_UP = (*rollup.ROLLUP_TABLES, "indicator_rollup_branch", *rebuild_beside.SPAN_TABLES)


def _rolled_up(database: Database) -> dict[str, list[tuple]]:
    with database.reading() as session:
        run = session.connection().exec_driver_sql
        return {table: sorted(tuple(row) for row in run(f"SELECT * FROM {table}")) for table in ROLLED_UP}


def test_the_spans_computed_beside_are_the_rows_of_one_roll_up(province: tuple[Database, Path],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    database, path = province
    with database.session() as session:
        aggregate.rebuild_months(session.connection(), None, MONTHS)  # committed: what the spans read
    with database.session() as session:
        rollup.rebuild_rollups(session.connection())
    expected = _rolled_up(database)
    assert all(expected[table] for table in ROLLED_UP)
    spanned_where: list[str] = []
    original = rebuild_beside.refresh_branch_spans

    def spied(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - refresh_branch_spans' own
        spanned_where.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(rebuild_beside, "refresh_branch_spans", spied)
    with database.session() as session:
        for table in ROLLED_UP:
            session.connection().exec_driver_sql(f"DELETE FROM {table}")
    with RebuildBeside(path) as beside, database.session() as session:
        beside.roll_up(session.connection())
    assert _rolled_up(database) == expected
    assert spanned_where == ["rebuild beside"]
    assert not scratch_path(path).exists() and not _threads_beside()


def test_a_failure_of_the_spans_beside_is_raised_and_nothing_is_written(province: tuple[Database, Path],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    database, path = province
    with database.session() as session:
        aggregate.rebuild_months(session.connection(), None, MONTHS)

    def failing(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(rebuild_beside, "refresh_branch_spans", failing)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        with RebuildBeside(path) as beside, database.session() as session:
            beside.roll_up(session.connection())
    assert not any(_rolled_up(database)[table] for table in ROLLED_UP)
    assert not scratch_path(path).exists() and not _threads_beside()
