"""Switching the indicators page to all 3,000 branches of the large demo, until table AND ranking chart are painted.

    python -m benchmarks.indicators_switch [--db LARGE.sqlite3] [--runs 5]

In one process, offscreen (``QT_QPA_PLATFORM=offscreen``), in Persian with the app's fonts: the indicators page
in a 1280 x 800 window on a copy of the large demo (generated when --db is not given), showing the judicial
districts.
Each run switches the Level box to "All branches of the province" and waits until the ranking table's
viewport AND the ranking chart (a QPainter widget: it draws its bars in that paint) have each been painted
after the switch - readiness, never an earlier signal. The trend of the first branch is computed once those are
painted (the page says "loading the trend" meanwhile): the time until its canvas is painted is shown beside,
without a target, and each run waits for it so runs never overlap; then it switches back to the districts (not timed). One
warm-up round first; the figures are the medians of ``--runs``: the process's CPU time over the switch (what
the target is judged on: the machine is shared and the work is single-threaded, so on a machine of its own
the wall time is this CPU time) and its wall time (shown).

Baseline, in the same run and window size: an empty QTableView of the ranking table's size asked to repaint,
timed the same way (until its viewport is painted). Target (issue 13): the switch <= 300 ms; the ratio to the
empty table is shown. Exits 1 when the target is missed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import ROOT  # noqa: E402

TARGET_MS = 300.0
AS_OF = "2026-11-23"
TIMEOUT_S = 60.0


class _Paints:
    """Counts the paint events a widget receives while installed."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.count = 0
        paints = self

        class Watcher(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint:
                    paints.count += 1
                return False

        self._widget, self._watcher = widget, Watcher()
        widget.installEventFilter(self._watcher)

    def remove(self) -> None:
        self._widget.removeEventFilter(self._watcher)


@dataclass(frozen=True)
class Timing:
    wall_ms: float  # until every widget was painted
    cpu_ms: float  # the process's CPU time over that span
    trend_ms: float | None = None  # wall time until the trend of the first unit was painted (no target)


def _painted_after(action: Callable[[], None], widgets: Sequence[object], page=None) -> Timing:
    """From starting ``action`` until every widget has received a paint event after it: wall time and this
    process's CPU time; with ``page``, then on until the page's trend (computed after that paint) has been
    drawn and its canvas painted, the wall time to that as well."""
    from PySide6.QtWidgets import QApplication

    watched = [_Paints(widget) for widget in widgets]
    shown: list[float] = []
    trend_paints: list[_Paints] = []

    def trend_shown() -> None:
        shown.append(time.perf_counter())
        trend_paints.append(_Paints(page.trend.chart.canvas))

    if page is not None:
        page.trend_shown.connect(trend_shown)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        action()
        while any(w.count == 0 for w in watched):
            QApplication.processEvents()
            if time.perf_counter() - started > TIMEOUT_S:
                raise RuntimeError("the page was not painted within a minute")
        timing = Timing((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)
        if page is None:
            return timing
        while not trend_paints or trend_paints[0].count == 0:
            QApplication.processEvents()
            if time.perf_counter() - started > TIMEOUT_S:
                raise RuntimeError("the trend was not painted within a minute")
        return Timing(timing.wall_ms, timing.cpu_ms, (time.perf_counter() - started) * 1000)
    finally:
        for w in (*watched, *trend_paints):
            w.remove()
        if page is not None:
            page.trend_shown.disconnect(trend_shown)


def measure(db: Path, runs: int) -> tuple[list[Timing], list[Timing], int]:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from desktop.clock import FixedClock
    from desktop.context import AppServices
    from desktop.store.database import open_database
    from desktop.ui.changes import ChangeNotifier
    from desktop.ui.fonts import install_fonts
    from desktop.ui.language import Language, install_language
    from desktop.ui.pages.indicators import IndicatorsPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_language(app, Language.PERSIAN)
    install_fonts(app)
    database = open_database(db, create=False)
    services = AppServices(database, FixedClock(date.fromisoformat(AS_OF)))
    page = IndicatorsPage(services, ChangeNotifier())
    window = QMainWindow()
    window.setCentralWidget(page)
    window.resize(1280, 800)
    window.show()
    for _ in range(50):
        app.processEvents()
    chart = page.ranking_chart()
    assert chart is not None, "the page drew no ranking chart"
    targets = [page.view.viewport(), chart]

    empty_window = QMainWindow()
    empty = QTableView()
    empty.setModel(QStandardItemModel(0, page.model.columnCount()))
    empty_window.setCentralWidget(empty)
    empty_window.resize(page.view.size())
    empty_window.show()
    for _ in range(20):
        app.processEvents()

    def to_branches() -> None:
        page.set_choice(level="branch")

    def to_districts() -> None:
        page.set_choice(level="district")

    switch_ms, empty_ms = [], []
    for run in range(runs + 1):  # the first round warms up (imports, page cache)
        taken = _painted_after(to_branches, targets, page)  # on until the trend too, so runs never overlap
        rows = page.model.rowCount()
        repainted = _painted_after(empty.viewport().update, [empty.viewport()])
        _painted_after(to_districts, targets, page)
        if run:
            switch_ms.append(taken)
            empty_ms.append(repainted)
    window.close()
    empty_window.close()
    services.close() if hasattr(services, "close") else database.close()
    return switch_ms, empty_ms, rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the large demo database (generated when missing)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rasad-switch-bench-") as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "large.sqlite3"
            print("generating the large demo ...", flush=True)
            subprocess.run([sys.executable, "-m", "desktop", "demo", "--scale", "large", "--db", str(db),
                            "--as-of", AS_OF], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        copy = Path(folder) / "switch.sqlite3"  # the window may write (settings): never to the shared demo
        with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        switch_ms, empty_ms, rows = measure(copy, args.runs)
    wall = statistics.median(t.wall_ms for t in switch_ms)
    cpu = statistics.median(t.cpu_ms for t in switch_ms)
    trend = statistics.median(t.trend_ms for t in switch_ms if t.trend_ms is not None)
    base_wall = statistics.median(t.wall_ms for t in empty_ms)
    base_cpu = statistics.median(t.cpu_ms for t in empty_ms)
    slowest = max(t.wall_ms for t in switch_ms)
    print(f"switch to all branches ({rows:,} rows), table and ranking chart painted: median {wall:.0f} ms wall "
          f"(slowest {slowest:.0f} ms), {cpu:.0f} ms CPU; then the first branch's trend "
          f"painted after {trend:.0f} ms wall; empty table repainted: {base_wall:.1f} ms wall, "
          f"{base_cpu:.1f} ms CPU")
    from benchmarks.common import Figure, report

    name = f"indicators page switched to all {rows:,} branches, table and ranking chart painted"
    return report([
        Figure("indicators_switch", f"{name} (CPU time)", cpu, "ms", base_cpu, "empty QTableView repainted",
               target_value=TARGET_MS, note=f"median of {args.runs}"),
        Figure("indicators_switch", f"{name} (wall time; shared machine)", wall, "ms", base_wall,
               "empty QTableView repainted", note=f"median of {args.runs}, slowest {slowest:.0f} ms"),
        Figure("indicators_switch", "then the first branch's trend painted (wall time, computed after that paint)",
               trend, "ms", base_wall, "empty QTableView repainted", note=f"median of {args.runs}; no target"),
    ])


if __name__ == "__main__":
    sys.exit(main())
