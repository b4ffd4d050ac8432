"""Pre-aggregated district and province months (docs/indicators.md, "Roll-ups"; migration 0015).

``refresh_rollups`` rewrites ``indicator_rollup_month``, ``indicator_rollup_histogram`` and
``indicator_rollup_coverage`` for the districts and months a change touched, then the province rows of those
months from the district rows - set-based ``GROUP BY``s in the caller's transaction. Every path that rewrites
``indicator_month`` calls it right after the branch rebuild (imports, demo, a full rebuild after the office
hours change); a branch moved, added or removed is found by itself (``indicator_rollup_branch`` keeps the
membership the roll-ups were written with), so a branch-registry import only has to call it.

What a partial refresh must get right, and how:

* a district's measure and histogram rows depend only on its own branches' rows: the touched districts'
  months are recomputed, nothing else;
* coverage rows exist for every district (with branches) and every month of the province's derived range
  (min..max of ``indicator_month``): months that enter the range (a later month, or an earlier one) are
  written for every district, months that leave it are deleted;
* a branch that changed district: both districts, every month;
* the province's rows of every month recomputed for any district are recomputed from the district rows; its
  histograms (the bulk) change by the difference between the scope's new and old district histograms.

``rebuild_rollups`` recomputes everything (the migration's fill, and the reference the tests compare a partial
refresh with). Recomputing every district (a first import, a rebuild) reads the histograms in one scan of their
covering index instead of branch by branch (docs/indicators.md, "A full build").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.domain.indicators.definitions import SUMMED_FIELDS
from desktop.indicators.branch_spans import SPAN_TABLES, refresh_branch_spans
from desktop.indicators.opened_branches import EXPECTED
from desktop.indicators.rebuild_progress import ROLLUP_WEIGHTS, OnStep, Steps

ROLLUP_TABLES = ("indicator_rollup_month", "indicator_rollup_histogram", "indicator_rollup_coverage")
_MEASURES = (*SUMMED_FIELDS, "scheduling_days_max")
_SUMS = ", ".join([*(f"sum(im.{name})" for name in SUMMED_FIELDS), "max(im.scheduling_days_max)"])
_DISTRICT_SUMS = _SUMS.replace("im.", "r.")
_COLUMNS = ", ".join(_MEASURES)
#: desktop.store.models.COMPLETE_SOURCES: a branch-month is complete when its untyped row has one of them.
_COMPLETE = "('cases', 'monthly')"
_HISTOGRAM_INDEX = "ix_disposition_histogram_month_index_case_type_branch_id_bucket_count"
_MONTH_INDEX = "ix_indicator_month_month_index_branch_id"


def _connection(connection_or_session: Connection | Session) -> Connection:
    if isinstance(connection_or_session, Session):
        connection_or_session.flush()
        return connection_or_session.connection()
    return connection_or_session


def refresh_rollups(
    connection_or_session: Connection | Session,
    months: Iterable[int] | None = None,
    branch_ids: Iterable[int] | None = None,
    *,
    histograms_changed: bool = True,
    on_step: OnStep | None = None,
    spans: bool = True,
) -> None:
    """Bring the roll-ups in line with ``indicator_month`` after the branch rows of ``branch_ids`` (every branch
    when None) were rebuilt for ``months`` (every month when None), and with the current branch → district
    membership. Inside the caller's transaction. ``histograms_changed`` False: the rebuild wrote and deleted no
    histogram row of those branches and months (the branch spans keep their stored 90th percentiles).
    ``on_step`` hears how far it has got (desktop/indicators/rebuild_progress.py). ``spans`` False: the branch
    spans are left to the caller (desktop/indicators/rebuild_beside.py computes them on a second connection)."""
    connection = _connection(connection_or_session)
    steps = Steps(on_step, ROLLUP_WEIGHTS)
    steps.started()
    with _page_cache(connection, _CACHE_KIB):
        _refresh(connection, months, branch_ids, histograms_changed, steps, spans)
    steps.finished()


#: The page cache while rolling up (KiB). The districts' months and the branch spans read back the branch months
#: the rebuild has just written, in the same transaction: with SQLite's default 2 MB those pages had been pushed
#: out of the cache (spilled to the log, when dirty) and were read again page by page - the 100,000-row monthly
#: import's roll-ups and spans took 1.76 s of CPU with it, 1.51 s with 16 MB, 1.46 s with 64 MB.
_CACHE_KIB = 16 * 1024


@contextmanager
def _page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """The connection's page cache at ``kib`` KiB for the block, then as it was."""
    saved = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(saved)}")


