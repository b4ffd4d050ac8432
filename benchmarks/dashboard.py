"""Indicator tables on the large demo: the service's `table()` against the raw SQL it rests on.

    python -m benchmarks.dashboard [--db LARGE.sqlite3] [--choices 20] [--runs 5] [--seed 7]

Without --db the large demo (3,000 branches, two years of cases) is generated into a temporary folder first
(`python -m desktop demo --scale large`, in a fresh process). The measurement itself runs in a fresh process:
for `--choices` random (indicator, level, period, case type) choices, each timed `--runs` times after one
warm-up, it takes the median of `IndicatorService.table()` and of the same GROUP BY query (plus the histogram
query for the 90th percentile) executed directly with sqlite3.
Targets: median table() <= 100 ms, and <= 2x the raw SQL. Exits 1 when either is missed.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 100.0
TARGET_RATIO = 2.0
AS_OF = "2026-11-23"


def _choices(
    db: Path, count: int, seed: int
) -> list[tuple[str, str, str, str | None, tuple[str, int] | None]]:
    from desktop.domain.indicators.definitions import INDICATORS
    from desktop.domain.indicators.periods import period_containing_month
    from desktop.domain.jalali import PeriodKind

    connection = sqlite3.connect(db)
    months = [
        row[0] for row in connection.execute("SELECT DISTINCT month_index FROM indicator_month ORDER BY 1")
    ]
    case_types = [
        r[0]
        for r in connection.execute("SELECT DISTINCT case_type FROM indicator_month WHERE case_type <> ''")
    ]
    districts = [row[0] for row in connection.execute("SELECT id FROM district")]
    connection.close()
    rng = random.Random(seed)
    picked = []
    for _ in range(count):
        definition = rng.choice(INDICATORS)
        level = rng.choice(("province", "district", "branch", "branch"))
        kind = rng.choice(list(PeriodKind))
        period = period_containing_month(kind, rng.choice(months[-12:]))
        case_type = rng.choice(case_types) if rng.random() < 0.5 else None
        parent = ("district", rng.choice(districts)) if level == "branch" and rng.random() < 0.5 else None
        picked.append((definition.code, level, period.code, case_type, parent))
    return picked


def _run_raw(raw: sqlite3.Connection, queries: list[tuple[str, dict[str, object]]]) -> None:
    for sql, params in queries:
        raw.execute(sql, params).fetchall()


def measure(db: Path, count: int, runs: int, seed: int) -> dict[str, object]:
    from desktop.domain.indicators.definitions import indicator
    from desktop.domain.jalali import JalaliPeriod
    from desktop.indicators.service import IndicatorService, _stock_month, histogram_query, table_query
    from desktop.store.database import open_database

    database = open_database(db, create=False)
    service = IndicatorService(database)
    latest = service.latest_month()
    raw = sqlite3.connect(db)
    service_ms, raw_ms, cases = [], [], []
    for code, level, period_code, case_type, parent in _choices(db, count, seed):
        period = JalaliPeriod.parse(period_code)
        queries = [table_query(level, period, case_type, parent, _stock_month(period, latest))]
        if indicator(code).needs_histogram:
            queries.append(histogram_query(level, period, case_type, parent))

        run_service = functools.partial(service.table, code, level, period, case_type, parent)
        run_raw = functools.partial(_run_raw, raw, queries)
        timings = []
        for function in (run_service, run_raw):
            function()  # warm-up: page cache, statement cache
            samples = []
            for _ in range(runs):
                started = time.perf_counter()
                function()
                samples.append((time.perf_counter() - started) * 1000)
            timings.append(statistics.median(samples))
        service_ms.append(timings[0])
        raw_ms.append(timings[1])
        cases.append(f"{code:24s} {level:8s} {period_code:8s} {case_type or '*':12s} "
                     f"{timings[0]:7.1f} ms  raw {timings[1]:7.1f} ms")  # fmt: skip
    raw.close()
    database.close()
    return {"service": statistics.median(service_ms), "raw": statistics.median(raw_ms), "cases": cases,
            "service_max": max(service_ms)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the large demo database (generated when missing)")
    parser.add_argument("--choices", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.db, args.choices, args.runs, args.seed), ensure_ascii=False))
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
            [sys.executable, "-m", "benchmarks.dashboard", "--measure", "--db", str(db), "--choices",
             str(args.choices), "--runs", str(args.runs), "--seed", str(args.seed)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
    result = json.loads(child.stdout)
    for line in result["cases"]:
        print("  " + line)
    ratio = result["service"] / result["raw"] if result["raw"] else float("inf")
    print(f"median table(): {result['service']:.1f} ms (target <= {TARGET_MS:.0f} ms; slowest "
          f"{result['service_max']:.1f} ms)")  # fmt: skip
    print(f"median raw SQL: {result['raw']:.1f} ms; ratio {ratio:.2f} (target <= {TARGET_RATIO:.1f})")
    from benchmarks.common import Figure, report

    return report([Figure("dashboard", "indicator table through the service (median of choices)", result["service"],
                          "ms", result["raw"], "its raw SQL", target_ratio=TARGET_RATIO, target_value=TARGET_MS,
                          note=f"slowest {result['service_max']:.1f} ms")])


if __name__ == "__main__":
    raise SystemExit(main())
