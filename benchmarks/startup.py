"""What the user waits for at start: process start → the overview painted WITH its figures, and → the
indicators page painted with its ranking; the normal and the large demo beside an empty PySide6 window.

    python -m benchmarks.startup [--runs 5] [--normal-db PATH] [--large-db PATH] [--cases ...]

Every case is a whole fresh process (offscreen). The parent passes its ``time.time()`` just before spawning in
RASAD_STARTUP_T0; the child prints ``ready <seconds>`` at the first paint of the page that happens after the
page reports its data shown (``desktop.ui.startup_probe``, enabled by RASAD_STARTUP_PROBE=1), then quits. The
empty window prints ``ready`` at its first paint: it has nothing else to show. The window's own first paint
(before the database is even opened) is printed too, and is never what is timed.

The overview and the indicators page start from their first view remembered in the database when it is
current (desktop/store/view_snapshots.py): the ``home-*`` and ``indicators-*`` cases time that start (the
snapshot made current by the untimed warm-up; each run checks it was used), the ``*-cold`` cases the start
after a write made it stale — before every cold run one small write through the app's store bumps the data
generation (untimed), so the window computes the page (and remembers it again).

The demos given are copied into the run's folder first (opening migrates, and the runs write snapshots: the
originals are never touched); each copy is checked once (`db check`), so its record spares the full check.

One untimed warm-up per case, then ``--runs`` interleaved rounds; medians. Targets (issue 13): the large demo
≤ 5 × the empty window and ≤ 1.2 × the normal demo (opening costs the same for any size), for both pages;
cold (both pages), the large demo ≤ 1.2 × the normal demo (its ratios to the empty window are shown as information).
Without --normal-db/--large-db the demos are generated into a temporary folder first.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.common import ROOT, Figure, failed_figure, python, report
from desktop.ui.offscreen_screen import write_screen_config

TARGET_VS_EMPTY = 5.0
TARGET_VS_NORMAL = 1.2
TIMEOUT_S = 300
AS_OF = "2026-11-23"
CASES = ("empty", "home-normal", "home-large", "home-normal-cold", "home-large-cold", "indicators-normal",
         "indicators-large", "indicators-normal-cold", "indicators-large-cold")
#: Run before every cold case, untimed: one write session through the store, the data unchanged.
MAKE_STALE = """
import sys
from sqlalchemy import text
from desktop.store.database import open_database
with open_database(sys.argv[1]) as database, database.session() as session:
    session.execute(text("UPDATE setting SET value = value WHERE key = 'province.name'"))
"""

EMPTY_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"ready {time.time() - float(os.environ['RASAD_STARTUP_T0']):.4f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
probe = FirstPaint(window)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


class BenchmarkError(Exception):
    pass


def database_of(case: str, databases: dict[str, Path]) -> Path:
    """The cold cases have a copy of their own: their writes must not make the warm cases' snapshot stale."""
    page, scale, *cold = case.split("-")
    return databases[f"{scale}-cold" if cold else scale]


def case_command(case: str, databases: dict[str, Path]) -> list[str]:
    if case == "empty":
        return python("-c", EMPTY_WINDOW)
    page = case.split("-")[0]
    return python("-m", "desktop", "run", "--db", database_of(case, databases), "--page", page)


def prepare_copy(original: Path, copy: Path, env: dict[str, str]) -> None:
    """The demo copied (never used in place), migrated and checked once: its record spares the full check
    before the first write of each run, as on a machine where Rasad closed the file last."""
    for suffix in ("", "-wal"):
        if Path(f"{original}{suffix}").exists():
            shutil.copyfile(f"{original}{suffix}", f"{copy}{suffix}")
    result = subprocess.run(python("-m", "desktop", "db", "check", "--db", copy), cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=TIMEOUT_S)
    if result.returncode != 0:
        raise BenchmarkError(f"could not check {copy}:\n" + (result.stderr or result.stdout)[-2000:])


def make_stale(case: str, databases: dict[str, Path], env: dict[str, str]) -> None:
    if case.endswith("-cold"):
        subprocess.run(python("-c", MAKE_STALE, database_of(case, databases)), cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=TIMEOUT_S)


def make_demo_database(path: Path, scale: str, env: dict[str, str]) -> None:
    command = python("-m", "desktop", "demo", "--db", path, "--scale", scale, "--as-of", AS_OF)
    print(f"creating the {scale} demo database …", flush=True)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    if result.returncode != 0 or not path.is_file():
        raise BenchmarkError("could not create the demo database:\n" + (result.stderr or result.stdout)[-2000:])