def _refresh(connection: Connection, months: Iterable[int] | None, branch_ids: Iterable[int] | None,
             histograms_changed: bool, steps: Steps, spans: bool) -> None:
    run = connection.exec_driver_sql
    low, high = run("SELECT min(month_index), max(month_index) FROM indicator_month").one()
    if low is None:
        for table in ROLLUP_TABLES:
            run(f"DELETE FROM {table}")
        _sync_membership(connection)
        if spans:
            refresh_branch_spans(connection, months, branch_ids, steps=steps)
        return
    rolled_low, rolled_high = run(
        "SELECT min(month_index), max(month_index) FROM indicator_rollup_coverage WHERE level = 'district'").one()
    moved = _sync_membership(connection)
    run("DROP TABLE IF EXISTS temp._ru_scope")
    run("DROP TABLE IF EXISTS temp._ru_delta")
    run("CREATE TEMP TABLE _ru_delta (month_index INTEGER, case_type TEXT, province_id INTEGER, bucket INTEGER,"
        " n INTEGER, PRIMARY KEY (month_index, case_type, province_id, bucket)) WITHOUT ROWID")
    run("CREATE TEMP TABLE _ru_scope (district_id INTEGER, month_index INTEGER, PRIMARY KEY (district_id,"
        " month_index)) WITHOUT ROWID")
    everything = months is None or rolled_low is None
    month_list = sorted(set(range(low, high + 1) if months is None else months))
    try:
        if everything:
            _scope_all(connection, range(low, high + 1))
        else:
            touched = [m for m in month_list if low <= m <= high]
            if touched:
                if branch_ids is None:
                    _scope_all(connection, touched)
                else:
                    connection.execute(text(
                        "INSERT OR IGNORE INTO _ru_scope SELECT DISTINCT b.district_id, m.value FROM branch b,"
                        " json_each(:months) m WHERE b.id IN (SELECT value FROM json_each(:branches))"),
                        {"months": _json(touched), "branches": _json(sorted(set(branch_ids)))})
            # Months entering the derived range: every district (other branches were carried into them).
            _scope_all(connection, [m for m in range(low, high + 1) if m < rolled_low or m > rolled_high])
            if moved:
                connection.execute(text(
                    "INSERT OR IGNORE INTO _ru_scope SELECT d.value, m.value FROM json_each(:districts) d,"
                    " json_each(:months) m"),
                    {"districts": _json(sorted(moved)), "months": _json(list(range(low, high + 1)))})
        for table in ROLLUP_TABLES:  # months that left the derived range
            run(f"DELETE FROM {table} WHERE month_index < {int(low)} OR month_index > {int(high)}")
        # Nothing rolled up before (a first import, a rebuild): the province's histograms are summed from the
        # districts' directly, not changed by a difference.
        fresh = rolled_low is None
        if not fresh:
            _histogram_delta(connection, sign=-1)  # the scope's district histograms, before they are rewritten
        _write_districts(connection, everything, low, high)
        if not fresh:
            _histogram_delta(connection, sign=1)
        steps.ended("districts")
        _write_provinces(connection, fresh)
        steps.ended("provinces")
    finally:
        run("DROP TABLE IF EXISTS temp._ru_scope")
        run("DROP TABLE IF EXISTS temp._ru_delta")
    # The branches' multi-month spans (desktop/indicators/branch_spans.py), for the same months and branches.
    if spans:
        refresh_branch_spans(connection, months, branch_ids, histograms_changed=histograms_changed, steps=steps)


