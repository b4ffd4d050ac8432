"""matplotlib imported on a thread of its own while a report reads its figures (desktop/charts/style.py)."""

from __future__ import annotations

import threading
import time

import pytest

from desktop.charts import style


@pytest.fixture
def fresh_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(style, "_loading", None)


def test_a_figure_is_made_only_after_the_background_import_has_finished(
        fresh_loader: None, monkeypatch: pytest.MonkeyPatch) -> None:
    finished = threading.Event()
    loaded = style._load

    def slow_load(also: tuple[str, ...]) -> None:
        time.sleep(0.2)  # the import still under way when the figure is asked for
        loaded(also)
        finished.set()

    monkeypatch.setattr(style, "_load", slow_load)
    style.load_in_background()
    style.new_figure(2, 1)
    assert finished.is_set()


def test_a_module_that_fails_to_load_in_the_background_leaves_no_traceback(
        fresh_loader: None, capsys: pytest.CaptureFixture[str]) -> None:
    failures: list[object] = []
    previous_hook = threading.excepthook
    threading.excepthook = failures.append
    try:
        style.load_in_background("desktop.no_such_module")
        figure = style.new_figure(2, 1)
    finally:
        threading.excepthook = previous_hook
    assert figure is not None
    assert failures == [] and "Traceback" not in capsys.readouterr().err
