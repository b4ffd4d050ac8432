"""Starting the window imports only what the overview needs: the heavy libraries wait for the page or the
command that uses them (charts, PDF, the center, sending, Excel, migrations)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Not needed to show the overview's figures (the chart is drawn just after them).
HEAVY = ("matplotlib", "reportlab", "httpx2", "httpx", "fastapi", "uvicorn", "alembic", "openpyxl", "numpy",
         "desktop.center", "desktop.reports", "desktop.sync")


def _start(db: Path, data_dir: Path, *args: str) -> dict[str, str]:
    # XDG_CONFIG_HOME: the window's preferences (the remembered last page among them) private to the test, so
    # the page a user or an earlier run left open is not where this start begins
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(data_dir), "RASAD_LANG": "en",
           "XDG_CONFIG_HOME": str(data_dir.parent / "config"),
           "RASAD_STARTUP_PROBE": "1", "RASAD_STARTUP_T0": repr(time.time())}
    result = subprocess.run([sys.executable, "-m", "desktop", "run", "--db", str(db), *args], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=180)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "ready" in lines, result.stdout + result.stderr
    return lines


def test_the_overview_is_painted_with_its_figures_before_any_heavy_library_is_imported(
        demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template / "demo.sqlite3", db)
    lines = _start(db, tmp_path / "data")
    loaded = set(lines["modules-at-ready"].split(","))
    assert "desktop.ui" in loaded and "sqlalchemy" in loaded  # the list is real
    assert sorted(loaded & set(HEAVY)) == []
    assert float(lines["ready"]) > float(lines["first-paint"])  # readiness is not the first paint


def test_the_window_paints_before_the_database_layer_is_imported(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template / "demo.sqlite3", db)
    lines = _start(db, tmp_path / "data")
    at_first_paint = set(lines["modules-at-first-paint"].split(","))
    assert "PySide6" in at_first_paint  # the list is real
    assert sorted(at_first_paint & {"sqlalchemy", "matplotlib", "alembic", "jdatetime"}) == []


def test_the_command_lines_help_loads_no_database_layer(tmp_path: Path) -> None:
    # -X importtime lists every module imported, on stderr, whatever the command prints.
    env = {**os.environ, "RASAD_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", "--help"], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "desktop.cli.commands_audit" in imported  # every command is registered
    assert sorted(name for name in imported if name.split(".")[0] in {"sqlalchemy", "matplotlib", "alembic"}) == []


def test_started_from_a_current_snapshot_the_overview_is_ready_before_sqlalchemy_or_matplotlib(
        demo_template: Path, tmp_path: Path) -> None:
    from tests.ui.test_startup_snapshot import remembered_demo

    db = remembered_demo(demo_template, tmp_path / "demo")
    lines = _start(db, tmp_path / "data")
    loaded = set(lines["modules-at-ready"].split(","))
    assert "desktop.overview" in loaded  # the figures came from the snapshot
    assert sorted(name for name in loaded if name in {"sqlalchemy", "alembic", "desktop.store.database"}
                  or name in HEAVY) == []
    assert "sqlalchemy" not in lines["modules-at-ready"].split(",")


def test_the_indicators_page_is_ranked_and_painted_before_matplotlib_is_imported(
        demo_template: Path, tmp_path: Path) -> None:
    """The ranking chart is drawn with Qt; only the trend (computed after that paint) needs matplotlib."""
    db = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template / "demo.sqlite3", db)
    lines = _start(db, tmp_path / "data", "--page", "indicators")
    assert float(lines["ready"]) > float(lines["first-paint"])
    loaded = set(lines["modules-at-ready"].split(","))
    assert {"desktop.indicators", "desktop.ui"} <= loaded  # the list is real
    assert sorted(loaded & set(HEAVY)) == []


def test_the_indicators_page_module_imports_neither_matplotlib_nor_sqlalchemy() -> None:
    """Its services are handed to it: the types it names for them are only for the type checker."""
    code = ("import sys, desktop.ui.pages.indicators; "
            "print(sorted(m for m in ('matplotlib', 'sqlalchemy', 'numpy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_started_from_a_current_snapshot_the_indicators_page_is_ranked_before_sqlalchemy_or_matplotlib(
        demo_template: Path, tmp_path: Path) -> None:
    from tests.ui.test_startup_ranking import ranked_demo

    db = ranked_demo(demo_template, tmp_path / "demo")
    lines = _start(db, tmp_path / "data", "--page", "indicators")
    assert "started-from" in lines  # the ranking came from the snapshot
    loaded = set(lines["modules-at-ready"].split(","))
    assert {"desktop.ranking", "desktop.ui"} <= loaded  # the list is real
    assert sorted(name for name in loaded if name in {"sqlalchemy", "alembic", "desktop.store.database"}
                  or name in HEAVY) == []
