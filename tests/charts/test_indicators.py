"""The indicator trend chart (desktop/charts/indicators.py): its legend clear of the lines, its slanted period
names ending at their ticks, its axis starting at the first period with data."""

from __future__ import annotations

import pytest

from desktop.charts.indicators import draw_trend
from desktop.charts.style import PERSIAN, ChartStyle, new_figure
from desktop.domain.indicators import indicator
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.views import IndicatorTrend, TrendSeries
from tests.charts.clearance import drawn, line_points_inside

QUARTERS = tuple(JalaliPeriod.parse(code) for code in
                 ("1402-Q4", "1403-Q1", "1403-Q2", "1403-Q3", "1403-Q4", "1404-Q1", "1404-Q2", "1404-Q3"))
LABELS = ["سه‌ماهه چهارم ۱۴۰۲", "سه‌ماهه اول ۱۴۰۳", "سه‌ماهه دوم ۱۴۰۳", "سه‌ماهه سوم ۱۴۰۳",
          "سه‌ماهه چهارم ۱۴۰۳", "سه‌ماهه اول ۱۴۰۴", "سه‌ماهه دوم ۱۴۰۴", "سه‌ماهه سوم ۱۴۰۴"]
ENGLISH = ChartStyle(rtl=False)


def _trend(values=(70.0, 95.0, 60.0, 98.0, 62.0, 97.0, 61.0, 96.0)) -> IndicatorTrend:
    """A rate that swings over the whole height of the plot: no corner of it is free of lines."""
    return IndicatorTrend(indicator("clearance_rate"), QUARTERS, (
        TrendSeries("branch", 1, "شعبه ۱۰۲ دادگاه عمومی حقوقی جعفریه", tuple(values),
                    (True,) * (len(values) - 1) + (False,)),
        TrendSeries("district", 2, "حوزه قضایی جعفریه", tuple(v + 3 if v is not None else None for v in values)),
        TrendSeries("province", 3, "استان قم", tuple(v - 3 if v is not None else None for v in values)),
    ))


def _draw(trend: IndicatorTrend, style: ChartStyle = PERSIAN, title: str = ""):
    figure = new_figure(4.6, 2.8)  # about the window's trend chart
    axes = figure.add_subplot(1, 1, 1)
    draw_trend(axes, trend, LABELS, style, threshold_label="آستانه", incomplete_label="داده ناقص", title=title)
    return figure, axes, drawn(figure)


@pytest.mark.parametrize("style", [PERSIAN, ENGLISH], ids=["fa", "en"])
@pytest.mark.parametrize("title", ["", "روند نرخ رسیدگی"], ids=["window", "report"])
def test_the_trend_legend_covers_no_line_and_stands_above_the_plot(style: ChartStyle, title: str) -> None:
    figure, axes, renderer = _draw(_trend(), style, title)
    legend = axes.get_legend().get_window_extent(renderer)
    assert line_points_inside(axes, legend) == []
    assert legend.y0 >= axes.get_window_extent(renderer).y1 - 1
    if title:  # the title heads the legend, never drawn over it
        assert axes.get_legend().get_title().get_text() == title
        assert axes.title.get_text() in ("", title) and (not axes.title.get_text() or not
                                                           axes.title.get_window_extent(renderer).overlaps(legend))


@pytest.mark.parametrize("style", [PERSIAN, ENGLISH], ids=["fa", "en"])
def test_slanted_period_names_end_at_their_ticks(style: ChartStyle) -> None:
    figure, axes, renderer = _draw(_trend(), style)
    labels = [label for label in axes.get_xticklabels() if label.get_text()]
    assert labels and all(label.get_rotation() == 30 for label in labels)
    for tick, label in zip(axes.get_xticks(), labels, strict=True):
        tick_x, _ = axes.transData.transform((tick, 0))
        box = label.get_window_extent(renderer)
        # rotated about its upper right corner, which is on the tick: only its lower right corner, the height of
        # a line times sin 30° away, reaches beyond (centred on the tick, half the label did)
        assert -2 <= box.x1 - tick_x <= 0.25 * box.width, label.get_text()


def test_the_trend_axis_begins_at_the_first_period_any_unit_has_a_value() -> None:
    values = (None, None, None, 98.0, 62.0, 97.0, 61.0, 96.0)
    trend = _trend(values)
    series = trend.series
    # the district has a value one quarter before the unit: the axis starts there
    trend = IndicatorTrend(trend.definition, trend.periods, (
        series[0], TrendSeries("district", 2, "حوزه قضایی جعفریه", (None, None, 80.0, *values[3:])), series[2]))
    figure, axes, renderer = _draw(trend)
    assert [label.get_text() for label in axes.get_xticklabels()] == LABELS[2:]
    left, right = sorted(axes.get_xlim())
    assert left > -1 and right < len(LABELS) - 2  # no room kept for the quarters without data


def test_a_trend_without_any_value_keeps_its_periods() -> None:
    figure, axes, renderer = _draw(_trend((None,) * len(LABELS)))
    assert [label.get_text() for label in axes.get_xticklabels()] == LABELS
