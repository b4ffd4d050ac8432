"""The progress charts (desktop/charts/progress.py): the activity's planned-and-actual history keeps its legend
off the lines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.charts.progress import draw_progress_history
from desktop.charts.style import PERSIAN, ChartStyle, new_figure
from desktop.planning.views import SeriesPoint
from tests.charts.clearance import drawn, line_points_inside


def _history() -> list[SeriesPoint]:
    """Planned at 100 % from the start (the schedule over), the reports climbing: the planned line runs along the
    top of the plot, where the legend stood."""
    start = date(2023, 9, 23)
    return [SeriesPoint(start + timedelta(days=30 * i), 100.0 if i else 0.0, min(100.0, 8.0 * i))
            for i in range(0, 14)]


@pytest.mark.parametrize("style", [PERSIAN, ChartStyle(rtl=False)], ids=["fa", "en"])
def test_the_activity_chart_legend_covers_neither_the_planned_nor_the_actual_line(style: ChartStyle) -> None:
    figure = new_figure(4.2, 2.6)
    axes = figure.add_subplot(1, 1, 1)
    draw_progress_history(axes, _history(), date(2024, 9, 1), style, planned_label="برنامه‌ای",
                          actual_label="واقعی", date_label=lambda day: day.isoformat())
    renderer = drawn(figure)
    legend = axes.get_legend().get_window_extent(renderer)
    assert line_points_inside(axes, legend) == []
    assert legend.y0 >= axes.get_window_extent(renderer).y1 - 1
