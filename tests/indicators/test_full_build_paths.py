"""Issue 13: a full build of the roll-ups and branch spans (a first import, a rebuild, the demo) takes paths of its
own - every span's rows in one statement along primary keys, the 90th percentiles with numpy, the district
histograms from one scan of the covering index - and must write exactly what the general paths write (span
by span with percentiles from dicts, as every build did before; a (district, month) of the scope by itself):
the same rows, the same floats to the last bit, the same month lists.

A refresh of *some* branches' spans reads their months along another index (the primary key) and, since the
tables have no rowid (migration 0017), adds the same floats in the same order: it too writes the full build's
rows to the last bit.

The province is built to hit their edges: branch ids that interleave districts, rows stored in an order unlike
their key (with rowids the all-types sums added a branch-month's rows in the order stored), floats whose sums depend on the order
they are added in, the untyped '' beside named types (one of them sorting after ``*``), branch-months without
rows or without histograms, a histogram type with no month row, buckets 0 and 730, months over quarter, half
and year boundaries with a latest month inside a quarter."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Connection

from desktop.domain.indicators.definitions import SUMMED_FIELDS, percentile_from_histogram
from desktop.indicators.branch_spans import SPAN_TABLES, refresh_branch_spans
from desktop.indicators.rollup import ROLLUP_TABLES, rebuild_rollups, refresh_rollups
from desktop.indicators.span_percentiles import merged_percentiles
from desktop.store.database import open_database

TABLES = {
    "indicator_rollup_month": "level, month_index, unit_id, case_type",
    "indicator_rollup_histogram": "level, month_index, case_type, unit_id, bucket",
    "indicator_rollup_coverage": "level, month_index, unit_id",
    "indicator_rollup_branch": "branch_id",
    "indicator_branch_span": "first_month, last_month, case_type, branch_id",
    "indicator_branch_span_list": "first_month, last_month",
}
TYPES = ("", "A", "حقوقی", "کیفری")
FLOATS = ("disposition_days_sum", "scheduling_days_sum", "satisfaction_sum")
LOW, HIGH = 1402 * 12 + 1, 1403 * 12 + 7  # 1402/02 .. 1403/08: the latest month is a quarter's second


def _state(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every roll-up and span table, by primary key, floats as stored."""
    return {table: connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY {key}").all()
            for table, key in TABLES.items()}


def _fill(connection: Connection, rng: random.Random) -> None:
    run = connection.exec_driver_sql
    run("INSERT INTO province (id, code, name) VALUES (1, 'p', 'استان')")
    for district in (1, 2, 3):
        run("INSERT INTO district (id, province_id, code, name) VALUES (?, 1, ?, ?)",
            (district, f"d{district}", f"حوزه {district}"))
    branches = list(range(1, 41))
    for branch in branches:
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (?, ?, ?, ?, '')",
            (branch, branch * 7 % 3 + 1, f"b{branch}", f"شعبه {branch}"))
    measures = [name for name in SUMMED_FIELDS]
    rows = []
    histograms = []
    for branch in branches:
        for month in range(LOW, HIGH + 1):
            if rng.random() < 0.12:
                continue  # no rows this month
            types = [""] if branch == 5 else ["", *rng.sample(TYPES[1:], rng.randint(0, 3))]
            for case_type in types:
                values = {name: rng.randint(0, 40) for name in measures}
                for name in FLOATS:  # magnitudes far apart: their sum depends on the order of the additions
                    values[name] = rng.choice((0.1, 0.7, 1e15, 3.3e-5, 123.456, 2.0 ** 52)) * rng.random()
                source = rng.choice(("cases", "monthly", "carried", "missing")) if case_type == "" else "cases"
                maximum = None if rng.random() < 0.2 else rng.random() * 100
                rows.append((branch, month, case_type, source, maximum, *(values[name] for name in measures)))
                if rng.random() < 0.85:
                    for bucket in {rng.choice((0, 730)), *(rng.randrange(731) for _ in range(rng.randint(0, 6)))}:
                        histograms.append((branch, month, case_type, bucket, rng.choice((1, 2, 9, 10**6))))
            if rng.random() < 0.05:  # a histogram of a type without a month row
                histograms.append((branch, month, "جزایی", rng.randrange(731), rng.randint(1, 5)))
    rng.shuffle(rows)  # stored in an order unlike their key
    run(f"INSERT INTO indicator_month (branch_id, month_index, case_type, source, scheduling_days_max,"
        f" {', '.join(measures)}) VALUES ({', '.join('?' * (5 + len(measures)))})", rows)
    rng.shuffle(histograms)
    run("INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count)"
        " VALUES (?, ?, ?, ?, ?)", histograms)


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("full-build") / "province.sqlite3"
    with open_database(path) as database, database.engine.begin() as connection:
        _fill(connection, random.Random(2613))
    yield path


def test_a_full_build_writes_the_spans_exactly_as_span_by_span_with_percentiles_from_dicts(province: Path) -> None:
    with open_database(province, create=False) as database, database.engine.connect() as connection:
        rebuild_rollups(connection)  # the full build's paths
        built = _state(connection)
        spans = built["indicator_branch_span"]
        assert len(built["indicator_branch_span_list"]) > 10  # months, quarters, halves, years, windows
        assert {"*", "A", "حقوقی", "کیفری"} <= {row[2] for row in spans}  # 'A' sorts after '*'
        assert sum(row[-3] is not None for row in spans) > 1000  # percentiles
        for table in SPAN_TABLES:
            connection.exec_driver_sql(f"DELETE FROM {table}")
        refresh_branch_spans(connection, at_once=False)  # every span by its own statements, as before
        assert _state(connection) == built
        connection.rollback()


