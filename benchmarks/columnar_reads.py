"""Design study for issue 13, item 3, the reading side: could a columnar derived store answer a branch table in time?

    python -m benchmarks.import_cases --runs 1 --keep DIR     # once: the listing, its set-up and Rasad's import
    python -m benchmarks.columnar_reads --keep DIR [--runs 5]

``benchmarks.derived_store_floor`` found that only a columnar store (one row per branch and case type, its months'
measures and its disposal-time histogram as blobs, no spans and no roll-ups) leaves room for a million-row import
in 3 x its baseline. Such a store sums a period on reading. This study times that reading beside what Rasad reads
today, on the kept import's 3,000 branches: not part of ``make benchmark`` (it needs the kept import and times a
layout Rasad does not have).

* columnar: the rows ``derived_store_floor`` writes for that layout (doubles, month by measure; histogram triples),
  in a scratch file beside the kept one; a branch table of the month, quarter and year holding the latest month
  (its months up to that one) - one case type
  (3,000 blobs) and all types (every branch's types summed: 15,000 blobs) - read and computed with numpy row by row:
  every measure summed over the span's months and the 90th percentile band of the merged histogram, per branch.
* today: ``IndicatorService.table()`` of the 90th percentile of time to disposition (the one indicator that reads
  histograms) at branch level for the same periods and case types, on the kept import's database (its spans and
  roll-ups stored by the import).

The table the service returns carries more than the study computes (names, completeness, ranks); the columnar
figure is the least a reader of that layout would spend, not all of it.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from benchmarks.common import Figure, report
from benchmarks.derived_store_floor import _COLUMNAR_DDL, _MONTHS, _columnar

BENCHMARK = "columnar_reads"
#: The 5-day bands of the disposal-time histogram (desktop/indicators/rebuild_cases.py: 0 … 730).
BANDS = 731
#: The periods timed, each the one holding the latest month: its months up to that one.
SPANS = ("month", "quarter", "year")


def _scratch_store(stored: Path, scratch: Path) -> int:
    """The columnar layout's rows of the kept import, written into ``scratch`` (untimed); the number of measures."""
    with sqlite3.connect(stored) as source:
        columns = [row[1] for row in source.execute(f'PRAGMA table_info("{_MONTHS}")')]
        months = source.execute(f'SELECT * FROM "{_MONTHS}"').fetchall()
    rows = _columnar({_MONTHS: (columns, months)}, stored)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(scratch) as connection:
        connection.execute(_COLUMNAR_DDL)
        connection.executemany("INSERT INTO columnar_measures VALUES (?, ?, ?, ?, ?)", rows)
    return len(columns) - 3


def columnar_table(connection: sqlite3.Connection, measures: int, first: int, last: int,
                   case_type: str | None) -> dict[int, tuple[np.ndarray, int | None]]:
    """Per branch: every measure summed over ``first..last`` and the 90th percentile band, from the blobs of one
    case type (or of every type, summed per branch)."""
    where, named = ("case_type = ?", (case_type,)) if case_type is not None else ("case_type <> ''", ())
    sums: dict[int, np.ndarray] = {}
    bands: dict[int, np.ndarray] = {}
    for branch, start, matrix, histogram in connection.execute(
            f"SELECT branch_id, first_month, months, histogram FROM columnar_measures WHERE {where}", named):
        values = np.frombuffer(matrix).reshape(-1, measures)[max(first - start, 0):max(last - start + 1, 0)]
        total = values.sum(axis=0)
        sums[branch] = sums[branch] + total if branch in sums else total
        triples = np.frombuffer(histogram, dtype=np.uint32).reshape(-1, 3)
        inside = triples[(triples[:, 0] >= first) & (triples[:, 0] <= last)]
        if len(inside):
            counted = np.bincount(inside[:, 1], weights=inside[:, 2], minlength=BANDS)
            bands[branch] = bands[branch] + counted if branch in bands else counted
    table = {}
    for branch, total in sums.items():
        counted = bands.get(branch)
        p90 = None
        if counted is not None:
            running = np.cumsum(counted)
            p90 = int(np.searchsorted(running, 0.9 * running[-1]))
        table[branch] = (total, p90)
    return table


