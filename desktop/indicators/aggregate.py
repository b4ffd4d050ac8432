"""Rebuild the derived tables ``indicator_month`` and ``disposition_histogram`` from the raw rows.

Set-based SQL only (no Python loop per case): a few temporary tables describe the months being rebuilt (their
Gregorian first/last days, the age cut-offs), every day of their span (day → month index) and the office hours
(SQLite weekday → the time from which a referral is "last hour"). The rules (which month a case counts in,
source precedence, last hour) are in docs/indicators.md, "Store and aggregation decisions" and "Completeness".
Runs inside the caller's transaction.

Every branch-month of the rebuilt span gets a source first (``_rb_src``): ``cases`` when a case listing covers
it, ``monthly`` when it has monthly statistics, ``carried`` when neither but an earlier month had one (its stocks
carry forward: the pending cases keep ageing, a monthly backlog stays as it was), or no row at all (missing).
Only the rows of a branch-month's own source are written, each labelled with that source, plus one untyped row
so that every branch-month with a source has a row.

Case listings: each partial (registration month, disposal month and its histogram, withdrawals and moves, ages)
is grouped once into a temporary table keyed like ``indicator_month`` - by one integer that packs (branch, month,
case type), the case type numbered in text order (``_Keys``, ``_rb_type``); a pass over every (branch, case type)
× month of the span takes the backlog as a running sum of the flows (a window function over narrow rows,
``_rb_pend``), and a last one writes the typed rows in key order, their partials looked up. The untyped rows
read their raw rows (monthly statistics, a carried backlog, satisfaction) by key, one branch-month of ``_rb_src``
after the other. (docs/indicators.md "Bulk speed" has the measurements.)"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.domain.indicators.definitions import BUCKET_DAYS, MAX_BUCKET
from desktop.domain.indicators.office_hours import OfficeHours
from desktop.domain.indicators.periods import month_bounds
from desktop.indicators.rollup import rebuild_rollups
from desktop.store.settings import OFFICE_HOURS_KEY

_TEMP_TABLES = ("_rb_month", "_rb_day", "_rb_branch", "_rb_office", "_rb_hist", "_rb_key", "_rb_src",
                "_rb_seg", "_rb_reg", "_rb_disp", "_rb_move", "_rb_age", "_rb_type", "_rb_pend")

_ACC_COLUMNS = (
    "incoming", "disposed", "withdrawn", "transferred_in", "transferred_out", "pending_end", "pending_age_base",
    "pending_over_180", "pending_over_365", "pending_over_730",
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

    # The case-listing partials are keyed by one integer (_Keys): the case type as its code in _rb_type.
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


#: The page cache while rebuilding (KiB), which also sizes SQLite's in-memory sort runs. Measured over a million
#: cases: 8 MB sorts the registration and disposal months ~15 % faster than 64 MB (smaller runs stay in the
#: processor's cache, the merge is cheap) and the whole rebuild takes 0.5-0.8 s less CPU; 4-16 MB are alike.
#: Sorts spill to temporary files and the database is not memory-mapped, so memory stays well under the
#: import's budget (< 500 MB).
_PRAGMAS = {"cache_size": -8192}


def _fast_pragmas(connection: Connection) -> dict[str, int]:
    saved = {}
    for pragma, value in _PRAGMAS.items():
        saved[pragma] = connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
        connection.exec_driver_sql(f"PRAGMA {pragma}={value}")
    return saved


def _branch_filter(alias: str, branch_ids: set[int] | None) -> str:
    return "" if branch_ids is None else f" AND {alias}.branch_id IN (SELECT branch_id FROM _rb_branch)"


def _collect_sources(connection: Connection, branch_ids: set[int] | None) -> None:
    """The source of every branch-month of the span (precedence: case listing > monthly statistics > carried
    forward > missing, docs/indicators.md "Completeness").

    Two look-ups per branch-month, not four: ``last_span``, the latest last month of the listings that begin by
    this month, is this month or later exactly when a listing covers it (a listing ending earlier began earlier),
    and otherwise the last month a listing covered before it; ``last_stat``, the latest month with monthly
    statistics up to this one, is this month when it has them, and otherwise the last one before it. (Four
    correlated subqueries over the 100,000 branch-months of the monthly benchmark's import: 0.36 s.)"""
    where = "" if branch_ids is None else " WHERE b.id IN (SELECT branch_id FROM _rb_branch)"
    covered, monthly = "last_span >= month_index", "last_stat = month_index"
    connection.exec_driver_sql(
        "INSERT INTO _rb_src SELECT branch_id, month_index,"
        f"  CASE WHEN {covered} THEN 'cases' WHEN {monthly} THEN 'monthly' ELSE 'carried' END,"
        f"  CASE WHEN {covered} OR {monthly} THEN NULL"
        "    WHEN coalesce(last_span, -1) >= coalesce(last_stat, -1) THEN 'cases' ELSE 'monthly' END,"
        f"  CASE WHEN {covered} OR {monthly} THEN NULL ELSE last_stat END"
        " FROM (SELECT b.id AS branch_id, m.month_index,"
        "  (SELECT max(s.last_month) FROM case_listing_span s WHERE s.branch_id = b.id"
        "    AND s.first_month <= m.month_index) AS last_span,"
        "  (SELECT max(t.month_index) FROM branch_month_stat t WHERE t.branch_id = b.id"
        "    AND t.month_index <= m.month_index) AS last_stat"
        f"  FROM branch b CROSS JOIN _rb_month m{where}{_UNFLATTENED})"
        " WHERE last_span IS NOT NULL OR last_stat IS NOT NULL"
    )


def _collect_segments(connection: Connection, branch_ids: set[int] | None) -> bool:
    """The stays of every moved case touching ``branch_ids``; True when there is any (the queries over
    ``case_record`` then leave those cases to the stays)."""
    run = connection.exec_driver_sql
    if run("SELECT NOT EXISTS (SELECT 1 FROM case_transfer)").scalar():
        return False
    # Stay k: from the k-th move (or the registration) to the next move (or for good).
    run(
        "INSERT INTO _rb_seg SELECT c.id, coalesce(t.from_branch_id, c.branch_id), c.case_type, c.registered_on,"
        "  coalesce((SELECT max(p.moved_on) FROM case_transfer p WHERE p.case_id = c.id"
        "    AND (p.moved_on < t.moved_on OR (p.moved_on = t.moved_on AND p.id < t.id))), c.registered_on),"
        "  t.moved_on, NOT EXISTS (SELECT 1 FROM case_transfer p WHERE p.case_id = c.id"
        "    AND (p.moved_on < t.moved_on OR (p.moved_on = t.moved_on AND p.id < t.id)))"
        " FROM case_transfer t JOIN case_record c ON c.id = t.case_id"
    )
    run(
        "INSERT INTO _rb_seg SELECT c.id, c.branch_id, c.case_type, c.registered_on,"
        "  (SELECT max(moved_on) FROM case_transfer p WHERE p.case_id = c.id), NULL, 0"
        " FROM case_record c WHERE c.id IN (SELECT case_id FROM case_transfer)"
    )
    if branch_ids is not None:
        run(
            "DELETE FROM _rb_seg WHERE case_id NOT IN (SELECT case_id FROM _rb_seg"
            " WHERE branch_id IN (SELECT branch_id FROM _rb_branch))"
        )
    run("CREATE INDEX temp._rb_seg_case ON _rb_seg (case_id)")
    return bool(run("SELECT EXISTS (SELECT 1 FROM _rb_seg)").scalar())


_REG_COLUMNS = ("incoming", "cases_total", "cases_missing_dates", "referrals", "last_hour_referrals",
                "scheduling_days_sum", "scheduling_count", "scheduling_days_max")
_DISP_COLUMNS = ("disposed", "disposition_days_sum", "disposition_count", "hearings_sum", "hearings_cases")
_MOVE_COLUMNS = ("withdrawn", "transferred_in", "transferred_out")
_AGE_COLUMNS = ("pending_over_180", "pending_over_365", "pending_over_730")


@dataclass(frozen=True)
class _Keys:
    """The single integer key of the case-listing partials: (branch, month, case type) packed as
    ``(branch_id * months + month_index - first_month) * types + code``, the case type's code being its rank
    among the types in scope (``_rb_type``) - so the key's order is ``indicator_month``'s primary-key order.
    The sorts of a million cases then compare one integer instead of an integer, an integer and a Persian text
    (docs/indicators.md "Bulk speed")."""

    first_month: int
    months: int
    types: int

    def of(self, branch: str, month: str, code: str) -> str:
        return f"(({branch}) * {self.months} + ({month}) - {self.first_month}) * {self.types} + ({code})"

    def branch(self, key: str) -> str:
        return f"({key}) / {self.months * self.types}"

    def month(self, key: str) -> str:
        return f"{self.first_month} + ({key}) / {self.types} % {self.months}"

    def code(self, key: str) -> str:
        return f"({key}) % {self.types}"


def _keyed(name: str, columns: Iterable[str]) -> str:
    """A temporary table of one partial of the case-listing measures, keyed by :class:`_Keys`."""
    typed = ", ".join(f"{c} {'REAL' if c.endswith(('_sum', '_max')) else 'INTEGER'}" for c in columns)
    return f"CREATE TEMP TABLE {name} (k INTEGER PRIMARY KEY, {typed})"


def _merge(column: str) -> str:
    if column == "scheduling_days_max":
        return f"{column} = coalesce(max({column}, excluded.{column}), {column}, excluded.{column})"
    return f"{column} = coalesce({column} + excluded.{column}, {column}, excluded.{column})"


def _upsert(table: str, columns: Iterable[str], select: str) -> str:
    """Merge the rows of ``select`` (k, ``columns``) into ``table`` (keyed by :class:`_Keys`): a new key is
    inserted, a known one gets its measures added (NULL: none)."""
    columns = tuple(columns)
    # "WHERE true": an upsert after a SELECT needs a clause that ends the SELECT unambiguously (SQLite's grammar).
    return (f"INSERT INTO {table} (k, {', '.join(columns)})"
            f" SELECT * FROM ({select}) WHERE true ON CONFLICT (k) DO UPDATE SET {', '.join(map(_merge, columns))}")


#: Ends the per-case subquery of a GROUP BY so that SQLite runs it as a co-routine instead of flattening it into
#: the outer query: the sort then carries the few computed values (flags, a day count) instead of the columns they
#: are computed from (the referral's text, two dates), and the date functions run once per case, before the sort.
#: Over a million cases: the registration month's 3.3 s of CPU become 2.7 s. The results are the same (the
#: summed day counts are whole numbers).
_UNFLATTENED = " LIMIT -1"


def _collect_types(connection: Connection, branch_ids: set[int] | None, moved: bool) -> _Keys:
    """Number the case types the queries below can meet (``_rb_type``, in text order) and return the keys."""
    run = connection.exec_driver_sql
    if branch_ids is None:
        types = "SELECT DISTINCT case_type FROM case_record NOT INDEXED"
    else:  # the branches' cases, and every moved case (the moves into or out of them)
        types = "SELECT DISTINCT case_type FROM case_record WHERE branch_id IN (SELECT branch_id FROM _rb_branch)"
        if moved:
            types += (" UNION SELECT case_type FROM _rb_seg UNION SELECT c.case_type FROM case_transfer t"
                      " JOIN case_record c ON c.id = t.case_id")
    run(f"INSERT INTO _rb_type SELECT row_number() OVER (ORDER BY case_type) - 1, case_type FROM ({types})")
    first, count = run("SELECT min(month_index), count(*) FROM _rb_month").one()
    return _Keys(first, count, max(1, run("SELECT count(*) FROM _rb_type").scalar()))


def _collect_cases(connection: Connection, branch_ids: set[int] | None, moved: bool) -> None:
    """Case-listing measures, written to ``indicator_month`` (typed rows) and ``disposition_histogram`` for the
    branch-months whose source is a case listing or that carry one forward. ``moved``: some cases changed branch
    (``_rb_seg`` holds their stays); their registration counts in the branch that registered them, their pending
    months in the branch holding them.

    Each partial goes to a table of its own keyed like ``indicator_month`` (registration month, disposal month,
    withdrawals and moves, ages), by one integer (:class:`_Keys`); one statement walks every (branch, case type) x
    month of the span and takes the backlog as a running sum (window function) of the flows it looks up, one more
    writes the rows in key order - no sort of the partial rows, no merge of a million rows into one table."""
    run = connection.exec_driver_sql
    where = _branch_filter("c", branch_ids)
    # Every branch: one pass over the table in its own order. Left to itself SQLite walks the (branch_id,
    # registered_on) index for its partial GROUP BY order and then fetches each row from the table at random
    # (1.5 to 2 times the CPU time over a million cases). For some branches the index is the way in.
    cases = "case_record c NOT INDEXED" if branch_ids is None else "case_record c"
    unmoved = " AND c.id NOT IN (SELECT case_id FROM _rb_seg)" if moved else ""
    if moved:
        origin_join = " LEFT JOIN _rb_seg f ON f.case_id = c.id AND f.first = 1"
        origin = "coalesce(f.branch_id, c.branch_id)"
        origin_where = "" if branch_ids is None else f" AND {origin} IN (SELECT branch_id FROM _rb_branch)"
    else:
        origin_join, origin, origin_where = "", "c.branch_id", where
    keys = _collect_types(connection, branch_ids, moved)
    typed = " JOIN _rb_type y ON y.case_type = c.case_type"
    for name, columns in (("_rb_reg", _REG_COLUMNS), ("_rb_disp", _DISP_COLUMNS), ("_rb_move", _MOVE_COLUMNS),
                          ("_rb_age", _AGE_COLUMNS)):
        run(_keyed(name, columns))
    # Registration month: incoming, completeness, referrals (last hour from the office-hours table), scheduling.
    # The sort carries a flag, not the referral's text; its day is the stored form's first ten characters.
    run(
        f"INSERT INTO _rb_reg (k, {', '.join(_REG_COLUMNS)})"
        " SELECT k, count(*), count(*), sum(missing), sum(referred),"
        " coalesce(sum(last_hour), 0), sum(scheduling), count(scheduling), max(scheduling) FROM ("
        f"  SELECT {keys.of(origin, 'd.month_index', 'y.code')} AS k, c.referred_at IS NOT NULL AS referred,"
        "    (c.referred_at IS NULL OR c.first_hearing_on IS NULL) AS missing,"
        "    (substr(c.referred_at, 12, 5) >= o.last_hour_from) AS last_hour,"
        "    CASE WHEN c.first_hearing_on IS NOT NULL AND c.referred_at IS NOT NULL"
        "      THEN max(0, julianday(c.first_hearing_on) - julianday(substr(c.referred_at, 1, 10)))"
        "    END AS scheduling"
        f"  FROM {cases} JOIN _rb_day d ON d.day = c.registered_on{typed}{origin_join}"
        "  LEFT JOIN _rb_office o ON o.dow = strftime('%w', c.referred_at)"
        f"  WHERE 1 = 1{origin_where}{_UNFLATTENED}"
        ") GROUP BY k"
    )
    # Disposition month, per histogram bucket: the histogram, then disposed, time to disposition, hearings.
    run(
        "INSERT INTO _rb_hist SELECT k,"
        f" min(CAST(days AS INTEGER) / {BUCKET_DAYS}, {MAX_BUCKET}) AS bucket, count(*), sum(days),"
        " coalesce(sum(hearings), 0), count(hearings) FROM ("
        f"  SELECT {keys.of('c.branch_id', 'd.month_index', 'y.code')} AS k, c.hearings,"
        "    d.julian - julianday(c.registered_on) AS days"
        f"  FROM {cases} JOIN _rb_day d ON d.day = c.disposed_on{typed}"
        f"  WHERE 1 = 1{where}{_UNFLATTENED}"
        ") GROUP BY k, bucket"
    )
    run(
        f"INSERT INTO _rb_disp (k, {', '.join(_DISP_COLUMNS)})"
        " SELECT k, sum(n), sum(days), sum(n), sum(hearings), sum(hearings_n) FROM _rb_hist GROUP BY k"
    )
    # Withdrawal month: cases a newer snapshot no longer held (only pending ones are ever withdrawn).
    run(
        "INSERT INTO _rb_move (k, withdrawn)"
        f" SELECT {keys.of('c.branch_id', 'd.month_index', 'y.code')} AS k, count(*)"
        f" FROM {cases} JOIN _rb_day d ON d.day = c.withdrawn_on{typed}"
        f" WHERE c.disposed_on IS NULL{where} GROUP BY k"
    )
    if moved:  # moves: out of one branch and into the other in the month of the export that showed them
        for column, branch in (("transferred_out", "from_branch_id"), ("transferred_in", "to_branch_id")):
            run(_upsert(
                "_rb_move", (column,),
                f"SELECT {keys.of(f't.{branch}', 'd.month_index', 'y.code')} AS k, count(*)"
                " FROM case_transfer t JOIN case_record c ON c.id = t.case_id JOIN _rb_day d ON d.day = t.moved_on"
                f"{typed} WHERE 1 = 1{_branch_filter('t', branch_ids).replace('t.branch_id', f't.{branch}')}"
                " GROUP BY k",
            ))
    # Pending at the end of each month = pending before the first month + its flows since then
    # (a case is never disposed or withdrawn before its registration).
    first_day = connection.exec_driver_sql("SELECT min(first_day) FROM _rb_month").scalar()
    run(
        f"INSERT INTO _rb_key SELECT c.branch_id, y.code, count(*) FROM {cases}{typed}"
        " WHERE c.registered_on < :first AND coalesce(c.disposed_on, c.withdrawn_on, '9999-12-31') >= :first"
        f"{where}{unmoved} GROUP BY c.branch_id, y.code",
        {"first": first_day},
    )
    if moved:
        run(
            "INSERT INTO _rb_key SELECT s.branch_id, y.code, count(*) FROM _rb_seg s JOIN case_record c"
            " ON c.id = s.case_id JOIN _rb_type y ON y.case_type = s.case_type WHERE s.start_on < :first"
            " AND coalesce(s.end_on, c.disposed_on, c.withdrawn_on, '9999-12-31') >= :first"
            f"{_branch_filter('s', branch_ids)} GROUP BY s.branch_id, y.code"
            " ON CONFLICT (branch_id, code) DO UPDATE SET base = base + excluded.base",
            {"first": first_day},
        )
    for name in ("_rb_reg", "_rb_disp", "_rb_move"):
        run(f"INSERT OR IGNORE INTO _rb_key SELECT DISTINCT {keys.branch('k')}, {keys.code('k')}, 0 FROM {name}")
    # Ages: the range join visits a case only in the months it is pending and older than 180 days
    # (registered before last_day - 180 and still pending after last_day, i.e. cut180 < end - 180 days).
    run(
        f"INSERT INTO _rb_age (k, {', '.join(_AGE_COLUMNS)})"
        f" SELECT {keys.of('c.branch_id', 'm.month_index', 'y.code')} AS k, count(*),"
        " sum(c.registered_on < m.cut365), sum(c.registered_on < m.cut730)"
        f" FROM {cases}{typed} CROSS JOIN _rb_month m ON m.cut180 > c.registered_on"
        "   AND m.cut180 < date(coalesce(c.disposed_on, c.withdrawn_on, '9999-12-31'), '-180 days')"
        " WHERE c.registered_on < (SELECT max(cut180) FROM _rb_month)"
        "   AND coalesce(c.disposed_on, c.withdrawn_on, '9999-12-31') > (SELECT min(last_day) FROM _rb_month)"
        f"{where}{unmoved} GROUP BY k"
    )
    if moved:  # the ages of moved cases, in the branch holding them at each month's end
        run(_upsert(
            "_rb_age", _AGE_COLUMNS,
            f"SELECT {keys.of('s.branch_id', 'm.month_index', 'y.code')} AS k, count(*),"
            " sum(s.registered_on < m.cut365), sum(s.registered_on < m.cut730)"
            " FROM _rb_seg s JOIN case_record c ON c.id = s.case_id JOIN _rb_type y ON y.case_type = s.case_type"
            " CROSS JOIN _rb_month m ON m.cut180 > s.registered_on AND s.start_on <= m.last_day"
            "   AND coalesce(s.end_on, c.disposed_on, c.withdrawn_on, '9999-12-31') > m.last_day"
            f" WHERE 1 = 1{_branch_filter('s', branch_ids)} GROUP BY k",
        ))
    # Every (branch, case type) x month of the span: its partials are looked up, the backlog is the base plus
    # the running sum of the flows (window function), and a row is written where the old
    # partial-rows design had one: some partial, or cases pending. Only where the branch-month's source is a
    # case listing or carries one forward.
    key = keys.of("k.branch_id", "m.month_index", "k.code")
    summed = [c for c in _SUMMED if c not in ("pending_end", "pending_age_base", "satisfaction_sum",
                                                "satisfaction_responses")]
    tables = {**dict.fromkeys(_REG_COLUMNS, "g"), **dict.fromkeys(_DISP_COLUMNS, "d"),
              **dict.fromkeys(_MOVE_COLUMNS, "x"), **dict.fromkeys(_AGE_COLUMNS, "a")}
    values = ", ".join(f"coalesce({tables[c]}.{c}, 0)" for c in summed)
    # Two passes, because SQLite's window function copies each row it sees, every column, into a table of its own
    # (the wide rows cost 1.2 s against 0.5 s over a million cases' 375,000 keys): the backlog first, as narrow
    # rows (_rb_pend, only where a row will be written), then the rows - read in key order, which is the order of
    # indicator_month's primary key. The frame is ROWS: a partition holds each month once, so the sums are those
    # of the default RANGE frame, without comparing peers.
    run("CREATE TEMP TABLE _rb_pend (k INTEGER PRIMARY KEY, pending INTEGER NOT NULL)")
    run(
        "INSERT INTO _rb_pend SELECT k, pending FROM ("
        f"  SELECT {key} AS k,"
        "    g.k IS NOT NULL OR d.k IS NOT NULL OR x.k IS NOT NULL OR a.k IS NOT NULL AS partial,"
        "    k.base + sum(coalesce(g.incoming, 0) + coalesce(x.transferred_in, 0) - coalesce(d.disposed, 0)"
        "      - coalesce(x.withdrawn, 0) - coalesce(x.transferred_out, 0))"
        "      OVER (PARTITION BY k.branch_id, k.code ORDER BY m.month_index ROWS UNBOUNDED PRECEDING) AS pending"
        "  FROM _rb_key k CROSS JOIN _rb_month m"
        f"  LEFT JOIN _rb_reg g ON g.k = {key}"
        f"  LEFT JOIN _rb_disp d ON d.k = {key}"
        f"  LEFT JOIN _rb_move x ON x.k = {key}"
        f"  LEFT JOIN _rb_age a ON a.k = {key}"
        ") WHERE partial OR pending > 0"
    )
    run(
        f"INSERT INTO indicator_month (branch_id, month_index, case_type, {', '.join(summed)}, pending_end,"
        " pending_age_base, scheduling_days_max, source)"
        f" SELECT r.branch_id, r.month_index, t.case_type, {values},"
        " max(p.pending, 0), max(p.pending, 0), g.scheduling_days_max, r.source"
        f" FROM _rb_pend p CROSS JOIN _rb_src r ON r.branch_id = {keys.branch('p.k')}"
        f"   AND r.month_index = {keys.month('p.k')}"
        "   AND (r.source = 'cases' OR (r.source = 'carried' AND r.origin = 'cases'))"
        f" JOIN _rb_type t ON t.code = {keys.code('p.k')}"
        "  LEFT JOIN _rb_reg g ON g.k = p.k LEFT JOIN _rb_disp d ON d.k = p.k"
        "  LEFT JOIN _rb_move x ON x.k = p.k LEFT JOIN _rb_age a ON a.k = p.k"
    )
    # The histogram of the branch-months whose source is a case listing (or carries one forward), read by
    # range per branch-month in key order - the order of disposition_histogram's primary key.
    run(
        "INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count)"
        " SELECT r.branch_id, r.month_index, t.case_type, h.bucket, h.n FROM _rb_src r"
        f" JOIN _rb_hist h ON h.k BETWEEN {keys.of('r.branch_id', 'r.month_index', '0')}"
        f"   AND {keys.of('r.branch_id', 'r.month_index', keys.types - 1)}"
        f" JOIN _rb_type t ON t.code = {keys.code('h.k')}"
        " WHERE r.source = 'cases' OR (r.source = 'carried' AND r.origin = 'cases')"
    )


#: The untyped row's measures from its branch-month's own raw rows, joined by key in :func:`_write`: its monthly
#: statistics (``mo``, where they are its source), the backlog of the last month that had them (``ca``, a month
#: carried after them), its satisfaction survey (``sa``, always). The other measures are 0.
_UNTYPED = {
    "incoming": "mo.incoming", "disposed": "mo.disposed", "pending_end": "coalesce(mo.pending_end, ca.pending_end)",
    "disposition_days_sum": "mo.avg_disposition_days * mo.disposed", "disposition_count": "mo.disposed",
    "scheduling_days_sum": "mo.avg_scheduling_days * mo.incoming", "scheduling_count": "mo.incoming",
    "satisfaction_sum": "sa.average * sa.responses", "satisfaction_responses": "sa.responses",
}  # fmt: skip


def _write(connection: Connection, branch_ids: set[int] | None) -> None:
    """The untyped rows: one per branch-month with a source, so that a quiet month is told from a missing one,
    and one per branch-month with only a satisfaction survey (source ``missing``).

    Each row reads its raw rows by key - the monthly statistics only where they are its source, the carried
    backlog only where it is carried, satisfaction always - so each measure has one partial at most. (They were
    first copied into a temporary table of partials, one per source, then grouped and looked up there: 0.98 s
    against 0.5 s for the 100,000 branch-months of the monthly benchmark's import.) The untyped rows meet a
    case-listing row only if a case had no type (the importer refuses that): merged by the upsert."""
    run = connection.exec_driver_sql
    values = ", ".join(f"coalesce({_UNTYPED[c]}, 0)" if c in _UNTYPED else "0" for c in _SUMMED)
    columns = f"branch_id, month_index, case_type, {', '.join(_SUMMED)}, scheduling_days_max, source"
    merged = ", ".join(f"{c} = {c} + excluded.{c}" for c in _SUMMED)
    upsert = (f" ON CONFLICT (branch_id, month_index, case_type) DO UPDATE SET {merged},"
              " scheduling_days_max = coalesce(max(scheduling_days_max, excluded.scheduling_days_max),"
              " scheduling_days_max, excluded.scheduling_days_max)")
    run(
        f"INSERT INTO indicator_month ({columns})"
        f" SELECT r.branch_id, r.month_index, '', {values}, mo.max_scheduling_days, r.source FROM _rb_src r"
        " LEFT JOIN branch_month_stat mo ON r.source = 'monthly' AND mo.branch_id = r.branch_id"
        "  AND mo.month_index = r.month_index"
        " LEFT JOIN branch_month_stat ca ON r.source = 'carried' AND r.origin = 'monthly'"
        "  AND ca.branch_id = r.branch_id AND ca.month_index = r.origin_month"
        " LEFT JOIN satisfaction_month sa ON sa.branch_id = r.branch_id AND sa.month_index = r.month_index"
        f" WHERE true{upsert}"
    )
    satisfaction_only = ", ".join(f"coalesce({_UNTYPED[c]}, 0)" if c.startswith("satisfaction") else "0"
                                  for c in _SUMMED)
    run(
        f"INSERT INTO indicator_month ({columns})"
        f" SELECT sa.branch_id, sa.month_index, '', {satisfaction_only}, NULL, 'missing' FROM satisfaction_month sa"
        f" WHERE sa.month_index IN (SELECT month_index FROM _rb_month){_branch_filter('sa', branch_ids)}"
        " AND NOT EXISTS (SELECT 1 FROM _rb_src r WHERE r.branch_id = sa.branch_id AND r.month_index = sa.month_index)"
        f"{upsert}"
    )


#: The derived tables whose secondary indexes a bulk rebuild drops and re-creates (their primary keys stay: the
#: upserts need them, and WITHOUT ROWID - migration 0017 - the key is the table itself). Inserting a branch's rows in key order puts them at random places in the (month, ...)
#: indexes; over a million-case listing one sort per index afterwards saves ~0.8 s of CPU (the histogram's
#: covering index: 2.2 s of inserts become 0.9 s + 0.8 s to build it).
_DERIVED_TABLES = ("indicator_month", "disposition_histogram")


def _drop_bulk_indexes(connection: Connection, branch_ids: set[int] | None) -> list[str]:
    """When the rebuild is about to delete or write more rows than the derived tables keep besides (a first
    listing, a new listing of every branch, a rebuild of everything), drop their secondary indexes before the
    delete; returns the statements that re-create them. Inside the caller's transaction: a rollback restores
    them. The estimate of the new rows is the branch-months with a source (each gets one untyped row at least,
    a listing's four or more)."""
    run = connection.exec_driver_sql
    coming = run("SELECT count(*) FROM _rb_src").scalar() or 0
    total = run("SELECT count(*) FROM indicator_month").scalar() or 0
    going = run("SELECT count(*) FROM indicator_month WHERE month_index IN (SELECT month_index FROM _rb_month)"
                f"{_branch_filter('indicator_month', branch_ids)}").scalar() or 0
    if total - going >= max(coming, going):
        return []
    dropped = []
    for name, sql in run(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
            f" ({', '.join(repr(table) for table in _DERIVED_TABLES)}) ORDER BY name").all():
        run(f'DROP INDEX "{name}"')
        dropped.append(sql)
    return dropped


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
        _collect_sources(connection, branch_ids)  # from the raw tables only
        dropped = _drop_bulk_indexes(connection, branch_ids)
        for table in ("indicator_month", "disposition_histogram"):
            run(
                f"DELETE FROM {table} WHERE month_index IN (SELECT month_index FROM _rb_month)"
                f"{_branch_filter(table, branch_ids)}"
            )
        # No branch-month of the span takes its figures from case listings (monthly statistics before the
        # first listing, say): the cases are not read at all.
        if run("SELECT EXISTS (SELECT 1 FROM _rb_src WHERE source = 'cases' OR origin = 'cases')").scalar():
            moved = _collect_segments(connection, branch_ids)
            _collect_cases(connection, branch_ids, moved)
        _write(connection, branch_ids)
        for sql in dropped:  # before anything reads the tables by them (the roll-ups do)
            run(sql)
    finally:
        for name in _TEMP_TABLES:
            run(f"DROP TABLE IF EXISTS temp.{name}")
        for pragma, value in saved.items():
            run(f"PRAGMA {pragma}={value}")


def data_months(connection_or_session: Connection | Session) -> tuple[int, int] | None:
    """The first and last month index the province has data for: months covered by a case listing, months with
    monthly statistics or satisfaction. The last one is "the province's latest data month": every branch has
    derived rows up to it (carried forward when its own data stops earlier)."""
    connection = _connection(connection_or_session)
    bounds: list[int] = []
    for table, low_column, high_column in (("case_listing_span", "first_month", "last_month"),
                                           ("branch_month_stat", "month_index", "month_index"),
                                           ("satisfaction_month", "month_index", "month_index")):
        low, high = connection.execute(text(f"SELECT min({low_column}), max({high_column}) FROM {table}")).one()
        if low is not None:
            bounds += [low, high]
    return (min(bounds), max(bounds)) if bounds else None


def latest_derived_month(connection_or_session: Connection | Session) -> int | None:
    connection = _connection(connection_or_session)
    return connection.execute(text("SELECT max(month_index) FROM indicator_month")).scalar()


def last_dependent_month(connection_or_session: Connection | Session, branch_ids: set[int], month: int) -> int | None:
    """The last month whose figures for ``branch_ids`` can depend on their monthly statistics of ``month`` or
    earlier: the month before the latest of the branches' next months with a source of their own (covered by
    a case listing or with monthly statistics - from there on the stocks come from that source, not carried
    forward from before). None when a branch has no such month: stocks carry forward to the latest month."""
    connection = _connection(connection_or_session)
    after = month + 1
    rows = connection.execute(text(
        "SELECT b.value, (SELECT min(max(s.first_month, :after)) FROM case_listing_span s WHERE s.branch_id = b.value"
        "   AND s.last_month >= :after),"
        "  (SELECT min(t.month_index) FROM branch_month_stat t WHERE t.branch_id = b.value AND t.month_index >= :after)"
        " FROM json_each(:branches) b"), {"after": after, "branches": json.dumps(sorted(branch_ids))}).all()
    nexts = [min(m for m in (listing, monthly) if m is not None) if listing is not None or monthly is not None
             else None for _, listing, monthly in rows]
    if not nexts or any(m is None for m in nexts):
        return None
    return max(nexts) - 1  # type: ignore[type-var]


def rebuild_from(
    connection_or_session: Connection | Session, branch_ids: set[int] | None, first_month: int,
    last_month: int | None = None,
) -> list[int]:
    """Rebuild ``branch_ids`` (every branch when ``None``) from ``first_month`` through the province's latest
    data month (or ``last_month`` when the caller knows that nothing later depends on what changed, see
    :func:`last_dependent_month`); when the latest data month moved on, the other branches get their new months
    too (carried forward), and nothing else of theirs is touched. Returns the months rebuilt for
    ``branch_ids``."""
    previous = latest_derived_month(connection_or_session)
    span = data_months(connection_or_session)
    if span is None:
        return []
    last = span[1] if last_month is None or previous is None or span[1] > previous else min(last_month, span[1])
    months = list(range(min(first_month, last), last + 1))
    if branch_ids is not None and previous is not None and span[1] > previous:
        # The latest month moved on: the changed branches, too, need every new month, including those before
        # `first_month` (their stocks carried forward into a month that had no derived row yet).
        months = list(range(min(first_month, previous + 1, last), last + 1))
        connection = _connection(connection_or_session)
        others = {row[0] for row in connection.execute(text("SELECT id FROM branch"))} - set(branch_ids)
        if others:
            rebuild_months(connection, others, range(previous + 1, span[1] + 1))
    elif branch_ids is not None and previous is None:
        branch_ids = None  # nothing derived yet: every branch from the start
        months = list(range(min(first_month, span[0]), span[1] + 1))
    rebuild_months(connection_or_session, branch_ids, months)
    return months


def rebuild_all(connection_or_session: Connection | Session) -> list[int]:
    """Rebuild every month of every branch that has data (after office hours change, or for the demo)."""
    connection = _connection(connection_or_session)
    span = data_months(connection)
    connection.exec_driver_sql("DELETE FROM indicator_month")
    connection.exec_driver_sql("DELETE FROM disposition_histogram")
    if span is None:
        months: list[int] = []
    else:
        months = rebuild_from(connection, None, span[0])
    rebuild_rollups(connection)  # districts' and province's months (desktop/indicators/rollup.py)
    return months
