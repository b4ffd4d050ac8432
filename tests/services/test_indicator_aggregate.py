"""The monthly aggregates rebuilt from case listings, monthly statistics and satisfaction, on hand-made data.

Farvardin 1403 = month 16836 = 2024-03-20 … 2024-04-19; Ordibehesht 1403 = 16837 = 2024-04-20 … 2024-05-20.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Connection

from desktop.indicators.aggregate import rebuild_all, rebuild_months
from desktop.store.database import Database
from tests.services.province_rows import province_in_memory

FARVARDIN, ORDIBEHESHT = 16836, 16837
CIVIL, CRIMINAL = "حقوقی", "کیفری"
CASE_COLUMNS = (
    "case_number, branch_id, case_type, registered_on, referred_at, first_hearing_on, hearings, disposed_on"
)
CASES = [
    # reg 25 Mar (Mon), referred 10:00, hearing after 10 days, 2 hearings, disposed 24 Apr after 30 days.
    ("C1", 1, CIVIL, "2024-03-25", "2024-03-25 10:00:00", "2024-04-04", 2, "2024-04-24"),
    # referred Monday 13:45: last hour (closing 14:30); hearing after 20 days; pending.
    ("C2", 1, CIVIL, "2024-04-01", "2024-04-01 13:45:00", "2024-04-21", None, None),
    # Friday referral: last hour; no first hearing date (missing dates); disposed after 5 days.
    ("C3", 1, CRIMINAL, "2024-04-05", "2024-04-05 09:00:00", None, None, "2024-04-10"),
    # Old cases: registered 465 and 201 days before the end of Farvardin.
    ("C4", 1, CIVIL, "2023-01-10", None, None, None, None),
    ("C5", 1, CIVIL, "2023-10-01", "2023-10-01 08:00:00", "2023-10-20", None, "2024-05-01"),
]


@pytest.fixture
def db() -> Iterator[Database]:
    with province_in_memory(("حوزه",)) as (database, connection):
        run = connection.exec_driver_sql
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه ۱', ''),"
            " (2, 1, 'B2', 'شعبه ۲', '')")  # fmt: skip
        run(
            "INSERT INTO import_batch (id, kind, file_name, sha256, imported_at, imported_by, rows_read,"
            " rows_written, rows_rejected) VALUES (1, 'cases', 'f.csv', ?, '2024-06-01 00:00:00', '', 0, 0, 0)",
            ("0" * 64,),
        )
        run(f"INSERT INTO case_record ({CASE_COLUMNS}, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)", CASES)
        # The listing covers branch 1 from the oldest registration (Dey 1401) to Ordibehesht 1403.
        run("INSERT INTO case_listing_span (batch_id, branch_id, first_month, last_month, snapshot)"
            " VALUES (1, 1, 16821, 16837, 1)")
    yield database
    database.close()


def rows(connection: Connection, month: int, branch: int = 1) -> dict[str, dict[str, Any]]:
    result = connection.exec_driver_sql(
        "SELECT * FROM indicator_month WHERE month_index = ? AND branch_id = ?", (month, branch)
    )
    return {row["case_type"]: dict(row) for row in result.mappings()}


def histogram(connection: Connection, month: int) -> dict[tuple[str, int], int]:
    result = connection.exec_driver_sql(
        "SELECT case_type, bucket, count FROM disposition_histogram WHERE month_index = ?", (month,)
    )
    return {(case_type, bucket): count for case_type, bucket, count in result}


def test_registration_month_counts_incoming_referrals_last_hour_scheduling_and_completeness(db) -> None:
    with db.engine.begin() as connection:
        rebuild_months(connection, None, {FARVARDIN})
        civil, criminal = rows(connection, FARVARDIN)[CIVIL], rows(connection, FARVARDIN)[CRIMINAL]
    assert (civil["incoming"], civil["cases_total"], civil["cases_missing_dates"]) == (2, 2, 0)
    assert (civil["referrals"], civil["last_hour_referrals"]) == (2, 1)
    assert (civil["scheduling_days_sum"], civil["scheduling_count"], civil["scheduling_days_max"]) == (
        30,
        2,
        20,
    )
    assert (criminal["incoming"], criminal["cases_missing_dates"], criminal["last_hour_referrals"]) == (
        1,
        1,
        1,
    )
    assert (criminal["scheduling_count"], criminal["scheduling_days_max"]) == (0, None)
    assert civil["source"] == criminal["source"] == "cases"


def test_disposal_month_counts_disposed_days_hearings_and_the_histogram(db) -> None:
    with db.engine.begin() as connection:
        rebuild_months(connection, None, {FARVARDIN, ORDIBEHESHT})
        criminal = rows(connection, FARVARDIN)[CRIMINAL]
        civil = rows(connection, ORDIBEHESHT)[CIVIL]
        assert histogram(connection, FARVARDIN) == {(CRIMINAL, 1): 1}
        assert histogram(connection, ORDIBEHESHT) == {(CIVIL, 6): 1, (CIVIL, 42): 1}  # 30 and 213 days
        assert CRIMINAL not in rows(connection, ORDIBEHESHT)
    assert (criminal["disposed"], criminal["disposition_days_sum"], criminal["disposition_count"]) == (
        1,
        5,
        1,
    )
    assert (civil["disposed"], civil["disposition_days_sum"], civil["disposition_count"]) == (2, 243, 2)
    assert (civil["hearings_sum"], civil["hearings_cases"]) == (2, 1)


def test_pending_at_each_month_end_with_ages_measured_at_its_last_day(db) -> None:
    with db.engine.begin() as connection:
        rebuild_months(connection, None, {FARVARDIN, ORDIBEHESHT})
        first, second = rows(connection, FARVARDIN)[CIVIL], rows(connection, ORDIBEHESHT)[CIVIL]
    # End of Farvardin: C1, C2, C4 (465 days old), C5 (201 days old).
    assert (first["pending_end"], first["pending_age_base"]) == (4, 4)
    assert (first["pending_over_180"], first["pending_over_365"]) == (2, 1)
    # End of Ordibehesht: C2 and C4 (496 days old).
    assert (second["pending_end"], second["pending_over_180"], second["pending_over_365"]) == (2, 1, 1)


def test_rebuilding_a_month_replaces_its_rows_after_the_raw_rows_change(db) -> None:
    with db.engine.begin() as connection:
        rebuild_months(connection, None, {FARVARDIN, ORDIBEHESHT})
        connection.exec_driver_sql(
            "UPDATE case_record SET disposed_on = '2024-04-30' WHERE case_number = 'C2'"
        )
        connection.exec_driver_sql("DELETE FROM case_record WHERE case_number = 'C3'")
        rebuild_months(connection, None, {ORDIBEHESHT})
        civil = rows(connection, ORDIBEHESHT)[CIVIL]
        assert (civil["disposed"], civil["pending_end"]) == (3, 1)
        assert histogram(connection, ORDIBEHESHT)[(CIVIL, 5)] == 1  # 29 days
        rebuild_months(connection, None, {FARVARDIN})
        assert CRIMINAL not in rows(connection, FARVARDIN)
        assert histogram(connection, FARVARDIN) == {}


def _add_monthly(connection: Connection, branch: int, month: int) -> None:
    connection.exec_driver_sql(
        "INSERT INTO branch_month_stat (branch_id, month_index, incoming, disposed, pending_end,"
        " avg_disposition_days, avg_scheduling_days, max_scheduling_days, batch_id)"
        " VALUES (?, ?, 10, 8, 30, 50, 20, 40, 1)",
        (branch, month),
    )


def _add_satisfaction(
    connection: Connection, branch: int, month: int, responses: int, average: float
) -> None:
    connection.exec_driver_sql(
        "INSERT INTO satisfaction_month (branch_id, month_index, responses, average, batch_id)"
        " VALUES (?, ?, ?, ?, 1)",
        (branch, month, responses, average),
    )


def test_monthly_statistics_fill_the_untyped_row_of_a_branch_without_a_case_listing(db) -> None:
    with db.engine.begin() as connection:
        _add_monthly(connection, 2, FARVARDIN)
        _add_monthly(connection, 1, FARVARDIN)  # branch 1 has a case listing: ignored
        _add_satisfaction(connection, 2, FARVARDIN, 20, 50.0)
        rebuild_months(connection, None, {FARVARDIN})
        monthly = rows(connection, FARVARDIN, branch=2)[""]
        listed = rows(connection, FARVARDIN, branch=1)[""]  # the listing's month: no monthly figures in it
        assert (listed["incoming"], listed["pending_end"], listed["source"]) == (0, 0, "cases")
    assert (monthly["incoming"], monthly["disposed"], monthly["pending_end"]) == (10, 8, 30)
    assert (monthly["disposition_days_sum"], monthly["disposition_count"]) == (400, 8)
    assert (monthly["scheduling_days_sum"], monthly["scheduling_count"], monthly["scheduling_days_max"]) == (
        200, 10, 40
    )  # fmt: skip
    assert (monthly["pending_age_base"], monthly["satisfaction_sum"], monthly["satisfaction_responses"]) == (
        0, 1000, 20
    )  # fmt: skip
    assert monthly["source"] == "monthly"


def test_satisfaction_alone_gives_an_untyped_row_whose_statistics_are_missing(db) -> None:
    with db.engine.begin() as connection:
        _add_satisfaction(connection, 2, FARVARDIN, 10, 80.0)
        rebuild_months(connection, None, {FARVARDIN})
        untyped = rows(connection, FARVARDIN, branch=2)[""]
    assert (untyped["satisfaction_sum"], untyped["satisfaction_responses"], untyped["source"]) == (
        800, 10, "missing"
    )  # fmt: skip
    assert untyped["incoming"] == 0


def test_rebuilding_some_branches_leaves_the_others_untouched(db) -> None:
    with db.engine.begin() as connection:
        _add_monthly(connection, 2, FARVARDIN)
        rebuild_months(connection, None, {FARVARDIN})
        connection.exec_driver_sql("DELETE FROM case_record")
        rebuild_months(connection, {2}, {FARVARDIN})
        assert set(rows(connection, FARVARDIN, branch=1)) == {"", CIVIL, CRIMINAL}
        rebuild_months(connection, {1}, {FARVARDIN})
        assert set(rows(connection, FARVARDIN, branch=1)) == {""}  # still covered by the listing: a quiet month
        assert set(rows(connection, FARVARDIN, branch=2)) == {""}


def test_office_hours_from_the_setting_decide_the_last_hour(db) -> None:
    from desktop.domain.indicators.office_hours import DEFAULT_OFFICE_HOURS, OfficeHours
    from desktop.store.settings import set_office_hours

    days = list(DEFAULT_OFFICE_HOURS.days)
    days[4] = days[0]  # Friday open 07:30-14:30: the 09:00 Friday referral is no longer last-hour
    with db.session() as session:
        set_office_hours(session, OfficeHours(tuple(days)))
    with db.engine.begin() as connection:
        assert rebuild_all(connection)[0] == 16821  # Dey 1401: the oldest registration, 2023-01-10
        assert rows(connection, FARVARDIN)[CRIMINAL]["last_hour_referrals"] == 0


def _derived_indexes(connection: Connection) -> list[tuple[str, str]]:
    return connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('indicator_month', 'disposition_histogram') ORDER BY name").fetchall()


def test_a_bulk_rebuild_drops_the_derived_indexes_and_re_creates_them_as_they_were(db: Database) -> None:
    with db.engine.connect() as connection:
        before = _derived_indexes(connection)
    assert len(before) == 2
    statements: list[str] = []
    with db.engine.begin() as connection:
        connection.connection.driver_connection.set_trace_callback(statements.append)
        rebuild_all(connection)  # nothing derived yet: more rows coming than kept
        connection.connection.driver_connection.set_trace_callback(None)
        assert _derived_indexes(connection) == before
    assert sum(statement.startswith("DROP INDEX") for statement in statements) == 2
    with db.engine.connect() as connection:
        assert _derived_indexes(connection) == before
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT branch_id FROM indicator_month WHERE month_index = 16836"))
        assert "ix_indicator_month_month_index_branch_id" in plan
    # A small rebuild beside the rows kept writes through the indexes; a failed one rolls a drop back.
    statements.clear()
    with db.engine.begin() as connection:
        connection.connection.driver_connection.set_trace_callback(statements.append)
        rebuild_months(connection, {1}, [ORDIBEHESHT])
        connection.connection.driver_connection.set_trace_callback(None)
    assert not any(statement.startswith("DROP INDEX") for statement in statements)
    # Every branch's every month again over the rows there: they go, and the indexes with them, first.
    statements.clear()
    with db.engine.begin() as connection:
        connection.connection.driver_connection.set_trace_callback(statements.append)
        rebuild_months(connection, None, range(16821, ORDIBEHESHT + 1))
        connection.connection.driver_connection.set_trace_callback(None)
        assert _derived_indexes(connection) == before
    drops = [n for n, statement in enumerate(statements) if statement.startswith("DROP INDEX")]
    deletes = [n for n, statement in enumerate(statements) if statement.startswith("DELETE FROM indicator_month")]
    assert len(drops) == 2 and max(drops) < min(deletes)
    with pytest.raises(RuntimeError), db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM indicator_month")
        rebuild_all(connection)
        raise RuntimeError("the import fails after the rebuild")
    with db.engine.connect() as connection:
        assert _derived_indexes(connection) == before
        assert connection.exec_driver_sql("SELECT count(*) FROM indicator_month").scalar() > 0
