"""The dashboard's charts as inline SVG, drawn on the server by the province's own chart code
(desktop/charts: Vazirmatn from the project's fonts, Persian digits, right to left) — nothing from the internet.

Texts are passed in already translated: the pages know the language, this module does not.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from desktop.center.dashboard.indicators import IndicatorRanking
from desktop.center.dashboard.progress import NationalDriver
from desktop.charts.indicators import draw_trend
from desktop.charts.progress import draw_driver_projects
from desktop.charts.style import PERSIAN, ChartStyle, new_figure
from desktop.domain.persian import format_number
from desktop.indicators.views import IndicatorTrend, TrendSeries
from desktop.planning.views import NamedProgress, Progress

ENGLISH = ChartStyle(rtl=False, number=lambda value, decimals: f"{value:,.{decimals}f}")


def _svg(figure) -> str:  # noqa: ANN001 - matplotlib's Figure, imported lazily
    buffer = io.BytesIO()
    # no metadata block (its date would change every page; its namespace addresses are not wanted either)
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    text = buffer.getvalue().decode("utf-8")
    return text[text.index("<svg"):]  # inline: without the XML declaration and doctype


def trend_svg(ranking: IndicatorRanking, scope_name: str, *, persian: bool, threshold_label: str,
              incomplete_label: str, title: str = "", axis_label: str = "", unbounded_label: str = "") -> str:
    """The scope's monthly trend (incomplete months hollow and dashed, as the province draws them); ``axis_label``
    the values' unit."""
    style = PERSIAN if persian else ENGLISH
    points = ranking.trend
    trend = IndicatorTrend(ranking.definition, tuple(p.month for p in points), (
        TrendSeries("scope", 0, scope_name, tuple(p.value for p in points), tuple(p.complete for p in points)),))
    labels = [p.month.label_fa if persian else p.month.label_en for p in points]
    figure = new_figure(7.5, 3.0)
    draw_trend(figure.add_subplot(1, 1, 1), trend, labels, style, threshold_label=threshold_label,
               incomplete_label=incomplete_label, title=title, axis_label=axis_label, unbounded_label=unbounded_label)
    return _svg(figure)


def drivers_svg(drivers: Sequence[NationalDriver], *, persian: bool, planned_label: str, actual_label: str,
                no_figure_label: str) -> str:
    """The driver projects' national mean progress, actual over planned (the province's home chart); a project no
    province has a figure for is named with ``no_figure_label`` beside its empty row."""
    style = PERSIAN if persian else ENGLISH
    projects = [NamedProgress(d.number, str(d.number), d.title, "", Progress(d.mean_planned, d.mean_actual, None))
                for d in drivers]
    figure = new_figure(7.5, 0.32 * max(len(projects), 2) + 0.9)
    draw_driver_projects(figure.add_subplot(1, 1, 1), projects, style, planned_label=planned_label,
                         actual_label=actual_label, no_figure_label=no_figure_label)
    return _svg(figure)


__all__ = ["drivers_svg", "format_number", "trend_svg"]
