"""matplotlib is imported off the window's thread, but never its Qt canvas: that module defines subclasses of Qt
classes, and defining them on a worker while the window's thread ran Qt crashed the test process (a segmentation
fault in `class _IconEngine(QtGui.QIconEngine)`). The window's thread imports it with the first canvas."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent("""
    import sys, threading
    from desktop.ui.charts.loading import load_chart_library
    worker = threading.Thread(target=load_chart_library)
    worker.start()
    worker.join()
    print(sorted(name for name in sys.modules if name.startswith("matplotlib.backends.backend_qt")))
    print("matplotlib.figure" in sys.modules)
""")


def test_the_worker_imports_matplotlib_but_not_its_qt_canvas() -> None:
    run = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    qt_modules, figure_loaded = run.stdout.splitlines()
    assert qt_modules == "[]" and figure_loaded == "True"
