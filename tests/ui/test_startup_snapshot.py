"""Starting from the remembered overview: shown before the database is opened, then confirmed by the services;
never a stale, foreign or unreadable one, never with accounts, never over a file opening refuses."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.overview import codec
from desktop.store.database import open_database
from desktop.ui.app import remembered_overview
from desktop.ui.main_window import MainWindow
from tests.ui.remembered_demo import demo_with_remembered_view

ROOT = Path(__file__).resolve().parents[2]


def remembered_demo(demo_template: Path, folder: Path) -> Path:
    """A copy of the demo whose overview was computed and remembered for today (the window's clock), closed."""
    return demo_with_remembered_view(demo_template, folder, "overview")


@pytest.mark.gui
def test_the_overview_shown_from_its_snapshot_is_kept_when_the_services_compute_the_same(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings, caplog) -> None:
    path = remembered_demo(demo_template, tmp_path / "demo")
    overview = remembered_overview(path)
    assert overview is not None
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    home = window.show_remembered_overview(overview)
    window.show()
    assert home.is_loaded() and home.is_from_snapshot()
    qtbot.waitUntil(home.is_complete, timeout=20_000)  # the chart follows the remembered figures too
    home.link_requested.emit("page:meetings")  # clicked before the database is open: followed once it is
    database = open_database(path)
    try:
        with caplog.at_level(logging.WARNING):
            window.attach(AppServices(database))
            assert window.page("home") is home
            qtbot.waitUntil(lambda: not home.is_from_snapshot() and not home.is_refreshing(), timeout=30_000)
        assert "missed invalidation" not in caplog.text
        computed = AppServices(database).overview.compute().overview
        assert home._data == computed == overview
        assert window.current_page_key() == "meetings"
    finally:
        window.close()
        database.close()


@pytest.mark.gui
def test_a_remembered_overview_that_differs_is_replaced_and_said(qtbot, demo_template: Path, tmp_path: Path,
                                                                  ui_settings, caplog) -> None:
    path = remembered_demo(demo_template, tmp_path / "demo")
    overview = remembered_overview(path)
    # A write that bypassed the engine (a foreign tool): the generation did not move, the data did.
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE setting SET value = '\"استان دیگر\"' WHERE key = 'province.name'")
    connection.close()
    assert remembered_overview(path) == overview  # still "current": the case the recomputation catches
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    home = window.show_remembered_overview(overview)
    database = open_database(path)
    try:
        with caplog.at_level(logging.WARNING):
            window.attach(AppServices(database))
            qtbot.waitUntil(lambda: not home.is_from_snapshot() and not home.is_refreshing(), timeout=30_000)
        assert "missed invalidation" in caplog.text
        assert home.summary().province_name == "استان دیگر"
    finally:
        window.close()
        database.close()


def test_a_foreign_or_corrupted_payload_is_never_shown(demo_template: Path, tmp_path: Path, caplog) -> None:
    path = remembered_demo(demo_template, tmp_path / "demo")
    for payload in (b"\x00garbage", codec.msgspec.msgpack.encode({"summary": 1}), b""):
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("UPDATE view_snapshot SET payload = ?", (payload,))
        connection.close()
        with caplog.at_level(logging.WARNING):
            assert remembered_overview(path) is None
    assert "could not be read" in caplog.text


def test_with_accounts_no_overview_is_shown_before_sign_in(demo_template: Path, tmp_path: Path) -> None:
    path = remembered_demo(demo_template, tmp_path / "demo")
    assert remembered_overview(path) is not None
    with open_database(path) as database:
        database.health.check()
        AppServices(database).accounts.create_first_secretary("dabir", "دبیر", "a long enough password 1")
    assert remembered_overview(path) is None


def _run(db: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(data),
           "XDG_CONFIG_HOME": str(data.parent / "config"), "RASAD_STARTUP_PROBE": "1",
           "RASAD_STARTUP_T0": repr(time.time())}
    env.pop("RASAD_LANG", None)
    return subprocess.run([sys.executable, "-m", "desktop", "run", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=180)


def test_a_file_cut_short_is_refused_in_persian_before_its_snapshot_is_shown_or_a_byte_written(
        demo_template: Path, tmp_path: Path) -> None:
    path = remembered_demo(demo_template, tmp_path / "demo")
    with path.open("r+b") as file:
        file.truncate(path.stat().st_size // 2)
    size, modified = path.stat().st_size, path.stat().st_mtime_ns
    result = _run(path, tmp_path / "data", "--selftest")
    assert result.returncode == 1
    assert "ready" not in result.stdout  # no overview was painted, not even the remembered one
    assert str(path) in result.stderr and any("\u0600" <= c <= "\u06ff" for c in result.stderr)
    assert "Traceback" not in result.stderr
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (size, modified)


def test_a_payload_of_the_right_shape_with_a_value_the_page_cannot_show_is_not_shown(demo_template: Path,
                                                                                      tmp_path: Path) -> None:
    path = remembered_demo(demo_template, tmp_path / "demo")
    overview = remembered_overview(path)
    milestones = tuple(replace(m, status="bogus") for m in overview.summary.milestones)
    strange = replace(overview, summary=replace(overview.summary, milestones=milestones))
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE view_snapshot SET payload = ?", (codec.encode(strange),))
    connection.close()
    assert remembered_overview(path) is None


@pytest.mark.gui
def test_an_overview_computed_before_the_health_was_known_is_remembered_once_the_check_passes(
        qtbot, demo_services: AppServices, ui_settings, monkeypatch) -> None:
    from desktop.store.view_snapshots import read_without_checks
    from desktop.ui import health_check

    # The background check waits for this test (on a busy machine a second can pass before the first look).
    monkeypatch.setattr(health_check, "BACKGROUND_DELAY_MS", 600_000)
    # A copied file: nothing vouches for it, so the overview computed at start cannot be remembered yet.
    assert not demo_services.database.health.cleared_by_record
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(lambda: home.is_loaded() and not home.is_refreshing(), timeout=30_000)
    key = codec.snapshot_key(demo_services.clock.today())
    assert demo_services.database.health.report.status.value == "unchecked"
    assert read_without_checks(demo_services.database.path, key) is None
    window.health_check._start()  # the scheduled background check, now
    qtbot.waitUntil(lambda: demo_services.database.health.report.status.value == "healthy", timeout=60_000)
    qtbot.waitUntil(lambda: read_without_checks(demo_services.database.path, key) is not None, timeout=10_000)
    window.close()


@pytest.mark.gui
def test_accounts_created_after_the_snapshot_was_read_take_it_off_the_screen_before_the_sign_in(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings, monkeypatch) -> None:
    """The snapshot is read (no accounts yet) and painted; another process then creates an account before the
    window opens the database: the province-wide overview stayed on screen behind the sign-in dialog, and was
    kept after a district head signed in."""
    from desktop.ui import startup

    path = remembered_demo(demo_template, tmp_path / "demo")
    overview = remembered_overview(path)
    assert overview is not None
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    home = window.show_remembered_overview(overview)
    window.show()
    with open_database(path) as database:  # meanwhile, another process
        database.health.check()
        AppServices(database).accounts.create_first_secretary("dabir", "دبیر", "a long enough password 1")
    on_screen_at_sign_in: list[bool] = []

    def sign_in(services: AppServices, parent=None) -> bool:  # noqa: ANN001 - the dialog, answered
        on_screen_at_sign_in.append(window._stack.indexOf(home) != -1)
        services.set_principal(services.accounts.sign_in("dabir", "a long enough password 1"))
        return True

    monkeypatch.setattr(startup, "sign_in", sign_in)
    services = startup.DatabaseOpener(path, demo=False, before_sign_in=window.forget_remembered_overview
                                      ).open_interactively()
    assert services is not None
    try:
        assert on_screen_at_sign_in == [False]
        window.attach(services)
        assert window.page("home") is not home
    finally:
        window.close()
        services.close()


@pytest.mark.gui
def test_a_signed_in_window_never_keeps_the_overview_remembered_for_the_system_scope(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings) -> None:
    path = remembered_demo(demo_template, tmp_path / "demo")
    overview = remembered_overview(path)
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    home = window.show_remembered_overview(overview)
    database = open_database(path)
    try:
        database.health.check()
        services = AppServices(database)
        services.accounts.create_first_secretary("dabir", "دبیر", "a long enough password 1")
        services.set_principal(services.accounts.sign_in("dabir", "a long enough password 1"))
        window.attach(services)
        assert window.page("home") is not home
    finally:
        window.close()
        database.close()


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table``: the header and the schema stay readable (opening accepts the
    file, the snapshot is read), any read of the table fails."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    connection.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)


@pytest.mark.gui
def test_remembered_figures_the_services_cannot_confirm_are_taken_off_the_page(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings) -> None:
    """A damaged page the snapshot's read never touches: the recomputation fails, and the remembered figures
    stayed on the page as if confirmed (an error said once, the figures kept)."""
    path = remembered_demo(demo_template, tmp_path / "demo")
    _damage_table(path, "resolution")
    overview = remembered_overview(path)
    assert overview is not None  # the snapshot's own read does not see the damage
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    home = window.show_remembered_overview(overview)
    database = open_database(path)
    try:
        window.attach(AppServices(database))
        qtbot.waitUntil(lambda: not home.is_refreshing(), timeout=30_000)
        assert not home.is_from_snapshot()
        assert home.summary() is None and home._data is None
        assert home._overdue.rowCount() == 0 and not home._milestones.rowCount()
    finally:
        window.close()
        database.close()


@pytest.mark.gui
def test_a_write_made_after_the_snapshot_was_read_is_not_reported_as_a_missed_invalidation(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings, caplog) -> None:
    """Another process recorded progress between the snapshot's read and the window's recomputation: the figures
    are replaced, but the log's warning - kept for writes that did not bump the generation - was raised too."""
    from desktop.ui.app import remembered_view

    path = remembered_demo(demo_template, tmp_path / "demo")
    remembered = remembered_view(path)
    assert remembered is not None
    with open_database(path) as database:  # meanwhile, another process writes through Rasad
        database.health.check()
        services = AppServices(database)
        activity = next(row.id for row in services.overview.compute().overview.summary.behind)
        services.plans.record_progress(activity, 99.0, services.clock.today())
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    home = window.show_remembered_overview(*remembered)
    database = open_database(path)
    try:
        with caplog.at_level(logging.INFO):
            window.attach(AppServices(database))
            qtbot.waitUntil(lambda: not home.is_from_snapshot() and not home.is_refreshing(), timeout=30_000)
        assert home._data != remembered[0]  # replaced by the figures after the write
        assert "missed invalidation" not in caplog.text
        assert "changed since the remembered overview was read" in caplog.text
    finally:
        window.close()
        database.close()


@pytest.mark.parametrize("name", ["a" * 300 + ".sqlite3", "~nosuchuser/rasad.sqlite3"], ids=["too long", "~user"])
def test_a_database_name_the_system_refuses_is_said_in_persian_not_a_traceback(tmp_path: Path, name: str) -> None:
    """The snapshot's look at the file ran before anything could catch its OSError (a traceback at start), and
    opening then failed without a word (only the log had it)."""
    path = tmp_path / name if not name.startswith("~") else Path(name)
    result = _run(path, tmp_path / "data", "--selftest")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert any("\u0600" <= c <= "\u06ff" for c in result.stderr), result.stderr
