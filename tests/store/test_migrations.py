"""Migrations build the schema of the models, and a database from a newer Rasad is refused untouched."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import inspect

from desktop.store.database import open_database
from desktop.store.errors import NewerDatabaseError
from desktop.store.migrate import current_revision, head_revision, schema_differences, upgrade_to_head
from desktop.store.models import Base
from desktop.store.revision import HEAD_REVISION


@contextmanager
def _older_file(path: Path, revision: str) -> Iterator[Callable[..., object]]:
    """A database file migrated only up to ``revision``; the block writes its rows with the ``run`` it is given,
    in the same transaction, as the Rasad of that revision would have stored them."""
    from alembic import command
    from sqlalchemy import create_engine

    from desktop.store.migrate import alembic_config

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
            yield connection.exec_driver_sql
    finally:
        engine.dispose()


def _one_district(run: Callable[..., object], branches: int = 2) -> None:
    """Province QOM, its district 01 and branches B1 (id 1) and B2 (id 2)."""
    run("INSERT INTO province (id, code, name) VALUES (1, 'QOM', 'قم')")
    run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, '01', 'حوزه')")
    rows = [(1, "B1", "شعبه"), (2, "B2", "شعبه ۲")][:branches]
    run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES "
        + ", ".join(f"({number}, 1, '{code}', '{name}', '')" for number, code, name in rows))


def test_migrating_an_empty_file_creates_every_model_table_exactly(tmp_path: Path) -> None:
    with open_database(tmp_path / "new.sqlite3") as db:
        tables = set(inspect(db.engine).get_table_names())
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        assert schema_differences(db.engine) == []


def test_a_migrated_database_records_the_head_revision(tmp_path: Path) -> None:
    with open_database(tmp_path / "new.sqlite3") as db:
        assert current_revision(db.engine) == head_revision() == HEAD_REVISION


def test_upgrading_a_database_already_at_head_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    open_database(path).close()
    with open_database(path) as db:
        assert upgrade_to_head(db.engine) == head_revision()
        assert schema_differences(db.engine) == []


def test_migrations_leave_foreign_keys_enforced_on_the_connection(tmp_path: Path) -> None:
    with open_database(tmp_path / "rasad.sqlite3") as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_progress_updates_change_log_and_account_events_are_history_by_trigger(tmp_path: Path) -> None:
    with open_database(tmp_path / "rasad.sqlite3") as db, db.engine.connect() as connection:
        triggers = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).scalars()
        assert list(triggers) == ["account_event_no_delete", "account_event_no_update",
                                  "approval_snapshot_no_delete", "approval_snapshot_no_update",
                                  "audit_event_no_delete", "audit_event_no_update", "change_log_no_delete",
                                  "change_log_no_update", "progress_update_insert_only"]


def _stamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_a_database_from_a_newer_version_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    open_database(path).close()
    _stamp(path, "0999_from_the_future")
    before = path.read_bytes()
    files_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(NewerDatabaseError) as raised:
        open_database(path)

    assert raised.value.revision == "0999_from_the_future"
    assert raised.value.params["head"] == head_revision()
    assert "newer version of Rasad" in raised.value.english()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before


def test_upgrade_to_head_itself_refuses_an_unknown_revision(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    db = open_database(path)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff'")
    with pytest.raises(NewerDatabaseError):
        upgrade_to_head(db.engine)
    assert current_revision(db.engine) == "ffff"
    db.close()


def test_head_revision_constant_matches_the_newest_migration() -> None:
    from desktop.store.migrate import head_revision
    from desktop.store.revision import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_opening_a_database_at_head_does_not_load_alembic(tmp_path) -> None:
    import subprocess
    import sys

    from desktop.store.database import open_database

    path = tmp_path / "at-head.sqlite3"
    open_database(path).close()
    probe = (
        "import sys; from desktop.store.database import open_database; "
        f"open_database({str(path)!r}).close(); print('alembic' in sys.modules)"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "False"


def test_a_database_made_at_0001_upgrades_to_0002_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0001") as run:
        run("INSERT INTO province (id, code, name) VALUES (1, 'KH', 'خراسان رضوی')")
        run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, 'D1', 'مشهد')")
    assert "import_batch" not in _tables(path)

    with open_database(path) as db:
        assert current_revision(db.engine) == head_revision()
        assert schema_differences(db.engine) == []
        with db.engine.connect() as connection:
            names = connection.exec_driver_sql("SELECT name FROM district").scalars().all()
            assert names == ["مشهد"]
    assert {"import_batch", "case_record", "indicator_month", "disposition_histogram"} <= _tables(path)


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def test_a_database_made_at_0003_upgrades_to_head_keeping_its_rows_and_history(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0003") as run:
        run("INSERT INTO province (id, code, name) VALUES (1, 'QOM', 'قم')")
        run(
            "INSERT INTO change_log (changed_at, user_name, table_name, row_id, operation, old_values, new_values)"
            " VALUES ('2026-01-01 00:00:00', 'دبیر', 'province', 1, 'insert', NULL, '{}')")
    assert "account" not in _tables(path)

    with open_database(path) as db:
        assert current_revision(db.engine) == HEAD_REVISION
        assert schema_differences(db.engine) == []
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT name FROM province").scalars().all() == ["قم"]
            assert connection.exec_driver_sql("SELECT count(*) FROM change_log").scalar() == 1
    assert {"account", "account_event", "directive_bundle", "indicator_target", "center_deadline"} <= _tables(path)


def test_a_database_made_at_0007_gets_a_status_history_dated_from_what_it_knew(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0007") as run:
        run("INSERT INTO meeting (id, number, held_on, title, location) VALUES (1, 1, '2026-04-01', 'جلسه', '')")
        for number, status, completed in ((1, "open", None), (2, "done", "2026-05-10"), (3, "cancelled", None),
                                          (4, "in_progress", None)):
            run(
                "INSERT INTO resolution (id, meeting_id, number, text, owner, deadline, status, completed_on) "
                "VALUES (?, 1, ?, 'متن', '', '2026-06-01', ?, ?)", (number, number, status, completed))
        run(  # the change log saw resolution 4 put in progress on 20 April
            "INSERT INTO change_log (changed_at, user_name, table_name, row_id, operation, old_values, new_values)"
            " VALUES ('2026-04-20 08:00:00', 'دبیر', 'resolution', 4, 'update', '{\"status\": \"open\"}',"
            " '{\"status\": \"in_progress\"}')")

    with open_database(path) as db:
        assert schema_differences(db.engine) == []
        with db.engine.connect() as connection:
            history = connection.exec_driver_sql(
                "SELECT resolution_id, status, effective_on, completed_on FROM resolution_status_change "
                "ORDER BY resolution_id").all()
    assert [tuple(row) for row in history] == [
        (2, "done", "2026-05-10", "2026-05-10"), (3, "cancelled", "2026-04-01", None),
        (4, "in_progress", "2026-04-20", None)]


def test_a_database_made_at_0007_keeps_its_listing_months_complete_after_0008(tmp_path: Path) -> None:
    """0008 moves data: an earlier case batch covers its months, each branch-month gets its labelled untyped row
    (a case-listing month with satisfaction stays a case-listing month)."""
    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0007") as run:
        _one_district(run)
        run("INSERT INTO import_batch (id, kind, file_name, sha256, imported_at, imported_by, rows_read, rows_written,"
            " rows_rejected, first_month, last_month) VALUES (1, 'cases', 'c.csv', ?, '2024-06-01 00:00:00', '',"
            " 1, 1, 0, 16836, 16837)", ("0" * 64,))
        run("INSERT INTO case_record (case_number, branch_id, case_type, registered_on, batch_id)"
            " VALUES ('1', 1, 'حقوقی', '2024-03-25', 1)")
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, source) VALUES"
            " (1, 16836, 'حقوقی', 1, 'cases'), (1, 16836, '', 0, 'satisfaction'), (2, 16836, '', 5, 'monthly'),"
            " (2, 16837, '', 0, 'satisfaction')")

    with open_database(path) as db, db.engine.connect() as connection:
        assert schema_differences(db.engine) == []
        spans = connection.exec_driver_sql(
            "SELECT batch_id, branch_id, first_month, last_month FROM case_listing_span").all()
        assert [tuple(span) for span in spans] == [(1, 1, 16836, 16837)]
        sources = dict(((b, m), s) for b, m, s in connection.exec_driver_sql(
            "SELECT branch_id, month_index, source FROM indicator_month WHERE case_type = ''"))
        assert sources == {(1, 16836): "cases", (2, 16836): "monthly", (2, 16837): "satisfaction"}


def test_a_database_made_at_0012_reads_a_periods_histograms_from_the_new_covering_index_after_0013(
        tmp_path: Path) -> None:
    """Before 0013 the 90th percentile's histogram query read the whole table (its key is led by the branch)."""

    from desktop.domain.jalali import JalaliPeriod
    from desktop.indicators.table_sql import histogram_query

    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0012") as run:
        _one_district(run, branches=1)
        run("INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count) VALUES"
            " (1, 16836, 'حقوقی', 3, 7), (1, 16837, '', 0, 2)")

    sql, params = histogram_query("branch", JalaliPeriod.parse("1403"), "حقوقی")
    with open_database(path) as db, db.engine.connect() as connection:
        assert current_revision(db.engine) == HEAD_REVISION and schema_differences(db.engine) == []
        plan = " ".join(row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
        assert "COVERING INDEX ix_disposition_histogram_month_index_case_type_branch_id_bucket_count" in plan
        rows = connection.exec_driver_sql(
            "SELECT branch_id, month_index, case_type, bucket, count FROM disposition_histogram ORDER BY 2").all()
        assert [tuple(row) for row in rows] == [(1, 16836, "حقوقی", 3, 7), (1, 16837, "", 0, 2)]


def test_a_database_made_at_0013_gets_its_district_and_province_rollups_filled_by_0015(tmp_path: Path) -> None:
    """0015 fills the roll-ups from the branch rows already there: the district and province figures read from
    them equal the ones from the branch rows, including which branch is incomplete."""

    from desktop.domain.jalali import JalaliPeriod
    from desktop.indicators.service import IndicatorService
    from tests.indicators.rollup_checks import assert_rollups_match_branch_rows, table_signature

    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0013") as run:
        run("INSERT INTO province (id, code, name) VALUES (1, 'QOM', 'قم')")
        run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, '01', 'حوزه'), (2, 1, '02', 'حوزه ۲')")
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه', ''),"
            " (2, 1, 'B2', 'شعبه ۲', ''), (3, 2, 'B3', 'شعبه ۳', '')")
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end, source)"
            " VALUES (1, 16836, 'حقوقی', 4, 1, 3, 'cases'), (1, 16836, '', 0, 0, 0, 'cases'),"
            " (2, 16836, '', 5, 2, 9, 'monthly'), (2, 16837, '', 0, 0, 9, 'carried'), (1, 16837, '', 0, 0, 3,"
            " 'cases'), (3, 16837, '', 7, 7, 0, 'monthly')")
        run("INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count) VALUES"
            " (1, 16836, 'حقوقی', 3, 1)")

    with open_database(path) as db:
        assert current_revision(db.engine) == HEAD_REVISION and schema_differences(db.engine) == []
        assert_rollups_match_branch_rows(db)
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM indicator_rollup_month").scalar() > 0
        for level in ("district", "province"):
            for code in ("backlog", "p90_time_to_disposition"):
                fast = IndicatorService(db).table(code, level, JalaliPeriod.parse("1403-Q1"))
                assert table_signature(fast) == table_signature(
                    IndicatorService(db, use_rollups=False).table(code, level, JalaliPeriod.parse("1403-Q1")))
        (province,) = IndicatorService(db).table("backlog", "province", JalaliPeriod.parse("1403-Q1")).rows
        assert (province.complete_branches, province.incomplete_branches) == (1, ("B2", "B3"))  # carried, missing
        (province,) = IndicatorService(db).table("backlog", "province", JalaliPeriod.parse("1403-01")).rows
        assert (province.complete_branches, province.incomplete_branches, province.value) == (2, ("B3",), 12)


