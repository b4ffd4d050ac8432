"""A PDF report's charts are drawn in the chart process (desktop/reports/chart_process.py) - the same drawings
this process would make - and a chart that process cannot take, the process killed, Ctrl-C or more charts than
a pipe holds cost time at most, never a chart."""

from __future__ import annotations

import os
import signal
import threading
import time
from functools import partial

import pytest
from reportlab import rl_config
from reportlab.graphics import renderPDF

from desktop.charts.progress import draw_driver_projects
from desktop.charts.style import PERSIAN
from desktop.domain.jalali import JalaliPeriod
from desktop.reports import chart_process as charts
from desktop.reports.chart_process import ChartProcess
from desktop.reports.document import Chart, Report
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import chart_drawing, chart_style, pdf_bytes, with_report_text
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from tests.reports.sample import PROJECTS


@pytest.fixture(scope="module")
def status_report(demo_database: Database) -> Report:
    from desktop.clock import FixedClock
    from tests.reports.conftest import TODAY

    service = ReportService(demo_database, FixedClock(TODAY))
    return service.build(ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")),
                         ReportLanguage(rtl=True))


@pytest.fixture
def process() -> ChartProcess:
    started = ChartProcess()
    started.start()
    assert started.pid is not None, "no second process could be started here"
    return started


def _as_drawn(drawing) -> bytes:  # noqa: ANN001 - a reportlab Drawing
    """The drawing as PDF operators (with reportlab's fixed dates and ids, so that two equal drawings match)."""
    invariant, rl_config.invariant = rl_config.invariant, 1
    try:
        return renderPDF.drawToString(drawing)
    finally:
        rl_config.invariant = invariant


def _unpicklable_chart() -> Chart:
    return Chart("drivers", "طرح‌ها", lambda axes, style: draw_driver_projects(
        axes, PROJECTS, style, planned_label="برنامه", actual_label="واقعی"), 6.0, 2.0)


def test_a_chart_that_cannot_be_sent_is_drawn_here(status_report: Report, process: ChartProcess) -> None:
    chart, style = _unpicklable_chart(), chart_style(status_report)
    assert process.draw(chart, style) is None
    drawing = with_report_text(process.drawing(None, chart, style))
    assert _as_drawn(drawing) == _as_drawn(chart_drawing(chart, style))
    assert process.drawn_here == 1


def test_charts_sent_to_a_process_killed_on_the_way_are_drawn_here(status_report: Report,
                                                                    process: ChartProcess) -> None:
    style = chart_style(status_report)
    charts_ = status_report.charts()
    tickets = [process.draw(chart, style) for chart in charts_]
    assert process.pid is not None
    os.kill(process.pid, signal.SIGKILL)
    for chart, ticket in zip(charts_, tickets, strict=True):
        drawing = with_report_text(process.drawing(ticket, chart, style))
        assert _as_drawn(drawing) == _as_drawn(chart_drawing(chart, style)), chart.name
    assert process.drawn_here >= 1  # those not drawn before the kill (all of them, as a rule)
    assert process.draw(charts_[0], style) is None  # the process is gone: what comes next is drawn here


def test_ctrl_c_leaves_the_chart_process_drawing_even_as_it_starts(status_report: Report) -> None:
    """Ctrl-C reaches every process of the terminal's group: the command handles it (exit code 130, no
    traceback); the chart process - from its first instant, before its own code runs - goes on until its pipe
    closes, and prints nothing."""
    style = chart_style(status_report)
    chart = status_report.charts()[0]
    process = ChartProcess()
    process.start()
    assert process.pid is not None
    os.kill(process.pid, signal.SIGINT)  # while the new interpreter is still starting
    time.sleep(0.5)
    os.kill(process.pid, signal.SIGINT)  # and once it is waiting for charts
    drawing = with_report_text(process.drawing(process.draw(chart, style), chart, style))
    assert _as_drawn(drawing) == _as_drawn(chart_drawing(chart, style))
    assert process.drawn_here == 0


