"""The overview's chart of the driver projects: planned against actual progress, drawn after the page's figures
have been painted and with matplotlib imported off the window's thread (desktop/ui/charts/loading.py) - the
figures need not wait for either. A word instead of the chart when no driver project has activities yet, and
under it on day one (grey bars only: nothing reported); a project without activities among others says so
beside its name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.planning.views import HomeSummary

if TYPE_CHECKING:
    from desktop.ui.charts.canvas import ChartWidget

DRIVER_CHART_INCHES = 2.9  # the ten driver projects, whole in sight under the attention panel at 1366x768


class DriverChart(QObject):
    """Fills ``holder`` (a layout of the page ``page``): the chart, made when first drawn, and its note."""

    def __init__(self, page: QWidget, holder: QVBoxLayout) -> None:
        super().__init__(page)
        self._page, self._holder = page, holder
        self.chart: ChartWidget | None = None
        self.drawn = False
        self._summary: HomeSummary | None = None
        self._no_progress = False
        self._after_paint = _AfterPaint(self, lambda: QTimer.singleShot(0, self, self._draw))
        self.note = QLabel()
        self.note.setObjectName("driverChartEmpty")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5c677d;")
        self.note.hide()
        holder.addWidget(self.note)

    def draw_after_paint_of(self, widget: QWidget, summary: HomeSummary, no_progress: bool) -> None:
        """Draw ``summary``'s projects once ``widget`` (a figure just shown) has been painted. (A zero timer is not
        enough: a repaint is itself scheduled a few milliseconds later.)"""
        self._summary, self._no_progress, self.drawn = summary, no_progress, False
        widget.installEventFilter(self._after_paint)
        widget.update()  # a paint even when the figure's text did not change (QLabel may skip those)

    def withdraw(self) -> None:
        """No figures to chart (they could not be computed)."""
        self._summary = None
        if self.chart is not None:
            self.chart.hide()
        self.note.hide()

    def _draw(self) -> None:
        from desktop.ui.charts.loading import charts_loaded, when_charts_loaded

        if self._summary is None:
            return
        if not charts_loaded():
            when_charts_loaded(self._page, self.tr("Overview"), self._draw_loaded)
            return
        self._draw_loaded()

    def _draw_loaded(self) -> None:
        from desktop.ui.charts.canvas import ChartWidget
        from desktop.ui.charts.progress_charts import draw_driver_projects

        summary = self._summary
        if summary is None:
            return
        if self.chart is None:
            self.chart = ChartWidget(self._page, height_inches=DRIVER_CHART_INCHES)
            self.chart.setObjectName("driverChart")
            self._holder.addWidget(self.chart)
        # No project with any activity scheduled (a new province: the plans are seeded, the driver projects are
        # not linked to solutions yet): not a chart of empty rows, which would read as 0 % planned.
        if all(project.progress.planned is None for project in summary.driver_projects):
            self.chart.hide()
            self.note.setText(self.tr(
                "No driver project has activities yet. Link solutions to driver projects in Plans and "
                "activities to follow them here."))
            self.note.show()
            self.drawn = True  # nothing to draw is drawn
            return
        self.note.setVisible(self._no_progress)
        self.note.setText(self.tr(
            "Grey bars: progress planned by today. Blue bars appear as progress is recorded."))
        self.chart.show()
        draw_driver_projects(self.chart, summary.driver_projects, planned_label=self.tr("Planned"),
                             actual_label=self.tr("Actual"), no_figure_label=self.tr("no activities"))
        self.drawn = True


class _AfterPaint(QObject):
    """Calls ``then`` once after the next paint of the widget it filters, and stops filtering it."""

    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False
