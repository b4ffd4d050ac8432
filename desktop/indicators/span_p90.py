"""The 90th percentiles the branch spans store, put in the temporary ``_bs_p90`` for the span rows to look up
(desktop/indicators/span_rows.py): each branch's (and type's) merged histogram over a span, by the function the
service computes it with. A span computed for every branch reads its rows into arrays and computes them with
numpy (desktop/indicators/span_percentiles.py); a few branches, from dicts of theirs."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable

from desktop.domain.indicators.definitions import percentile_from_histogram
from desktop.indicators.span_read import ALL_TYPES


def json_list(values: Iterable[int]) -> str:
    """``values`` as a JSON list of integers, for ``json_each`` (a scope of branches)."""
    return "[" + ",".join(str(int(value)) for value in values) + "]"


def prepare_p90(raw: sqlite3.Connection, spans: list[tuple[tuple[int, int], list[int] | None]],
                at_once: bool = True, kept: list[tuple[tuple[int, int], list[int] | None]] = ()) -> None:
    """Fill the temporary ``_bs_p90`` with the 90th percentile of each branch's (and type's) merged histogram over
    each span of ``spans`` (its branches, every one when None), by the function the service computes it with, so
    the stored value is the one a table from the branch rows shows.

    The histograms are read once, not once per span: the months are cut into "atoms" at every span's first and
    after its last month (quarters here, and the latest month alone), each atom's histograms summed once, and a
    span's histogram is the sum of its atoms' (a year: four quarters, not twelve months read again). Spans that
    share no month (different years) are computed one group after the other, so that only one group's
    histograms are held at a time. When a span is computed for every branch (and ``at_once``), the group's rows
    are read into arrays instead and every percentile computed at once, with the function's own operations
    (:mod:`desktop.indicators.span_percentiles`).

    The spans of ``kept`` (stored ones whose histograms did not change) take their stored values instead (a
    year's 90th percentiles of every branch read again and computed: ~0.25 s of a monthly import)."""
    raw.execute("DROP TABLE IF EXISTS temp._bs_p90")
    # Appended in the order computed, then indexed by its key (one sort in SQLite: a keyed table filled in
    # that order cost twice as much). A key is there once: each span's values come from a dict's keys.
    raw.execute("CREATE TEMP TABLE _bs_p90 (first_month INTEGER, last_month INTEGER, case_type TEXT,"
                " branch_id INTEGER, p90 REAL)")
    _fill_p90(raw, spans, at_once)
    for (first, last), scope in kept:
        named = {} if scope is None else {"branches": json_list(scope)}
        raw.execute("INSERT INTO _bs_p90 (first_month, last_month, case_type, branch_id, p90)"
                    " SELECT first_month, last_month, case_type, branch_id, p90 FROM indicator_branch_span"
                    f" WHERE first_month = {int(first)} AND last_month = {int(last)} AND p90 IS NOT NULL"
                    + ("" if scope is None else " AND branch_id IN (SELECT value FROM json_each(:branches))"), named)
    raw.execute("CREATE INDEX temp._bs_p90_key ON _bs_p90 (first_month, last_month, case_type, branch_id, p90)")


def _fill_p90(raw: sqlite3.Connection, spans: list[tuple[tuple[int, int], list[int] | None]], at_once: bool
              ) -> None:
    if not spans:
        return
    scopes = {span: None if scope is None else set(scope) for span, scope in spans}
    everyone = any(scope is None for scope in scopes.values())
    # A span for every branch (a first import, a rebuild, a new span), or for a quarter of the branches or more
    # (monthly statistics of every branch): every branch's rows read into arrays. A few branches: dicts of
    # theirs (importing numpy and reading everyone's rows would cost more).
    many = everyone or 4 * len(set().union(*scopes.values())) >= raw.execute(  # type: ignore[arg-type]
        "SELECT count(*) FROM branch").fetchone()[0]
    if many and at_once:
        from desktop.indicators.span_percentiles import read_histogram_rows, span_percentiles

        for group in _overlapping_groups(sorted(scopes)):
            rows = read_histogram_rows(raw, min(first for first, _ in group), max(last for _, last in group))
            for first, last in group:
                raw.executemany("INSERT INTO _bs_p90 (first_month, last_month, case_type, branch_id, p90)"
                                " VALUES (?, ?, ?, ?, ?)",
                                span_percentiles(rows, first, last, scopes[(first, last)], ALL_TYPES))
        return
    listed = "" if everyone else json_list(sorted(set().union(*scopes.values())))  # type: ignore[arg-type]
    for group in _overlapping_groups(sorted(scopes)):
        bounds = sorted({first for first, _ in group} | {last + 1 for _, last in group})
        # One atom per pair of consecutive bounds; each atom: (branch, case type) -> bucket -> count.
        atoms: list[dict[tuple[int, str], dict[int, int]]] = []
        for start, stop in itertools.pairwise(bounds):
            atoms.append(_read_histograms(raw, start, stop - 1, listed))
        index = {bound: position for position, bound in enumerate(bounds)}
        values: list[tuple[int, int, str, int, float | None]] = []
        for first, last in group:
            _span_percentiles(atoms[index[first]:index[last + 1]], first, last, scopes[(first, last)], values)
        raw.executemany("INSERT INTO _bs_p90 (first_month, last_month, case_type, branch_id, p90)"
                        " VALUES (?, ?, ?, ?, ?)", values)


def _overlapping_groups(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``spans`` (sorted) in groups whose month ranges overlap (chains of overlapping spans)."""
    groups: list[list[tuple[int, int]]] = []
    reach = None
    for span in spans:
        if reach is None or span[0] > reach:
            groups.append([])
            reach = span[1]
        groups[-1].append(span)
        reach = max(reach, span[1])
    return groups


def _read_histograms(raw: sqlite3.Connection, first: int, last: int, branches: str
                     ) -> dict[tuple[int, str], dict[int, int]]:
    """(branch, case type) -> bucket -> count summed over the months ``first..last`` (of ``branches``, a JSON
    list, or every branch when empty). Read month by month and type by type along the histogram's
    (month, type, branch, bucket) index: no sort, and no case type string per row."""
    scope = "" if not branches else " AND branch_id IN (SELECT value FROM json_each(?))"
    histograms: dict[tuple[int, str], dict[int, int]] = {}
    for month in range(first, last + 1):
        types = [row[0] for row in raw.execute(
            "SELECT DISTINCT case_type FROM disposition_histogram WHERE month_index = ?", (month,))]
        for case_type in types:
            parameters = (month, case_type, branches) if branches else (month, case_type)
            current = None
            histogram: dict[int, int] = {}
            for branch_id, bucket, count in raw.execute(
                    "SELECT branch_id, bucket, count FROM disposition_histogram WHERE month_index = ?"
                    f" AND case_type = ?{scope}", parameters):
                if branch_id != current:
                    current = branch_id
                    histogram = histograms.setdefault((branch_id, case_type), {})
                histogram[bucket] = histogram.get(bucket, 0) + count
    return histograms


def _span_percentiles(atoms: list[dict[tuple[int, str], dict[int, int]]], first: int, last: int,
                      branches: set[int] | None, values: list[tuple[int, int, str, int, float | None]]) -> None:
    """Append (first, last, case type, branch, p90) of every branch (of ``branches``) with a histogram in the
    span made of ``atoms``: per case type (not the untyped ''), and all types merged (``*``)."""
    if len(atoms) == 1:
        keys: Iterable[tuple[int, str]] = atoms[0]
    else:
        keys = set().union(*atoms)
    by_branch: dict[int, list[tuple[str, dict[int, int]]]] = {}
    for key in keys:
        branch_id, case_type = key
        if branches is not None and branch_id not in branches:
            continue
        found = [atom[key] for atom in atoms if key in atom]
        histogram = found[0] if len(found) == 1 else _merged(found)
        by_branch.setdefault(branch_id, []).append((case_type, histogram))
    for branch_id, typed in by_branch.items():
        p90 = None
        for case_type, histogram in typed:
            if case_type != "":
                p90 = percentile_from_histogram(histogram, 0.9)
                values.append((first, last, case_type, branch_id, p90))
        if len(typed) > 1 or typed[0][0] == "":
            p90 = percentile_from_histogram(_merged([histogram for _, histogram in typed]), 0.9)
        # (a single type: its histogram is the merged one, and so is its percentile)
        values.append((first, last, ALL_TYPES, branch_id, p90))


def _merged(histograms: list[dict[int, int]]) -> dict[int, int]:
    merged = dict(histograms[0])
    for histogram in histograms[1:]:
        for bucket, count in histogram.items():
            merged[bucket] = merged.get(bucket, 0) + count
    return merged
