"""Charts of one indicator: units ranked as bars, and a unit's trend against its district and province."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.charts.style import (
    ChartStyle,
    legend,
    legend_above,
    mirror_for_rtl,
    slant_tick_labels,
    value_axis,
)
from desktop.domain.indicators import Unit
from desktop.domain.indicators.basis import is_unbounded
from desktop.indicators.views import IndicatorRow, IndicatorTrend, TrendSeries

BEST_COLOR = "#2b9348"
WORST_COLOR = "#c1121f"
PLAIN_COLOR = "#5c7fa3"
THRESHOLD_COLOR = "#6c757d"
SERIES_COLORS = ("#1d6fb8", "#f4a261", "#6c757d")
MAX_BARS = 25
#: A trend's plot reaches this share of its value range beyond its highest and lowest points.
TREND_MARGIN = 0.1


def unit_suffix(unit: Unit, style: ChartStyle) -> str:
    return style.percent_suffix if unit is Unit.PERCENT else ""


def ranking_bars(rows: Sequence[IndicatorRow], max_bars: int = MAX_BARS) -> list[IndicatorRow | None]:
    """The units drawn, best first: all of them when they fit; otherwise the best and the worst halves with
    ``None`` for the gap between them, so the bottom of a long ranking is always seen. Only ranked units
    (those with a value) are drawn."""
    valued = [row for row in rows if row.value is not None and row.rank is not None]
    if len(valued) <= max_bars:
        return list(valued)
    half = max(1, (max_bars - 1) // 2)
    return [*valued[:half], None, *valued[-half:]]


def draw_ranking(axes, rows: Sequence[IndicatorRow], unit: Unit, threshold: float | None, style: ChartStyle, *,
                 threshold_label: str, more_label: str, title: str = "", axis_label: str = "",
                 max_bars: int = MAX_BARS, unbounded_label: str = "") -> list[IndicatorRow | None]:
    """Horizontal bars, best at the top; the best units green and the worst red. Beyond ``max_bars`` units the
    best and the worst are drawn with a marked gap between them, labelled ``more_label`` (``{count}`` units
    left out). Returns the row drawn at each y position (0 at the bottom; ``None`` for the gap), so a click on
    a bar can be traced to its unit."""
    shown = ranking_bars(rows, max_bars)
    bars = list(reversed(shown))
    positions = list(range(len(bars)))
    drawn = [(p, r) for p, r in zip(positions, bars, strict=True) if r is not None]
    colors = [BEST_COLOR if r.is_best else WORST_COLOR if r.is_worst else PLAIN_COLOR for _, r in drawn]
    # An unbounded value (nothing disposed of) is the worst: the longest bar, hatched, reaching past the longest
    # finite one, with ``unbounded_label`` in it instead of a number.
    finite = [r.value for _, r in drawn if r.value is not None and not is_unbounded(r.value)]
    end = max([0.0, *finite, *([threshold] if threshold is not None else [])]) * 1.15 or 1.0
    lengths = [end if is_unbounded(r.value) else r.value for _, r in drawn]
    patches = axes.barh([p for p, _ in drawn], lengths, color=colors, height=0.7)
    for patch, (position, row) in zip(patches, drawn, strict=True):
        if is_unbounded(row.value):
            patch.set_hatch("//")
            patch.set_edgecolor("white")
            if unbounded_label:
                # inside the bar from its far end (the axis runs leftwards in Persian)
                axes.text(end * 0.98, position, unbounded_label, ha="left" if style.rtl else "right",
                          va="center", fontsize=7, color="white")
    # Units with incomplete data have no rank, so they are never drawn here (nor best or worst): the table
    # lists them after the ranked ones (docs/indicators.md, "Completeness").
    left_out = sum(1 for row in rows if row.value is not None and row.rank is not None) - len(drawn)
    labels = [r.name if r is not None else f"… {more_label.format(count=style.number(left_out, 0))} …"
              for r in bars]
    axes.set_yticks(positions, labels, fontsize=7 if len(bars) > 20 else 8)
    for position, row in zip(positions, bars, strict=True):
        if row is None:
            axes.axhspan(position - 0.5, position + 0.5, color=THRESHOLD_COLOR, alpha=0.12, linewidth=0)
            axes.axhline(position, color=THRESHOLD_COLOR, linestyle=":", linewidth=1)
    if threshold is not None:
        axes.axvline(threshold, color=THRESHOLD_COLOR, linestyle="--", linewidth=1, label=threshold_label)
        # above the bars, or under the axis when a title stands above them
        place = dict(loc="upper center", bbox_to_anchor=(0.5, -0.18)) if title else \
            dict(loc="lower center", bbox_to_anchor=(0.5, 1.0))
        legend(axes, style, fontsize=8, frameon=False, **place)
    value_axis(axes.xaxis, style, decimals=0, suffix=unit_suffix(unit, style))
    mirror_for_rtl(axes, style)
    if title:
        axes.set_title(title, fontsize=9)
    if axis_label:
        axes.set_xlabel(axis_label, fontsize=8)
    if bars:
        axes.set_ylim(-0.6, len(bars) - 0.4)
    axes.grid(axis="x", alpha=0.3)
    return bars


def first_period_with_data(series: Sequence[TrendSeries]) -> int:
    """The first period where any of ``series`` has a value (0 when none has): the chart starts there, not at
    periods with nothing to draw."""
    firsts = [next((i for i, v in enumerate(s.values) if v is not None), None) for s in series]
    found = [i for i in firsts if i is not None]
    return min(found) if found else 0


def draw_trend(axes, trend: IndicatorTrend, period_labels: Sequence[str], style: ChartStyle, *,
               threshold_label: str, incomplete_label: str, title: str = "", axis_label: str = "",
               unbounded_label: str = "") -> None:
    """The unit, its district and its province over the same periods; the threshold when there is one.

    The axis begins at the first period with a value; earlier periods without any are left out. A period whose
    value rests on carried-forward or missing months (``TrendSeries.complete``) is drawn with a hollow marker
    and reached by a dashed segment, and the legend says "incomplete data" (``incomplete_label``) once: partial
    data is shown as such, never as a firm figure (docs/indicators.md, "Completeness"). The legend stands above
    the plot, never over a line; the slanted period names end at their ticks. ``axis_label`` names the values'
    unit ("Days", ``AXIS_UNITS``) beside their axis. An unbounded value (disposition time in a month with
    nothing disposed of) has no height: no point nor line is drawn for it, but a triangle at the top of the plot
    in its series' colour, named ``unbounded_label`` in the legend («بدون مختومه»)."""
    definition = trend.definition
    # Counts of a branch and of its whole province are not on one scale: compare rates, not counts.
    shown = trend.series[:1] if definition.unit is Unit.COUNT else trend.series
    first = first_period_with_data(shown)
    labels = list(period_labels)[first:]
    positions = list(range(len(labels)))
    any_incomplete = any_unbounded = False
    for series, color in zip(shown, SERIES_COLORS, strict=False):
        values = [v if v is not None and not is_unbounded(v) else float("nan") for v in series.values[first:]]
        endless = [p for p, v in zip(positions, series.values[first:], strict=False) if is_unbounded(v)]
        if endless:  # at the top of the plot whatever its scale (x in data, y in the axes' own 0..1)
            any_unbounded = True
            axes.plot(endless, [0.97] * len(endless), linestyle="none", marker="^", markersize=6, color=color,
                      transform=axes.get_xaxis_transform(), clip_on=False, gid="unbounded")
        complete = [series.is_complete(first + i) for i in positions[:len(values)]]
        width = 2.2 if series is trend.series[0] else 1.2
        # Solid only between two complete points; the whole line dashed beneath shows the rest.
        solid = [v if ok else float("nan") for v, ok in zip(values, complete, strict=True)]
        if not all(complete):
            axes.plot(positions[:len(values)], values, color=color, linestyle="--", linewidth=width * 0.7)
        axes.plot(positions[:len(values)], solid, marker="o", markersize=3, color=color, label=series.name,
                  linewidth=width)
        hollow = [(p, v) for p, v, ok in zip(positions, values, complete, strict=False)
                  if not ok and v == v]  # v == v: not NaN (no value is not drawn at all)
        if hollow:
            any_incomplete = True
            axes.plot([p for p, _ in hollow], [v for _, v in hollow], linestyle="none", marker="o", markersize=5,
                      markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.2, gid="incomplete")
    if any_incomplete:  # one legend entry for every series: a hollow marker on a dashed line
        axes.plot([], [], color=THRESHOLD_COLOR, linestyle="--", marker="o", markersize=5,
                  markerfacecolor="white", markeredgecolor=THRESHOLD_COLOR, label=incomplete_label)
    if any_unbounded and unbounded_label:
        axes.plot([], [], color=THRESHOLD_COLOR, linestyle="none", marker="^", markersize=6, label=unbounded_label)
    if definition.threshold is not None:
        axes.axhline(definition.threshold, color=THRESHOLD_COLOR, linestyle="--", linewidth=1, label=threshold_label)
    axes.set_xticks(positions, labels, fontsize=7)
    slant_tick_labels(axes.get_xticklabels())
    value_axis(axes.yaxis, style, decimals=0, suffix=unit_suffix(definition.unit, style))
    # Air above the highest point and below the lowest: at matplotlib's 5 % a marker touched the frame.
    axes.margins(y=TREND_MARGIN)
    mirror_for_rtl(axes, style)  # time runs right to left, as the Persian reader reads
    if axis_label:
        axes.set_ylabel(axis_label, fontsize=8)
    axes.grid(alpha=0.3)
    legend_above(axes, style, title=title)
