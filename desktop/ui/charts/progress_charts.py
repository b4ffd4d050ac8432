"""Progress charts in the window: the drawing itself is in desktop/charts/progress.py (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.charts import progress
from desktop.planning.views import NamedProgress, SeriesPoint
from desktop.ui.charts.canvas import ChartWidget, chart_style
from desktop.ui.formatting import format_date


def draw_driver_projects(chart: ChartWidget, projects: Sequence[NamedProgress], *,
                         planned_label: str, actual_label: str, no_figure_label: str | None = None) -> None:
    """Horizontal bars: each driver project's actual progress over its planned progress."""
    progress.draw_driver_projects(chart.axes(), projects, chart_style(), planned_label=planned_label,
                                  actual_label=actual_label, no_figure_label=no_figure_label)
    chart.draw()


def draw_progress_history(chart: ChartWidget, series: Sequence[SeriesPoint], today: date, *,
                          planned_label: str, actual_label: str) -> None:
    """Planned (schedule) and actual (reported) percent complete over time."""
    progress.draw_progress_history(chart.axes(), series, today, chart_style(), planned_label=planned_label,
                                   actual_label=actual_label, date_label=format_date)
    chart.draw()
