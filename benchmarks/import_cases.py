"""Importing a 1,000,000-row case listing: Rasad's ImportService vs. a bare sqlite3 executemany.

    python -m benchmarks.import_cases [--rows 1000000] [--runs 3] [--keep DIR]

Set-up (not timed): a database with 3,000 branches, and a case listing CSV written row by row (the demo's
``desktop.demo.case_files`` writer when there is one, else the streaming writer below).

(p) physical baseline (issue 13's): Python's ``csv.reader`` over the same file plus one ``executemany`` of its
    rows into an unindexed table of the same columns, in one transaction (WAL, synchronous=FULL) — what the
    disk and the language cost at the least;
(a) stored-table baseline (the one issue 10 was measured against): the same rows, already parsed into tuples
    outside the timing, inserted into the real ``case_record`` table (with its indexes) with one ``executemany``
    in one transaction (WAL, synchronous=FULL, foreign keys on);
(b) Rasad: ``ImportService.import_file`` (hash, read, check, upsert, rebuild the touched months' indicators),
    each run in a fresh subprocess on a fresh copy of the database; its peak memory is its own high-water mark
    (``VmHWM``: ``ru_maxrss`` survives ``execve`` and counted this process's parsed rows of (a)). The time runs
    until ``import_file`` returns: its transaction committed, the indicators rebuilt in it.

(f) this schema's floor (information): the same ``csv.reader`` pass over the file, then exactly the rows (b) left in
    the tables it filled - the cases and every derived table, read from (b)'s database outside the timing - written
    into a fresh copy of the set-up database in one transaction, its indexes dropped before and built after (as the
    importer does), foreign keys off. No checking, no computing: what any importer must at least spend to read
    this file and store what Rasad stores, so (f)/(p) is the least ratio (b)/(p) could reach with these tables.
    The same, the case rows alone (``case_record`` and its indexes, before any figure): what storing the file
    costs in this schema, so (f cases)/(p) is how much of the target's 3 x is spent before a figure is computed.

(p), (a), (b) and (f) alternate, run after run (the machine is shared: a busy spell then weighs on all of them).

Targets: (b) takes at most 3 × (p) (issue 13) and at most 3 × (a) (issue 10), and peaks below 500 MB. Exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 3.0
TARGET_MEMORY_MB = 500
TODAY = date(2026, 11, 23)  # 2 Azar 1405
BRANCHES = 3000
DISTRICTS = 30
HEADERS = ("شماره پرونده", "کد شعبه", "نوع پرونده", "تاریخ ثبت", "تاریخ ارجاع", "تاریخ اولین وقت رسیدگی",
           "تعداد جلسات", "تاریخ مختومه")
CASE_TYPES = ("حقوقی", "کیفری", "خانواده")

CHILD = """
import json, resource, sys, time
from benchmarks.common import peak_memory_kb
from datetime import date
from pathlib import Path
started = time.perf_counter()
from desktop.clock import FixedClock
from desktop.store.database import open_database
import desktop.indicators.aggregate as aggregate
from desktop.imports.service import ImportService
spent = {"rebuild": 0.0}
original = aggregate.rebuild_months
def timed(*args, **kwargs):
    t = time.perf_counter()
    try:
        return original(*args, **kwargs)
    finally:
        spent["rebuild"] += time.perf_counter() - t
aggregate.rebuild_months = timed
db_path, csv_path, today = sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])
database = open_database(db_path, create=False)
service = ImportService(database, FixedClock(today), "benchmark")
t0 = time.perf_counter()
result = service.import_file(Path(csv_path), "cases")
elapsed = time.perf_counter() - t0
database.close()
print(json.dumps({"status": result.status, "rows": result.rows_written, "seconds": elapsed,
                  "rebuild": spent["rebuild"], "problems": result.problem_count,
                  "first": [p.english() for p in result.problems[:3]],
                  "maxrss_kb": peak_memory_kb()}))