def rebuild_rollups(connection_or_session: Connection | Session, *, spans: bool = True) -> None:
    """Recompute every roll-up row from the branch rows (``spans`` False: the branch spans are emptied and left
    to the caller)."""
    connection = _connection(connection_or_session)
    for table in (*ROLLUP_TABLES, *SPAN_TABLES):
        connection.exec_driver_sql(f"DELETE FROM {table}")
    refresh_rollups(connection, spans=spans)


def _json(values: Iterable[int]) -> str:
    return "[" + ",".join(str(int(value)) for value in values) + "]"


def _scope_all(connection: Connection, months: Iterable[int]) -> None:
    listed = list(months)
    if listed:
        connection.execute(text("INSERT OR IGNORE INTO _ru_scope SELECT d.id, m.value FROM district d,"
                                " json_each(:months) m"), {"months": _json(listed)})


def _sync_membership(connection: Connection) -> set[int]:
    """The districts whose branches changed since the roll-ups were written (both the old and the new district
    of a moved branch, the district of an added or removed one, of one whose opening month changed); records the
    current membership."""
    run = connection.exec_driver_sql
    moved = {row[0] for row in run(
        "SELECT b.district_id FROM branch b LEFT JOIN indicator_rollup_branch r ON r.branch_id = b.id"
        " WHERE r.district_id IS NOT b.district_id OR r.opened_month IS NOT b.opened_month"
        " UNION SELECT r.district_id FROM indicator_rollup_branch r LEFT JOIN branch b ON b.id = r.branch_id"
        " WHERE b.district_id IS NOT r.district_id OR b.opened_month IS NOT r.opened_month")}
    if moved:
        run("DELETE FROM indicator_rollup_branch")
        run("INSERT INTO indicator_rollup_branch (branch_id, district_id, opened_month)"
            " SELECT id, district_id, opened_month FROM branch")
    return moved


