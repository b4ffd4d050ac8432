"""Issue 13: the 90th percentiles the branch spans store (desktop/indicators/span_p90.py) are the service's
function over the branch months' histograms - after a full rebuild and after partial refreshes of random branches
and months, including a month in the middle of a quarter, the latest month and a new latest month.

The spans compute the percentile from one read of the histograms, a half or year from its quarters' histograms
summed in Python; this checks every stored value against ``percentile_from_histogram`` over the months read
directly (per case type, and all types merged, the untyped '' included), never against the spans' own code."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from sqlalchemy import Connection

from desktop.domain.indicators.definitions import percentile_from_histogram
from desktop.indicators.branch_spans import rebuild_branch_spans
from desktop.indicators.rollup import refresh_rollups
from desktop.indicators.span_read import ALL_TYPES
from desktop.store.database import open_database


def _assert_every_p90_is_the_functions_value(connection: Connection, branches: set[int] | None = None) -> int:
    """Every stored p90 (of ``branches``, every branch when None) equals the function's value over its span's
    months, read directly: per case type, and all types merged (``*``, the untyped '' included). Returns how many
    were not None."""
    by_month: dict[int, list[tuple[int, str, int, int]]] = {}
    for branch_id, month, case_type, bucket, count in connection.exec_driver_sql(
            "SELECT branch_id, month_index, case_type, bucket, count FROM disposition_histogram"):
        if branches is None or branch_id in branches:
            by_month.setdefault(month, []).append((branch_id, case_type, bucket, count))
    spans = connection.exec_driver_sql(
        "SELECT first_month, last_month FROM indicator_branch_span_list WHERE with_p90").all()
    assert len(spans) > 5  # months, quarters, halves, years
    checked = 0
    for first, last in spans:
        histograms: dict[tuple[int, str], dict[int, int]] = {}
        for month in range(first, last + 1):
            for branch_id, case_type, bucket, count in by_month.get(month, ()):
                for key in [(branch_id, ALL_TYPES)] + ([(branch_id, case_type)] if case_type != "" else []):
                    histogram = histograms.setdefault(key, {})
                    histogram[bucket] = histogram.get(bucket, 0) + count
        stored = connection.exec_driver_sql(
            "SELECT branch_id, case_type, p90 FROM indicator_branch_span WHERE first_month = ? AND last_month = ?",
            (first, last)).all()
        for branch_id, case_type, p90 in stored:
            if branches is not None and branch_id not in branches:
                continue
            histogram = histograms.get((branch_id, case_type), {})
            assert p90 == percentile_from_histogram(histogram, 0.9), (first, last, branch_id, case_type)
            checked += p90 is not None
    return checked


def _change_histograms(connection: Connection, rng: random.Random, month: int, branches: list[int]) -> None:
    """What a rebuild of ``month`` for ``branches`` may do to their histograms: counts change, buckets appear
    and disappear, a type appears (and an untyped one, merged into all types only)."""
    for branch_id in branches:
        connection.exec_driver_sql(
            "DELETE FROM disposition_histogram WHERE branch_id = ? AND month_index = ? AND bucket % 3 = ?",
            (branch_id, month, rng.randrange(3)))
        connection.exec_driver_sql(
            "UPDATE disposition_histogram SET count = count + ? WHERE branch_id = ? AND month_index = ?",
            (rng.randint(1, 9), branch_id, month))
        for case_type in ("حقوقی", "کیفری", ""):
            connection.exec_driver_sql(
                "INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count",
                (branch_id, month, case_type, rng.randrange(0, 200), rng.randint(1, 40)))


def _add_latest_month(connection: Connection, month: int, branches: list[int]) -> None:
    """A month after the latest, with rows (and histograms) for ``branches``: the latest month moves on. The
    first one's cases are all untyped: its all-types percentile is the untyped histogram's."""
    for branch_id in branches:
        case_type = "" if branch_id == branches[0] else "کیفری"
        connection.exec_driver_sql(
            "INSERT INTO indicator_month (branch_id, month_index, case_type, source) VALUES (?, ?, '', 'cases')",
            (branch_id, month))
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO indicator_month (branch_id, month_index, case_type, source)"
            " VALUES (?, ?, ?, 'cases')", (branch_id, month, case_type))
        for bucket in (branch_id % 50, branch_id % 7 + 60):
            connection.exec_driver_sql(
                "INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count)"
                " VALUES (?, ?, ?, ?, ?)", (branch_id, month, case_type, bucket, 3))


def test_every_stored_90th_percentile_is_the_functions_value_over_the_months_after_partial_refreshes(
        demo_province: Path, tmp_path: Path) -> None:
    shutil.copytree(demo_province, tmp_path / "demo")
    rng = random.Random(13)
    with open_database(tmp_path / "demo" / "demo.sqlite3", create=False) as database, \
            database.engine.connect() as connection:
        low, high = connection.exec_driver_sql(
            "SELECT min(month_index), max(month_index) FROM indicator_month").one()
        branches = [row[0] for row in connection.exec_driver_sql("SELECT id FROM branch ORDER BY id")]
        assert _assert_every_p90_is_the_functions_value(connection)  # as the demo wrote them
        # The latest month, a month inside the data (a quarter's middle, a half's, a year's), the first month.
        for month in (high, rng.randint(low + 1, high - 1), rng.randint(low + 1, high - 1), low):
            touched = rng.sample(branches, 7)
            _change_histograms(connection, rng, month, touched)
            refresh_rollups(connection, [month], touched)
            # The refreshed branches, and others whose rows must be as they were.
            assert _assert_every_p90_is_the_functions_value(connection, {*touched, *rng.sample(branches, 10)})
        touched = rng.sample(branches, 5)
        _add_latest_month(connection, high + 1, touched)
        refresh_rollups(connection, [high + 1], touched)
        assert connection.exec_driver_sql(
            "SELECT 1 FROM indicator_branch_span_list WHERE first_month = ? AND last_month = ?",
            (high + 1, high + 1)).first()
        assert _assert_every_p90_is_the_functions_value(connection)
        rebuild_branch_spans(connection)
        assert _assert_every_p90_is_the_functions_value(connection)
        connection.rollback()


def test_a_refresh_that_changed_no_histogram_keeps_the_stored_percentiles_and_computes_only_new_spans(
        demo_province: Path, tmp_path: Path, monkeypatch) -> None:
    # Monthly statistics before the case listings: the sums of stored spans change, their histograms do not.
    import desktop.indicators.span_p90 as span_p90

    shutil.copytree(demo_province, tmp_path / "demo")
    computed: list[tuple[int, int]] = []
    fill = span_p90._fill_p90

    def spy(raw, spans, at_once):  # type: ignore[no-untyped-def]
        computed.extend(span for span, _scope in spans)
        fill(raw, spans, at_once)

    monkeypatch.setattr(span_p90, "_fill_p90", spy)
    with open_database(tmp_path / "demo" / "demo.sqlite3", create=False) as database, \
            database.engine.connect() as connection:
        low, high = connection.exec_driver_sql(
            "SELECT min(month_index), max(month_index) FROM indicator_month").one()
        branches = [row[0] for row in connection.exec_driver_sql("SELECT id FROM branch ORDER BY id")][:9]
        before = connection.exec_driver_sql(
            "SELECT first_month, last_month, case_type, branch_id, p90, incoming FROM indicator_branch_span").all()
        stored = {(first, last) for first, last in connection.exec_driver_sql(
            "SELECT first_month, last_month FROM indicator_branch_span_list WHERE with_p90")}
        # Two earlier months of untyped rows (a new quarter, maybe a new year) and more incoming in the first one.
        for branch_id in branches:
            for month in (low - 2, low - 1):
                connection.exec_driver_sql(
                    "INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, source)"
                    " VALUES (?, ?, '', 7, 'monthly')", (branch_id, month))
            connection.exec_driver_sql("UPDATE indicator_month SET incoming = incoming + 5 WHERE branch_id = ?"
                                       " AND month_index = ? AND case_type = ''", (branch_id, low))
        refresh_rollups(connection, [low - 2, low - 1, low], branches, histograms_changed=False)
        after = {row[:4]: row[4:] for row in connection.exec_driver_sql(
            "SELECT first_month, last_month, case_type, branch_id, p90, incoming FROM indicator_branch_span")}
        rewritten = [row for row in before if row[3] in branches and row[0] <= low <= row[1]]
        assert rewritten and all(after[row[:4]][0] == row[4] for row in rewritten)  # the same percentile
        assert any(after[row[:4]][1] != row[5] for row in rewritten)  # new sums
        assert not set(computed) & stored  # the stored spans rewritten kept theirs; only new ones are computed
        assert _assert_every_p90_is_the_functions_value(connection)
        connection.rollback()
