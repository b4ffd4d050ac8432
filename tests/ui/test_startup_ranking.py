"""Starting on the indicators page from its remembered first view: ranked before the database is opened, then
confirmed by the services (replaced only if it differs); a choice made meanwhile is followed, never a crash;
never a foreign or unreadable payload, never with accounts."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.ranking import codec
from desktop.store.database import open_database
from desktop.ui.app import remembered_ranking
from desktop.ui.main_window import MainWindow
from tests.ui.remembered_demo import demo_with_remembered_view

ROOT = Path(__file__).resolve().parents[2]


def ranked_demo(demo_template: Path, folder: Path) -> Path:
    """A copy of the demo whose first ranking was computed and remembered for today (the window's clock)."""
    return demo_with_remembered_view(demo_template, folder, "ranking")


def _start_from_snapshot(qtbot, path: Path, ui_settings):  # noqa: ANN001, ANN202
    first = remembered_ranking(path)
    assert first is not None and first.table is not None
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    page = window.show_remembered_ranking(first)
    window.show()
    return first, window, page


@pytest.mark.gui
def test_the_ranking_shown_from_its_snapshot_is_kept_when_the_services_compute_the_same(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings, caplog) -> None:
    path = ranked_demo(demo_template, tmp_path / "demo")
    first, window, page = _start_from_snapshot(qtbot, path, ui_settings)
    assert page.is_from_snapshot() and page.current_table() == first.table
    assert page.model.rowCount() == len(first.table.rows) and page.ranking_chart() is not None
    assert page.trend_loading()  # the trend waits for the services
    database = open_database(path)
    try:
        services = AppServices(database)
        with caplog.at_level(logging.WARNING):
            window.attach(services)
            assert window.page("indicators") is page and window.current_page_key() == "indicators"
            assert "home" not in window._pages  # no overview computed for a window opened elsewhere
            qtbot.waitUntil(lambda: not page.is_from_snapshot() and not page.is_recomputing(), timeout=30_000)
            qtbot.waitUntil(lambda: page.last_trend is not None, timeout=30_000)
        assert "missed invalidation" not in caplog.text
        shown = page.current_table()
        assert shown == services.ranking.compute().ranking.table == first.table
        assert shown == services.indicators.table(first.choice.indicator, first.choice.level, first.choice.period)
    finally:
        window.close()
        database.close()


@pytest.mark.gui
def test_a_choice_made_before_the_database_is_open_is_followed_once_it_is(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings) -> None:
    path = ranked_demo(demo_template, tmp_path / "demo")
    first, window, page = _start_from_snapshot(qtbot, path, ui_settings)
    page.level.setCurrentIndex(page.level.findData("branch"))  # all branches, then a click on a district's bar:
    district = first.table.rows[0].unit_id  # its branches (the table still shown is the districts')
    page.open_unit(district)
    assert window.statusBar().currentMessage()  # "Opening the database… the page follows in a moment."
    database = open_database(path)
    try:
        services = AppServices(database)
        window.attach(services)
        qtbot.waitUntil(lambda: not page.is_recomputing(), timeout=30_000)
        assert not page.is_from_snapshot()
        assert page.current_table().level == "branch"
        assert page.current_table() == services.indicators.table(first.choice.indicator, "branch",
                                                                 first.choice.period, None, ("district", district))
    finally:
        window.close()
        database.close()


@pytest.mark.gui
def test_a_remembered_ranking_that_differs_is_replaced_and_said(qtbot, demo_template: Path, tmp_path: Path,
                                                                 ui_settings, caplog) -> None:
    path = ranked_demo(demo_template, tmp_path / "demo")
    # A write that bypassed the engine (a foreign tool): the generation did not move, the indicators did.
    connection = sqlite3.connect(path)
    with connection:
        # the branch months, and what the page's tables read of them: the district and province roll-ups and the
        # branch spans (derived tables a foreign tool could change as well)
        for table in ("indicator_month", "indicator_rollup_month", "indicator_branch_span"):
            connection.execute(f"UPDATE {table} SET pending_end = pending_end + 1000")
    connection.close()
    first, window, page = _start_from_snapshot(qtbot, path, ui_settings)
    database = open_database(path)
    try:
        services = AppServices(database)
        with caplog.at_level(logging.WARNING):
            window.attach(services)
            qtbot.waitUntil(lambda: not page.is_from_snapshot() and not page.is_recomputing(), timeout=30_000)
        assert "missed invalidation" in caplog.text
        assert page.current_table() != first.table
        assert page.current_table() == services.ranking.compute().ranking.table
    finally:
        window.close()
        database.close()


def test_a_foreign_or_corrupted_ranking_payload_is_never_shown(demo_template: Path, tmp_path: Path,
                                                               caplog) -> None:
    from desktop.overview import codec as overview_codec

    path = ranked_demo(demo_template, tmp_path / "demo")
    with open_database(path) as database:
        services = AppServices(database)
        overview_payload = overview_codec.encode(services.overview.compute().overview)
    for payload in (b"\x00garbage", codec.msgspec.msgpack.encode({"choice": 1}), b"", overview_payload):
        connection = sqlite3.connect(path)
        with connection:
            connection.execute("UPDATE view_snapshot SET payload = ? WHERE page = ?", (payload, codec.PAGE))
        connection.close()
        with caplog.at_level(logging.WARNING):
            assert remembered_ranking(path) is None
    assert "could not be read" in caplog.text
    # the window then opens the page the normal way: computed, painted, no traceback
    result = _run(path, tmp_path / "data", "--page", "indicators", "--selftest")
    assert result.returncode == 0 and "selftest: ok" in result.stdout, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


def test_with_accounts_no_ranking_is_shown_before_sign_in(demo_template: Path, tmp_path: Path) -> None:
    path = ranked_demo(demo_template, tmp_path / "demo")
    assert remembered_ranking(path) is not None
    with open_database(path) as database:
        database.health.check()
        AppServices(database).accounts.create_first_secretary("dabir", "دبیر", "a long enough password 1")
    assert remembered_ranking(path) is None


def _run(db: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(data),
           "XDG_CONFIG_HOME": str(data.parent / "config")}
    for name in ("RASAD_LANG", "RASAD_STARTUP_PROBE", "RASAD_STARTUP_T0"):
        env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "desktop", "run", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=180)


