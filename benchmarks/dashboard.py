"""Indicator tables on the large demo: every (indicator, level, period, case type) through the service, beside
the raw SQL it rests on.

    python -m benchmarks.dashboard [--db LARGE.sqlite3] [--runs 1] [--retime 100]

Without --db the large demo (3,000 branches, two years of cases) is generated into a temporary folder first
(`python -m desktop demo --scale large`, in a fresh process). The measurement itself runs in a fresh process
over EVERY combination of indicator (17), level (province, district, all branches), period and case type (each
one and all): the periods are, for each kind (month, quarter, half, year), the one holding the latest month with
data, and the last whole year before it (12 months: the widest scan). Each combination is timed ``--runs``
times through ``IndicatorService.table()`` and as its raw SQL (the queries the service reads, executed directly
with sqlite3; timed once for all the indicators that share them), alternately, after a warm-up of the first combinations; one slower than ``--retime`` ms of CPU time is timed twice more (both sides) and its figure is the median
of its runs (a busy spell on the shared machine is not the service's time). Each call's CPU time (this
process: Python and SQLite, which runs in the calling thread; the page cache is warm) is what the targets are
judged on - on a machine of its own the wall time is that - and the wall time is shown beside it.

"Raw SQL" is what the service itself reads: for a branch table, the aggregate query over ``indicator_month``
(``table_query``) plus the histogram query for the 90th percentile - or, for a span the branch spans hold
(migration 0016: a quarter, half or year, the latest month, the rolling window ending with it), the one read
of ``indicator_branch_span``; for a district or province table, since the
roll-ups (migration 0015), the aggregate query over ``indicator_rollup_month``, the coverage query over
``indicator_rollup_coverage`` and, for the 90th percentile, ``indicator_rollup_histogram`` - so the ratio still
says what the service adds to the scans it cannot avoid. The branch-row SQL the district and province tables
needed before the roll-ups is timed once per distinct query, after the timed pairs (run between them it left the
next view to run with cold caches), and printed as information.

The service keeps what only a write changes - the units and their branches, the latest month, which spans are
stored, and a period's completeness (``indicator_rollup_coverage`` read into each unit's complete and incomplete
branches) - per data generation (desktop/indicators/read_cache.py); the combinations above run as a person
flipping through views would, so most views find a period's completeness kept by an earlier indicator's view,
while the raw SQL reads the coverage every time. So a second pass times every combination once more as the first
view after a write (everything kept dropped before each call; one slower than ``--retime`` timed twice more, the
median kept, as above) and prints it beside the raw SQL.

Targets (issue 13): p95 of table() over the combinations <= 100 ms and the slowest <= 250 ms, both as timed and
as the first view after a write; and the median <= 2x its raw SQL (the service adds ranking and completeness, not
a second scan). Exits 1 when one is missed.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_P95_MS = 100.0
TARGET_MAX_MS = 250.0
TARGET_RATIO = 2.0
AS_OF = "2026-11-23"
LEVELS = ("province", "district", "branch")


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (p95 of 100 values is the 95th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def combinations(db: Path) -> list[tuple[str, str, str, str | None]]:
    """(indicator, level, period code, case type) for every indicator, level, recent period and case type."""
    from desktop.domain.indicators.definitions import INDICATORS
    from desktop.domain.indicators.periods import last_periods
    from desktop.domain.jalali import PeriodKind

    connection = sqlite3.connect(db)
    latest = connection.execute("SELECT max(month_index) FROM indicator_month").fetchone()[0]
    case_types = [row[0] for row in connection.execute(
        "SELECT DISTINCT case_type FROM indicator_month WHERE case_type <> '' ORDER BY 1")]
    connection.close()
    periods = [last_periods(kind, latest, 1)[0].code for kind in PeriodKind]
    periods.append(last_periods(PeriodKind.YEAR, latest, 2)[0].code)
    return [(definition.code, level, period, case_type) for definition in INDICATORS for level in LEVELS
            for period in periods for case_type in (None, *case_types)]


def _run_raw(raw: sqlite3.Connection, queries: list[tuple[str, dict[str, object]]]) -> None:
    for sql, params in queries:
        raw.execute(sql, params).fetchall()


def _time(function: functools.partial) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call (SQLite runs in this thread: its work is in the CPU time)."""
    started, cpu = time.perf_counter(), time.process_time()
    function()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def measure(db: Path, runs: int, retime_ms: float) -> dict[str, object]:
    from desktop.domain.indicators.definitions import indicator
    from desktop.domain.indicators.periods import first_month_index, last_month_index
    from desktop.domain.jalali import JalaliPeriod
    from desktop.indicators import read_cache
    from desktop.indicators.period_months import period_stock_month as _stock_month
    from desktop.indicators.rollup_read import (
        rollup_coverage_query,
        rollup_histogram_query,
        rollup_table_query,
        uses_rollups,
    )
    from desktop.indicators.service import IndicatorService
    from desktop.indicators.span_read import span_stored, span_table_query
    from desktop.indicators.table_sql import histogram_query, table_query
    from desktop.store.database import open_database

    database = open_database(db, create=False)
    service = IndicatorService(database)
    latest = service.latest_month()
    raw = sqlite3.connect(db)
    span_connection = database.engine.connect()
    chosen = combinations(db)
    calls = []
    for code, level, period_code, case_type in chosen:
        period = JalaliPeriod.parse(period_code)
        definition = indicator(code)
        stock = _stock_month(period, latest)
        first = stock - definition.window_months + 1 if definition.window_months else None
        branch_rows = [table_query(level, period, case_type, None, stock, first)]
        if definition.needs_histogram:
            branch_rows.append(histogram_query(level, period, case_type, None))
        queries = branch_rows
        if uses_rollups(level, None):  # what the service reads for a district or province table
            window_first = first if first is not None else first_month_index(period)
            queries = [rollup_table_query(level, case_type, None, window_first, stock),
                       rollup_coverage_query(level, None, window_first, stock)]
            if definition.needs_histogram:
                queries.append(rollup_histogram_query(level, case_type, None, first_month_index(period),
                                                      last_month_index(period)))
        elif level == "branch" and span_stored(span_connection, window_first := (
                first if first is not None else first_month_index(period)), stock, definition.needs_histogram):
            queries = [span_table_query(case_type, None, window_first, stock)]  # since the spans (migration 0016)
        calls.append((functools.partial(service.table, code, level, period, case_type),
                      functools.partial(_run_raw, raw, queries), functools.partial(_run_raw, raw, branch_rows)))
    for run_service, run_raw, _ in calls[:20]:  # warm-up: page cache, statement cache
        run_service()
        run_raw()
    results = []
    raw_timed: dict[str, list[tuple[float, float]]] = {}  # indicators that share one query share its timing
    branch_timed: dict[str, float] = {}  # the branch-row SQL of a district or province table (information)
    for (code, level, period_code, case_type), (run_service, run_raw, _) in zip(chosen, calls, strict=True):
        key = json.dumps(run_raw.args[1], ensure_ascii=False, sort_keys=True, default=str)
        service_ms = [_time(run_service) for _ in range(runs)]
        raw_ms = raw_timed.setdefault(key, [_time(run_raw) for _ in range(runs)])
        if statistics.median(t[1] for t in service_ms) > retime_ms:
            for _ in range(2):
                service_ms.append(_time(run_service))
                raw_ms.append(_time(run_raw))
        results.append((code, level, period_code, case_type or "*",
                        statistics.median(t[1] for t in service_ms), statistics.median(t[1] for t in raw_ms),
                        statistics.median(t[0] for t in service_ms), statistics.median(t[0] for t in raw_ms)))
    # After the timed pairs, not between them: a branch-row query (60-400 ms) left the next view to run with cold
    # caches (the service of the first indicator of every level, period and case type, ~8% of the combinations).
    for (_, level, _, _), (_, _, run_branch) in zip(chosen, calls, strict=True):
        if level != "branch":
            branch_key = json.dumps(run_branch.args[1], ensure_ascii=False, sort_keys=True, default=str)
            if branch_key not in branch_timed:
                branch_timed[branch_key] = _time(run_branch)[1]
    cold_ms = []  # each view as the first after a write: nothing the service keeps per data generation
    for run_service, _, _ in calls:
        cold = []
        while len(cold) < (1 if not cold or cold[0] <= retime_ms else 3):  # the same rule: a slow one thrice
            read_cache.forget(database)
            cold.append(_time(run_service)[1])
        cold_ms.append(statistics.median(cold))
    raw.close()
    span_connection.close()
    database.close()
    return {"results": results, "branch_rows_ms": sorted(branch_timed.values()), "cold_ms": cold_ms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the large demo database (generated when missing)")
    parser.add_argument("--runs", type=int, default=1, help="timed runs of each combination (median)")
    parser.add_argument("--retime", type=float, default=TARGET_P95_MS,
                        help="a combination slower than this (ms) is timed twice more")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.db, args.runs, args.retime), ensure_ascii=False))
        return 0
    with tempfile.TemporaryDirectory(prefix="rasad-dashboard-") as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "large.sqlite3"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "desktop", "demo", "--scale", "large", "--db", str(db),
                            "--as-of", AS_OF], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
            print(f"large demo generated in {time.perf_counter() - started:.1f} s")
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.dashboard", "--measure", "--db", str(db), "--runs", str(args.runs),
             "--retime", str(args.retime)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
    measured = json.loads(child.stdout)
    results = measured["results"]
    branch_rows_ms = measured["branch_rows_ms"]
    cold_ms = measured["cold_ms"]
    service_ms = [row[4] for row in results]
    raw_ms = [row[5] for row in results]
    print(f"{len(results)} combinations (indicator x level x period x case type), {args.runs} run(s) each, "
          f"3 or more when slower than {args.retime:g} ms of CPU time")
    print("slowest ten (CPU time; wall time in brackets):")
    for code, level, period, case_type, service, raw, wall, raw_wall in sorted(results, key=lambda r: -r[4])[:10]:
        print(f"  {code:24s} {level:8s} {period:8s} {case_type:12s} {service:7.1f} ms ({wall:7.1f})  "
              f"raw {raw:7.1f} ms ({raw_wall:7.1f})")
    p95, p95_raw = percentile(service_ms, 0.95), percentile(raw_ms, 0.95)
    slowest = max(results, key=lambda row: row[4])
    median, median_raw = statistics.median(service_ms), statistics.median(raw_ms)
    wall_ms = [row[6] for row in results]
    print(f"table() CPU time: median {median:.1f} ms, p95 {p95:.1f} ms (target <= {TARGET_P95_MS:.0f}), "
          f"max {slowest[4]:.1f} ms (target <= {TARGET_MAX_MS:.0f}); raw SQL median {median_raw:.1f} ms, "
          f"p95 {p95_raw:.1f} ms, max {max(raw_ms):.1f} ms")
    for level in LEVELS:  # information: where the time goes
        of_level = [row for row in results if row[1] == level]
        if of_level:
            print(f"  {level:8s}: p95 {percentile([row[4] for row in of_level], 0.95):6.1f} ms, max "
                  f"{max(row[4] for row in of_level):6.1f} ms, raw SQL p95 "
                  f"{percentile([row[5] for row in of_level], 0.95):6.1f} ms ({len(of_level)} combinations)")
    if branch_rows_ms:
        print(f"information: the same district and province tables' SQL over the branch rows (before the roll-ups):"
              f" median {statistics.median(branch_rows_ms):.1f} ms, p95 {percentile(branch_rows_ms, 0.95):.1f} ms,"
              f" max {max(branch_rows_ms):.1f} ms ({len(branch_rows_ms)} distinct queries)")
    print(f"table() wall time: median {statistics.median(wall_ms):.1f} ms, p95 {percentile(wall_ms, 0.95):.1f} ms, "
          f"max {max(wall_ms):.1f} ms")
    print(f"information: each view as the first after a write (the service's per-generation facts dropped before"
          f" every call; thrice when slower than {args.retime:g} ms): median {statistics.median(cold_ms):.1f} ms,"
          f" p95 {percentile(cold_ms, 0.95):.1f} ms, max {max(cold_ms):.1f} ms")
    from benchmarks.common import Figure, report

    note = f"{len(results)} combinations, CPU time"
    return report([
        Figure("dashboard", "indicator table through the service, p95 of every combination", p95, "ms", p95_raw,
               "raw SQL p95", target_value=TARGET_P95_MS, note=note),
        Figure("dashboard", "indicator table through the service, slowest combination", slowest[4], "ms",
               slowest[5], "its raw SQL", target_value=TARGET_MAX_MS, note=" ".join(map(str, slowest[:4]))),
        Figure("dashboard", "indicator table through the service, median", median, "ms", median_raw,
               "raw SQL median", target_ratio=TARGET_RATIO, note=note),
        Figure("dashboard", "indicator table, first view after a write (nothing cached), median",
               statistics.median(cold_ms), "ms", median_raw, "raw SQL median", note=note),
        Figure("dashboard", "indicator table, first view after a write (nothing cached), p95",
               percentile(cold_ms, 0.95), "ms", p95_raw, "raw SQL p95", target_value=TARGET_P95_MS, note=note),
        Figure("dashboard", "indicator table, first view after a write (nothing cached), slowest", max(cold_ms),
               "ms", max(raw_ms), "raw SQL max", target_value=TARGET_MAX_MS, note=note),
        Figure("dashboard", "indicator table through the service, p95 wall time (shared machine)",
               percentile(wall_ms, 0.95), "ms", percentile([row[7] for row in results], 0.95), "raw SQL p95",
               note=f"max {max(wall_ms):.1f} ms"),
    ])


if __name__ == "__main__":
    raise SystemExit(main())
