"""The window benchmarks drive the real pages by their attributes and signals: run on the normal demo, they still
measure what they say (a page split into widgets once left ``benchmarks/indicators_switch.py`` reading an
attribute that had moved - only ``make benchmark`` would have found it)."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks import indicators_switch


def test_the_indicators_switch_benchmark_times_the_table_the_chart_and_the_trend(demo_template: Path,
                                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    switches, empty_repaints, rows = indicators_switch.measure(folder / "demo.sqlite3", runs=1)
    [switch], [repaint] = switches, empty_repaints
    assert rows > 1  # every branch of the demo listed
    assert switch.wall_ms > 0 and switch.cpu_ms > 0 and repaint.wall_ms > 0
    assert switch.trend_ms is not None and switch.trend_ms >= switch.wall_ms  # the trend painted after the table
