"""Starting the window: application object, fonts, language, database, first run, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME, __version__
from desktop.paths import default_database_path, demo_database_path

if TYPE_CHECKING:
    from desktop.overview.views import Overview
    from desktop.ranking.views import FirstRanking

log = logging.getLogger(__name__)


def launch(db_path: Path | None = None, *, demo: bool = False, language: str | None = None,
           selftest: bool = False, screenshot: Path | None = None, page: str | None = None) -> int:
    if selftest or screenshot:
        from desktop.ui.offscreen_screen import offscreen_platform, wants_offscreen_default

        if wants_offscreen_default():
            os.environ["QT_QPA_PLATFORM"] = offscreen_platform()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.fonts import install_fonts
    from desktop.ui.language import Language, apply_direction, install_language
    from desktop.ui.main_thread_gc import install_main_thread_collector
    from desktop.ui.settings import UiSettings
    from desktop.ui.startup_probe import probe_enabled, watch_until_ready

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_main_thread_collector(app)  # before any background job starts
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = UiSettings()
    chosen = Language(language) if language else settings.language
    install_language(app, chosen, set_direction=False)  # Qt takes the direction from the translation
    install_fonts(app)

    from desktop.ui.main_window import MainWindow

    window = MainWindow(settings)
    path = db_path or (demo_database_path() if demo else default_database_path())
    state: dict[str, object] = {}
    # The page the window opens on: the one asked for, the overview for a self-test, else the last one.
    if page:
        first_page = page
    elif selftest or screenshot is not None:
        first_page = "home"
    else:
        first_page = settings.last_page if settings.last_page in REMEMBERED_PAGES else None
    reader = REMEMBERED_PAGES.get(first_page)
    remembered = reader(path) if reader is not None else None
    if remembered is not None:
        # The page's first view as remembered in the database, still current: shown in the first paint, before
        # the database layer is imported; the database is opened after it and the view recomputed.
        apply_direction(app)
        try:
            view, generation = remembered
            shown_early = (window.show_remembered_overview(view, generation) if first_page == "home"
                           else window.show_remembered_ranking(view))
        except Exception:  # a payload of the right shape with values this version cannot show: compute instead
            log.exception("the remembered %s page could not be shown; computing it", first_page)
            remembered = None
    window.show()
    if remembered is not None and probe_enabled():
        # benchmarks/startup.py: "ready" once the remembered view is painted; it quits then, so the
        # database is not opened (as it quits on the normal path before the background check).
        print("started-from snapshot", flush=True)
        watch_until_ready(shown_early)
        code = int(app.exec())
        # The probe's process ends here, at once: the interpreter's teardown of a window quit right after its
        # first paint crashed PySide6 now and then (a segfault with no Python frame, 3 runs in 8), which the
        # benchmark and tests/ui/test_startup_imports.py took for a failed start. Nothing is open to close.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

    def open_database() -> None:
        from desktop.ui.crash import install_crash_handler
        from desktop.ui.startup import DatabaseOpener

        # After the first paint: logging and the data folder are not needed to show the window.
        install_crash_handler(window, quit_on_error=selftest or screenshot is not None)
        apply_direction(app)  # also without a translation file, before any page exists
        try:
            services = DatabaseOpener(path, demo=demo, interactive=not (selftest or screenshot),
                                      before_sign_in=window.forget_remembered_overview).open_interactively()
            if services is not None:
                state["services"] = services
                # The page asked for (or left open last) is the only one built: opening on the indicators
                # page computes no overview. --selftest and --screenshot open the overview unless told.
                window.attach(services, page or (None if selftest or screenshot else settings.last_page))
                shown = "home"
                if not page and not (selftest or screenshot):
                    window.open_last_page()
                    shown = window.current_page_key()
                if page:
                    try:
                        window.show_page(page)
                        shown = page
                    except StopIteration:
                        log.warning("no page %r; opening the overview", page)
                watch_until_ready(window.page(shown))  # benchmarks/startup.py: "ready" once the data is painted
        except Exception:
            log.exception("could not start")
            services = None
        if services is None:
            state["exit"] = 1
            app.exit(1)
            return
        if selftest or screenshot:
            _render_when_loaded(app, window, shown, screenshot, state)

    # Two turns of the event loop: the window paints before the database layer is imported.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, open_database))
    try:
        code = app.exec()
    finally:
        services = state.get("services")
        if services is not None:
            from desktop.ui.tasks import stop_background_jobs

            if not stop_background_jobs():
                log.warning("a background job was still running when the database was closed")
            services.close()
    return int(state.get("exit", code))


def remembered_ranking(path: Path) -> FirstRanking | None:
    """The indicators page's first view remembered in the database at ``path`` when current for today; None
    otherwise (as :func:`remembered_overview`)."""
    remembered = remembered_ranking_view(path)
    return remembered[0] if remembered is not None else None


def remembered_ranking_view(path: Path) -> tuple[FirstRanking, int] | None:
    """:func:`remembered_ranking` with the data generation it was computed at."""
    from desktop.clock import SystemClock
    from desktop.ranking.key import snapshot_key
    from desktop.store.view_snapshots import read_remembered

    remembered = read_remembered(path, snapshot_key(SystemClock().today()))
    if remembered is None:
        return None
    from desktop.ranking import codec  # the views' types: only when there is one

    try:
        return codec.decode(remembered.payload), remembered.generation
    except codec.UnreadableRanking as error:
        log.warning("the remembered ranking could not be read (%s); computing it", error)
        return None


def remembered_overview(path: Path) -> Overview | None:
    """The overview remembered in the database at ``path`` when it is current for today (the services' clock
    is the system's), read with sqlite3 alone; None when there is none, it is stale, the file would be refused
    on opening, has accounts or must be migrated, or the payload does not decode (the normal path then opens the
    database and says what is wrong, if anything)."""
    remembered = remembered_view(path)
    return remembered[0] if remembered is not None else None


def remembered_view(path: Path) -> tuple[Overview, int] | None:
    """:func:`remembered_overview` with the data generation it was computed at."""
    from desktop.clock import SystemClock
    from desktop.overview.key import snapshot_key
    from desktop.store.view_snapshots import read_remembered

    remembered = read_remembered(path, snapshot_key(SystemClock().today()))
    if remembered is None:
        return None
    from desktop.overview import codec  # the views' types (dates, Jalali periods): only when there is one

    try:
        return codec.decode(remembered.payload), remembered.generation
    except codec.UnreadableOverview as error:
        log.warning("the remembered overview could not be read (%s); computing it", error)
        return None


def _render_when_loaded(app, window, shown: str, screenshot: Path | None, state: dict,
                        timeout_ms: int = 60_000) -> None:
    """`--selftest`, `--screenshot`: wait until the page opened (``shown``) has its data and the charts drawn
    after them, paint it offscreen, report, quit."""
    from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer

    from desktop.ui.startup_probe import page_has_its_data

    clock = QElapsedTimer()
    clock.start()
    page = window.page(shown)

    # A page that does not say when it has its data (the audit trail, the sync page...) has it once the jobs it
    # started are done: the thread pool idle at three checks running (otherwise the picture showed empty tables).
    says_when_loaded = callable(getattr(page, "is_loaded", None))
    idle_checks = [0]

    def jobs_done() -> bool:
        idle_checks[0] = idle_checks[0] + 1 if QThreadPool.globalInstance().activeThreadCount() == 0 else 0
        return says_when_loaded or idle_checks[0] >= 3

    def complete() -> bool:  # the data and the charts drawn after them
        return (page_has_its_data(page) and bool(getattr(page, "is_complete", lambda: True)())
                and jobs_done())

    def check() -> None:
        if not complete() and clock.elapsed() < timeout_ms:
            QTimer.singleShot(50, check)
            return
        app.processEvents()
        picture = window.grab()
        ok = not picture.isNull() and complete()
        if screenshot:
            picture.save(str(screenshot))
        print("selftest: ok" if ok else "selftest: FAILED", flush=True)
        state["exit"] = 0 if ok else 1
        window.close()
        app.exit(int(state["exit"]))

    QTimer.singleShot(0, check)


#: The pages whose first view may be remembered, and how each is read back (before the database layer).
REMEMBERED_PAGES = {"home": remembered_view, "indicators": remembered_ranking_view}
