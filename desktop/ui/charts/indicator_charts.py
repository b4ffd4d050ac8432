"""Indicator charts in the window: the drawing itself is in desktop/charts/indicators.py (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from desktop.charts import indicators
from desktop.domain.indicators.basis import UNBOUNDED
from desktop.indicators.views import IndicatorTrend
from desktop.ui.charts.canvas import ChartWidget, chart_style


def draw_trend(chart: ChartWidget, trend: IndicatorTrend, period_labels: Sequence[str], *,
               threshold_label: str, incomplete_label: str, axis_label: str = "") -> None:
    """The unit, its district and its province over the same periods; the threshold when there is one;
    periods with incomplete data hollow and dashed; ``axis_label`` (the values' unit) beside their axis."""
    # a month with cases pending and none disposed of: a triangle at the top, named «بدون مختومه» in the legend
    indicators.draw_trend(chart.axes(), trend, period_labels, chart_style(), threshold_label=threshold_label,
                          incomplete_label=incomplete_label, axis_label=axis_label,
                          unbounded_label=QCoreApplication.translate("Indicators", UNBOUNDED))
    chart.draw()
