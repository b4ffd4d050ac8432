"""Python's cycle collector runs only on the window's thread (desktop/ui/main_thread_gc.py): a Qt object in a
reference cycle collected in a background job's thread deadlocked a window test (both threads in ~QObject)."""

from __future__ import annotations

import gc
import threading

import pytest

pytestmark = pytest.mark.gui


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_made_by_a_background_thread_are_collected_on_the_window_thread(qtbot) -> None:
    collected_in: set[int] = set()

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_in.add(threading.get_ident())

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(200_000)])
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: threading.get_ident() in collected_in, timeout=30_000)
    finally:
        gc.callbacks.remove(note)
    assert collected_in == {threading.get_ident()}  # never the worker's, and the garbage is still collected


def test_the_collector_is_removed_for_tests_without_an_event_loop(qapp) -> None:
    from desktop.ui.main_thread_gc import install_main_thread_collector, remove_main_thread_collector

    assert not gc.isenabled()  # tests/ui/conftest.py installs it for each window test, as the app does
    remove_main_thread_collector()
    try:
        assert gc.isenabled()
    finally:
        install_main_thread_collector(qapp)