def test_a_database_made_before_0016_gets_its_branch_spans_filled_by_it(tmp_path: Path) -> None:
    """0016 fills the branch spans from the branch rows already there (what a full recomputation writes, the 90th
    percentile included), and a branch table of a quarter read from them equals the one from the branch rows."""

    from desktop.domain.jalali import JalaliPeriod
    from desktop.indicators.service import IndicatorService
    from tests.indicators.rollup_checks import assert_rollups_match_branch_rows, table_signature

    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0014") as run:  # 0015 then fills its roll-ups
        _one_district(run)
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end, source)"
            " VALUES (1, 16836, 'حقوقی', 4, 1, 3, 'cases'), (1, 16836, '', 0, 0, 0, 'cases'),"
            " (2, 16836, '', 5, 2, 9, 'monthly'), (2, 16837, '', 0, 0, 9, 'carried'), (1, 16837, '', 0, 0, 3,"
            " 'cases')")
        run("INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count) VALUES"
            " (1, 16836, 'حقوقی', 3, 1), (1, 16837, 'حقوقی', 9, 2)")

    with open_database(path) as db:
        assert current_revision(db.engine) == HEAD_REVISION and schema_differences(db.engine) == []
        assert_rollups_match_branch_rows(db)  # the spans included
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM indicator_branch_span WHERE p90 IS NOT NULL").scalar() > 0
        for code in ("backlog", "p90_time_to_disposition", "disposition_time_12m"):
            for case_type in (None, "حقوقی"):
                fast = IndicatorService(db).table(code, "branch", JalaliPeriod.parse("1403-Q1"), case_type)
                assert table_signature(fast, histogram=False) == table_signature(IndicatorService(
                    db, use_rollups=False).table(code, "branch", JalaliPeriod.parse("1403-Q1"), case_type),
                    histogram=False)
        missing = IndicatorService(db).table("backlog", "branch", JalaliPeriod.parse("1403-Q1")).rows
        assert {row.code: row.missing_months for row in missing} == {"B1": (), "B2": ("1403-02",)}


