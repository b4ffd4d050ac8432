"""A rebuild's case-listing measures: the typed rows of ``indicator_month`` and ``disposition_histogram`` of the
branch-months whose source is a case listing or that carry one forward (the sources:
desktop/indicators/rebuild_sources.py), and the stays of the cases that changed branch.

Each partial (registration month, disposal month and its histogram, withdrawals and moves, ages) is grouped once
into a temporary table keyed like ``indicator_month`` - by one integer that packs (branch, month, case type),
the case type numbered in text order (``Keys`` in desktop/indicators/rebuild_keys.py, ``_rb_type``); a pass over
every (branch, case type) × month of the span takes the backlog as a running sum of the flows (a window function
over narrow rows, ``_rb_pend``), and a last one writes the typed rows in key order, their partials looked up.
(docs/indicators.md "Bulk speed" has the measurements.)"""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.domain.indicators.definitions import BUCKET_DAYS, MAX_BUCKET
from desktop.indicators.rebuild_keys import Keys, keyed, upsert
from desktop.indicators.rebuild_progress import REBUILD_WEIGHTS, Steps
from desktop.indicators.rebuild_temp_tables import SUMMED, UNFLATTENED, branch_filter


def collect_segments(connection: Connection, branch_ids: set[int] | None) -> bool:
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
#: The steps of :func:`collect_cases` (desktop/indicators/rebuild_progress.py), in order.
CASE_STEPS = ("types", "registration", "disposal", "withdrawals", "base", "ages", "backlog", "typed rows",
              "histogram")


def _collect_types(connection: Connection, branch_ids: set[int] | None, moved: bool) -> Keys:
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
    return Keys(first, count, max(1, run("SELECT count(*) FROM _rb_type").scalar()))


def collect_cases(connection: Connection, branch_ids: set[int] | None, moved: bool,
                  steps: Steps | None = None) -> None:
    """Case-listing measures, written to ``indicator_month`` (typed rows) and ``disposition_histogram`` for the
    branch-months whose source is a case listing or that carry one forward. ``moved``: some cases changed branch
    (``_rb_seg`` holds their stays); their registration counts in the branch that registered them, their pending
    months in the branch holding them.

    Each partial goes to a table of its own keyed like ``indicator_month`` (registration month, disposal month,
    withdrawals and moves, ages), by one integer (:class:`Keys`); one statement walks every (branch, case type) x
    month of the span and takes the backlog as a running sum (window function) of the flows it looks up, one more
    writes the rows in key order - no sort of the partial rows, no merge of a million rows into one table.
    ``steps`` hears as each of :data:`CASE_STEPS` ends."""
    run = connection.exec_driver_sql
    steps = steps or Steps(None, REBUILD_WEIGHTS)
    where = branch_filter("c", branch_ids)
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
    steps.ended("types")
    typed = " JOIN _rb_type y ON y.case_type = c.case_type"
    for name, columns in (("_rb_reg", _REG_COLUMNS), ("_rb_disp", _DISP_COLUMNS), ("_rb_move", _MOVE_COLUMNS),
                          ("_rb_age", _AGE_COLUMNS)):
        run(keyed(name, columns))
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
        f"  WHERE 1 = 1{origin_where}{UNFLATTENED}"
        ") GROUP BY k"
    )
    steps.ended("registration")
    # Disposition month, per histogram bucket: the histogram, then disposed, time to disposition, hearings.
    run(
        "INSERT INTO _rb_hist SELECT k,"
        f" min(CAST(days AS INTEGER) / {BUCKET_DAYS}, {MAX_BUCKET}) AS bucket, count(*), sum(days),"
        " coalesce(sum(hearings), 0), count(hearings) FROM ("
        f"  SELECT {keys.of('c.branch_id', 'd.month_index', 'y.code')} AS k, c.hearings,"
        "    d.julian - julianday(c.registered_on) AS days"
        f"  FROM {cases} JOIN _rb_day d ON d.day = c.disposed_on{typed}"
        f"  WHERE 1 = 1{where}{UNFLATTENED}"
        ") GROUP BY k, bucket"
    )
    run(
        f"INSERT INTO _rb_disp (k, {', '.join(_DISP_COLUMNS)})"
        " SELECT k, sum(n), sum(days), sum(n), sum(hearings), sum(hearings_n) FROM _rb_hist GROUP BY k"
    )
    steps.ended("disposal")
    # Withdrawal month: cases a newer snapshot no longer held (only pending ones are ever withdrawn).
    run(
        "INSERT INTO _rb_move (k, withdrawn)"
        f" SELECT {keys.of('c.branch_id', 'd.month_index', 'y.code')} AS k, count(*)"
        f" FROM {cases} JOIN _rb_day d ON d.day = c.withdrawn_on{typed}"
        f" WHERE c.disposed_on IS NULL{where} GROUP BY k"
    )
    if moved:  # moves: out of one branch and into the other in the month of the export that showed them
        for column, branch in (("transferred_out", "from_branch_id"), ("transferred_in", "to_branch_id")):
            run(upsert(
                "_rb_move", (column,),
                f"SELECT {keys.of(f't.{branch}', 'd.month_index', 'y.code')} AS k, count(*)"
                " FROM case_transfer t JOIN case_record c ON c.id = t.case_id JOIN _rb_day d ON d.day = t.moved_on"
                f"{typed} WHERE 1 = 1{branch_filter('t', branch_ids).replace('t.branch_id', f't.{branch}')}"
                " GROUP BY k",
            ))
    steps.ended("withdrawals")
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
            f"{branch_filter('s', branch_ids)} GROUP BY s.branch_id, y.code"
            " ON CONFLICT (branch_id, code) DO UPDATE SET base = base + excluded.base",
            {"first": first_day},
        )
    for name in ("_rb_reg", "_rb_disp", "_rb_move"):
        run(f"INSERT OR IGNORE INTO _rb_key SELECT DISTINCT {keys.branch('k')}, {keys.code('k')}, 0 FROM {name}")
    steps.ended("base")
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
        run(upsert(
            "_rb_age", _AGE_COLUMNS,
            f"SELECT {keys.of('s.branch_id', 'm.month_index', 'y.code')} AS k, count(*),"
            " sum(s.registered_on < m.cut365), sum(s.registered_on < m.cut730)"
            " FROM _rb_seg s JOIN case_record c ON c.id = s.case_id JOIN _rb_type y ON y.case_type = s.case_type"
            " CROSS JOIN _rb_month m ON m.cut180 > s.registered_on AND s.start_on <= m.last_day"
            "   AND coalesce(s.end_on, c.disposed_on, c.withdrawn_on, '9999-12-31') > m.last_day"
            f" WHERE 1 = 1{branch_filter('s', branch_ids)} GROUP BY k",
        ))
    steps.ended("ages")
    # Every (branch, case type) x month of the span: its partials are looked up, the backlog is the base plus
    # the running sum of the flows (window function), and a row is written where the old
    # partial-rows design had one: some partial, or cases pending. Only where the branch-month's source is a
    # case listing or carries one forward.
    key = keys.of("k.branch_id", "m.month_index", "k.code")
    summed = [c for c in SUMMED if c not in ("pending_end", "pending_age_base", "satisfaction_sum",
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
    steps.ended("backlog")
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
    steps.ended("typed rows")
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
    steps.ended("histogram")
