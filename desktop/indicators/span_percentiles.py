"""The 90th percentiles of a whole build of branch spans at once, with numpy (docs/indicators.md, "Branch spans").

A first import or a rebuild computes about 300,000 percentiles (every span, branch and case type) over merged
histograms: merging them in Python dicts and calling
:func:`desktop.domain.indicators.definitions.percentile_from_histogram` on each took 2.5 s of the 1,000,000-case
import. Here the histogram rows of the spans' months are read once into arrays, merged by one sort, and every
percentile is computed with the function's own operations, in its order, on IEEE doubles: the same float to
the last bit (tests/indicators/test_full_build_paths.py compares them on histograms built to hit the edges).

The function, for a histogram of ``count`` per ``bucket`` (counts > 0: the table's CHECK), is: ``total`` the sum
of counts, ``target = q * total``, the first bucket (ascending) where ``seen + count >= target`` (``seen``: the
counts of the buckets before it), and ``bucket * BUCKET_DAYS + BUCKET_DAYS * (target - seen) / count``. Integer
sums are exact in int64; ``q * total``, the comparison of an integer with a double (both below 2**53) and each
arithmetic step are the same single IEEE operations numpy's element-wise functions perform, unfused.

numpy is imported only by a build of spans (desktop/indicators/span_p90.py), never on the way to a window.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from desktop.domain.indicators.definitions import BUCKET_DAYS

#: Buckets 0..730 (disposition_histogram's CHECK): a (histogram key, bucket) pair as one integer.
BUCKETS = 731


@dataclass(frozen=True)
class HistogramRows:
    """Histogram rows in (month, case type, branch, bucket) order, one array per column; ``type_id`` indexes
    ``types``."""

    months: np.ndarray
    type_ids: np.ndarray
    branches: np.ndarray
    buckets: np.ndarray
    counts: np.ndarray
    types: list[str]


def read_histogram_rows(raw: sqlite3.Connection, first: int, last: int) -> HistogramRows:
    """Every branch's histogram rows of the months ``first..last``, month by month and type by type along the
    histogram's covering (month, type, branch, bucket, count) index."""
    types: dict[str, int] = {}
    chunks: list[tuple[int, int, np.ndarray]] = []
    for month in range(first, last + 1):
        for (case_type,) in raw.execute(
                "SELECT DISTINCT case_type FROM disposition_histogram WHERE month_index = ?", (month,)).fetchall():
            rows = raw.execute("SELECT branch_id, bucket, count FROM disposition_histogram"
                               " WHERE month_index = ? AND case_type = ?", (month, case_type))
            flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64)
            chunks.append((month, types.setdefault(case_type, len(types)), flat.reshape(-1, 3)))
    if not chunks:
        empty = np.zeros(0, dtype=np.int64)
        return HistogramRows(empty, empty, empty, empty, empty, [])
    sizes = [len(block) for _, _, block in chunks]
    table = np.concatenate([block for _, _, block in chunks])
    return HistogramRows(
        months=np.repeat(np.array([month for month, _, _ in chunks], dtype=np.int64), sizes),
        type_ids=np.repeat(np.array([type_id for _, type_id, _ in chunks], dtype=np.int64), sizes),
        branches=table[:, 0], buckets=table[:, 1], counts=table[:, 2], types=list(types))


def merged_percentiles(keys: np.ndarray, buckets: np.ndarray, counts: np.ndarray, q: float
                       ) -> tuple[np.ndarray, np.ndarray]:
    """(each distinct key, ascending; the ``q`` quantile of its histogram - its rows' counts summed per bucket),
    as :func:`~desktop.domain.indicators.definitions.percentile_from_histogram` gives it. Keys >= 0, counts > 0."""
    if len(keys) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    if int(buckets.min()) < 0 or int(buckets.max()) >= BUCKETS or int(counts.min()) <= 0:
        raise ValueError("a histogram bucket out of 0..730 or a count not positive")
    pairs = keys * BUCKETS + buckets
    order = np.argsort(pairs, kind="stable")
    pairs, counts = pairs[order], counts[order]
    starts = np.flatnonzero(np.concatenate(([True], pairs[1:] != pairs[:-1])))
    pairs, counts = pairs[starts], np.add.reduceat(counts, starts)  # one row per (key, bucket), ascending
    owners, merged_buckets = pairs // BUCKETS, pairs % BUCKETS
    firsts = np.flatnonzero(np.concatenate(([True], owners[1:] != owners[:-1])))
    sizes = np.diff(np.concatenate((firsts, [len(pairs)])))
    targets = q * np.add.reduceat(counts, firsts)  # q * total, a double
    running = np.cumsum(counts)
    through = running - np.repeat(running[firsts] - counts[firsts], sizes)  # seen + count, within its key
    reached = through >= np.repeat(targets, sizes)  # False ... False True ... True within a key
    # The target is at most the total, so a key's last bucket reaches it.
    found = firsts + np.add.reduceat((~reached).astype(np.int64), firsts)
    count = counts[found]
    seen = through[found] - count
    values = merged_buckets[found] * BUCKET_DAYS + BUCKET_DAYS * (targets - seen) / count
    return owners[firsts], values


def span_percentiles(rows: HistogramRows, first: int, last: int, branches: Iterable[int] | None, all_types: str,
                     q: float = 0.9) -> Iterator[tuple[int, int, str, int, float]]:
    """(first, last, case type, branch, percentile) of every branch (of ``branches``) with a histogram in the
    months ``first..last``: per case type (not the untyped ''), and all types merged (``all_types``, the untyped
    included)."""
    low, high = np.searchsorted(rows.months, [first, last + 1])
    type_ids, branch_ids = rows.type_ids[low:high], rows.branches[low:high]
    buckets, counts = rows.buckets[low:high], rows.counts[low:high]
    if branches is not None:
        kept = np.isin(branch_ids, np.fromiter(branches, dtype=np.int64))
        type_ids, branch_ids, buckets, counts = type_ids[kept], branch_ids[kept], buckets[kept], counts[kept]
    stride = int(branch_ids.max()) + 1 if len(branch_ids) else 1
    typed = type_ids != (rows.types.index("") if "" in rows.types else -1)
    keys, values = merged_percentiles(type_ids[typed] * stride + branch_ids[typed], buckets[typed],
                                      counts[typed], q)
    names = rows.types
    yield from zip(itertools.repeat(first), itertools.repeat(last),
                   (names[type_id] for type_id in (keys // stride).tolist()), (keys % stride).tolist(),
                   values.tolist())
    keys, values = merged_percentiles(branch_ids, buckets, counts, q)
    yield from zip(itertools.repeat(first), itertools.repeat(last), itertools.repeat(all_types), keys.tolist(),
                   values.tolist())
