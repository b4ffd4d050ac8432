"""The value axis of every chart (desktop/charts/style.py, ``value_axis``): each tick label is its tick's value
exactly, in the chart's digits - the status report's disposition-time chart had ticks 2.5 apart written as whole
numbers, «۹۵ ۹۸ ۱۰۰ ۱۰۳» for 95, 97.5, 100, 102.5."""

from __future__ import annotations

import pytest

from desktop.charts.indicators import draw_ranking, draw_trend
from desktop.charts.progress import draw_driver_projects
from desktop.charts.style import PERSIAN, ChartStyle, new_figure
from desktop.domain.indicators import indicator
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.persian import DECIMAL_SEPARATOR, PERCENT_SIGN, PERSIAN_DIGITS, THOUSANDS_SEPARATOR
from desktop.indicators.views import IndicatorRow, IndicatorTrend, MeasureTotals, TrendSeries
from desktop.planning.views import NamedProgress, Progress
from desktop.reports.formatting import CellFormat
from tests.charts.clearance import drawn

ENGLISH = ChartStyle(rtl=False, number=CellFormat(persian_digits=False).number)  # the English report's
MONTHS = tuple(JalaliPeriod.parse(f"1404-{m:02d}") for m in range(7, 13)) + \
    tuple(JalaliPeriod.parse(f"1405-{m:02d}") for m in range(1, 7))
LABELS = [p.label_fa for p in MONTHS]  # slanted month names, as the report writes them
#: Like the province's average time to disposition in the demo's status report of 1405-H1: matplotlib's own steps
#: ticked it 2.5 days apart, written «۹۵ ۹۸ ۱۰۰ ۱۰۳».
DISPOSITION_DAYS = (96.4, 104.3, 99.8, 97.9, 96.1, 98.5, 93.9, 95.4, 98.0, 100.4, 100.2, 98.8)
#: Ranges whose round ticks are not whole numbers, or are far from zero.
RANGES = {
    "days-2.5": ("avg_time_to_disposition", DISPOSITION_DAYS),
    # a quarter-percent step by matplotlib's default steps: 67.25 was written «۶۷٫۳٪»
    "percent-quarters": ("satisfaction", (67.3, 68.1, 67.6, 67.1, 67.8, 67.5, 68.0, 67.4, 67.7, 67.2, 67.9, 67.6)),
    "percent-narrow": ("satisfaction", (67.2, 67.4, 67.9, 68.1, 67.6, 67.5, 67.3, 67.8, 68.0, 67.7, 67.4, 67.6)),
    "percent-tenths": ("clearance_rate", (99.62, 99.71, 99.80, 99.66, 99.75, 99.69, 99.78, 99.64, 99.73, 99.70,
                                          99.67, 99.79)),
    "backlog": ("backlog", (20240.0, 20230, 20220, 20260, 20180, 20050, 20070, 19950, 19880, 19760, 19820, 19900)),
    "ratio": ("hearings_per_disposed", (1.8, 2.1, 1.9, 2.6, 2.2, 1.7, 2.4, 2.0, 1.9, 2.3, 2.5, 2.2)),
}


def _read_back(text: str, style: ChartStyle) -> float:
    """A tick label's number: Persian digits with «٬» and «٫» in Persian (any Latin digit there is a fault),
    English digits otherwise."""
    text = text.removesuffix(PERCENT_SIGN if style.rtl else "%")
    if style.rtl:
        assert not any(ch.isascii() and ch.isdigit() for ch in text), text
        text = text.translate(str.maketrans(PERSIAN_DIGITS, "0123456789")).replace(THOUSANDS_SEPARATOR, "") \
            .replace(DECIMAL_SEPARATOR, ".")
    return float(text.replace(",", ""))


def _trend(code: str, values, complete: tuple[bool, ...] = ()) -> IndicatorTrend:
    return IndicatorTrend(indicator(code), MONTHS, (TrendSeries("province", 1, "استان قم", tuple(values), complete),))


def _drawn_trend(code: str, values, style: ChartStyle, size=(4.2, 2.8), complete: tuple[bool, ...] = ()):
    figure = new_figure(*size)  # the status report's trend charts (4.6 × 2.8 in the window)
    axes = figure.add_subplot(1, 1, 1)
    draw_trend(axes, _trend(code, values, complete), LABELS, style, threshold_label="آستانه", incomplete_label="داده ناقص",
               title="میانگین زمان رسیدگی")
    return axes, drawn(figure)


def _shown_ticks(axis, axes) -> list[tuple[float, str]]:
    low, high = sorted(axes.get_ylim() if axis is axes.yaxis else axes.get_xlim())
    return [(tick.get_loc(), tick.label1.get_text() or tick.label2.get_text()) for tick in axis.get_major_ticks()
            if low - 1e-9 <= tick.get_loc() <= high + 1e-9]


@pytest.mark.parametrize("style", [PERSIAN, ENGLISH], ids=["fa", "en"])
@pytest.mark.parametrize("case", list(RANGES), ids=list(RANGES))
def test_every_trend_tick_label_reads_back_as_its_tick_value(case: str, style: ChartStyle) -> None:
    code, values = RANGES[case]
    axes, _renderer = _drawn_trend(code, values, style)
    ticks = _shown_ticks(axes.yaxis, axes)
    assert len(ticks) >= 3, ticks
    for value, text in ticks:
        assert _read_back(text, style) == pytest.approx(value, abs=1e-9), (value, text)
    if style.rtl:
        assert any(ch in PERSIAN_DIGITS for _value, text in ticks for ch in text)


