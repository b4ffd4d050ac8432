"""While another program (or the window's own import job) holds the write lock, the window's thread never waits
for it: every page reads in read-only transactions, and so does the automatic-send timer.

Found with a million-case import in the window: the send timer's check read the center link in a write session,
so the window's thread waited in ``BEGIN IMMEDIATE`` for the import's whole transaction (~25 s) and the progress
dialog stood frozen on its first phase."""

from __future__ import annotations

import sqlite3
import threading
import time
import traceback
from collections.abc import Iterator

import pytest

from desktop.context import AppServices
from desktop.store import busy
from desktop.ui.main_window import MainWindow


def test_every_page_and_the_send_timer_read_without_waiting_for_another_programs_write(
        qtbot, demo_services: AppServices, ui_settings, monkeypatch) -> None:
    waited_on_the_window_thread: list[str] = []
    take_lock = busy.begin_immediate

    def begin_immediate(*args, **kwargs) -> None:  # noqa: ANN002, ANN003 - busy.begin_immediate's own
        if threading.current_thread() is threading.main_thread():
            # Would wait for the other program up to the limit, the window frozen meanwhile: named, not waited.
            waited_on_the_window_thread.append("".join(traceback.format_stack(limit=6)[:-1]))
            raise AssertionError("the window's thread asked for the write lock")
        return take_lock(*args, **kwargs)

    monkeypatch.setattr(busy, "begin_immediate", begin_immediate)
    monkeypatch.setenv(busy.WAIT_VARIABLE, "1")  # the jobs' bookkeeping writes give up soon
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    holder = sqlite3.connect(demo_services.database.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing, for longer than this test
    try:
        window.show()
        started = time.monotonic()
        for entry in window._entries:
            window.show_page(entry.key)
            qtbot.wait(50)  # the page's own refresh and anything it queued
        window.sync_runner.check_retry()
        elapsed = time.monotonic() - started
    finally:
        holder.close()
    assert waited_on_the_window_thread == []
    assert len(window._entries) >= 10  # every page of the secretary, not an empty walk
    # The proof is the list above (any wait for the lock on the window's thread is named there); the time only
    # guards against a hang: walking the pages takes ~3 s here, 12 s on a machine running three test suites.
    assert elapsed < 60


@pytest.fixture
def no_cap_left_on_this_thread() -> Iterator[None]:
    """A window of an earlier test in this process that was never closed leaves its cap on the thread: cleared, so
    that what is measured is this test's window."""
    left_over = busy.limit_this_threads_wait(None)
    yield
    busy.limit_this_threads_wait(left_over)


def test_a_change_made_in_the_window_while_another_program_writes_gives_up_within_seconds_and_keeps_the_input(
        qtbot, services: AppServices, ui_settings, monkeypatch, no_cap_left_on_this_thread) -> None:
    from desktop.ui.main_window import WINDOW_WRITE_WAIT_SECONDS

    monkeypatch.setenv(busy.WAIT_VARIABLE, "60")  # the process's limit, as without the variable
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    settings = window.show_page("settings")
    settings.user_name.setText("مریم احمدی")
    holder = sqlite3.connect(services.database.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing, for longer than the window waits
    try:
        started = time.monotonic()
        assert not settings.save_user_name()
        waited = time.monotonic() - started
    finally:
        holder.close()
    assert WINDOW_WRITE_WAIT_SECONDS - 0.5 <= waited < WINDOW_WRITE_WAIT_SECONDS + 3  # not the minute
    shown = settings.user_errors.message_for("user_name") + settings.user_errors.general_message()
    assert "پایگاه داده مشغول تغییری از برنامهٔ دیگری است؛ ۵ ثانیه صبر شد" in shown, shown
    assert settings.user_name.text() == "مریم احمدی"  # what was typed is kept, to save again
    assert settings.save_user_name()  # and goes through once the other program is done
    window.close()
    assert busy.wait_limit() == 60  # the cap belonged to the window