def test_more_charts_than_the_pipes_hold_are_all_drawn_without_waiting_for_each_other(
        process: ChartProcess) -> None:
    """Eight charts sent before any is read, each request ~40 kB (its data) and each drawing ~40 kB: both pipes
    (64 kB each) fill, and still the two processes never both wait for the other to read."""
    style = PERSIAN
    charts_ = [Chart("drivers", "طرح‌ها", partial(_draw_projects, projects=PROJECTS, ballast="ب" * 20_000), 6.0, 2.0)
               for _ in range(8)]
    drawn: list[object] = []

    def send_then_read() -> None:
        tickets = [process.draw(chart, style) for chart in charts_]
        drawn.extend(process.drawing(ticket, chart, style) for ticket, chart in reversed(list(zip(tickets, charts_, strict=True))))

    worker = threading.Thread(target=send_then_read, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "the processes wait for each other"
    assert len(drawn) == 8 and process.drawn_here == 0


def _draw_projects(axes, style, *, projects, ballast: str = "") -> None:  # noqa: ANN001 - an Axes, a ChartStyle
    draw_driver_projects(axes, projects, style, planned_label="برنامه", actual_label="واقعی")


def test_the_status_reports_pdf_is_the_one_written_with_its_charts_drawn_here(
        status_report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = charts.chart_process()
    before = shared.drawn_here
    invariant, rl_config.invariant = rl_config.invariant, 1  # no date or random id in the file
    try:
        beside = pdf_bytes(status_report)
        assert shared.drawn_here == before  # every chart was sent (bound data, no closure) and came back
        monkeypatch.setattr("desktop.reports.pdf_writer.send_charts", lambda charts_, style: [None] * len(charts_))
        here = pdf_bytes(status_report)
    finally:
        rl_config.invariant = invariant
    assert shared.drawn_here == before + len(status_report.charts())
    assert beside == here


def test_a_chart_drawn_before_any_pdf_leaves_the_reports_own_font_registered() -> None:
    """svglib registers a plain TrueType font under a name it meets that is not registered yet; drawn first (the
    chart process, a chart drawn here), a chart took the report's font name, and every later PDF of the process
    copied its joined letters as presentation forms. A fresh process, as the chart process is."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from functools import partial\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from desktop.charts.style import PERSIAN\n"
        "from desktop.reports.document import Chart\n"
        "from desktop.reports.pdf_flowables import REGULAR\n"
        "from desktop.reports.pdf_writer import svg_drawing\n"
        "from tests.reports.sample import PROJECTS\n"
        "from tests.reports.test_chart_process import _draw_projects\n"
        "svg_drawing(Chart('drivers', '', partial(_draw_projects, projects=PROJECTS), 6.0, 2.0), PERSIAN)\n"
        "print(type(pdfmetrics.getFont(REGULAR)).__name__)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "TextMappedFont"


def test_a_report_given_up_on_the_way_leaves_none_of_its_charts_answers_behind(
        status_report: Report, process: ChartProcess) -> None:
    """A window writes report after report through one chart process: the answers of a report cancelled after
    its charts were sent - come already or still coming - are not kept, and the next report gets its own."""
    style = chart_style(status_report)
    *given_up, wanted = status_report.charts()  # the next report's chart is none of the first one's
    abandoned = [process.draw(chart, style) for chart in given_up]
    assert process.drawing(abandoned[0], given_up[0], style) is not None  # the others arrive behind it
    process.forget(abandoned)
    drawing = with_report_text(process.drawing(process.draw(wanted, style), wanted, style))
    assert _as_drawn(drawing) == _as_drawn(chart_drawing(wanted, style))
    assert process.kept == 0 and process.drawn_here == 0
    # A ticket asked for twice, or after it was forgotten, is drawn here instead of waiting for an answer that
    # will never come.
    assert process.drawing(abandoned[1], given_up[1], style) is not None and process.drawn_here == 1


def test_a_pdf_cancelled_while_its_pages_are_laid_out_leaves_no_answer_behind(
        status_report: Report) -> None:
    from desktop.tasks import TaskCancelled, TaskProgress

    shared = charts.chart_process()
    progress = TaskProgress()
    progress.cancel()
    with pytest.raises(TaskCancelled):
        pdf_bytes(status_report, progress)
    chart, style = status_report.charts()[0], chart_style(status_report)
    assert shared.drawing(shared.draw(chart, style), chart, style) is not None  # after the cancelled answers
    assert shared.kept == 0
