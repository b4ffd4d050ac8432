"""Charts of one indicator: units ranked as bars, and a unit's trend against its district and province."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.indicators import Direction, Unit
from desktop.indicators.service import IndicatorRow, IndicatorTrend
from desktop.ui.charts.canvas import ChartWidget, digit_formatter, is_rtl
from desktop.ui.formatting import format_number

BEST_COLOR = "#2b9348"
WORST_COLOR = "#c1121f"
PLAIN_COLOR = "#5c7fa3"
THRESHOLD_COLOR = "#6c757d"
SERIES_COLORS = ("#1d6fb8", "#f4a261", "#6c757d")
MAX_BARS = 25


def unit_suffix(unit: Unit) -> str:
    if unit is Unit.PERCENT:
        return "٪" if is_rtl() else "%"
    return ""


def draw_ranking(chart: ChartWidget, rows: Sequence[IndicatorRow], unit: Unit, threshold: float | None, *,
                 threshold_label: str, more_label: str) -> None:
    """Horizontal bars, best at the top; the best units green and the worst red. At most MAX_BARS bars."""
    axes = chart.axes()
    valued = [row for row in rows if row.value is not None]
    shown = valued[:MAX_BARS]
    bars = list(reversed(shown))
    positions = range(len(bars))
    colors = [BEST_COLOR if r.is_best else WORST_COLOR if r.is_worst else PLAIN_COLOR for r in bars]
    axes.barh(positions, [r.value for r in bars], color=colors, height=0.7)
    axes.set_yticks(list(positions), [r.name for r in bars], fontsize=7 if len(bars) > 20 else 8)
    if threshold is not None:
        axes.axvline(threshold, color=THRESHOLD_COLOR, linestyle="--", linewidth=1, label=threshold_label)
        axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=8, frameon=False)
    axes.xaxis.set_major_formatter(digit_formatter(decimals=0, suffix=unit_suffix(unit)))
    if is_rtl():
        axes.invert_xaxis()
        axes.yaxis.tick_right()
    if len(valued) > len(shown):
        axes.set_title(more_label.format(count=format_number(len(valued) - len(shown))), fontsize=8)
    axes.grid(axis="x", alpha=0.3)
    chart.draw()


def draw_trend(chart: ChartWidget, trend: IndicatorTrend, period_labels: Sequence[str], *,
               threshold_label: str) -> None:
    """The unit, its district and its province over the same periods; the threshold when there is one."""
    axes = chart.axes()
    positions = list(range(len(period_labels)))
    definition = trend.definition
    # Counts of a branch and of its whole province are not on one scale: compare rates, not counts.
    shown = trend.series[:1] if definition.unit is Unit.COUNT else trend.series
    for series, color in zip(shown, SERIES_COLORS, strict=False):
        values = [v if v is not None else float("nan") for v in series.values]
        axes.plot(positions, values, marker="o", markersize=3, color=color, label=series.name,
                  linewidth=2.2 if series is trend.series[0] else 1.2)
    if definition.threshold is not None:
        axes.axhline(definition.threshold, color=THRESHOLD_COLOR, linestyle="--", linewidth=1, label=threshold_label)
    axes.set_xticks(positions, list(period_labels), fontsize=7, rotation=30)
    axes.yaxis.set_major_formatter(digit_formatter(decimals=0, suffix=unit_suffix(definition.unit)))
    if is_rtl():
        axes.invert_xaxis()  # time runs right to left, as the Persian reader reads
        axes.yaxis.tick_right()
    axes.grid(alpha=0.3)
    axes.legend(fontsize=8, frameon=False, loc="best")
    chart.draw()


def better_is_lower(direction: Direction) -> bool:
    return direction is Direction.LOWER