def columnar_table_at_once(connection: sqlite3.Connection, measures: int, first: int, last: int,
                           case_type: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """What :func:`columnar_table` computes, with every blob joined and cut once: the branches, their summed
    measures (branch by measure) and their 90th percentile bands (-1: no disposal in the span)."""
    where, named = ("case_type = ?", (case_type,)) if case_type is not None else ("case_type <> ''", ())
    rows = connection.execute(
        f"SELECT branch_id, first_month, months, histogram FROM columnar_measures WHERE {where}", named).fetchall()
    branch_ids = np.fromiter((row[0] for row in rows), np.int64, len(rows))
    branches, owner = np.unique(branch_ids, return_inverse=True)
    # The measures: every unit's months one after another, each month's row tagged with its unit and month.
    lengths = np.fromiter((len(row[2]) // (8 * measures) for row in rows), np.int64, len(rows))
    starts = np.fromiter((row[1] for row in rows), np.int64, len(rows))
    values = np.frombuffer(b"".join(row[2] for row in rows)).reshape(-1, measures)
    unit_of_month = np.repeat(np.arange(len(rows)), lengths)
    month = np.repeat(starts, lengths) + (np.arange(len(values)) - np.repeat(np.cumsum(lengths) - lengths, lengths))
    inside = (month >= first) & (month <= last)
    who = owner[unit_of_month[inside]]
    kept = values[inside]
    sums = np.stack([np.bincount(who, weights=kept[:, column], minlength=len(branches))
                     for column in range(measures)], axis=1)
    # The histograms: (month, band, count) triples, each tagged with its branch, merged per branch.
    counts = np.fromiter((len(row[3]) // 12 for row in rows), np.int64, len(rows))
    triples = np.frombuffer(b"".join(row[3] for row in rows), dtype=np.uint32).reshape(-1, 3)
    triple_owner = np.repeat(owner, counts)
    chosen = (triples[:, 0] >= first) & (triples[:, 0] <= last)
    grid = np.bincount(triple_owner[chosen] * BANDS + triples[chosen, 1], weights=triples[chosen, 2],
                       minlength=len(branches) * BANDS).reshape(len(branches), BANDS)
    running = np.cumsum(grid, axis=1)
    p90 = np.where(running[:, -1] > 0, (running >= 0.9 * running[:, -1:]).argmax(axis=1), -1)
    return branches, sums, p90


def _median_ms(function: Callable[[], object], runs: int) -> float:
    function()  # warm: page cache, statement cache
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, required=True, help="the folder of `import_cases --keep`")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    stored = args.keep / "rasad.sqlite3"
    if not stored.is_file():
        print(f"{stored} is missing: run `python -m benchmarks.import_cases --runs 1 --keep {args.keep}` first",
              file=sys.stderr)
        return 2
    from desktop.domain.indicators.periods import first_month_index, period_containing_month
    from desktop.domain.jalali import PeriodKind
    from desktop.indicators.service import IndicatorService
    from desktop.store.database import open_database

    scratch = args.keep / "columnar.sqlite3"
    print("packing the kept import's months and histograms into the columnar layout ...", flush=True)
    measures = _scratch_store(stored, scratch)
    database = open_database(stored, create=False)
    service = IndicatorService(database)
    latest = service.latest_month()
    case_type = service.case_types()[0]
    columnar = sqlite3.connect(scratch)
    figures = []
    for kind in SPANS:
        period = period_containing_month(PeriodKind(kind), latest)
        first = first_month_index(period)
        label = f"{period.code} ({latest - first + 1} months)"
        for types, chosen in ((f"one case type ({case_type})", case_type), ("all case types", None)):
            one_by_one = _median_ms(lambda first=first, chosen=chosen: columnar_table(
                columnar, measures, first, latest, chosen), args.runs)
            at_once = _median_ms(lambda first=first, chosen=chosen: columnar_table_at_once(
                columnar, measures, first, latest, chosen), args.runs)
            today = _median_ms(lambda period=period, chosen=chosen: service.table(
                "p90_time_to_disposition", "branch", period, chosen), args.runs)
            for how, read in (("blob by blob", one_by_one), ("all blobs at once", at_once)):
                figures.append(Figure(
                    BENCHMARK, f"branch table of {label}, {types}, columnar, {how}", read / 1000, "s",
                    today / 1000, "IndicatorService.table() today (spans stored)",
                    note=f"information; median of {args.runs}"))
            print(f"{label}, {types}: columnar blob by blob {one_by_one:.1f} ms, at once {at_once:.1f} ms,"
                  f" today's service {today:.1f} ms", flush=True)
    columnar.close()
    database.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    report(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
