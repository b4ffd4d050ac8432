"""The indicators page's trend: the selected unit's figures over the last periods, against its district, its
province and the threshold, under the ranking chart.

The trend is computed only once the table and the ranking chart are painted (a province's series reads every
branch's months, and its chart imports matplotlib: longer than the table), the panel saying "loading" meanwhile;
a page never shown computes none. Each request is numbered and only the latest one is computed and drawn, so a
fast second switch never shows the first unit's trend. (Not in a worker thread: computing it there while the GUI
thread runs its event loop crashed this PySide6 - "deallocating None", the reference-count race of PYSIDE-3124
that desktop/ui/tasks.py works around for short jobs.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.domain.indicators.definitions import AXIS_UNITS
from desktop.domain.messages import DomainError
from desktop.indicators.views import IndicatorTrend
from desktop.ui.language import translate
from desktop.ui.models.indicator_ranking import period_label
from desktop.ui.widgets.cards import section_title
from desktop.ui.widgets.errors import show_error

if TYPE_CHECKING:
    from desktop.ui.charts.canvas import ChartWidget


class TrendPanel(QWidget):
    """Once a first trend is drawn, its matplotlib chart; and its ``title``, which the page places above the
    panel (outside the height the panel shares with the ranking chart). :meth:`ask` numbers a request and computes
    it after the ranking chart it :meth:`follow`s is next painted (at once when it is painted already)."""

    shown = Signal()  # the trend asked for last has been drawn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = section_title("")
        self.chart: ChartWidget | None = None  # matplotlib: created when the first trend is drawn
        #: The trend drawn for the latest request; None while one is loading.
        self.last: IndicatorTrend | None = None
        self._request = 0
        self._to_draw: IndicatorTrend | None = None
        self._ranking: QWidget | None = None
        self._ranking_unpainted = False
        self._after_paint: Callable[[], None] | None = None
        self._holder = QVBoxLayout(self)
        self._holder.setContentsMargins(0, 0, 0, 0)
        # Expanding, like the ranking chart above it and the chart it holds: the two then share the height by
        # the stretch the page gives them (a panel of preferred size got none of it).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def follow(self, ranking: QWidget) -> None:
        """The ranking chart whose paint a trend waits for."""
        self._ranking = ranking
        ranking.installEventFilter(self)

    def ranking_redrawn(self) -> None:
        """The ranking chart was given new rows: a trend asked for now waits for its paint."""
        self._ranking_unpainted = True

    def waits_for_ranking(self) -> bool:
        return self._ranking_unpainted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The ranking chart painted: the trend waiting for it may now be computed."""
        if self._ranking is not None and watched is self._ranking and event.type() == QEvent.Type.Paint:
            self._ranking_unpainted = False
            start, self._after_paint = self._after_paint, None
            if start is not None:
                QTimer.singleShot(0, self, start)
        return super().eventFilter(watched, event)

    def say_nothing(self) -> None:
        """No trend to say anything of yet (the table is not confirmed by the services)."""
        self.title.setText("")

    def ask(self, compute: Callable[[], IndicatorTrend]) -> None:
        """Compute and draw a trend, this one only: until it comes, say so and show no other unit's trend."""
        self._request += 1
        request = self._request
        self.last = self._to_draw = None
        self.title.setText(self.tr("Loading the trend…"))
        if self.chart is not None:
            self.chart.figure.clear()
            self.chart.draw()

        def run() -> None:
            if not isValid(self) or request != self._request:
                return  # the page closed, or the user chose another unit meanwhile: only that one is computed
            try:
                trend = compute()
            except DomainError as error:
                self.title.setText("")
                show_error(self, self.tr("Indicators"), error)
                return
            self._show(trend)

        if self._ranking_unpainted and self._ranking is not None:
            # Started by the ranking chart's paint (eventFilter) - also when the page is not on screen yet: the
            # page built at start-up is shown just after this, and a trend computed meanwhile (with matplotlib
            # imported for it) came before the ranking's first paint. A page never shown computes no trend.
            self._after_paint = run
        else:
            QTimer.singleShot(0, self, run)

    def _show(self, trend: IndicatorTrend) -> None:
        from desktop.ui.charts.loading import when_charts_loaded

        self._to_draw = trend
        # Drawn unless a newer trend came meanwhile (while matplotlib was being imported).
        when_charts_loaded(self, self.tr("Indicators"),
                           lambda: self._paint(trend) if self._to_draw is trend else None)

    def incomplete_label(self, trend: IndicatorTrend) -> str:
        """What a hollow point means. A period under way is marked so even when every branch is complete: the
        table's "7 of 7 branches complete" counts branches, the point says the period's months are not all in."""
        if trend.through_month is None:
            return self.tr("incomplete data")
        return self.tr("incomplete, or only through {month}").format(
            month=period_label(trend.through_month))

    def _paint(self, trend: IndicatorTrend) -> None:
        from desktop.ui.charts.canvas import ChartWidget
        from desktop.ui.charts.indicator_charts import draw_trend

        if self.chart is None:
            self.chart = ChartWidget(self, height_inches=2.8)
            self.chart.setObjectName("trendChart")
            self._holder.addWidget(self.chart)
        name = trend.series[0].name if trend.series else ""
        self.title.setText(self.tr("Trend of {unit}").format(unit=name))
        unit = AXIS_UNITS.get(trend.definition.unit)
        draw_trend(self.chart, trend, [period_label(p) for p in trend.periods],
                   threshold_label=self.tr("Threshold"), incomplete_label=self.incomplete_label(trend),
                   axis_label=translate("Indicators", unit) if unit else "")
        self.last = trend
        self.shown.emit()