def test_a_whole_number_axis_has_whole_number_ticks_where_its_range_holds_enough_of_them() -> None:
    """decimals=0 (the indicators' axes): ticks at whole days, never 97.5 written «۹۸»."""
    axes, _renderer = _drawn_trend("avg_time_to_disposition", DISPOSITION_DAYS, PERSIAN)
    ticks = _shown_ticks(axes.yaxis, axes)
    assert len(ticks) >= 3
    assert all(value == int(value) for value, _text in ticks), ticks
    assert all(DECIMAL_SEPARATOR not in text for _value, text in ticks), ticks


def test_a_narrow_range_gets_ticks_one_decimal_apart_written_exactly() -> None:
    """Too narrow for whole numbers: round tenths (67.2, 67.4), not quarters (67.25 was written «۶۷٫۳»)."""
    code, values = RANGES["percent-quarters"]
    axes, _renderer = _drawn_trend(code, values, PERSIAN)
    ticks = _shown_ticks(axes.yaxis, axes)
    assert len(ticks) >= 3, ticks
    for value, text in ticks:
        assert round(value, 1) == pytest.approx(value), ticks
        assert len(text.removesuffix(PERCENT_SIGN).partition(DECIMAL_SEPARATOR)[2]) == 1, ticks


@pytest.mark.parametrize("style", [PERSIAN, ENGLISH], ids=["fa", "en"])
def test_ranking_and_progress_value_ticks_read_back_as_their_values(style: ChartStyle) -> None:
    """The district report's ranking (bars from zero; up to 19 days ticked every 2.5 by matplotlib's own steps and
    written «۰ ۳ ۵ ۸ ۱۰ ۱۳»), and the driver projects' percent bars beside it."""
    figure = new_figure(8.0, 3.4)  # the district report's ranking chart
    ranking = figure.add_subplot(1, 1, 1)
    rows = [IndicatorRow(i, "", f"حوزه قضایی {i}", "", value, i, i == 1, i == 4, MeasureTotals())
            for i, value in enumerate((19.0, 16.2, 13.3, 10.5), start=1)]
    draw_ranking(ranking, rows, indicator("avg_scheduling_time").unit, None, style, threshold_label="آستانه",
                 more_label="{count}", title="حوزه‌های قضایی به ترتیب میانگین زمان تعیین وقت",
                 axis_label="میانگین زمان تعیین وقت")
    progress_figure = new_figure(7.5, 1.5)
    progress = progress_figure.add_subplot(1, 1, 1)
    draw_driver_projects(progress, [NamedProgress(1, "1", "پروژه", "", Progress(62.5, 40.0, None))], style,
                         planned_label="برنامه", actual_label="واقعی")
    drawn(figure), drawn(progress_figure)
    for axes in (ranking, progress):
        ticks = _shown_ticks(axes.xaxis, axes)
        assert len(ticks) >= 3, ticks
        for value, text in ticks:
            assert _read_back(text, style) == pytest.approx(value, abs=1e-9), (value, text)


@pytest.mark.parametrize("size", [(4.2, 2.8), (4.6, 2.8)], ids=["report", "window"])
@pytest.mark.parametrize("case", ["days-2.5", "percent-narrow"])
def test_the_highest_and_lowest_points_stand_clear_of_the_frame(case: str, size: tuple[float, float]) -> None:
    """Not drawn on the frame: each extreme point's centre at least a marker's width inside it, so its marker is
    clear of the frame by its own radius or more (every month incomplete here: the larger, hollow marker)."""
    code, values = RANGES[case]
    axes, renderer = _drawn_trend(code, values, PERSIAN, size, complete=(False,) * len(values))
    frame = axes.get_window_extent(renderer)
    points_per_pixel = 72 / axes.figure.dpi
    marker = max(line.get_markersize() + line.get_markeredgewidth() for line in axes.get_lines()
                 if line.get_marker() == "o")  # its width in points, edge included
    assert marker > 6
    _x, top = axes.transData.transform((0, max(values)))
    _x, bottom = axes.transData.transform((0, min(values)))
    assert (frame.y1 - top) * points_per_pixel >= marker
    assert (bottom - frame.y0) * points_per_pixel >= marker


@pytest.mark.parametrize("style", [PERSIAN, ENGLISH], ids=["fa", "en"])
def test_the_trends_unit_stands_beside_its_value_axis_inside_the_picture(style: ChartStyle) -> None:
    """The values' unit ("Days") beside the tick labels - on the right in Persian, where the ticks are - and not
    over them, nor cut off at the picture's edge."""
    figure = new_figure(4.2, 2.8)
    axes = figure.add_subplot(1, 1, 1)
    draw_trend(axes, _trend("avg_time_to_disposition", DISPOSITION_DAYS), LABELS, style, threshold_label="آستانه",
               incomplete_label="داده ناقص", title="میانگین زمان رسیدگی", axis_label="روز")
    renderer = drawn(figure)
    assert axes.get_ylabel() == "روز"
    label = axes.yaxis.label.get_window_extent(renderer)
    ticks = [text.get_window_extent(renderer) for text in axes.get_yticklabels() if text.get_text()]
    frame = axes.get_window_extent(renderer)
    if style.rtl:
        assert all(label.x0 >= tick.x1 for tick in ticks) and label.x0 >= frame.x1
    else:
        assert all(label.x1 <= tick.x0 for tick in ticks) and label.x1 <= frame.x0
    assert figure.bbox.x0 <= label.x0 and label.x1 <= figure.bbox.x1