"""

# (f), in its own process (the stored rows held as tuples take over a gigabyte; none of it counts in (b)'s memory).
# Twice, each time on a fresh copy: the case rows alone (what storing the file costs before any figure), then every
# table (b) filled. Each: the file read, one transaction, the tables' indexes dropped before and built after.
FLOOR_CHILD = """
import csv, json, os, shutil, sqlite3, sys, time
template, stored, target, csv_path = sys.argv[1:5]
with sqlite3.connect(template) as connection:
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    empty = [name for name in tables if connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0]
source = sqlite3.connect(stored)
rows = {}
for name in empty:
    columns = [row[1] for row in source.execute(f'PRAGMA table_info("{name}")')]
    fetched = source.execute(f'SELECT * FROM "{name}"').fetchall()
    if fetched:
        rows[name] = (columns, fetched)
source.close()

def write(names):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(target + suffix):
            os.remove(target + suffix)
    shutil.copyfile(template, target)
    connection = sqlite3.connect(target, isolation_level=None)
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"):
        connection.execute(pragma).fetchall()
    indexes = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (%s)"
        % ", ".join("?" for _ in names), names).fetchall()
    started = time.perf_counter()
    with open(csv_path, encoding="utf-8-sig", newline="") as file:
        read = sum(1 for _ in csv.reader(file))
    connection.execute("BEGIN")
    for name, _ in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    for name in names:
        columns, fetched = rows[name]
        placeholders = ", ".join("?" for _ in columns)
        connection.executemany(f'INSERT INTO "{name}" VALUES ({placeholders})', fetched)
    for _, sql in indexes:
        connection.execute(sql)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, read

cases, _ = write(["case_record"])
everything, read = write(list(rows))
print(json.dumps({"seconds": everything, "cases_seconds": cases, "lines": read,
                  "rows": sum(len(f) for _, f in rows.values()), "tables": len(rows),
                  "case_rows": len(rows["case_record"][1])}))
"""


def make_database(path: Path) -> list[str]:
    """A province of 3,000 branches (set up through the first-run use case). Returns the branch codes."""
    from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm
    from desktop.store.database import open_database

    districts = []
    codes = []
    per = BRANCHES // DISTRICTS
    for d in range(1, DISTRICTS + 1):
        branches = []
        for b in range(1, per + 1):
            code = f"{d:02d}{b:04d}"
            codes.append(code)
            branches.append((code, f"شعبه {b} حوزه {d}", "عمومی"))
        districts.append(DistrictDraft(f"{d:02d}", f"حوزه قضایی {d}", tuple(branches)))
    with open_database(path) as database:
        OrganisationService(database).complete_setup(SetupForm("THR", "تهران", "بنچمارک", tuple(districts)))
    return codes


def _jalali(day: date) -> str:
    import jdatetime

    j = jdatetime.date.fromgregorian(date=day)
    return f"{j.year:04d}/{j.month:02d}/{j.day:02d}"


def write_case_listing(path: Path, rows: int, codes: Sequence[str], today: date, seed: int = 1403) -> None:
    """A realistic listing written row by row: five years of registrations, 70 % disposed."""
    try:
        from desktop.demo import case_files  # type: ignore[attr-defined]

        writer = getattr(case_files, "write_case_listing", None)
    except ImportError:
        writer = None
    if writer is not None:
        try:
            writer(path, rows=rows, branch_codes=codes, as_of=today, seed=seed)
            return
        except TypeError:
            pass  # another signature: use ours
    rng = random.Random(seed)
    start = today - timedelta(days=5 * 365)
    span = (today - start).days
    jalali = {}
    for offset in range(span + 200):
        day = start + timedelta(days=offset)
        jalali[day] = _jalali(day)
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        out = csv.writer(file)
        out.writerow(HEADERS)
        for n in range(rows):
            registered = start + timedelta(days=rng.randrange(span))
            referred = registered + timedelta(days=rng.randrange(3))
            if referred > today:
                referred = registered
            hearing = referred + timedelta(days=rng.randrange(10, 120))
            disposed = registered + timedelta(days=rng.randrange(20, 900))
            disposed_text = jalali[disposed] if disposed <= today and rng.random() < 0.85 else ""
            out.writerow((
                f"14{n:011d}", codes[rng.randrange(len(codes))], CASE_TYPES[rng.randrange(3)],
                jalali[registered], f"{jalali[referred]} {rng.randrange(7, 15):02d}:{rng.randrange(60):02d}",
                jalali[hearing] if hearing <= today or rng.random() < 0.5 else "",
                str(rng.randrange(6)) if disposed_text else "", disposed_text,
            ))


def parsed_rows(csv_path: Path, db_path: Path) -> list[tuple]:
    """The file's rows as the database stores them (outside the timing)."""
    from desktop.imports.parsing import parse_date, parse_datetime

    with sqlite3.connect(db_path) as connection:
        branch_ids = dict(connection.execute("SELECT code, id FROM branch"))
    rows = []
    with csv_path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file)
        next(reader)
        for number, code, case_type, reg, ref, hearing, count, disposed in reader:
            rows.append((number, branch_ids[code], case_type, parse_date(reg)[0],
                         parse_datetime(ref)[0] if ref else None, parse_date(hearing)[0] if hearing else None,
                         int(count) if count else None, parse_date(disposed)[0] if disposed else None))
    return rows