def ready_seconds(command: list[str], env: dict[str, str], from_snapshot: bool | None = None) -> tuple[float, float]:
    """Wall seconds from spawn to the ready paint, and the CPU seconds the whole process used (it quits
    right after being ready). CPU time is far less disturbed by other work on a shared machine.
    ``from_snapshot``: the page must (True) or must not (False) have started from its snapshot."""
    env = {**env, "RASAD_STARTUP_T0": repr(time.time())}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = result.stdout.splitlines()
    started_from_snapshot = "started-from snapshot" in lines
    if from_snapshot is not None and started_from_snapshot != from_snapshot:
        raise BenchmarkError(f"`{' '.join(command[1:6])} …` {'did not start' if from_snapshot else 'started'} "
                             "from its remembered first view")
    for line in lines:
        if line.startswith("ready "):
            return float(line.split()[1]), cpu
    raise BenchmarkError(
        f"`{' '.join(command[1:6])} …` exited {result.returncode} without printing `ready <seconds>`:\n"
        + (result.stderr or result.stdout).strip()[-2000:])


Times = dict[str, list[tuple[float, float]]]


def measure(cases: Sequence[str], runs: int, databases: dict[str, Path], env: dict[str, str]) -> Times:
    commands = {case: case_command(case, databases) for case in cases}
    # warm-up: bytecode, font caches, the file in the page cache; the overview computed and remembered
    for case, command in commands.items():
        make_stale(case, databases, env)
        ready_seconds(command, env)
    times: Times = {case: [] for case in cases}
    for round_ in range(runs):
        for case, command in commands.items():
            make_stale(case, databases, env)
            expected = None if case == "empty" else not case.endswith("-cold")
            times[case].append(ready_seconds(command, env, expected))
        print(f"  round {round_ + 1}/{runs}: " + ", ".join(
            f"{c} {times[c][-1][0]:.2f} s ({times[c][-1][1]:.2f} s CPU)" for c in cases), flush=True)
    return times


def figures(times: Times, runs: int) -> list[Figure]:
    """The targeted figures are wall time to readiness; the CPU seconds of the same processes follow as
    information (they show the work done when the machine is too busy for wall time to mean much)."""
    result = []
    for kind, index, unit_note in (("", 0, ""), (" (CPU)", 1, "CPU seconds of ")):
        medians = {case: statistics.median(value[index] for value in values) for case, values in times.items()}
        for page, suffix, title in (("home", "", "overview painted with its figures"),
                                    ("home", "-cold", "overview painted with its figures, snapshot stale"),
                                    ("indicators", "", "indicators page painted, ranked"),
                                    ("indicators", "-cold", "indicators page painted, ranked, snapshot stale")):
            normal, large = medians.get(f"{page}-normal{suffix}"), medians.get(f"{page}-large{suffix}")
            note = f"median of {unit_note}{runs} whole processes"
            targeted = index == 0
            if normal is not None and "empty" in medians:
                result.append(Figure("startup", f"{title}, normal demo{kind}", normal, "s", medians["empty"],
                                     "empty PySide6 window", note=note))
            if large is not None and "empty" in medians:
                result.append(Figure("startup", f"{title}, large demo{kind}", large, "s", medians["empty"],
                                     "empty PySide6 window",
                                     target_ratio=TARGET_VS_EMPTY if targeted and not suffix else None,
                                     note=note))
            if large is not None and normal is not None:
                result.append(Figure("startup", f"{title}, large demo{kind}", large, "s", normal, "normal demo",
                                     target_ratio=TARGET_VS_NORMAL if targeted else None, note=note))
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--normal-db", type=Path, help="the normal demo (generated when not given)")
    parser.add_argument("--large-db", "--db", dest="large_db", type=Path,
                        help="the large demo (generated when not given)")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated subset of {','.join(CASES)}")
    args = parser.parse_args(argv)
    cases = [case.strip() for case in args.cases.split(",") if case.strip()]
    unknown = set(cases) - set(CASES)
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    try:
        with tempfile.TemporaryDirectory(prefix="rasad-startup-") as tmp:
            folder = Path(tmp)
            # A 1920x1080 offscreen screen: the window opens at its first size, 1280x800, as the empty window is
            # (on Qt's default 800x800 offscreen screen it would be fitted to 800 pixels: less to paint)
            screen = write_screen_config(folder)
            env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "RASAD_STARTUP_PROBE": "1",
                   "RASAD_DATA_DIR": str(folder / "data"),
                   # the window's own preferences (QSettings) in the run's folder: a run never changes the
                   # user's remembered page, nor starts on the page an earlier run or the user left open
                   "XDG_CONFIG_HOME": str(folder / "config")}
            databases: dict[str, Path] = {}
            for scale, given in (("normal", args.normal_db), ("large", args.large_db)):
                for kind in ("", "-cold"):
                    if not any(case.endswith(scale + kind) for case in cases):
                        continue
                    if given is None:
                        given = folder / f"{scale}-demo.sqlite3"
                        make_demo_database(given, scale, env)
                    copy = folder / f"{scale}{kind}.sqlite3"
                    prepare_copy(given, copy, env)
                    databases[scale + kind] = copy
            times = measure(cases, args.runs, databases, env)
    except (BenchmarkError, subprocess.TimeoutExpired) as error:
        return report([failed_figure("startup", str(error).splitlines()[0])])
    return report(figures(times, args.runs))


if __name__ == "__main__":
    sys.exit(main())