def test_the_indicators_page_of_a_province_without_statistics_is_ready_at_once_with_its_message(
        tmp_path: Path) -> None:
    """It used to wait the minute's timeout for a ranked table that can never come, then report a failure."""
    from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm

    path = tmp_path / "empty.sqlite3"
    with open_database(path) as database:
        OrganisationService(database).complete_setup(SetupForm("THR", "تهران", "آزمون", (
            DistrictDraft("01", "حوزه ۱", (("010001", "شعبه ۱", "عمومی"),)),)))
    picture = tmp_path / "indicators.png"
    started = time.monotonic()
    result = _run(path, tmp_path / "data", "--page", "indicators", "--screenshot", str(picture))
    assert result.returncode == 0 and "selftest: ok" in result.stdout, result.stdout + result.stderr[-2000:]
    assert time.monotonic() - started < 30 and picture.stat().st_size > 0


def test_a_screenshot_of_the_indicators_page_waits_for_that_page_not_the_overview(
        demo_template: Path, tmp_path: Path) -> None:
    path = ranked_demo(demo_template, tmp_path / "demo")
    picture = tmp_path / "indicators.png"
    started = time.monotonic()
    result = _run(path, tmp_path / "data", "--page", "indicators", "--screenshot", str(picture))
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "selftest: ok" in result.stdout and picture.stat().st_size > 0
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started < 60  # not the minute's wait for a page that never opened


@pytest.mark.gui
def test_a_window_opened_on_the_indicators_page_builds_no_overview_and_still_checks_the_database(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    from desktop.store.view_snapshots import read_without_checks

    assert not demo_services.database.health.cleared_by_record  # a copy: nothing vouches for it yet
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.attach(demo_services, "indicators")
    page = window.page("indicators")
    assert window.current_page_key() == "indicators" and page.current_table() is not None
    assert "home" not in window._pages
    # the background check still runs, and the first view computed before it is remembered once it passed
    qtbot.waitUntil(lambda: demo_services.database.health.report.status.value == "healthy", timeout=60_000)
    key = codec.snapshot_key(demo_services.clock.today())
    qtbot.waitUntil(lambda: read_without_checks(demo_services.database.path, key) is not None, timeout=10_000)
    window.show_page("home")  # built when first shown, with its links
    assert "home" in window._pages
    window.close()


@pytest.mark.gui
def test_a_page_started_from_its_snapshot_offers_its_export_once_the_services_say_the_role_may(
        qtbot, demo_template: Path, tmp_path: Path, ui_settings) -> None:
    """Built before the database opened, the page could not know the role and hid "Export to Excel…"; it stayed
    hidden for the whole session of a secretary whose window opened on this page."""
    path = ranked_demo(demo_template, tmp_path / "demo")
    _first, window, page = _start_from_snapshot(qtbot, path, ui_settings)
    assert not page.export_button.isVisible()  # no role yet
    database = open_database(path)
    try:
        window.attach(AppServices(database))
        assert page.export_button.isVisible()
        qtbot.waitUntil(lambda: not page.is_recomputing(), timeout=30_000)
    finally:
        window.close()
        database.close()