_ROWID_FREE = {  # migration 0017: table -> its primary key
    "indicator_month": "branch_id, month_index, case_type",
    "disposition_histogram": "branch_id, month_index, case_type, bucket",
    "indicator_rollup_month": "level, month_index, unit_id, case_type",
    "indicator_rollup_histogram": "level, month_index, case_type, unit_id, bucket",
}


def _definitions(connection: sqlite3.Connection, table: str) -> tuple[str, list[tuple[str, str]]]:
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    indexes = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                 " AND sql IS NOT NULL ORDER BY name", (table,)).fetchall()
    return sql[sql.index("("):], indexes


def test_a_database_made_at_0016_keeps_every_derived_row_and_definition_when_0017_drops_their_rowids(
        tmp_path: Path) -> None:
    """0017 rebuilds the four big derived tables WITHOUT ROWID: every row (written out of key order, with
    fractions, NULLs and Persian case types) is there afterwards, read by key and by its secondary index, and
    each table keeps its columns, constraints and indexes word for word - only ``WITHOUT ROWID`` is added."""
    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0016") as run:
        _one_district(run)
        for branch, month, case_type in ((2, 16837, ''), (1, 16837, 'کیفری'), (1, 16836, ''), (2, 16836, 'حقوقی'),
                                         (1, 16836, 'حقوقی'), (1, 16837, '')):
            run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposition_days_sum,"
                " scheduling_days_max, satisfaction_sum, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'cases')",
                (branch, month, case_type, branch + month % 7, month / 7, None if branch == 1 else 0.1, 1 / 3))
            for bucket in (9, 0, 730):
                run("INSERT INTO disposition_histogram VALUES (?, ?, ?, ?, ?)",
                    (branch, month, case_type, bucket, bucket + branch))
                run("INSERT INTO indicator_rollup_histogram VALUES ('district', ?, ?, ?, ?, ?)",
                    (month, case_type, branch, bucket, bucket + 1))
            run("INSERT INTO indicator_rollup_month (level, month_index, unit_id, case_type, disposed,"
                " scheduling_days_sum, scheduling_days_max) VALUES ('province', ?, ?, ?, 3, ?, NULL)",
                (month, branch, case_type, month / 3))
    raw = sqlite3.connect(path)
    before = {table: (_definitions(raw, table), raw.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall())
              for table, key in _ROWID_FREE.items()}
    raw.close()
    assert all(len(rows) >= 6 for _definition, rows in before.values())

    open_database(path).close()

    raw = sqlite3.connect(path)
    for table, key in _ROWID_FREE.items():
        (body, indexes), rows = before[table]
        after_body, after_indexes = _definitions(raw, table)
        assert (after_body, after_indexes) == (f"{body} WITHOUT ROWID", indexes), table
        assert raw.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall() == rows, table
        assert sorted(raw.execute(f"SELECT * FROM {table} WHERE month_index > 0").fetchall()) == sorted(rows)
        with pytest.raises(sqlite3.OperationalError, match="no such column"):
            raw.execute(f"SELECT rowid FROM {table}")
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert raw.execute("PRAGMA foreign_key_list(indicator_month)").fetchall() != []
    raw.close()


