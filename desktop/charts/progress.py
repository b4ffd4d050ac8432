"""Charts of planned against actual progress. Labels are plain Persian strings (matplotlib shapes them)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from datetime import date

from desktop.charts.style import ChartStyle, legend, legend_above, mirror_for_rtl, value_axis
from desktop.planning.views import NamedProgress, SeriesPoint

PLANNED_COLOR = "#adb5bd"
ACTUAL_COLOR = "#1d6fb8"
LABEL_WIDTH = 38  # characters per line of a driver project's title: the Persian ones on one line each


def draw_driver_projects(axes, projects: Sequence[NamedProgress], style: ChartStyle, *,
                         planned_label: str, actual_label: str, wrap_titles: bool = True,
                         no_figure_label: str | None = None) -> None:
    """Horizontal bars: each driver project's actual progress over its planned progress. A project with no
    progress figure at all (no activity scheduled under it) has no bar - an empty row reads like 0 % planned -, so
    ``no_figure_label``, when given, follows its title: "Judicial relief (no activities)"."""
    rows = list(reversed(projects))  # first project at the top
    positions = range(len(rows))
    planned = [p.progress.planned or 0.0 for p in rows]
    actual = [p.progress.actual or 0.0 for p in rows]
    axes.barh(positions, planned, height=0.75, color=PLANNED_COLOR, label=planned_label)
    axes.barh(positions, actual, height=0.45, color=ACTUAL_COLOR, label=actual_label)
    named = [f"{p.title} ({no_figure_label})" if no_figure_label and p.progress.planned is None else p.title
             for p in rows]
    # in the window's narrow chart, long titles go on two lines rather than squeeze the bars or get clipped
    titles = [textwrap.fill(title, LABEL_WIDTH) if wrap_titles else title for title in named]
    axes.set_yticks(list(positions), titles, fontsize=8)
    axes.set_xlim(0, 100)
    value_axis(axes.xaxis, style, suffix=style.percent_suffix)
    mirror_for_rtl(axes, style)
    axes.grid(axis="x", alpha=0.3)
    legend(axes, style, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=2, fontsize=8, frameon=False)


def draw_progress_history(axes, series: Sequence[SeriesPoint], today: date, style: ChartStyle, *,
                          planned_label: str, actual_label: str, date_label: Callable[[date], str]) -> None:
    """Planned (schedule) and actual (reported) percent complete over time."""
    if series:
        days = [p.on for p in series]
        axes.plot(days, [p.planned for p in series], color=PLANNED_COLOR, linestyle="--", label=planned_label)
        axes.step(days, [p.actual for p in series], where="post", color=ACTUAL_COLOR, label=actual_label)
        axes.axvline(today, color="#b00020", linewidth=0.8, alpha=0.6)
        ticks = date_ticks(days)
        axes.set_xticks(ticks, [date_label(d) for d in ticks], fontsize=7)
    axes.set_ylim(0, 105)
    value_axis(axes.yaxis, style, suffix=style.percent_suffix)
    mirror_for_rtl(axes, style)  # time runs right to left, like the indicator trends
    axes.grid(alpha=0.3)
    legend_above(axes, style)  # inside the plot it covered the planned line, which starts at its top corner


def date_ticks(days: Sequence[date], count: int = 5) -> list[date]:
    if len(days) <= count:
        return list(days)
    step = (len(days) - 1) / (count - 1)
    return [days[round(i * step)] for i in range(count)]
