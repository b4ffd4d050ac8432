"""The temporary tables a rebuild of the derived tables works in (``_rb_*``), and what the steps that read
them share.

A few temporary tables describe the months being rebuilt (their Gregorian first/last days, the age cut-offs),
every day of their span (day → month index) and the office hours (SQLite weekday → the time from which a
referral is "last hour"); the others hold the steps' partials (desktop/indicators/rebuild_sources.py,
desktop/indicators/rebuild_cases.py). Created and dropped by :func:`desktop.indicators.aggregate.rebuild_months`
inside the caller's transaction."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Connection

from desktop.domain.indicators.office_hours import OfficeHours
from desktop.domain.indicators.periods import month_bounds

TEMP_TABLES = ("_rb_month", "_rb_day", "_rb_branch", "_rb_office", "_rb_hist", "_rb_key", "_rb_src",
               "_rb_seg", "_rb_reg", "_rb_disp", "_rb_move", "_rb_age", "_rb_type", "_rb_pend")

_ACC_COLUMNS = (
    "incoming", "disposed", "withdrawn", "transferred_in", "transferred_out", "pending_end", "pending_age_base",
    "pending_over_180", "pending_over_365", "pending_over_730",
    "disposition_days_sum", "disposition_count", "scheduling_days_sum", "scheduling_count", "scheduling_days_max",
    "hearings_sum", "hearings_cases", "referrals", "last_hour_referrals", "cases_total", "cases_missing_dates",
    "satisfaction_sum", "satisfaction_responses",
)  # fmt: skip
SUMMED = tuple(column for column in _ACC_COLUMNS if column != "scheduling_days_max")


def create_temp_tables(
    connection: Connection, branch_ids: set[int] | None, months: list[int], hours: OfficeHours
) -> None:
    run = connection.exec_driver_sql
    for name in TEMP_TABLES:
        run(f"DROP TABLE IF EXISTS temp.{name}")
    run(
        "CREATE TEMP TABLE _rb_month (month_index INTEGER PRIMARY KEY, first_day DATE NOT NULL, "
        "last_day DATE NOT NULL, cut180 DATE NOT NULL, cut365 DATE NOT NULL, cut730 DATE NOT NULL)"
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
                (last - timedelta(730)).isoformat(),
            )
        )
    run("INSERT INTO _rb_month VALUES (?, ?, ?, ?, ?, ?)", rows)
    run("CREATE INDEX temp._rb_month_cut180 ON _rb_month (cut180)")

    # julian: the day's julianday(), so that a day count from a joined day needs one date function, not two.
    run("CREATE TEMP TABLE _rb_day (day DATE PRIMARY KEY, month_index INTEGER NOT NULL, julian REAL NOT NULL)"
        " WITHOUT ROWID")
    days = []
    for index in months:
        first, last = month_bounds(index)
        days.extend(((first + timedelta(n)).isoformat(), index) for n in range((last - first).days + 1))
    run("INSERT INTO _rb_day VALUES (?1, ?2, julianday(?1))", days)

    run("CREATE TEMP TABLE _rb_branch (branch_id INTEGER PRIMARY KEY)")
    if branch_ids is not None:
        run("INSERT INTO _rb_branch VALUES (?)", [(branch_id,) for branch_id in sorted(branch_ids)])

    # SQLite's strftime('%w') counts from Sunday = 0; Python's weekday() from Monday = 0.
    run("CREATE TEMP TABLE _rb_office (dow TEXT PRIMARY KEY, last_hour_from TEXT NOT NULL) WITHOUT ROWID")
    run(
        "INSERT INTO _rb_office VALUES (?, ?)",
        [(str((weekday + 1) % 7), f"{hours.last_hour_from(weekday):%H:%M}") for weekday in range(7)],
    )

    # The case-listing partials are keyed by one integer (Keys): the case type as its code in _rb_type.
    run("CREATE TEMP TABLE _rb_type (code INTEGER PRIMARY KEY, case_type TEXT NOT NULL UNIQUE)")
    run(
        "CREATE TEMP TABLE _rb_hist (k INTEGER NOT NULL, bucket INTEGER NOT NULL, n INTEGER NOT NULL,"
        " days REAL NOT NULL, hearings INTEGER NOT NULL, hearings_n INTEGER NOT NULL,"
        " PRIMARY KEY (k, bucket)) WITHOUT ROWID"
    )
    run(
        "CREATE TEMP TABLE _rb_key (branch_id INTEGER NOT NULL, code INTEGER NOT NULL, base INTEGER NOT NULL,"
        " PRIMARY KEY (branch_id, code)) WITHOUT ROWID"
    )
    # origin: 'cases' or 'monthly' for a carried month (where its stocks come from), origin_month for 'monthly'.
    run(
        "CREATE TEMP TABLE _rb_src (branch_id INTEGER NOT NULL, month_index INTEGER NOT NULL, source TEXT NOT NULL,"
        " origin TEXT, origin_month INTEGER, PRIMARY KEY (branch_id, month_index)) WITHOUT ROWID"
    )
    # The branches a moved case was held by, one row per stay: [start_on, end_on) (end_on NULL: still there).
    run(
        "CREATE TEMP TABLE _rb_seg (case_id INTEGER NOT NULL, branch_id INTEGER NOT NULL, case_type TEXT NOT NULL,"
        " registered_on DATE NOT NULL, start_on DATE NOT NULL, end_on DATE, first INTEGER NOT NULL)"
    )


def branch_filter(alias: str, branch_ids: set[int] | None) -> str:
    return "" if branch_ids is None else f" AND {alias}.branch_id IN (SELECT branch_id FROM _rb_branch)"


#: Ends the per-case subquery of a GROUP BY so that SQLite runs it as a co-routine instead of flattening it into
#: the outer query: the sort then carries the few computed values (flags, a day count) instead of the columns they
#: are computed from (the referral's text, two dates), and the date functions run once per case, before the sort.
#: Over a million cases: the registration month's 3.3 s of CPU become 2.7 s. The results are the same (the
#: summed day counts are whole numbers).
UNFLATTENED = " LIMIT -1"
