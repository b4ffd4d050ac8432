"""matplotlib is imported off the window's thread: on the window's thread its half a second of imports froze the
window just after the overview's figures were painted (0.5-0.7 s on the large demo), before the driver chart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: A window on the demo, in a process of its own (matplotlib not yet imported), that reports the thread of the
#: first import of matplotlib and whether the overview's driver chart was then drawn.
_WINDOW = """
import builtins, sys, tempfile, threading, time
from datetime import date
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

importing_threads = []
original_import = builtins.__import__
def recording_import(name, *args, **kwargs):
    if name == "matplotlib" and "matplotlib" not in sys.modules:
        importing_threads.append(threading.current_thread() is threading.main_thread())
    return original_import(name, *args, **kwargs)
builtins.__import__ = recording_import

app = QApplication([])
from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.store.database import open_database
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings
from desktop.ui.tasks import stop_background_jobs

database = open_database(sys.argv[1], create=False)
services = AppServices(database, FixedClock(date(2026, 11, 23)), is_demo=True)
settings = UiSettings(QSettings(tempfile.mkdtemp() + "/ui.ini", QSettings.Format.IniFormat))
window = MainWindow(settings, services)
window.show()
home = window.show_page("home")
deadline = time.monotonic() + 60
while not home.is_complete() and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("chart-drawn", home.is_complete())
print("first-import-on-window-thread", importing_threads[:1])
window.close()
stop_background_jobs()
database.close()
"""


def test_the_overviews_chart_is_drawn_after_matplotlib_was_imported_off_the_windows_thread(
        demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template / "demo.sqlite3", db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", _WINDOW, str(db)], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["chart-drawn"] == "True"
    assert lines["first-import-on-window-thread"] == "[False]"  # imported once, by a worker
