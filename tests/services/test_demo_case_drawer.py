"""The demo's cases drawn in a second process: the same rows as drawn in this one, and no process left behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
from datetime import date

import pytest

from desktop.demo.case_drawer import CaseDrawer, CaseDrawingStopped
from desktop.demo.case_draws import CASES, SURVEYS, draw_cases
from desktop.demo.cases import case_window
from desktop.store.bulk_rows import batched

WINDOW = case_window(date(2026, 11, 23))
#: Enough cases for several chunks (about 45,000 at 60 a month), of three kinds of unit.
BRANCHES = [(index, f"101{index:03d}", unit) for index, unit in enumerate(
    ["دادگاه عمومی حقوقی", "دادسرای عمومی و انقلاب", "اجرای احکام مدنی", "شورای حل اختلاف"] * 6, start=1)]


def _drawn_here() -> list[tuple[str, object]]:
    """The chunks as drawn in this process, the case rows laid out for their INSERTs as the writer takes them."""
    return [(kind, batched(rows) if kind == CASES else rows)
            for kind, rows in draw_cases(BRANCHES, seed=1403, window=WINDOW, per_branch_month=60.0)]


def _process_is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_cases_drawn_in_a_second_process_are_the_rows_drawn_here() -> None:
    with CaseDrawer(BRANCHES, seed=1403, window=WINDOW, per_branch_month=60.0) as drawer:
        assert drawer.in_second_process
        pid = drawer.pid
        drawn_there = list(drawer.chunks())
    expected = _drawn_here()
    assert [kind for kind, _ in expected].count(CASES) >= 2  # the rows come in several chunks
    assert expected[-1][0] == SURVEYS
    assert drawn_there == expected
    assert _process_is_gone(pid)


def test_a_drawing_process_that_ends_early_stops_the_demo_with_its_message() -> None:
    with CaseDrawer(BRANCHES, seed=1403, window=WINDOW, per_branch_month=60.0) as drawer:
        chunks = drawer.chunks()
        assert next(chunks)[0] == CASES
        os.kill(drawer.pid, signal.SIGKILL)
        with pytest.raises(CaseDrawingStopped) as stopped:
            list(chunks)
    assert "ended before it had drawn them all" in str(stopped.value)


def test_a_demo_stopped_while_the_cases_are_drawn_leaves_no_process_behind() -> None:
    with pytest.raises(KeyboardInterrupt), \
            CaseDrawer(BRANCHES, seed=1403, window=WINDOW, per_branch_month=600.0) as drawer:
        pid = drawer.pid
        raise KeyboardInterrupt  # Ctrl+C while the plans are made, the drawing under way
    assert _process_is_gone(pid)


def test_where_no_second_process_starts_the_cases_are_drawn_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: multiprocessing.process.BaseProcess) -> None:
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    with CaseDrawer(BRANCHES, seed=1403, window=WINDOW, per_branch_month=60.0) as drawer:
        assert not drawer.in_second_process
        assert list(drawer.chunks()) == _drawn_here()
