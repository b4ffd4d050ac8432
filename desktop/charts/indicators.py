"""Charts of one indicator: units ranked as bars, and a unit's trend against its district and province."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.charts.style import ChartStyle, digit_formatter, mirror_for_rtl
from desktop.domain.indicators import Unit
from desktop.indicators.views import IndicatorRow, IndicatorTrend

BEST_COLOR = "#2b9348"
WORST_COLOR = "#c1121f"
PLAIN_COLOR = "#5c7fa3"
THRESHOLD_COLOR = "#6c757d"
INCOMPLETE_COLOR = "#ced4da"  # insufficient data: drawn pale and hatched, never best or worst
SERIES_COLORS = ("#1d6fb8", "#f4a261", "#6c757d")
MAX_BARS = 25


def unit_suffix(unit: Unit, style: ChartStyle) -> str:
    return style.percent_suffix if unit is Unit.PERCENT else ""


def draw_ranking(axes, rows: Sequence[IndicatorRow], unit: Unit, threshold: float | None, style: ChartStyle, *,
                 threshold_label: str, more_label: str) -> None:
    """Horizontal bars, best at the top; the best units green and the worst red. At most MAX_BARS bars."""
    valued = [row for row in rows if row.value is not None]
    shown = valued[:MAX_BARS]
    bars = list(reversed(shown))
    positions = range(len(bars))
    colors = [BEST_COLOR if r.is_best else WORST_COLOR if r.is_worst else PLAIN_COLOR if r.complete
              else INCOMPLETE_COLOR for r in bars]
    drawn = axes.barh(positions, [r.value for r in bars], color=colors, height=0.7)
    for bar, row in zip(drawn, bars, strict=True):
        if not row.complete:
            bar.set_hatch("//")
    axes.set_yticks(list(positions), [r.name for r in bars], fontsize=7 if len(bars) > 20 else 8)
    if threshold is not None:
        axes.axvline(threshold, color=THRESHOLD_COLOR, linestyle="--", linewidth=1, label=threshold_label)
        axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=8, frameon=False)
    axes.xaxis.set_major_formatter(digit_formatter(style, decimals=0, suffix=unit_suffix(unit, style)))
    mirror_for_rtl(axes, style)
    if len(valued) > len(shown):
        axes.set_title(more_label.format(count=style.number(len(valued) - len(shown), 0)), fontsize=8)
    axes.grid(axis="x", alpha=0.3)


def draw_trend(axes, trend: IndicatorTrend, period_labels: Sequence[str], style: ChartStyle, *,
               threshold_label: str, title: str = "") -> None:
    """The unit, its district and its province over the same periods; the threshold when there is one."""
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
    axes.yaxis.set_major_formatter(digit_formatter(style, decimals=0, suffix=unit_suffix(definition.unit, style)))
    mirror_for_rtl(axes, style)  # time runs right to left, as the Persian reader reads
    if title:
        axes.set_title(title, fontsize=9)
    axes.grid(alpha=0.3)
    axes.legend(fontsize=8, frameon=False, loc="best")
