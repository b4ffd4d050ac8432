"""Where reading and checking a case listing in a second process starts paying: ``import_file`` on listings of
several sizes, read here and read in a second process, alternating (not in ``make benchmark``: it sets
``desktop.imports.checking_process.PROCESS_MIN_BYTES``).

    python -m benchmarks.import_process_threshold [--rows 20000,50000,100000,200000,400000] [--runs 5]

Each size: a province of 3,000 branches and a listing written as ``benchmarks/import_cases.py`` writes it; each
run imports it into a fresh copy, once each way, in this process (wall time of ``import_file``, median). A second
process costs its start (a fresh interpreter, the checker's imports: about 0.1 s) and pickling (about 0.35 s per
million rows, both sides), and wins back the reading and checking it overlaps with the writing (about 4 s per
million rows) - only with a second core free.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.import_cases import TODAY, make_database, write_case_listing


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.clock import FixedClock
    from desktop.imports import checking_process
    from desktop.imports.service import IMPORTED, ImportService
    from desktop.store.database import open_database

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="20000,50000,100000,200000,400000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    ways = {"here": 1 << 62, "process": 0}
    with tempfile.TemporaryDirectory(prefix="rasad-threshold-") as scratch:
        work = Path(scratch)
        codes = make_database(work / "template.sqlite3")
        for rows in (int(text) for text in args.rows.split(",")):
            listing = work / f"cases-{rows}.csv"
            write_case_listing(listing, rows, codes, TODAY)
            seconds: dict[str, list[float]] = {way: [] for way in ways}
            for run in range(args.runs):
                for way in (list(ways) if run % 2 == 0 else list(reversed(ways))):
                    checking_process.PROCESS_MIN_BYTES = ways[way]
                    target = work / f"{way}.sqlite3"
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{target}{suffix}").unlink(missing_ok=True)
                    shutil.copy(work / "template.sqlite3", target)
                    database = open_database(target, create=False)
                    try:
                        started = time.perf_counter()
                        result = ImportService(database, FixedClock(TODAY), "benchmark").import_file(listing, "cases")
                        seconds[way].append(time.perf_counter() - started)
                    finally:
                        database.close()
                    assert result.status == IMPORTED, result.problems[:3]
            here, process = (statistics.median(seconds[way]) for way in ways)
            print(f"{rows:>9,} rows, {listing.stat().st_size / 1e6:6.1f} MB: here {here:6.2f} s, second process "
                  f"{process:6.2f} s, gained {here - process:+.2f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
