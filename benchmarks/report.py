"""The six-monthly status report of the large province, as PDF with all its charts: time and peak memory.

    python -m benchmarks.report [--db LARGE.sqlite3] [--runs 3] [--period 1405-H1]

Without --db the large demo (3,000 branches, 2,000 activities, two years of cases) is generated into a temporary
folder first. Each run is a fresh process that opens the database, builds the report (Persian, as the window
does) and writes the PDF; it reports the time of build + write (imports and opening the database — done once
when the window starts — are measured apart) and the process's peak resident memory. Target: median <= 5 s.

Then the same report from the command line as a user runs it — ``python -m desktop report status``, process start
to the file written (the process exits after closing it) — beside a bare Python interpreter's start measured in the
same run. Target (issue 13): median <= 5 s. And the same on a copy of the file with no check record beside it
(a database brought in from elsewhere, a backup restored by hand): the whole-file check its audit record needs
runs too, started ahead beside the figures (``Database.check_ahead``); same target. Exits 1 when a target is
missed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, process_times, python, report

TARGET_S = 5.0
AS_OF = "2026-11-23"


def measure(db: Path, period: str, out: Path) -> dict[str, float]:
    import resource

    started = time.perf_counter()
    from datetime import date

    from desktop.cli.output import translated
    from desktop.clock import FixedClock
    from desktop.domain.jalali import JalaliPeriod
    from desktop.reports.language import ReportLanguage
    from desktop.reports.service import ReportKind, ReportRequest, ReportService
    from desktop.store.database import open_database

    translated("Reports", "Summary")  # load Qt's translator before the clock starts
    before_open = time.perf_counter()
    database = open_database(db, create=False)  # the window has it open already (header, schema, revision)
    imported = time.perf_counter()
    service = ReportService(database, FixedClock(date.fromisoformat(AS_OF)))
    lang = ReportLanguage(translated, rtl=True)
    from desktop.reports.chart_process import start_chart_process

    start_chart_process()  # as the window's job does when it writes a PDF: the charts are drawn beside
    report = service.build(ReportRequest(ReportKind.STATUS, JalaliPeriod.parse(period)), lang)
    built = time.perf_counter()
    service.write(report, out, lang)
    written = time.perf_counter()
    database.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"imports": before_open - started, "open": imported - before_open, "build": built - imported, "write": written - built,
            "total": written - imported, "peak_mb": peak_kb / 1024, "charts": len(report.charts()),
            "bytes": out.stat().st_size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the large demo database (generated when missing)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--period", default="1405-H1")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process: the PDF to write
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.db, args.period, args.measure)))
        return 0
    with tempfile.TemporaryDirectory(prefix="rasad-report-") as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "large.sqlite3"
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "desktop", "demo", "--scale", "large", "--db", str(db),
                            "--as-of", AS_OF], check=True, stdout=subprocess.DEVNULL)
            print(f"large demo generated in {time.perf_counter() - started:.1f} s")
        results = []
        for run in range(args.runs):
            child = subprocess.run([sys.executable, "-m", "benchmarks.report", "--db", str(db), "--period",
                                    args.period, "--measure", str(Path(folder) / f"status-{run}.pdf")],
                                   check=True, capture_output=True, text=True)
            result = json.loads(child.stdout.strip().splitlines()[-1])
            results.append(result)
            print(f"  run {run + 1}: build {result['build']:.2f} s + PDF {result['write']:.2f} s = "
                  f"{result['total']:.2f} s; peak {result['peak_mb']:.0f} MB; {result['charts']} charts; "
                  f"{result['bytes'] / 1024:.0f} KB (not counted: imports {result['imports']:.2f} s, opening the database "
                  f"{result['open']:.2f} s)")
        command_times, command_cpu, interpreter_times = [], [], []
        for run in range(args.runs):
            out = Path(folder) / f"status-cli-{run}.pdf"
            wall, cpu = process_times(python(
                "-m", "desktop", "report", "status", "--db", db, "--period", args.period, "--out", out,
                "--as-of", AS_OF), done=out.is_file)
            command_times.append(wall)
            command_cpu.append(cpu)
            interpreter_times.append(process_times(python("-c", "pass"))[0])
            print(f"  run {run + 1}: `report status` from the command line {wall:.2f} s ({cpu:.2f} s CPU; "
                  f"python -c pass {interpreter_times[-1]:.2f} s)")
        copied_times = []
        for run in range(args.runs):
            copied = Path(folder) / "copied.sqlite3"
            shutil.copyfile(db, copied)  # not timed; no record beside it: nothing vouches for this file
            out = Path(folder) / f"status-copied-{run}.pdf"
            wall, _cpu = process_times(python(
                "-m", "desktop", "report", "status", "--db", copied, "--period", args.period, "--out", out,
                "--as-of", AS_OF), done=out.is_file)
            copied_times.append(wall)
            print(f"  run {run + 1}: `report status` on a copy brought in (checked first) {wall:.2f} s")
            for leftover in Path(folder).glob("copied.sqlite3*"):
                leftover.unlink()
    totals = [r["total"] for r in results]
    median = statistics.median(totals)
    print(f"six-monthly status report, large province: median {median:.2f} s, min {min(totals):.2f} s "
          f"(target < {TARGET_S:.0f} s); peak memory {max(r['peak_mb'] for r in results):.0f} MB")
    note = f"median of {args.runs} runs, large demo, {args.period}"
    return report([
        Figure("report", "status report built and written (in process)", median, "s", target_value=TARGET_S,
               note=note + f"; peak {max(r['peak_mb'] for r in results):.0f} MB"),
        Figure("report", "`report status` command, process start to file written",
               statistics.median(command_times), "s", statistics.median(interpreter_times),
               "python -c pass", target_value=TARGET_S, note=note),
        Figure("report", "`report status` on a copy brought in (its whole-file check too)",
               statistics.median(copied_times), "s", statistics.median(interpreter_times), "python -c pass",
               target_value=TARGET_S, note=note),
        Figure("report", "`report status` command, CPU seconds", statistics.median(command_cpu), "s",
               note="information: CPU time is little disturbed by other work on the machine"),
    ])


if __name__ == "__main__":
    raise SystemExit(main())