def baseline_seconds(template: Path, work: Path, rows: list[tuple]) -> float:
    path = work / "baseline.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, path)
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"):
        connection.execute(pragma).fetchall()
    started = time.perf_counter()
    connection.execute("BEGIN")
    connection.execute(
        "INSERT INTO import_batch (kind, file_name, sha256, imported_at, imported_by, rows_read, rows_written,"
        " rows_rejected) VALUES ('cases', 'baseline', ?, '2026-11-23 09:00:00', '', 0, 0, 0)", ("0" * 64,))
    batch = connection.execute("SELECT last_insert_rowid()").fetchone()[0]
    connection.executemany(
        "INSERT INTO case_record (case_number, branch_id, case_type, registered_on, referred_at,"
        f" first_hearing_on, hearings, disposed_on, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {batch})", rows)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def physical_baseline_seconds(work: Path, csv_path: Path) -> float:
    """csv.reader over the file + one executemany into an unindexed table of the same columns (issue 13)."""
    path = work / "physical.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"):
        connection.execute(pragma).fetchall()
    columns = ", ".join(f"c{index} TEXT" for index in range(len(HEADERS)))
    connection.execute(f"CREATE TABLE listing ({columns})")
    placeholders = ", ".join("?" for _ in HEADERS)
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file)
        next(reader)
        connection.execute("BEGIN")
        connection.executemany(f"INSERT INTO listing VALUES ({placeholders})", reader)
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def rasad_run(template: Path, work: Path, csv_path: Path) -> dict:
    path = work / "rasad.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, path)
    result = subprocess.run([sys.executable, "-c", CHILD, str(path), str(csv_path), TODAY.isoformat()],
                            cwd=ROOT, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise SystemExit(f"the import subprocess failed:\n{result.stderr[-3000:]}")
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    if outcome["status"] != "imported":
        raise SystemExit(f"the import was not accepted: {outcome}")
    return outcome


def floor_seconds(template: Path, work: Path, csv_path: Path) -> dict:
    """(f): read the file and write the rows (b)'s last run stored, in a fresh process (see FLOOR_CHILD)."""
    path = work / "floor.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    result = subprocess.run([sys.executable, "-c", FLOOR_CHILD, str(template), str(work / "rasad.sqlite3"),
                             str(path), str(csv_path)], cwd=ROOT, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise SystemExit(f"the floor subprocess failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="rasad-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        template = work / "template.sqlite3"
        csv_path = work / "cases.csv"
        if not template.exists():
            print(f"setting up a database with {BRANCHES} branches ...", flush=True)
            make_database(template)
        with sqlite3.connect(template) as connection:
            codes = [row[0] for row in connection.execute("SELECT code FROM branch ORDER BY code")]
        if not csv_path.exists():
            print(f"writing a case listing of {args.rows:,} rows ...", flush=True)
            write_case_listing(csv_path, args.rows, codes, TODAY)
        print(f"{csv_path.stat().st_size / 1e6:.0f} MB of CSV", flush=True)
        rows = parsed_rows(csv_path, template)
        count = len(rows)
        # Alternated, so that whatever else loads the shared machine weighs on both sides alike.
        physical, baseline, runs, floors = [], [], [], []
        for _ in range(args.runs):
            physical.append(physical_baseline_seconds(work, csv_path))
            baseline.append(baseline_seconds(template, work, rows))
            runs.append(rasad_run(template, work, csv_path))
            floors.append(floor_seconds(template, work, csv_path))
        del rows
        floor = statistics.median(run["seconds"] for run in floors)
        cases_floor = statistics.median(run["cases_seconds"] for run in floors)
        rasad = [run["seconds"] for run in runs]
        rebuild = [run["rebuild"] for run in runs]
        memory = max(run["maxrss_kb"] for run in runs) / 1024
        ratio = statistics.median(rasad) / statistics.median(baseline)
        physical_ratio = statistics.median(rasad) / statistics.median(physical)
        print(f"(p) csv.reader + executemany into an unindexed table: median {statistics.median(physical):.2f} s, "
              f"min {min(physical):.2f} s = {count / statistics.median(physical):,.0f} rows/s")
        print(f"(a) parsed rows, executemany into case_record: median {statistics.median(baseline):.2f} s, min {min(baseline):.2f} s "
              f"= {count / statistics.median(baseline):,.0f} rows/s")
        print(f"(b) Rasad import_file:   median {statistics.median(rasad):.2f} s, min {min(rasad):.2f} s "
              f"= {count / statistics.median(rasad):,.0f} rows/s (of which rebuilding the indicators: "
              f"median {statistics.median(rebuild):.2f} s)")
        own = statistics.median([run["seconds"] - run["rebuild"] for run in runs])
        print(f"(b) without the rebuild: {own:.2f} s = {count / own:,.0f} rows/s, "
              f"{own / statistics.median(baseline):.2f} x (a)")
        print(f"(f) the file read + the {floors[-1]['rows']:,} rows of {floors[-1]['tables']} tables (b) stored, "
              f"written: median {floor:.2f} s = {floor / statistics.median(physical):.2f} x (p)")
        print(f"(f) the file read + the {floors[-1]['case_rows']:,} case rows alone, written: median {cases_floor:.2f} s "
              f"= {cases_floor / statistics.median(physical):.2f} x (p)")
        print(f"ratio (b)/(p): {physical_ratio:.2f} (target <= {TARGET_RATIO}); "
              f"ratio (b)/(a): {ratio:.2f} (target <= {TARGET_RATIO}); "
              f"peak memory of (b): {memory:.0f} MB (target < {TARGET_MEMORY_MB} MB)")
        from benchmarks.common import Figure, report

        return report([
            Figure("import_cases", f"{count:,} case rows imported (read, check, store, indicators)",
                   statistics.median(rasad), "s", statistics.median(physical),
                   "csv.reader + executemany, unindexed table", target_ratio=TARGET_RATIO,
                   note=f"median of {args.runs}"),
            Figure("import_cases", f"{count:,} case rows imported, against the stored-table insert",
                   statistics.median(rasad), "s", statistics.median(baseline),
                   "parsed rows, executemany into case_record", target_ratio=TARGET_RATIO,
                   note=f"median of {args.runs}"),
            Figure("import_cases", "this schema's floor: the file read, the rows Rasad stores written",
                   floor, "s", statistics.median(physical), "csv.reader + executemany, unindexed table",
                   note=f"information: no check, no computing; median of {args.runs}"),
            Figure("import_cases", "this schema's floor, the case rows alone (no figure yet)",
                   cases_floor, "s", statistics.median(physical), "csv.reader + executemany, unindexed table",
                   note=f"information: case_record and its indexes; median of {args.runs}"),
            Figure("import_cases", f"{count:,} case rows imported, against this schema's floor",
                   statistics.median(rasad), "s", floor, "the file read, the rows Rasad stores written",
                   note="information"),
            Figure("import_cases", "peak memory of the import", memory, "MB", target_value=TARGET_MEMORY_MB),
        ])
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
