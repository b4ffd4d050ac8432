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
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.charts.indicators import (
    BEST_COLOR,
    MAX_BARS,
    PLAIN_COLOR,
    THRESHOLD_COLOR,
    WORST_COLOR,
    ranking_bars,
)
from desktop.domain.indicators import Unit
from desktop.indicators.views import IndicatorRow
from desktop.ui.charts.canvas import SavableChart, chart_style
from desktop.ui.formatting import format_number, isolate_data
from desktop.ui.models.indicator_ranking import format_value

# A bar fills this share of its row, as the PDF's bars (matplotlib ``height=0.7``).
BAR_SHARE = 0.7
# A bar is never thicker than this (pixels): the province alone is one bar, not a block filling the chart.
MAX_BAR_HEIGHT = 36.0
# A click within this share of a row's height from its middle is on the row (the matplotlib chart's 0.4).
HIT_SHARE = 0.4
MAX_TICK_DECIMALS = 6
# Names take at most this share of the width; longer ones are elided (the whole name in the tooltip).
MAX_LABEL_SHARE = 0.4
# Saved PNGs are drawn at this multiple of the widget's size (print resolution for a chart a few inches wide).
SAVE_SCALE = 3
PAD = 6.0
TICK_LENGTH = 4.0
BACKGROUND = QColor("#ffffff")
FRAME = QColor("#4a4a4a")
GRID = QColor(176, 176, 176, 110)


def value_ticks(low: float, high: float, most: int) -> list[float]:
    """Round tick values (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering ``low``..``high``, at most about ``most``."""
    if not high > low:
        high = low + 1.0
    raw = (high - low) / max(1, most - 1)
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(s * magnitude for s in (1.0, 2.0, 2.5, 5.0, 10.0) if s * magnitude >= raw * (1 - 1e-9))
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [round(n * step, 10) for n in range(first, last + 1)]


def tick_labels(ticks: Sequence[float], suffix: str) -> list[str]:
    """In the window's digits, with as many decimals as the ticks need to be written exactly (0.5, 1, 1.5 are
    not «۱ ۱ ۲», and 7.5 is not «۸»)."""
    decimals = 0
    while decimals < MAX_TICK_DECIMALS and any(abs(round(t, decimals) - t) > 1e-9 for t in ticks):
        decimals += 1
    return [f"{format_number(t, decimals)}{suffix}" for t in ticks]