def test_a_refresh_of_a_quarter_of_the_branches_or_more_computes_the_percentiles_as_from_dicts(
        province: Path) -> None:
    """Monthly statistics of every branch refresh every span for them: their percentiles come from the arrays
    too (a quarter of the branches or more), filtered to the refreshed branches."""
    with open_database(province, create=False) as database, database.engine.connect() as connection:
        rebuild_rollups(connection)
        built = _state(connection)["indicator_branch_span"]
        touched = list(range(3, 41, 3))  # 13 of 40
        months = range(LOW + 4, LOW + 9)  # a quarter's end, the next quarter, a half's end
        spoilt = (f"UPDATE indicator_branch_span SET p90 = -1 WHERE branch_id IN ({', '.join(map(str, touched))})"
                  f" AND first_month <= {months[-1]} AND last_month >= {months[0]}")  # the spans rewritten
        connection.exec_driver_sql(spoilt)
        refresh_branch_spans(connection, months, touched)  # the arrays
        from_arrays = _state(connection)["indicator_branch_span"]
        connection.exec_driver_sql(spoilt)
        refresh_branch_spans(connection, months, touched, at_once=False)  # the dicts
        assert _state(connection)["indicator_branch_span"] == from_arrays
        # Nothing changed below them: every percentile is the full build's again (sums of whole counts).
        assert [row[-3] for row in from_arrays] == [row[-3] for row in built]
        assert sum(row[-3] == -1 for row in from_arrays) == 0
        connection.rollback()


def test_the_district_rollups_of_everything_are_exactly_those_of_a_refresh_of_every_district_and_month(
        province: Path) -> None:
    with open_database(province, create=False) as database, database.engine.connect() as connection:
        rebuild_rollups(connection)  # every district and month: the scan of the histograms' index
        built = {table: rows for table, rows in _state(connection).items() if table in ROLLUP_TABLES}
        # The scope's own path (the roll-ups exist): each (district, month) recomputed by itself, after its rows
        # were spoilt (the histograms left: the province's change by a difference, so they must be right).
        connection.exec_driver_sql("UPDATE indicator_rollup_month SET incoming = -1, satisfaction_sum = -1")
        connection.exec_driver_sql("UPDATE indicator_rollup_coverage SET branches = branches + 1")
        branches = [row[0] for row in connection.exec_driver_sql("SELECT id FROM branch")]
        refresh_rollups(connection, range(LOW, HIGH + 1), branches)
        assert {table: rows for table, rows in _state(connection).items() if table in ROLLUP_TABLES} == built
        connection.rollback()


def _histograms(rng: random.Random) -> list[dict[int, int]]:
    """Edges: one bucket; the 90% target exactly on a bucket's cumulative count (10 cases: 9 then 1); buckets 0
    and 730; counts of every size; then random ones."""
    found: list[dict[int, int]] = [{0: 1}, {730: 3}, {0: 9, 1: 1}, {4: 9, 730: 1}, {2: 1, 3: 9}, {0: 10**12, 730: 1},
                                   {7: 3, 8: 10**9, 9: 7}]
    for _ in range(3000):
        buckets = rng.sample(range(731), rng.randint(1, 40))
        found.append({bucket: rng.choice((1, rng.randint(1, 20), rng.randint(1, 10**7))) for bucket in buckets})
    return found


def test_the_vectorised_percentiles_are_the_functions_floats_to_the_last_bit() -> None:
    rng = random.Random(90)
    histograms = _histograms(rng)
    # Each histogram split into rows (a bucket may come in several rows, to be summed), the rows shuffled.
    rows = [(key, bucket, part) for key, histogram in enumerate(histograms) for bucket, count in histogram.items()
            for part in ([count] if count < 2 or rng.random() < 0.5 else [count // 2, count - count // 2])]
    rng.shuffle(rows)
    keys, values = merged_percentiles(np.array([r[0] for r in rows], dtype=np.int64),
                                      np.array([r[1] for r in rows], dtype=np.int64),
                                      np.array([r[2] for r in rows], dtype=np.int64), 0.9)
    assert keys.tolist() == list(range(len(histograms)))
    expected = [percentile_from_histogram(histogram, 0.9) for histogram in histograms]
    assert [float(value).hex() for value in values.tolist()] == [value.hex() for value in expected]  # type: ignore[union-attr]


def test_a_refresh_of_some_branches_writes_every_span_row_as_the_full_build_to_the_last_bit(province: Path) -> None:
    """A refresh of a few branches reads their months along the primary key (branch, month, type); the full build
    reads them along the (month, branch) index. Since migration 0017 (WITHOUT ROWID) that index orders a
    branch-month's rows by type too, so the all-types (``*``) sums add the same floats in the same order and
    every row - ``*`` included - is the full build's bit for bit (with rowids it added them in the order they
    were stored, and the ``*`` float sums differed in the last bit)."""
    with open_database(province, create=False) as database, database.engine.connect() as connection:
        rebuild_rollups(connection)
        built = _state(connection)["indicator_branch_span"]
        touched = [2, 3, 7, 11, 19, 23, 31, 37]  # fewer than a quarter of the 40: span by span, dicts
        listed = ", ".join(map(str, touched))
        connection.exec_driver_sql(  # spoilt, so that only a rewrite makes them right again
            f"UPDATE indicator_branch_span SET {', '.join(f'{name} = -1' for name in FLOATS)}"
            f" WHERE branch_id IN ({listed})")
        refresh_branch_spans(connection, None, touched)
        refreshed = _state(connection)["indicator_branch_span"]
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(indicator_branch_span)")]
        at = [columns.index(name) for name in FLOATS]
        all_types = [row for row in built if row[2] == "*" and row[3] in touched]
        assert sum(not float(row[i]).is_integer() for row in all_types for i in at) > 100  # fractions
        assert refreshed == built
        connection.rollback()
