"""A background job outlives the widget that started it without touching freed memory, and is let go of once it
has reported: a page closed while it loads neither crashes the process nor keeps its job for ever."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtWidgets import QWidget

from desktop.ui import tasks
from desktop.ui.tasks import BackgroundTask

pytestmark = pytest.mark.gui


def test_a_job_whose_owner_was_deleted_while_it_ran_finishes_quietly_and_is_let_go(qtbot) -> None:
    owner = QWidget()
    started, release = threading.Event(), threading.Event()
    heard: list[object] = []

    def job(_progress) -> str:  # noqa: ANN001 - TaskProgress
        started.set()
        release.wait(10)
        return "done"

    task = BackgroundTask(job, owner)
    task.succeeded.connect(heard.append)
    task.start()
    assert started.wait(10)
    del task
    owner.deleteLater()  # the page is closed while its job still runs
    qtbot.waitUntil(lambda: not _alive(owner), timeout=30_000)
    release.set()
    qtbot.waitUntil(lambda: not tasks._running, timeout=10_000)  # let go of, though its owner never heard
    assert heard == []  # nobody was left to tell, and nobody was told


def test_a_finished_job_is_released_with_its_closure(qtbot) -> None:
    class Payload:
        pass

    payload = Payload()
    alive = weakref.ref(payload)
    heard: list[object] = []
    task = BackgroundTask(lambda _progress, kept=payload: type(kept).__name__)
    task.succeeded.connect(heard.append)
    task.start()
    del payload
    qtbot.waitUntil(lambda: heard == ["Payload"], timeout=10_000)
    del task
    qtbot.waitUntil(lambda: not tasks._running, timeout=30_000)
    gc.collect()
    assert alive() is None  # what the job held is freed once it has reported


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_at_exit_every_running_job_is_asked_to_stop_and_waited_for(qtbot) -> None:
    """The app closes the database after this (desktop/ui/app.py): no job may still be reading it."""
    from desktop.tasks import TaskCancelled
    from desktop.ui.tasks import stop_background_jobs

    started = threading.Event()
    ended: list[str] = []

    def job(progress) -> None:  # noqa: ANN001 - TaskProgress
        started.set()
        try:
            for step in range(10_000):
                progress.step(step, 10_000)
                threading.Event().wait(0.01)
        except TaskCancelled:
            ended.append("cancelled")
            raise

    BackgroundTask(job).start()
    assert started.wait(10)
    assert stop_background_jobs(timeout_ms=10_000)
    assert ended == ["cancelled"]


def test_a_job_phase_is_shown_translated_under_the_title_of_its_progress_dialog(qtbot) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from desktop.imports.writing import REBUILDING_BRANCHES

    owner = QWidget()
    qtbot.addWidget(owner)
    in_phase, release = threading.Event(), threading.Event()

    def job(progress) -> None:  # noqa: ANN001 - TaskProgress
        progress.step(0, 0, REBUILDING_BRANCHES)
        in_phase.set()
        release.wait(10)

    tasks.run_with_progress(owner, "در حال ورود پرونده‌ها…", job, lambda _result: None, lambda _error: None,
                            message_context="Import")
    assert in_phase.wait(10)
    dialog = owner.findChild(QProgressDialog)
    translated = tasks.QCoreApplication.translate("Import", REBUILDING_BRANCHES)
    assert translated != REBUILDING_BRANCHES  # the Persian text, not the English source
    qtbot.waitUntil(lambda: dialog.labelText() == f"در حال ورود پرونده‌ها…\n{translated}", timeout=30_000)
    assert dialog.maximum() == 0  # no count: a busy bar, not a full one
    release.set()
    qtbot.waitUntil(lambda: not tasks._running, timeout=10_000)


def test_a_job_reporting_progress_after_its_messenger_was_deleted_stops_as_cancelled_without_an_error(
        qtbot, caplog) -> None:
    """The window's health check reported progress after the window had closed: "Signal source has been deleted",
    logged as a failed job with its traceback."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    started, release = threading.Event(), threading.Event()
    stepped_after: list[bool] = []

    def job(progress) -> str:  # noqa: ANN001 - TaskProgress
        started.set()
        release.wait(10)
        progress.step(1, 2, "")
        stepped_after.append(True)  # never reached: nobody is left to report to
        return "done"

    task = BackgroundTask(job)
    task.start()
    assert started.wait(10)
    runnable = task._runnable
    shiboken6.delete(task._signals)  # as at the window's end
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)  # not stop_background_jobs: that would cancel it
    assert runnable.outcome[0] == "cancelled" and stepped_after == []
    assert "background job failed" not in caplog.text
    tasks._running.pop(id(task), None)  # its release was to come through the deleted messenger


def test_a_job_that_reports_no_progress_still_shows_its_dialog_once_it_lasts(qtbot) -> None:
    """Reading an import's preview reports nothing until it is done: its dialog must appear all the same (Qt shows
    a progress dialog only after a first value), or a slow file leaves a window that seems to ignore the click."""
    from PySide6.QtWidgets import QProgressDialog

    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    started, release = threading.Event(), threading.Event()

    def job(_progress) -> None:  # noqa: ANN001 - TaskProgress
        started.set()
        release.wait(10)

    tasks.run_with_progress(owner, "Reading a slow file…", job, lambda _result: None, lambda _error: None)
    assert started.wait(10)
    dialog = owner.findChild(QProgressDialog)
    try:
        qtbot.waitUntil(dialog.isVisible, timeout=8_000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not tasks._running, timeout=10_000)


def test_a_job_that_finds_its_database_closed_fails_quietly_without_a_logged_traceback(qtbot, caplog) -> None:
    """A page's figures remembered in the background while the window closes its database: the CI log showed
    "background job failed" with a traceback for it (home page, indicators page), a closing window, no fault."""
    from desktop.store.database import DatabaseClosedError

    def job(_progress) -> None:  # noqa: ANN001 - TaskProgress
        raise DatabaseClosedError("the database is closed")

    failures: list[object] = []
    task = BackgroundTask(job)
    task.failed.connect(failures.append)
    with caplog.at_level("DEBUG", logger=tasks.log.name):
        task.start()
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], DatabaseClosedError)  # still told, for a page that wants to know
    assert not [record for record in caplog.records if record.levelname in ("ERROR", "WARNING")]
    assert not any(record.exc_info for record in caplog.records)
