"""The ranking chart painted with a QPainter at its layout (desktop/ui/charts/ranking_layout.py): the grid and the
value axis, the bars in the best / worst / plain colours, the gap, the names, the frame, the dashed threshold and
its legend. The same painting is the widget's (`RankingChart.paintEvent`) and its saved PNG and SVG; its texts
are given, translated by the widget."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop.charts.indicators import BEST_COLOR, PLAIN_COLOR, THRESHOLD_COLOR, WORST_COLOR
from desktop.domain.indicators.basis import is_unbounded
from desktop.indicators.views import IndicatorRow
from desktop.ui.charts.ranking_layout import (
    TICK_LENGTH,
    RankingLayout,
    elided_name,
    name_rect,
    row_bar,
    tick_label_rects,
)

BACKGROUND = QColor("#ffffff")
FRAME = QColor("#4a4a4a")
GRID = QColor(176, 176, 176, 110)


def paint_ranking(painter: QPainter, layout: RankingLayout, area: QRectF, font: QFont,
                  shown: Sequence[IndicatorRow | None], threshold: float | None, *, empty_text: str,
                  gap_text: str, threshold_text: str, unbounded_text: str = "") -> None:
    """Paint ``shown`` (top to bottom, None for the gap) in ``area``; ``empty_text`` when nothing is shown,
    ``gap_text`` beside the gap, ``threshold_text`` in the legend, ``unbounded_text`` («بدون مختومه») on the
    bar of an unbounded value - drawn the longest, hatched, as it is the worst and has no number."""
    painter.fillRect(area, BACKGROUND)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if layout.rtl else Qt.LayoutDirection.LeftToRight)
    painter.setFont(font)
    if not shown:
        painter.setPen(QColor(THRESHOLD_COLOR))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, empty_text)
        return
    plot = layout.plot
    # grid and value axis
    for tick, (rect, text) in zip(layout.ticks, tick_label_rects(layout, font), strict=True):
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
    for position, row in enumerate(shown):
        band = layout.row_band(position)
        label = name_rect(layout, position)
        if row is None:
            gap = QRectF(plot.left(), band.top(), plot.width(), band.height())
            shade = QColor(THRESHOLD_COLOR)
            shade.setAlphaF(0.12)
            painter.fillRect(gap, shade)
            painter.setPen(QPen(QColor(THRESHOLD_COLOR), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), gap.center().y()), QPointF(plot.right(), gap.center().y()))
            text = gap_text
        else:
            color = BEST_COLOR if row.is_best else WORST_COLOR if row.is_worst else PLAIN_COLOR
            bar = row_bar(layout, position, row.value)
            painter.fillRect(bar, QColor(color))
            if is_unbounded(row.value):
                _paint_unbounded(painter, layout, bar, unbounded_text)
            text = row.name
        painter.setPen(QColor("#222222"))
        painter.drawText(label, name_align, elided_name(layout, text, label))
    # frame, threshold, legend
    painter.setPen(QPen(FRAME, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    if threshold is not None:
        dashed = QPen(QColor(THRESHOLD_COLOR), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(dashed)
        x = layout.x(threshold)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        if layout.legend is not None:
            _paint_legend(painter, layout, font, dashed, threshold_text)


def _paint_legend(painter: QPainter, layout: RankingLayout, font: QFont, pen: QPen, text: str) -> None:
    """A dashed line sample and "Threshold", centred above the bars (the sample first in reading order)."""
    painter.setFont(font)
    metrics = QFontMetricsF(font)
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


def _paint_unbounded(painter: QPainter, layout: RankingLayout, bar: QRectF, text: str) -> None:
    """A bar without end: hatched over its colour, its text (no number) written inside it from the far end."""
    painter.fillRect(bar, QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
    if not text or bar.height() < QFontMetricsF(layout.label_font).height() * 0.8:
        return
    inner = bar.adjusted(4, 0, -4, 0)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(inner, (Qt.AlignmentFlag.AlignLeft if layout.rtl else Qt.AlignmentFlag.AlignRight)
                     | Qt.AlignmentFlag.AlignVCenter, text)
