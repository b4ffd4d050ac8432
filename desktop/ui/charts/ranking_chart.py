"""The ranking as bars, best at the top and — however many units there are — the worst at the bottom, with a
marked gap between them (the drawing is `desktop.charts.indicators.draw_ranking`, shared with the PDF).
A click on a bar names its unit, so the page can open it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.charts import indicators
from desktop.domain.indicators import Unit
from desktop.indicators.service import IndicatorRow
from desktop.ui.charts.canvas import ChartWidget, chart_style


class RankingChart(ChartWidget):
    unit_clicked = Signal(int)  # the unit_id of the bar clicked

    def __init__(self, parent: QWidget | None = None, *, height_inches: float = 4.0):
        super().__init__(parent, height_inches=height_inches)
        self._bars: list[IndicatorRow | None] = []  # y position → row (None: the gap)
        self.canvas.mpl_connect("button_press_event", self._pressed)
        self.canvas.mpl_connect("motion_notify_event", self._moved)
        self.canvas.setToolTip(self.tr("Click a bar to open that unit"))

    def draw_rows(self, rows: Sequence[IndicatorRow], unit: Unit, threshold: float | None) -> None:
        self._bars = indicators.draw_ranking(
            self.axes(), rows, unit, threshold, chart_style(), threshold_label=self.tr("Threshold"),
            more_label=self.tr("{count} more units between"))
        self.draw()

    def drawn_rows(self) -> list[IndicatorRow | None]:
        """What is drawn, bottom to top (None where the gap is)."""
        return list(self._bars)

    def row_at(self, y: float | None) -> IndicatorRow | None:
        if y is None or not self._bars:
            return None
        position = round(y)
        if not 0 <= position < len(self._bars) or abs(y - position) > 0.4:
            return None
        return self._bars[position]

    def click_position(self, row: IndicatorRow) -> tuple[float, float]:
        """The point, in the canvas's pixels from its top left, at the middle of the row's bar."""
        position = next(i for i, bar in enumerate(self._bars) if bar is not None and bar.unit_id == row.unit_id)
        axes = self.figure.axes[0]
        x, y = axes.transData.transform((row.value / 2 if row.value else 0.0, position))
        ratio = self.canvas.device_pixel_ratio or 1
        return x / ratio, self.canvas.height() - y / ratio

    def _pressed(self, event) -> None:
        if event.button != 1 or event.inaxes is None:
            return
        row = self.row_at(event.ydata)
        if row is not None:
            self.unit_clicked.emit(row.unit_id)

    def _moved(self, event) -> None:
        over_bar = event.inaxes is not None and self.row_at(event.ydata) is not None
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor if over_bar else Qt.CursorShape.ArrowCursor)