@dataclass(frozen=True)
class _Layout:
    """Where everything goes at one size of the widget."""

    plot: QRectF  # the bars' area
    labels: QRectF  # the names' column (right of the plot in Persian, left in English)
    legend: QRectF | None
    low: float
    high: float
    ticks: tuple[float, ...]
    tick_texts: tuple[str, ...]
    row_height: float
    label_font: QFont
    rtl: bool

    def x(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.plot.right() - share * self.plot.width() if self.rtl else self.plot.left() + share * self.plot.width()

    def row_band(self, position: int) -> QRectF:
        """Row ``position`` counted from the top, across names and bars."""
        top = self.plot.top() + position * self.row_height
        return QRectF(min(self.plot.left(), self.labels.left()), top,
                      self.plot.width() + self.labels.width(), self.row_height)


class RankingChart(SavableChart):
    unit_clicked = Signal(int)  # the unit_id of the bar clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._shown: list[IndicatorRow | None] = []  # top to bottom, best first (None: the gap)
        self._unit = Unit.COUNT
        self._threshold: float | None = None
        self._left_out = 0
        self._layout: tuple[QSize, _Layout] | None = None
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
        return self._bar(self._current_layout(), self._position(row), row)

    def _position(self, row: IndicatorRow) -> int:
        return next(n for n, shown in enumerate(self._shown) if shown is not None and shown.unit_id == row.unit_id)

    def click_position(self, row: IndicatorRow) -> tuple[float, float]:
        """The point, in the widget's pixels from its top left, at the middle of the row's bar."""
        centre = self.bar_rect(row).center()
        return centre.x(), centre.y()

    def label_rect(self, row: IndicatorRow) -> QRectF:
        """Where the unit's name is written beside its bar."""
        layout = self._current_layout()
        return self._name_rect(layout, self._position(row))

    def elided_label(self, row: IndicatorRow) -> str:
        """The unit's name as written beside its bar: elided ("…") when it does not fit; whole in the tooltip."""
        layout = self._current_layout()
        return self._elided(layout, row.name, self._name_rect(layout, self._position(row)))

    def value_axis_labels(self) -> list[str]:
        return list(self._current_layout().tick_texts)

    def value_axis_label_rects(self) -> list[QRectF]:
        return [rect for rect, _ in self._tick_labels(self._current_layout())]

    def row_at(self, point: QPointF) -> IndicatorRow | None:
        """The unit whose bar (or name) is at ``point``; None between bars, on the gap or off the chart."""
        if not self._shown:
            return None
        layout = self._current_layout()
        if not (min(layout.plot.left(), layout.labels.left()) <= point.x()
                <= max(layout.plot.right(), layout.labels.right())):
            return None
        offset = (point.y() - layout.plot.top()) / layout.row_height
        position = math.floor(offset)
        reach = min(HIT_SHARE * layout.row_height, MAX_BAR_HEIGHT / 2 + 4)  # from the row's middle
        if not 0 <= position < len(self._shown) or abs(offset - position - 0.5) * layout.row_height > reach:
            return None
        return self._shown[position]

    def _current_layout(self) -> _Layout:
        size = self.size()
        if self._layout is None or self._layout[0] != size:
            self._layout = (size, self._lay_out(QRectF(0, 0, size.width(), size.height())))
        return self._layout[1]

    def _lay_out(self, area: QRectF) -> _Layout:
        rtl = chart_style().rtl
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.height()
        legend = None
        top = area.top() + PAD
        if self._threshold is not None:
            legend = QRectF(area.left(), top, area.width(), line)
            top += line + PAD
        bottom = area.bottom() - PAD - line - TICK_LENGTH - 2
        rows = max(1, len(self._shown))
        row_height = max(1.0, (bottom - top) / rows)
        # Names shrink with the rows (25 bars in a short pane) but stay readable.
        label_font = QFont(font)
        label_font.setPixelSize(max(9, min(round(metrics.ascent() * 0.95), round(row_height * 0.9))))
        label_metrics = QFontMetricsF(label_font)
        names = [label_metrics.horizontalAdvance(name) for name in self.bar_labels()] or [0.0]
        label_width = min(max(names) + 2 * PAD, area.width() * MAX_LABEL_SHARE)

        values = [row.value for row in self._shown if row is not None]
        low = min([0.0, *values, *([self._threshold] if self._threshold is not None else [])])
        high = max([0.0, *values, *([self._threshold] if self._threshold is not None else [])])
        span = (high - low) or 1.0
        low, high = (low - span * 0.05 if low < 0 else low), high + span * 0.05  # air beyond the longest bar
        suffix = chart_style().percent_suffix if self._unit is Unit.PERCENT else ""
        # As many ticks as fit side by side under the plot, their labels never touching.
        plot_width = area.width() - label_width - 2 * PAD
        most = 8
        while True:
            ticks = [t for t in value_ticks(low, high, most) if low <= t <= high]
            texts = tick_labels(ticks, suffix)
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            if most <= 2 or widest * 1.3 * len(ticks) <= plot_width:
                break
            most -= 1
        # Half the widest tick label beyond the plot's far end, so the last label is not cut.
        end_pad = max(PAD, widest / 2 + 2)
        plot_width = max(10.0, area.width() - label_width - end_pad - PAD)
        if rtl:
            plot = QRectF(area.left() + end_pad, top, plot_width, bottom - top)
            labels = QRectF(plot.right(), top, label_width, bottom - top)
        else:
            labels = QRectF(area.left() + PAD, top, label_width, bottom - top)
            plot = QRectF(labels.right(), top, plot_width, bottom - top)
        return _Layout(plot, labels, legend, low, high, tuple(ticks), tuple(texts), row_height,
                       label_font, rtl)

    # painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter, self._current_layout(), QRectF(self.rect()))
        finally:
            painter.end()

    def _paint(self, painter: QPainter, layout: _Layout, area: QRectF) -> None:
        painter.fillRect(area, BACKGROUND)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if layout.rtl else Qt.LayoutDirection.LeftToRight)
        painter.setFont(self.font())
        if not self._shown:
            painter.setPen(QColor(THRESHOLD_COLOR))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text())
            return
        plot = layout.plot
        # grid and value axis
        for tick, (rect, text) in zip(layout.ticks, self._tick_labels(layout), strict=True):
            x = layout.x(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QPen(FRAME, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + TICK_LENGTH))
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        # bars, the gap, the names
        painter.setFont(layout.label_font)
        name_align = (Qt.AlignmentFlag.AlignLeft if layout.rtl else Qt.AlignmentFlag.AlignRight) \
            | Qt.AlignmentFlag.AlignVCenter
        for position, row in enumerate(self._shown):
            band = layout.row_band(position)
            name_rect = self._name_rect(layout, position)
            if row is None:
                gap = QRectF(plot.left(), band.top(), plot.width(), band.height())
                shade = QColor(THRESHOLD_COLOR)
                shade.setAlphaF(0.12)
                painter.fillRect(gap, shade)
                painter.setPen(QPen(QColor(THRESHOLD_COLOR), 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(plot.left(), gap.center().y()), QPointF(plot.right(), gap.center().y()))
                text = self.gap_label()
            else:
                color = BEST_COLOR if row.is_best else WORST_COLOR if row.is_worst else PLAIN_COLOR
                painter.fillRect(self._bar(layout, position, row), QColor(color))
                text = row.name
            painter.setPen(QColor("#222222"))
            painter.drawText(name_rect, name_align, self._elided(layout, text, name_rect))
        # frame, threshold, legend
        painter.setPen(QPen(FRAME, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        if self._threshold is not None:
            dashed = QPen(QColor(THRESHOLD_COLOR), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(dashed)
            x = layout.x(self._threshold)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if layout.legend is not None:
                self._paint_legend(painter, layout, dashed)

    def _tick_labels(self, layout: _Layout) -> list[tuple[QRectF, str]]:
        """Each value-axis label and where it is written: centred under its tick, below the plot."""
        metrics = QFontMetricsF(self.font())
        placed = []
        for tick, text in zip(layout.ticks, layout.tick_texts, strict=True):
            width = metrics.horizontalAdvance(text) + 4
            placed.append((QRectF(layout.x(tick) - width / 2, layout.plot.bottom() + TICK_LENGTH + 1, width,
                                  metrics.height()), text))
        return placed

    @staticmethod
    def _name_rect(layout: _Layout, position: int) -> QRectF:
        band = layout.row_band(position)
        return QRectF(layout.labels.left() + (PAD if layout.rtl else 0), band.top(), layout.labels.width() - PAD,
                      band.height())

    @staticmethod
    def _elided(layout: _Layout, text: str, rect: QRectF) -> str:
        # A Persian name in the English window is embedded right-to-left: the "…" Qt puts at its logical end is
        # then drawn on its left, where the name is cut, not on its right before the name's first word.
        return isolate_data(QFontMetricsF(layout.label_font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                                        rect.width()))

    def _paint_legend(self, painter: QPainter, layout: _Layout, pen: QPen) -> None:
        """A dashed line sample and "Threshold", centred above the bars (the sample first in reading order)."""
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        text = self.tr("Threshold")
        sample, gap = 24.0, 6.0
        width = sample + gap + metrics.horizontalAdvance(text) + 2
        box = layout.legend
        left = layout.plot.center().x() - width / 2
        y = box.center().y()
        sample_left = left + width - sample if layout.rtl else left
        painter.setPen(pen)
        painter.drawLine(QPointF(sample_left, y), QPointF(sample_left + sample, y))
        text_left = left if layout.rtl else left + sample + gap
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(text_left, box.top(), width - sample - gap, box.height()),
                         Qt.AlignmentFlag.AlignCenter, text)

    def _bar(self, layout: _Layout, position: int, row: IndicatorRow) -> QRectF:
        band = layout.row_band(position)
        height = min(band.height() * BAR_SHARE, MAX_BAR_HEIGHT)
        start, end = sorted((layout.x(0.0), layout.x(row.value or 0.0)))
        return QRectF(start, band.center().y() - height / 2, end - start, height)

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
