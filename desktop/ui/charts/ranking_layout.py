"""Where the ranking chart's parts go at one size of the widget (`RankingChart`, desktop/ui/charts/ranking_chart.py):
the value axis's round ticks and their labels, the rows, the names' column and how much of a name fits in it, a
unit's bar, and which row a point is on. Computed from the fonts, the rows and the window's direction; nothing is
painted here (desktop/ui/charts/ranking_painting.py paints it)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from desktop.charts.style import ChartStyle
from desktop.domain.indicators import Unit
from desktop.domain.indicators.basis import is_unbounded
from desktop.indicators.views import IndicatorRow
from desktop.ui.formatting import format_number, isolate_data

# A bar fills this share of its row, as the PDF's bars (matplotlib ``height=0.7``).
BAR_SHARE = 0.7
# A bar is never thicker than this (pixels): the province alone is one bar, not a block filling the chart.
MAX_BAR_HEIGHT = 36.0
# A click within this share of a row's height from its middle is on the row (the matplotlib chart's 0.4).
HIT_SHARE = 0.4
MAX_TICK_DECIMALS = 6
# Names take at most this share of the width; longer ones are elided (the whole name in the tooltip).
MAX_LABEL_SHARE = 0.4
PAD = 6.0
TICK_LENGTH = 4.0


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
class RankingLayout:
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


def lay_out(area: QRectF, font: QFont, shown: Sequence[IndicatorRow | None], names: Sequence[str], unit: Unit,
            threshold: float | None, style: ChartStyle) -> RankingLayout:
    """The layout of ``shown`` (top to bottom, None for the gap) in ``area``, in the widget's ``font``; ``names``
    are the labels written beside the rows (the gap's among them), ``style`` the window's direction and digits."""
    rtl = style.rtl
    font = QFont(font)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    legend = None
    top = area.top() + PAD
    if threshold is not None:
        legend = QRectF(area.left(), top, area.width(), line)
        top += line + PAD
    bottom = area.bottom() - PAD - line - TICK_LENGTH - 2
    rows = max(1, len(shown))
    row_height = max(1.0, (bottom - top) / rows)
    # Names shrink with the rows (25 bars in a short pane) but stay readable.
    label_font = QFont(font)
    label_font.setPixelSize(max(9, min(round(metrics.ascent() * 0.95), round(row_height * 0.9))))
    label_metrics = QFontMetricsF(label_font)
    widths = [label_metrics.horizontalAdvance(name) for name in names] or [0.0]
    label_width = min(max(widths) + 2 * PAD, area.width() * MAX_LABEL_SHARE)

    # An unbounded value (nothing disposed of) sets no scale: its bar reaches the plot's far end.
    values = [row.value for row in shown if row is not None and row.value is not None and not is_unbounded(row.value)]
    low = min([0.0, *values, *([threshold] if threshold is not None else [])])
    high = max([0.0, *values, *([threshold] if threshold is not None else [])])
    span = (high - low) or 1.0
    low, high = (low - span * 0.05 if low < 0 else low), high + span * 0.05  # air beyond the longest bar
    suffix = style.percent_suffix if unit is Unit.PERCENT else ""
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
    return RankingLayout(plot, labels, legend, low, high, tuple(ticks), tuple(texts), row_height,
                         label_font, rtl)


def tick_label_rects(layout: RankingLayout, font: QFont) -> list[tuple[QRectF, str]]:
    """Each value-axis label and where it is written: centred under its tick, below the plot."""
    metrics = QFontMetricsF(font)
    placed = []
    for tick, text in zip(layout.ticks, layout.tick_texts, strict=True):
        width = metrics.horizontalAdvance(text) + 4
        placed.append((QRectF(layout.x(tick) - width / 2, layout.plot.bottom() + TICK_LENGTH + 1, width,
                              metrics.height()), text))
    return placed


def name_rect(layout: RankingLayout, position: int) -> QRectF:
    """Where the name of row ``position`` (from the top) is written beside its bar."""
    band = layout.row_band(position)
    return QRectF(layout.labels.left() + (PAD if layout.rtl else 0), band.top(), layout.labels.width() - PAD,
                  band.height())


def elided_name(layout: RankingLayout, text: str, rect: QRectF) -> str:
    """``text`` as written in ``rect``: elided ("…") when it does not fit."""
    # A Persian name in the English window is embedded right-to-left: the "…" Qt puts at its logical end is
    # then drawn on its left, where the name is cut, not on its right before the name's first word.
    return isolate_data(QFontMetricsF(layout.label_font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                                    rect.width()))


def row_bar(layout: RankingLayout, position: int, value: float | None) -> QRectF:
    """The bar of row ``position`` (from the top) for ``value``."""
    band = layout.row_band(position)
    height = min(band.height() * BAR_SHARE, MAX_BAR_HEIGHT)
    reach = layout.high if is_unbounded(value) else value or 0.0  # unbounded: the longest bar there can be
    start, end = sorted((layout.x(0.0), layout.x(reach)))
    return QRectF(start, band.center().y() - height / 2, end - start, height)


def position_at(layout: RankingLayout, point: QPointF, rows: int) -> int | None:
    """The row (from the top, of ``rows``) whose bar (or name) is at ``point``; None between bars or off the
    chart."""
    if not (min(layout.plot.left(), layout.labels.left()) <= point.x()
            <= max(layout.plot.right(), layout.labels.right())):
        return None
    offset = (point.y() - layout.plot.top()) / layout.row_height
    position = math.floor(offset)
    reach = min(HIT_SHARE * layout.row_height, MAX_BAR_HEIGHT / 2 + 4)  # from the row's middle
    if not 0 <= position < rows or abs(offset - position - 0.5) * layout.row_height > reach:
        return None
    return position
