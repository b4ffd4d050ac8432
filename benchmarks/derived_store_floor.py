"""Design study for issue 13, item 3: how small must the derived store be for a million-row import to fit in 3 x?

    python -m benchmarks.import_cases --runs 1 --keep DIR     # once: the listing, its set-up and Rasad's import
    python -m benchmarks.derived_store_floor --keep DIR [--runs 2]

Not part of ``make benchmark`` (it needs a kept million-row import, and it times storage layouts Rasad does not
have): it measures what the import of ``benchmarks.import_cases`` could at best cost with each layout, to choose
the next one with figures rather than guesses.

Each layout is timed as that benchmark's floor (f) is: the CSV read by ``csv.reader``, then the rows written into a
fresh copy of the set-up database in one transaction (WAL, synchronous=FULL), the tables' indexes dropped before
and built after, foreign keys off. No checking and no computing: the rows are those Rasad's import stored, read
from the kept database (or packed from them) outside the timing. The physical baseline of issue 13 (``csv.reader``
and one ``executemany`` into an unindexed table) runs beside each layout, alternating, and every ratio is to the
baseline of its own round.

Layouts:
* ``cases``: ``case_record`` with its indexes - storing the file before any figure.
* ``cases + months``: and ``indicator_month``, nothing else derived (no histogram, no spans, no roll-ups).
* ``today``: every table the import fills.
* ``histogram packed``: today's tables, ``disposition_histogram`` as one row per branch, month and case type (its
  buckets and counts as one blob).
* ``columnar``: the cases, and one row per branch and case type holding every month's measures (a matrix of
  doubles) and its disposal-time histogram (month, bucket, count triples) as blobs; no spans, no roll-ups (they
  would be summed on reading).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import struct
import sys
import time
from array import array
from collections import defaultdict
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

from benchmarks.common import Figure, report

BENCHMARK = "derived_store_floor"
_CASES = "case_record"
_MONTHS = "indicator_month"
_HISTOGRAM = "disposition_histogram"
_PACKED_HISTOGRAM_DDL = (
    "CREATE TABLE packed_histogram (branch_id INTEGER NOT NULL, month_index INTEGER NOT NULL, "
    "case_type VARCHAR(100) NOT NULL, histogram BLOB NOT NULL, PRIMARY KEY (branch_id, month_index, case_type))"
    " WITHOUT ROWID")
_COLUMNAR_DDL = (
    "CREATE TABLE columnar_measures (branch_id INTEGER NOT NULL, case_type VARCHAR(100) NOT NULL, "
    "first_month INTEGER NOT NULL, months BLOB NOT NULL, histogram BLOB NOT NULL, "
    "PRIMARY KEY (branch_id, case_type)) WITHOUT ROWID")
_SOURCES = {"cases": 0, "monthly": 1, "carried": 2, "missing": 3, "satisfaction": 4}

Rows = dict[str, tuple[list[str], list[tuple]]]


def _filled_tables(template: Path, stored: Path) -> Rows:
    """Every table empty in the set-up database and filled by the import, with its columns and rows."""
    with sqlite3.connect(template) as connection:
        names = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        empty = [name for name in names if connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0]
    rows: Rows = {}
    with sqlite3.connect(stored) as source:
        for name in empty:
            columns = [row[1] for row in source.execute(f'PRAGMA table_info("{name}")')]
            fetched = source.execute(f'SELECT * FROM "{name}"').fetchall()
            if fetched:
                rows[name] = (columns, fetched)
    return rows


def _packed_histogram(stored: Path) -> list[tuple]:
    with sqlite3.connect(stored) as source:
        ordered = source.execute(f"SELECT branch_id, month_index, case_type, bucket, count FROM {_HISTOGRAM}"
                                 " ORDER BY 1, 2, 3, 4").fetchall()
    packed = []
    for key, group in groupby(ordered, key=lambda row: row[:3]):
        buckets = list(group)
        packed.append((*key, struct.pack(f"<{len(buckets)}H{len(buckets)}I", *(row[3] for row in buckets),
                                         *(row[4] for row in buckets))))
    return packed


def _columnar(rows: Rows, stored: Path) -> list[tuple]:
    """One row per branch and case type: its months' measures as doubles (month by measure, the first month in a
    column of its own) and its histogram as (month, bucket, count) triples."""
    columns, months = rows[_MONTHS]
    measures = [i for i, name in enumerate(columns) if name not in ("branch_id", "month_index", "case_type")]
    month_at, type_at, branch_at = (columns.index(name) for name in ("month_index", "case_type", "branch_id"))
    source_at = columns.index("source")
    by_unit: dict[tuple[int, str], list[tuple]] = defaultdict(list)
    for row in months:
        by_unit[(row[branch_at], row[type_at])].append(row)
    histograms: dict[tuple[int, str], array] = defaultdict(lambda: array("I"))
    with sqlite3.connect(stored) as source:
        for branch, month, case_type, bucket, count in source.execute(
                f"SELECT branch_id, month_index, case_type, bucket, count FROM {_HISTOGRAM}"):
            histograms[(branch, case_type)].extend((month, bucket, count))
    packed = []
    for (branch, case_type), unit_rows in by_unit.items():
        unit_rows.sort(key=lambda row: row[month_at])
        first, last = unit_rows[0][month_at], unit_rows[-1][month_at]
        matrix = array("d", [0.0] * ((last - first + 1) * len(measures)))
        for row in unit_rows:
            base = (row[month_at] - first) * len(measures)
            for offset, i in enumerate(measures):
                value = row[i]
                matrix[base + offset] = _SOURCES[value] if i == source_at else (value if value is not None else -1.0)
        packed.append((branch, case_type, first, matrix.tobytes(), histograms[(branch, case_type)].tobytes()))
    return packed


def _fresh(path: Path, template: Path | None) -> sqlite3.Connection:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if template is not None:
        shutil.copyfile(template, path)
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"):
        connection.execute(pragma).fetchall()
    return connection


def _read_csv(csv_path: Path) -> int:
    with csv_path.open(encoding="utf-8-sig", newline="") as file:
        return sum(1 for _ in csv.reader(file))


def physical_baseline(csv_path: Path, target: Path) -> float:
    """Issue 13's baseline: ``csv.reader`` over the file and one ``executemany`` into an unindexed table."""
    connection = _fresh(target, None)
    connection.execute("CREATE TABLE listing (a, b, c, d, e, f, g, h)")
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file)
        next(reader)
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO listing VALUES (?, ?, ?, ?, ?, ?, ?, ?)", reader)
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def write_layout(template: Path, target: Path, csv_path: Path, tables: Rows,
                 extra: list[tuple[str, str, list[tuple]]]) -> tuple[float, int]:
    """Seconds to read the file and store ``tables`` and ``extra`` (DDL, insert, rows); bytes of file and log."""
    connection = _fresh(target, template)
    names = list(tables)
    placeholders = ", ".join("?" for _ in names)
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({placeholders})", names).fetchall()
    for ddl, _, _ in extra:
        connection.execute(ddl)
    started = time.perf_counter()
    _read_csv(csv_path)
    connection.execute("BEGIN")
    for name, _ in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    for name, (columns, rows) in tables.items():
        connection.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" for _ in columns)})', rows)
    for _, insert, rows in extra:
        connection.executemany(insert, rows)
    for _, sql in indexes:
        connection.execute(sql)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    size = sum(os.path.getsize(f"{target}{suffix}") for suffix in ("", "-wal") if os.path.exists(f"{target}{suffix}"))
    connection.close()
    return elapsed, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, required=True, help="the folder of `import_cases --keep`")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    template, stored, csv_path = (args.keep / name for name in ("template.sqlite3", "rasad.sqlite3", "cases.csv"))
    for needed in (template, stored, csv_path):
        if not needed.is_file():
            print(f"{needed} is missing: run `python -m benchmarks.import_cases --runs 1 --keep {args.keep}` first",
                  file=sys.stderr)
            return 2
    print("reading the kept import's rows and packing them ...", flush=True)
    tables = _filled_tables(template, stored)
    derived_rows = sum(len(rows) for name, (_, rows) in tables.items() if name != _CASES)
    histogram = _packed_histogram(stored)
    columnar = _columnar(tables, stored)
    histogram_insert = "INSERT INTO packed_histogram VALUES (?, ?, ?, ?)"
    layouts: dict[str, Callable[[], tuple[Rows, list[tuple[str, str, list[tuple]]]]]] = {
        "cases": lambda: ({_CASES: tables[_CASES]}, []),
        "cases + months": lambda: ({_CASES: tables[_CASES], _MONTHS: tables[_MONTHS]}, []),
        "today": lambda: (tables, []),
        "histogram packed": lambda: ({name: rows for name, rows in tables.items() if name != _HISTOGRAM},
                                     [(_PACKED_HISTOGRAM_DDL, histogram_insert, histogram)]),
        "columnar": lambda: ({_CASES: tables[_CASES]},
                             [(_COLUMNAR_DDL, "INSERT INTO columnar_measures VALUES (?, ?, ?, ?, ?)", columnar)]),
    }
    derived_count = {"cases": 0, "cases + months": len(tables[_MONTHS][1]), "today": derived_rows,
                     "histogram packed": derived_rows - len(tables[_HISTOGRAM][1]) + len(histogram),
                     "columnar": len(columnar)}
    target = args.keep / "layout.sqlite3"
    ratios: dict[str, list[float]] = defaultdict(list)
    seconds: dict[str, list[float]] = defaultdict(list)
    baselines: list[float] = []
    sizes: dict[str, int] = {}
    for run in range(args.runs):
        for name, layout in layouts.items():
            baseline = physical_baseline(csv_path, target)
            elapsed, sizes[name] = write_layout(template, target, csv_path, *layout())
            baselines.append(baseline)
            seconds[name].append(elapsed)
            ratios[name].append(elapsed / baseline)
            print(f"run {run + 1}: {name}: {elapsed:.2f} s against {baseline:.2f} s = {elapsed / baseline:.2f} x",
                  flush=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    baseline = statistics.median(baselines)
    figures = [
        Figure(BENCHMARK, f"{name}: the file read, {derived_count[name]:,} derived rows beside the cases, written",
               statistics.median(seconds[name]), "s", baseline, "csv.reader + executemany, unindexed table",
               note=f"information; median ratio of its rounds {statistics.median(ratios[name]):.2f}x; file and log "
                    f"{sizes[name] / 1e6:.0f} MB; {args.runs} runs")
        for name in layouts]
    report(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
