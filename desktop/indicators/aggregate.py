"""Rebuild the derived tables ``indicator_month`` and ``disposition_histogram`` from the raw rows.

Set-based SQL only (no Python loop per case): a few temporary tables describe the months being rebuilt (their
Gregorian first/last days, the age cut-offs), every day of their span (day → month index) and the office hours
(SQLite weekday → the time from which a referral is "last hour"); partial aggregates of case listings, monthly
statistics and satisfaction are collected in ``_rb_acc`` and summed into ``indicator_month``. The rules (which
month a case counts in, source precedence, last hour) are in docs/indicators.md, "Store and aggregation
decisions". Runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.domain.indicators.definitions import BUCKET_DAYS, MAX_BUCKET
from desktop.domain.indicators.office_hours import OfficeHours
from desktop.domain.indicators.periods import month_bounds, month_index_of
from desktop.store.settings import OFFICE_HOURS_KEY

_TEMP_TABLES = ("_rb_month", "_rb_day", "_rb_branch", "_rb_office", "_rb_acc", "_rb_hist", "_rb_key")

_ACC_COLUMNS = (
    "incoming", "disposed", "pending_end", "pending_age_base", "pending_over_180", "pending_over_365",
    "disposition_days_sum", "disposition_count", "scheduling_days_sum", "scheduling_count", "scheduling_days_max",
    "hearings_sum", "hearings_cases", "referrals", "last_hour_referrals", "cases_total", "cases_missing_dates",
    "satisfaction_sum", "satisfaction_responses",
)  # fmt: skip
_SUMMED = tuple(column for column in _ACC_COLUMNS if column != "scheduling_days_max")


def _connection(connection_or_session: Connection | Session) -> Connection:
    if isinstance(connection_or_session, Session):
        connection_or_session.flush()
        return connection_or_session.connection()
    return connection_or_session


def _office_hours(connection: Connection) -> OfficeHours:
    stored = connection.execute(text("SELECT value FROM setting WHERE key = :key"), {"key": OFFICE_HOURS_KEY})
    value = stored.scalar()
    return OfficeHours.from_json(json.loads(value) if isinstance(value, str) else value)


def _create_temp_tables(
    connection: Connection, branch_ids: set[int] | None, months: list[int], hours: OfficeHours
) -> None:
    run = connection.exec_driver_sql
    for name in _TEMP_TABLES:
        run(f"DROP TABLE IF EXISTS temp.{name}")
    run(
        "CREATE TEMP TABLE _rb_month (month_index INTEGER PRIMARY KEY, first_day DATE NOT NULL, "
        "last_day DATE NOT NULL, cut180 DATE NOT NULL, cut365 DATE NOT NULL)"
    )
    rows = []
    for index in months:
        first, last = month_bounds(index)
        # Age at the last day > N days  <=>  registered before last - N days.
        rows.append(
            (
                index,
                first.isoformat(),
                last.isoformat(),
                (last - timedelta(180)).isoformat(),
                (last - timedelta(365)).isoformat(),
            )
        )
    run("INSERT INTO _rb_month VALUES (?, ?, ?, ?, ?)", rows)
    run("CREATE INDEX temp._rb_month_cut180 ON _rb_month (cut180)")

    run("CREATE TEMP TABLE _rb_day (day DATE PRIMARY KEY, month_index INTEGER NOT NULL) WITHOUT ROWID")
    days = []
    for index in months:
        first, last = month_bounds(index)
        days.extend(((first + timedelta(n)).isoformat(), index) for n in range((last - first).days + 1))
    run("INSERT INTO _rb_day VALUES (?, ?)", days)

    run("CREATE TEMP TABLE _rb_branch (branch_id INTEGER PRIMARY KEY)")
    if branch_ids is not None:
        run("INSERT INTO _rb_branch VALUES (?)", [(branch_id,) for branch_id in sorted(branch_ids)])

    # SQLite's strftime('%w') counts from Sunday = 0; Python's weekday() from Monday = 0.
    run("CREATE TEMP TABLE _rb_office (dow TEXT PRIMARY KEY, last_hour_from TEXT NOT NULL) WITHOUT ROWID")
    run(
        "INSERT INTO _rb_office VALUES (?, ?)",
        [(str((weekday + 1) % 7), f"{hours.last_hour_from(weekday):%H:%M}") for weekday in range(7)],
    )

    columns = ", ".join(f"{c} {'REAL' if c.endswith(('_sum', '_max')) else 'INTEGER'}" for c in _ACC_COLUMNS)
    run(
        f"CREATE TEMP TABLE _rb_acc (branch_id INTEGER NOT NULL, month_index INTEGER NOT NULL, "
        f"case_type TEXT NOT NULL, {columns}, source TEXT NOT NULL)"
    )
    run(
        "CREATE TEMP TABLE _rb_hist (branch_id INTEGER NOT NULL, month_index INTEGER NOT NULL, case_type TEXT NOT NULL,"
        " bucket INTEGER NOT NULL, n INTEGER NOT NULL, days REAL NOT NULL, hearings INTEGER NOT NULL,"
        " hearings_n INTEGER NOT NULL)"
    )
    run(
        "CREATE TEMP TABLE _rb_key (branch_id INTEGER NOT NULL, case_type TEXT NOT NULL, base INTEGER NOT NULL,"
        " PRIMARY KEY (branch_id, case_type))"
    )


#: A larger page cache while rebuilding. Sorts spill to temporary files and the database is not memory-mapped,
#: so a rebuild over a million cases stays within the import's memory budget (< 500 MB).
_PRAGMAS = {"cache_size": -65536}


def _fast_pragmas(connection: Connection) -> dict[str, int]:
    saved = {}
    for pragma, value in _PRAGMAS.items():
        saved[pragma] = connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
        connection.exec_driver_sql(f"PRAGMA {pragma}={value}")
    return saved


def _branch_filter(alias: str, branch_ids: set[int] | None) -> str:
    return "" if branch_ids is None else f" AND {alias}.branch_id IN (SELECT branch_id FROM _rb_branch)"


def _acc_insert(columns: Iterable[str]) -> str:
    return f"INSERT INTO _rb_acc (branch_id, month_index, case_type, {', '.join(columns)}, source) "


def _collect_cases(connection: Connection, branch_ids: set[int] | None) -> None:
    run = connection.exec_driver_sql
    where = _branch_filter("c", branch_ids)
    # Registration month: incoming, completeness, referrals (last hour from the office-hours table), scheduling.
    run(
        _acc_insert(
            ("incoming", "cases_total", "cases_missing_dates", "referrals", "last_hour_referrals",
             "scheduling_days_sum", "scheduling_count", "scheduling_days_max")
        )
        + "SELECT branch_id, month_index, case_type, count(*), count(*), sum(missing), count(referred_at),"
        " coalesce(sum(last_hour), 0), sum(scheduling), count(scheduling), max(scheduling), 'cases' FROM ("
        "  SELECT c.branch_id, d.month_index, c.case_type, c.referred_at,"
        "    (c.referred_at IS NULL OR c.first_hearing_on IS NULL) AS missing,"
        "    (substr(c.referred_at, 12, 5) >= o.last_hour_from) AS last_hour,"
        "    CASE WHEN c.first_hearing_on IS NOT NULL AND c.referred_at IS NOT NULL"
        "      THEN max(0, julianday(c.first_hearing_on) - julianday(date(c.referred_at))) END AS scheduling"
        "  FROM case_record c JOIN _rb_day d ON d.day = c.registered_on"
        "  LEFT JOIN _rb_office o ON o.dow = strftime('%w', c.referred_at)"
        f"  WHERE 1 = 1{where}"
        ") GROUP BY branch_id, month_index, case_type"
    )  # fmt: skip
    # Disposition month, per histogram bucket: the histogram, then disposed, time to disposition, hearings.
    run(
        "INSERT INTO _rb_hist SELECT branch_id, month_index, case_type,"
        f" min(CAST(days AS INTEGER) / {BUCKET_DAYS}, {MAX_BUCKET}) AS bucket, count(*), sum(days),"
        " coalesce(sum(hearings), 0), count(hearings) FROM ("
        "  SELECT c.branch_id, d.month_index, c.case_type, c.hearings,"
        "    julianday(c.disposed_on) - julianday(c.registered_on) AS days"
        "  FROM case_record c JOIN _rb_day d ON d.day = c.disposed_on"
        f"  WHERE 1 = 1{where}"
        ") GROUP BY branch_id, month_index, case_type, bucket"
    )
    run(
        _acc_insert(
            ("disposed", "disposition_days_sum", "disposition_count", "hearings_sum", "hearings_cases")
        )
        + "SELECT branch_id, month_index, case_type, sum(n), sum(days), sum(n), sum(hearings), sum(hearings_n),"
        " 'cases' FROM _rb_hist GROUP BY branch_id, month_index, case_type"
    )
    # Pending at the end of each month = pending before the first month + its incoming - disposed since then
    # (a case is never disposed before its registration).
    first_day = connection.exec_driver_sql("SELECT min(first_day) FROM _rb_month").scalar()
    run(
        "INSERT INTO _rb_key SELECT c.branch_id, c.case_type, count(*) FROM case_record c"
        " WHERE c.registered_on < :first AND (c.disposed_on IS NULL OR c.disposed_on >= :first)"
        f"{where} GROUP BY c.branch_id, c.case_type",
        {"first": first_day},
    )
    run(
        "INSERT OR IGNORE INTO _rb_key SELECT DISTINCT branch_id, case_type, 0 FROM _rb_acc"
        " WHERE source = 'cases'"
    )
    run("CREATE INDEX temp._rb_acc_flow ON _rb_acc (branch_id, case_type, month_index)")
    run(
        _acc_insert(("pending_end", "pending_age_base"))
        + "SELECT branch_id, month_index, case_type, pending, pending, 'cases' FROM ("
        "  SELECT k.branch_id, m.month_index, k.case_type, k.base + coalesce(("
        "    SELECT sum(coalesce(a.incoming, 0) - coalesce(a.disposed, 0)) FROM _rb_acc a"
        "    WHERE a.branch_id = k.branch_id AND a.case_type = k.case_type"
        "      AND a.month_index <= m.month_index AND a.source = 'cases'), 0) AS pending"
        "  FROM _rb_key k CROSS JOIN _rb_month m"
        ") WHERE pending > 0"
    )
    # Ages: the range join visits a case only in the months it is pending and older than 180 days
    # (registered before last_day - 180 and disposed after last_day, i.e. cut180 < disposed_on - 180 days).
    run(
        _acc_insert(("pending_over_180", "pending_over_365"))
        + "SELECT c.branch_id, m.month_index, c.case_type, count(*), sum(c.registered_on < m.cut365), 'cases'"
        " FROM case_record c CROSS JOIN _rb_month m ON m.cut180 > c.registered_on"
        "   AND m.cut180 < date(coalesce(c.disposed_on, '9999-12-31'), '-180 days')"
        " WHERE c.registered_on < (SELECT max(cut180) FROM _rb_month)"
        "   AND (c.disposed_on IS NULL OR c.disposed_on > (SELECT min(last_day) FROM _rb_month))"
        f"{where} GROUP BY c.branch_id, m.month_index, c.case_type"
    )


def _collect_monthly(connection: Connection, branch_ids: set[int] | None) -> None:
    run = connection.exec_driver_sql
    run("CREATE INDEX temp._rb_acc_branch_month ON _rb_acc (branch_id, month_index, source)")
    # Monthly statistics only where the branch has no case listing for that month (no double counting).
    run(
        _acc_insert(
            (
                "incoming",
                "disposed",
                "pending_end",
                "disposition_days_sum",
                "disposition_count",
                "scheduling_days_sum",
                "scheduling_count",
                "scheduling_days_max",
            )
        )  # fmt: skip
        + "SELECT s.branch_id, s.month_index, '', s.incoming, s.disposed, s.pending_end,"
        " s.avg_disposition_days * s.disposed, s.disposed, s.avg_scheduling_days * s.incoming, s.incoming,"
        " s.max_scheduling_days, 'monthly'"
        " FROM branch_month_stat s"
        " WHERE s.month_index IN (SELECT month_index FROM _rb_month)"
        f"{_branch_filter('s', branch_ids)}"
        " AND NOT EXISTS (SELECT 1 FROM _rb_acc a WHERE a.branch_id = s.branch_id"
        "   AND a.month_index = s.month_index AND a.source = 'cases')"
    )
    run(
        _acc_insert(("satisfaction_sum", "satisfaction_responses"))
        + "SELECT s.branch_id, s.month_index, '', s.average * s.responses, s.responses, 'satisfaction'"
        " FROM satisfaction_month s WHERE s.month_index IN (SELECT month_index FROM _rb_month)"
        f"{_branch_filter('s', branch_ids)}"
    )


def _write(connection: Connection, branch_ids: set[int] | None) -> None:
    run = connection.exec_driver_sql
    sums = ", ".join(f"coalesce(sum({c}), 0)" for c in _SUMMED)
    # 'cases' < 'monthly' < 'satisfaction': the smallest source names the row's origin.
    run(
        f"INSERT INTO indicator_month (branch_id, month_index, case_type, {', '.join(_SUMMED)},"
        " scheduling_days_max, source)"
        f" SELECT branch_id, month_index, case_type, {sums}, max(scheduling_days_max), min(source)"
        " FROM _rb_acc GROUP BY branch_id, month_index, case_type"
    )
    run(
        "INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count)"
        " SELECT branch_id, month_index, case_type, bucket, n FROM _rb_hist"
    )


def rebuild_months(
    connection_or_session: Connection | Session, branch_ids: set[int] | None, month_indexes: Iterable[int]
) -> None:
    """Recompute ``indicator_month`` and ``disposition_histogram`` of ``month_indexes`` for ``branch_ids``
    (every branch when ``None``): the touched rows are deleted, then rebuilt from the raw tables."""
    touched = set(month_indexes)
    if not touched or (branch_ids is not None and not branch_ids):
        return
    # Backlogs are running sums: months between two touched ones are rebuilt too (same result if unchanged).
    months = list(range(min(touched), max(touched) + 1))
    connection = _connection(connection_or_session)
    saved = _fast_pragmas(connection)
    _create_temp_tables(connection, branch_ids, months, _office_hours(connection))
    run = connection.exec_driver_sql
    try:
        for table in ("indicator_month", "disposition_histogram"):
            run(
                f"DELETE FROM {table} WHERE month_index IN (SELECT month_index FROM _rb_month)"
                f"{_branch_filter(table, branch_ids)}"
            )
        _collect_cases(connection, branch_ids)
        _collect_monthly(connection, branch_ids)
        _write(connection, branch_ids)
    finally:
        for name in _TEMP_TABLES:
            run(f"DROP TABLE IF EXISTS temp.{name}")
        for pragma, value in saved.items():
            run(f"PRAGMA {pragma}={value}")


def data_months(connection_or_session: Connection | Session) -> tuple[int, int] | None:
    """The first and last month index holding any raw row (case dates, monthly or satisfaction rows)."""
    connection = _connection(connection_or_session)
    row = connection.execute(
        text(
            "SELECT min(registered_on), max(max(registered_on), coalesce(max(disposed_on), ''))"
            " FROM case_record"
        )
    ).one()
    bounds: list[int] = []
    if row[0] is not None:
        bounds += [month_index_of(date.fromisoformat(row[0])), month_index_of(date.fromisoformat(row[1]))]
    for table in ("branch_month_stat", "satisfaction_month"):
        low, high = connection.execute(text(f"SELECT min(month_index), max(month_index) FROM {table}")).one()
        if low is not None:
            bounds += [low, high]
    return (min(bounds), max(bounds)) if bounds else None


def rebuild_from(
    connection_or_session: Connection | Session, branch_ids: set[int] | None, first_month: int
) -> list[int]:
    """Rebuild every month from ``first_month`` through the last month with data (a case's pending status
    reaches every month after its registration, so a case import rebuilds from its earliest registration).
    Returns the months rebuilt."""
    span = data_months(connection_or_session)
    last = max(first_month, span[1]) if span else first_month
    months = list(range(first_month, last + 1))
    rebuild_months(connection_or_session, branch_ids, months)
    return months


def rebuild_all(connection_or_session: Connection | Session) -> list[int]:
    """Rebuild every month of every branch that has data (after office hours change, or for the demo)."""
    span = data_months(connection_or_session)
    if span is None:
        connection = _connection(connection_or_session)
        connection.exec_driver_sql("DELETE FROM indicator_month")
        connection.exec_driver_sql("DELETE FROM disposition_histogram")
        return []
    return rebuild_from(connection_or_session, None, span[0])
