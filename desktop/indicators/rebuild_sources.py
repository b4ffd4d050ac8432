"""Which source each branch-month of a rebuild takes its figures from (``_rb_src``), and the untyped rows
written from it.

Every branch-month of the rebuilt span gets a source first (``_rb_src``): ``cases`` when a case listing covers
it, ``monthly`` when it has monthly statistics, ``carried`` when neither but an earlier month had one (its stocks
carry forward: the pending cases keep ageing, a monthly backlog stays as it was), or no row at all (missing).
Only the rows of a branch-month's own source are written, each labelled with that source, plus one untyped row
so that every branch-month with a source has a row (the typed rows of a case listing:
desktop/indicators/rebuild_cases.py). The untyped rows read their raw rows (monthly statistics, a carried
backlog, satisfaction) by key, one branch-month of ``_rb_src`` after the other. (docs/indicators.md "Bulk speed"
has the measurements.)"""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.indicators.rebuild_temp_tables import SUMMED, UNFLATTENED, branch_filter


def collect_sources(connection: Connection, branch_ids: set[int] | None) -> None:
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
        f"  FROM branch b CROSS JOIN _rb_month m{where}{UNFLATTENED})"
        " WHERE last_span IS NOT NULL OR last_stat IS NOT NULL"
    )


#: The untyped row's measures from its branch-month's own raw rows, joined by key in :func:`write_untyped_rows`:
#: its monthly statistics (``mo``, where they are its source), the backlog of the last month that had them
#: (``ca``, a month carried after them), its satisfaction survey (``sa``, always). The other measures are 0.
_UNTYPED = {
    "incoming": "mo.incoming", "disposed": "mo.disposed", "pending_end": "coalesce(mo.pending_end, ca.pending_end)",
    "disposition_days_sum": "mo.avg_disposition_days * mo.disposed", "disposition_count": "mo.disposed",
    "scheduling_days_sum": "mo.avg_scheduling_days * mo.incoming", "scheduling_count": "mo.incoming",
    "satisfaction_sum": "sa.average * sa.responses", "satisfaction_responses": "sa.responses",
}  # fmt: skip


def write_untyped_rows(connection: Connection, branch_ids: set[int] | None) -> None:
    """The untyped rows: one per branch-month with a source, so that a quiet month is told from a missing one,
    and one per branch-month with only a satisfaction survey (source ``missing``).

    Each row reads its raw rows by key - the monthly statistics only where they are its source, the carried
    backlog only where it is carried, satisfaction always - so each measure has one partial at most. (They were
    first copied into a temporary table of partials, one per source, then grouped and looked up there: 0.98 s
    against 0.5 s for the 100,000 branch-months of the monthly benchmark's import.) The untyped rows meet a
    case-listing row only if a case had no type (the importer refuses that): merged by the upsert."""
    run = connection.exec_driver_sql
    values = ", ".join(f"coalesce({_UNTYPED[c]}, 0)" if c in _UNTYPED else "0" for c in SUMMED)
    columns = f"branch_id, month_index, case_type, {', '.join(SUMMED)}, scheduling_days_max, source"
    merged = ", ".join(f"{c} = {c} + excluded.{c}" for c in SUMMED)
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
                                  for c in SUMMED)
    run(
        f"INSERT INTO indicator_month ({columns})"
        f" SELECT sa.branch_id, sa.month_index, '', {satisfaction_only}, NULL, 'missing' FROM satisfaction_month sa"
        f" WHERE sa.month_index IN (SELECT month_index FROM _rb_month){branch_filter('sa', branch_ids)}"
        " AND NOT EXISTS (SELECT 1 FROM _rb_src r WHERE r.branch_id = sa.branch_id AND r.month_index = sa.month_index)"
        f"{upsert}"
    )