def _write_districts(connection: Connection, everything: bool, low: int, high: int) -> None:
    """The district rows of the scope; ``everything``: the scope is every district and every month ``low..high``
    (a first import, a rebuild)."""
    run = connection.exec_driver_sql
    for table in ROLLUP_TABLES:
        run(f"DELETE FROM {table} WHERE level = 'district'"
            " AND (unit_id, month_index) IN (SELECT district_id, month_index FROM _ru_scope)")
    # The case types of the scope's months (a few), so that every branch row below is found by its key.
    run("DROP TABLE IF EXISTS temp._ru_types")
    run("CREATE TEMP TABLE _ru_types (case_type TEXT PRIMARY KEY) WITHOUT ROWID")
    if everything:  # one scan of the table: cheaper than finding the rows of every month
        run("INSERT INTO _ru_types SELECT DISTINCT case_type FROM indicator_month")
    elif run("SELECT count(*) = (SELECT count(*) FROM district) * count(DISTINCT month_index) FROM _ru_scope"
             ).scalar():
        # Every district in each of the scope's months (months entering the derived range, an import of every
        # branch): those months' types, read along the month-first indexes (their entries hold the type) instead
        # of looked up branch-month by branch-month (100,000 branch-months: 0.09 -> 0.01 s).
        months = "(SELECT DISTINCT month_index FROM _ru_scope) m"
        run(f"INSERT INTO _ru_types SELECT x.case_type FROM {months} CROSS JOIN indicator_month x"
            f" INDEXED BY {_MONTH_INDEX} ON x.month_index = m.month_index"
            f" UNION SELECT x.case_type FROM {months} CROSS JOIN disposition_histogram x"
            f" INDEXED BY {_HISTOGRAM_INDEX} ON x.month_index = m.month_index")
    else:  # the scope's branch-months' types, from the keys of their rows (the primary keys' indexes)
        scoped = (" FROM _ru_scope s CROSS JOIN branch b CROSS JOIN {} x WHERE b.district_id = s.district_id"
                  " AND x.branch_id = b.id AND x.month_index = s.month_index")
        run(f"INSERT INTO _ru_types SELECT x.case_type{scoped.format('indicator_month')}"
            f" UNION SELECT x.case_type{scoped.format('disposition_histogram')}")
    try:
        # Scope row (district, month) by scope row, type by type, the district's branches in id order, each
        # branch-month-type row by its primary key: the rows come grouped (no sort of every row's 23 measures)
        # and, within a group, in branch id order - the order the summed floats were always added in (the plan
        # this replaced scanned indicator_month along its (branch, month, type) key, then sorted stably).
        # ``CROSS JOIN`` fixes that nesting.
        run(f"INSERT INTO indicator_rollup_month (level, month_index, unit_id, case_type, {_COLUMNS})"
            f" SELECT 'district', s.month_index, s.district_id, t.case_type, {_SUMS}"
            " FROM _ru_scope s CROSS JOIN _ru_types t CROSS JOIN branch b CROSS JOIN indicator_month im"
            " WHERE b.district_id = s.district_id AND im.branch_id = b.id AND im.month_index = s.month_index"
            " AND im.case_type = t.case_type GROUP BY s.district_id, s.month_index, t.case_type")
        # Counts are integers (the order they are added in does not matter), read from the histogram's covering
        # index (month, type, branch, bucket, count): every district and month, one scan of it; a few, the
        # scope's branches' entries found by their key.
        if everything:
            run("INSERT INTO indicator_rollup_histogram (level, month_index, case_type, unit_id, bucket, count)"
                " SELECT 'district', h.month_index, h.case_type, b.district_id, h.bucket, sum(h.count)"
                f" FROM disposition_histogram h INDEXED BY {_HISTOGRAM_INDEX} CROSS JOIN branch b"
                f" WHERE b.id = h.branch_id AND h.month_index BETWEEN {int(low)} AND {int(high)}"
                " GROUP BY h.month_index, h.case_type, b.district_id, h.bucket")
        else:
            run("INSERT INTO indicator_rollup_histogram (level, month_index, case_type, unit_id, bucket, count)"
                " SELECT 'district', s.month_index, t.case_type, s.district_id, h.bucket, sum(h.count)"
                " FROM _ru_scope s CROSS JOIN _ru_types t CROSS JOIN branch b CROSS JOIN disposition_histogram h"
                f" INDEXED BY {_HISTOGRAM_INDEX} WHERE b.district_id = s.district_id"
                " AND h.month_index = s.month_index AND h.case_type = t.case_type AND h.branch_id = b.id"
                " GROUP BY s.month_index, t.case_type, s.district_id, h.bucket")
    finally:
        run("DROP TABLE IF EXISTS temp._ru_types")
    # A branch counts in the months it is expected to report in: from the month it opened (a district whose
    # branches all opened later has a row of none).
    expected = EXPECTED.format(branch="b", month="s.month_index")
    run("INSERT INTO indicator_rollup_coverage (level, month_index, unit_id, branches, complete_branches,"
        " incomplete_ids)"
        f" SELECT 'district', s.month_index, s.district_id, sum({expected}), count(im.branch_id),"
        f"  group_concat(CASE WHEN {expected} AND im.branch_id IS NULL THEN b.id END)"
        " FROM _ru_scope s JOIN branch b ON b.district_id = s.district_id"
        " LEFT JOIN indicator_month im ON im.branch_id = b.id AND im.month_index = s.month_index"
        f"  AND im.case_type = '' AND im.source IN {_COMPLETE} AND {expected}"
        " GROUP BY s.month_index, s.district_id")


