"""Time from process start to the first painted main window: empty Qt window vs. Rasad.

    python -m benchmarks.startup [--runs 5] [--cases empty,demo,large]

Each case runs in a fresh subprocess (offscreen). The parent passes its `time.time()` just before
spawning in RASAD_STARTUP_T0; the child prints `first-paint <seconds>` on the main window's first
paint event (Rasad: `desktop.ui.startup_probe`, enabled by RASAD_STARTUP_PROBE=1) and quits.
Target: median Rasad / median empty window <= 1.5. Exits 1 when a Rasad case misses it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5
TIMEOUT_S = 300

EMPTY_WINDOW = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time() - float(os.environ['RASAD_STARTUP_T0']):.4f}", flush=True)
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


def _python(*args: str | Path) -> list[str]:
    return [sys.executable, *map(str, args)]


def case_commands(databases: dict[str, Path]) -> dict[str, list[str]]:
    commands = {"empty": _python("-c", EMPTY_WINDOW)}
    for case, path in databases.items():
        commands[case] = _python("-m", "desktop", "run", "--db", path)
    return commands


def make_demo_database(path: Path, scale: str | None, env: dict[str, str]) -> None:
    command = _python("-m", "desktop", "demo", "--db", path, *(["--scale", scale] if scale else []))
    print(f"creating {scale or 'normal'} demo database: {' '.join(command[1:])}", flush=True)
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    if result.returncode != 0 or not path.is_file():
        raise BenchmarkError(
            "could not create the demo database with `python -m desktop demo --db PATH"
            f"{' --scale ' + scale if scale else ''}` (the `demo` command must exist and write PATH):\n"
            + (result.stderr or result.stdout).strip()[-2000:])


def first_paint_seconds(command: list[str], env: dict[str, str]) -> float:
    env = {**env, "RASAD_STARTUP_T0": repr(time.time())}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1])
    raise BenchmarkError(
        f"`{' '.join(command[1:3])} ...` exited {result.returncode} without printing `first-paint <seconds>`"
        " (does the main window call desktop.ui.startup_probe.install_first_paint_probe?):\n"
        + (result.stderr or result.stdout).strip()[-2000:])


def run(cases: Sequence[str], runs: int) -> int:
    with tempfile.TemporaryDirectory(prefix="rasad-bench-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_STARTUP_PROBE": "1",
               "RASAD_DATA_DIR": str(folder / "data")}
        databases: dict[str, Path] = {}
        for case, scale in (("demo", None), ("large", "large")):
            if case in cases:
                databases[case] = folder / f"{case}.sqlite3"
                make_demo_database(databases[case], scale, env)
        commands = {case: command for case, command in case_commands(databases).items() if case in cases}

        # One untimed warm-up each (bytecode and font caches), then interleaved rounds.
        for command in commands.values():
            first_paint_seconds(command, env)
        times: dict[str, list[float]] = {case: [] for case in commands}
        for _ in range(runs):
            for case, command in commands.items():
                times[case].append(first_paint_seconds(command, env))

    print(f"\nfirst paint after process start, {runs} runs, seconds")
    print(f"{'case':<8} {'median':>8} {'min':>8}   ratio to empty (median)")
    empty = statistics.median(times["empty"]) if "empty" in times else None
    missed = []
    for case, values in times.items():
        median = statistics.median(values)
        line = f"{case:<8} {median:8.3f} {min(values):8.3f}"
        if empty and case != "empty":
            ratio = median / empty
            ok = ratio <= TARGET_RATIO
            line += f"   {ratio:.2f} ({'ok' if ok else 'over'} target {TARGET_RATIO})"
            if not ok:
                missed.append(case)
        print(line)
    return 1 if missed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cases", default="empty,demo,large",
                        help="comma-separated subset of empty,demo,large (default: all)")
    args = parser.parse_args(argv)
    cases = [case.strip() for case in args.cases.split(",") if case.strip()]
    unknown = set(cases) - {"empty", "demo", "large"}
    if unknown:
        parser.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    try:
        return run(cases, args.runs)
    except BenchmarkError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
