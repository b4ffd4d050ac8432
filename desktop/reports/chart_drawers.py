"""What draws each chart of the province's reports, its data bound with ``functools.partial``.

A report's chart is pickled to be drawn in the chart process (desktop/reports/chart_process.py): its drawing
function must be a module's function, not a closure, and this module imports nothing but the chart functions
(desktop/charts/), so that reading a chart there imports no more than drawing it needs - the report modules
that build the charts read the database."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from desktop.charts.indicators import draw_ranking, draw_trend
from desktop.charts.progress import draw_driver_projects
from desktop.charts.style import ChartStyle
from desktop.domain.indicators import Unit
from desktop.indicators.views import IndicatorRow, IndicatorTrend
from desktop.planning.views import NamedProgress


def driver_projects(projects: Sequence[NamedProgress], planned: str, actual: str, no_figure: str) -> partial[None]:
    return partial(_draw_driver_projects, projects=projects, planned=planned, actual=actual, no_figure=no_figure)


def trend(trend: IndicatorTrend, labels: Sequence[str], threshold: str, incomplete: str, title: str,
          axis_label: str = "") -> partial[None]:
    return partial(_draw_trend, trend=trend, labels=labels, threshold=threshold, incomplete=incomplete, title=title,
                   axis_label=axis_label)


def ranking(rows: Sequence[IndicatorRow], unit: Unit, threshold: float | None, **labels: str) -> partial[None]:
    return partial(_draw_ranking, rows=rows, unit=unit, threshold=threshold, **labels)


def _draw_driver_projects(axes, style: ChartStyle, *, projects, planned, actual, no_figure) -> None:  # noqa: ANN001
    draw_driver_projects(axes, projects, style, planned_label=planned, actual_label=actual, wrap_titles=False,
                         no_figure_label=no_figure)


def _draw_trend(axes, style: ChartStyle, *, trend, labels, threshold, incomplete, title,  # noqa: ANN001
                axis_label: str = "") -> None:
    draw_trend(axes, trend, labels, style, threshold_label=threshold, incomplete_label=incomplete, title=title,
               axis_label=axis_label)


def _draw_ranking(axes, style: ChartStyle, *, rows, unit, threshold, **labels) -> None:  # noqa: ANN001 - an Axes
    draw_ranking(axes, rows, unit, threshold, style, **labels)