def _histogram_delta(connection: Connection, sign: int) -> None:
    """Add ``sign`` × the scope's district histogram counts to ``_ru_delta`` (per month, type, province, bucket)."""
    connection.exec_driver_sql(
        "INSERT INTO _ru_delta (month_index, case_type, province_id, bucket, n)"
        f" SELECT r.month_index, r.case_type, d.province_id, r.bucket, {int(sign)} * sum(r.count)"
        " FROM _ru_scope s JOIN district d ON d.id = s.district_id JOIN indicator_rollup_histogram r"
        " ON r.level = 'district' AND r.month_index = s.month_index AND r.unit_id = s.district_id"
        " WHERE 1 GROUP BY r.month_index, r.case_type, d.province_id, r.bucket"
        " ON CONFLICT DO UPDATE SET n = n + excluded.n")


def _write_provinces(connection: Connection, fresh: bool) -> None:
    """The province rows of every month in the scope, from its districts' rows (``fresh``: every district and
    month was written, nothing was before)."""
    run = connection.exec_driver_sql
    months = "(SELECT DISTINCT month_index FROM _ru_scope)"
    for table in ("indicator_rollup_month", "indicator_rollup_coverage"):
        run(f"DELETE FROM {table} WHERE level = 'province' AND month_index IN {months}")
    run(f"INSERT INTO indicator_rollup_month (level, month_index, unit_id, case_type, {_COLUMNS})"
        f" SELECT 'province', r.month_index, d.province_id, r.case_type, {_DISTRICT_SUMS}"
        " FROM indicator_rollup_month r JOIN district d ON d.id = r.unit_id"
        f" WHERE r.level = 'district' AND r.month_index IN {months}"
        " GROUP BY r.month_index, d.province_id, r.case_type")
    if fresh:  # (counts are integers: their order does not matter)
        run("DELETE FROM indicator_rollup_histogram WHERE level = 'province'")
        run("INSERT INTO indicator_rollup_histogram (level, month_index, case_type, unit_id, bucket, count)"
            " SELECT 'province', r.month_index, r.case_type, d.province_id, r.bucket, sum(r.count)"
            " FROM indicator_rollup_histogram r JOIN district d ON d.id = r.unit_id WHERE r.level = 'district'"
            " GROUP BY r.month_index, r.case_type, d.province_id, r.bucket")
    else:
        _province_histograms_by_difference(connection)
    run("INSERT INTO indicator_rollup_coverage (level, month_index, unit_id, branches, complete_branches,"
        " incomplete_ids)"
        " SELECT 'province', r.month_index, d.province_id, sum(r.branches), sum(r.complete_branches),"
        "  group_concat(r.incomplete_ids)"
        " FROM indicator_rollup_coverage r JOIN district d ON d.id = r.unit_id"
        f" WHERE r.level = 'district' AND r.month_index IN {months}"
        " GROUP BY r.month_index, d.province_id")


def _province_histograms_by_difference(connection: Connection) -> None:
    run = connection.exec_driver_sql
    # The province's histograms change by what its districts' changed (summing every district's again was half
    # the refresh of a case listing): old province count + the scope's new district counts - their old ones.
    run("DELETE FROM _ru_delta WHERE n = 0")
    run("CREATE TEMP TABLE _ru_final AS SELECT x.month_index, x.case_type, x.province_id, x.bucket,"
        " coalesce(p.count, 0) + x.n AS n FROM _ru_delta x LEFT JOIN indicator_rollup_histogram p"
        " ON p.level = 'province' AND p.month_index = x.month_index AND p.case_type = x.case_type"
        " AND p.unit_id = x.province_id AND p.bucket = x.bucket")
    try:
        run("DELETE FROM indicator_rollup_histogram WHERE level = 'province' AND (month_index, case_type, unit_id,"
            " bucket) IN (SELECT month_index, case_type, province_id, bucket FROM _ru_final)")
        run("INSERT INTO indicator_rollup_histogram (level, month_index, case_type, unit_id, bucket, count)"
            " SELECT 'province', month_index, case_type, province_id, bucket, n FROM _ru_final WHERE n > 0")
    finally:
        run("DROP TABLE IF EXISTS temp._ru_final")
