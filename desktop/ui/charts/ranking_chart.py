"""The ranking as bars, best at the top and — however many units there are — the worst at the bottom, with a
marked gap between them. A click on a bar names its unit, so the page can open it.

Drawn with Qt itself (QPainter), not matplotlib: importing matplotlib and building its canvas cost the page
about 0.7 s before it could show its ranking, and 3,000 branches redrew a whole figure on every switch. Which
bars are shown is `desktop.charts.indicators.ranking_bars`, the one definition the PDF's matplotlib chart
(`draw_ranking`) uses too, as are its colours; the look follows that chart: values grow leftwards and the names
stand on the right in Persian, a dashed threshold line with its legend above the bars, a value axis below in
the window's digits."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.charts.indicators import MAX_BARS, ranking_bars
from desktop.domain.indicators import Unit
from desktop.indicators.views import IndicatorRow
from desktop.ui.charts.canvas import SavableChart, chart_style
from desktop.ui.charts.ranking_layout import (  # noqa: F401 - the constants and the ticks re-exported
    BAR_SHARE,
    HIT_SHARE,
    MAX_BAR_HEIGHT,
    MAX_LABEL_SHARE,
    MAX_TICK_DECIMALS,
    PAD,
    TICK_LENGTH,
    RankingLayout,
    elided_name,
    lay_out,
    name_rect,
    position_at,
    row_bar,
    tick_label_rects,
    tick_labels,
    value_ticks,
)
from desktop.ui.charts.ranking_painting import BACKGROUND, FRAME, GRID, paint_ranking  # noqa: F401 - re-exported
from desktop.ui.formatting import format_number
from desktop.ui.models.indicator_ranking import format_value

# Saved PNGs are drawn at this multiple of the widget's size (print resolution for a chart a few inches wide).
SAVE_SCALE = 3


class RankingChart(SavableChart):
    """The widget: what is drawn and its texts (translated in this class's context), its geometry asked of
    desktop/ui/charts/ranking_layout.py at the widget's size, its painting (desktop/ui/charts/ranking_painting.py),
    clicks and tooltips, and its pictures."""

    unit_clicked = Signal(int)  # the unit_id of the bar clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown: list[IndicatorRow | None] = []  # top to bottom, best first (None: the gap)
        self._unit = Unit.COUNT
        self._threshold: float | None = None
        self._left_out = 0
        self._layout: tuple[QSize, RankingLayout] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Ranking chart"))
        self.setToolTip(self.tr("Click a bar to open that unit"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, 400)

    # what is drawn -------------------------------------------------------------------------
    def draw_rows(self, rows: Sequence[IndicatorRow], unit: Unit, threshold: float | None) -> None:
        """Show these rows (the table's, best first): the bars of `ranking_bars` — only ranked units."""
        self._shown = ranking_bars(rows, MAX_BARS)
        self._unit, self._threshold = unit, threshold
        ranked = sum(1 for row in rows if row.value is not None and row.rank is not None)
        self._left_out = ranked - sum(1 for row in self._shown if row is not None)
        self._layout = None
        self.setAccessibleDescription("\n".join(self.text_alternative()))
        self.update()

    def drawn_rows(self) -> list[IndicatorRow | None]:
        """What is drawn, bottom to top (None where the gap is)."""
        return list(reversed(self._shown))

    def gap_label(self) -> str:
        more = self.tr("{count} more units between").format(count=format_number(self._left_out))
        return f"… {more} …"

    def bar_labels(self) -> list[str]:
        """The names beside the bars, bottom to top (the gap's label where the gap is)."""
        return [row.name if row is not None else self.gap_label() for row in self.drawn_rows()]

    def text_alternative(self) -> list[str]:
        """The chart in words, top to bottom (the accessible description; screen readers read it)."""
        if not self._shown:
            return [self._empty_text()]
        lines = [self.gap_label() if row is None else self.tr("{rank}. {name}: {value}").format(
            rank=format_number(row.rank), name=row.name, value=format_value(row.value, self._unit))
            for row in self._shown]
        if self._threshold is not None:
            threshold = self.tr("Threshold")
            lines.append(f"{threshold}: {format_value(self._threshold, self._unit)}")
        return lines

    def _empty_text(self) -> str:
        return self.tr("No unit has complete data to rank.")

    # geometry --------------------------------------------------------------------------------
    def bar_rect(self, row: IndicatorRow) -> QRectF:
        """The bar of a drawn unit, in the widget's coordinates."""
        return row_bar(self._current_layout(), self._position(row), row.value)

    def _position(self, row: IndicatorRow) -> int:
        return next(n for n, shown in enumerate(self._shown) if shown is not None and shown.unit_id == row.unit_id)

    def click_position(self, row: IndicatorRow) -> tuple[float, float]:
        """The point, in the widget's pixels from its top left, at the middle of the row's bar."""
        centre = self.bar_rect(row).center()
        return centre.x(), centre.y()

    def label_rect(self, row: IndicatorRow) -> QRectF:
        """Where the unit's name is written beside its bar."""
        layout = self._current_layout()
        return name_rect(layout, self._position(row))

    def elided_label(self, row: IndicatorRow) -> str:
        """The unit's name as written beside its bar: elided ("…") when it does not fit; whole in the tooltip."""
        layout = self._current_layout()
        return elided_name(layout, row.name, name_rect(layout, self._position(row)))

    def value_axis_labels(self) -> list[str]:
        return list(self._current_layout().tick_texts)

    def value_axis_label_rects(self) -> list[QRectF]:
        return [rect for rect, _ in tick_label_rects(self._current_layout(), self.font())]

    def row_at(self, point: QPointF) -> IndicatorRow | None:
        """The unit whose bar (or name) is at ``point``; None between bars, on the gap or off the chart."""
        if not self._shown:
            return None
        position = position_at(self._current_layout(), point, len(self._shown))
        return None if position is None else self._shown[position]

    def _current_layout(self) -> RankingLayout:
        size = self.size()
        if self._layout is None or self._layout[0] != size:
            self._layout = (size, lay_out(QRectF(0, 0, size.width(), size.height()), self.font(), self._shown,
                                          self.bar_labels(), self._unit, self._threshold, chart_style()))
        return self._layout[1]

    # painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter, self._current_layout(), QRectF(self.rect()))
        finally:
            painter.end()

    def _paint(self, painter: QPainter, layout: RankingLayout, area: QRectF) -> None:
        paint_ranking(painter, layout, area, self.font(), self._shown, self._threshold,
                      empty_text=self._empty_text(), gap_text=self.gap_label(), threshold_text=self.tr("Threshold"),
                      unbounded_text=format_value(math.inf, self._unit))

    # interaction -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.position())
            if row is not None:
                self.unit_clicked.emit(row.unit_id)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        over_bar = self.row_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over_bar else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(QPointF(event.pos()))
            if row is not None:  # the whole name (elided beside the bar) and its value
                QToolTip.showText(event.globalPos(), self.tr("{rank}. {name}: {value}").format(
                    rank=format_number(row.rank), name=row.name, value=format_value(row.value, self._unit)), self)
                return True
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._layout = None
        super().resizeEvent(event)

    # saving ----------------------------------------------------------------------------------
    def picture(self, scale: float = 1.0) -> QImage:
        """The chart as an image at ``scale`` times the widget's size."""
        size = self.size()
        image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(BACKGROUND)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(scale, scale)
            self._paint(painter, self._current_layout(), QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        return image

    def picture_for(self, path: Path) -> bytes:
        """PNG (at print resolution) or SVG by the file's suffix."""
        path = Path(path)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator  # only when saving

            size = self.size()
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(self.accessibleName())
            generator.setDescription(self.accessibleDescription())
            painter = QPainter(generator)
            try:
                self._paint(painter, self._current_layout(), QRectF(0, 0, size.width(), size.height()))
            finally:
                painter.end()
        else:
            self.picture(SAVE_SCALE).save(buffer, "PNG")
        data = QByteArray(buffer.data()).data()
        buffer.close()
        return data