def test_every_table_the_models_keep_without_rowid_is_stored_so_and_no_other(tmp_path: Path) -> None:
    """Alembic's comparison does not see ``WITHOUT ROWID``: the models and a migrated file agree on it here."""
    declared = {name for name, table in Base.metadata.tables.items()
                if table.dialect_options["sqlite"]["with_rowid"] is False}
    path = tmp_path / "rasad.sqlite3"
    open_database(path).close()
    raw = sqlite3.connect(path)
    stored = {name for name, sql in raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
              if sql.rstrip().upper().endswith("WITHOUT ROWID")}
    raw.close()
    assert stored == declared
    assert set(_ROWID_FREE) | {"indicator_branch_span"} <= declared


def test_opening_an_older_file_reports_its_migration_as_a_busy_step_after_the_check(tmp_path: Path) -> None:
    """The check reports its tables up to its total (which closes the window's progress dialog); the migration
    after it - seconds on a province-sized file (0017 rewrites the derived tables) - is reported as one step of
    unknown length (0 of 0: a busy indicator), so the dialog comes back instead of leaving a blank wait."""

    from desktop.tasks import TaskProgress

    path = tmp_path / "old.sqlite3"
    with _older_file(path, "0016"):
        pass  # no rows: only the migration's step is looked at
    steps: list[tuple[int, int, str]] = []
    open_database(path, progress=TaskProgress(on_progress=lambda *step: steps.append(step))).close()
    (done, total, _name), busy = steps[-2:]
    assert done == total > 0 and busy == (0, 0, "")
    steps.clear()
    open_database(path, progress=TaskProgress(on_progress=lambda *step: steps.append(step))).close()
    assert steps == []  # at head: neither the check nor a migration on the way
