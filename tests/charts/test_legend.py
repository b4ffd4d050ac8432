"""Every chart's legend reads in the chart's direction (desktop/charts/style.py, ``legend``): in Persian each
entry's marker stands right of its label and the first entry is the rightmost, the title aligned right — as
matplotlib draws a left-to-right legend, marker first and the first entry leftmost, it had been drawn in
Persian too; in English as before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from desktop.charts.indicators import draw_ranking, draw_trend
from desktop.charts.progress import draw_driver_projects, draw_progress_history
from desktop.charts.style import PERSIAN, ChartStyle, new_figure
from desktop.domain.indicators import Unit, indicator
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.views import IndicatorRow, IndicatorTrend, MeasureTotals, TrendSeries
from desktop.planning.views import NamedProgress, Progress, SeriesPoint
from tests.charts.clearance import drawn

ENGLISH = ChartStyle(rtl=False)
QUARTERS = tuple(JalaliPeriod.parse(code) for code in ("1403-Q1", "1403-Q2", "1403-Q3", "1403-Q4"))


def _trend(axes, style: ChartStyle) -> None:
    trend = IndicatorTrend(indicator("clearance_rate"), QUARTERS, (
        TrendSeries("branch", 1, "شعبه ۱۰۲ دادگاه عمومی", (70.0, 95.0, 60.0, 98.0), (True, True, True, False)),
        TrendSeries("district", 2, "حوزه قضایی جعفریه", (73.0, 98.0, 63.0, 99.0)),
        TrendSeries("province", 3, "استان قم", (67.0, 92.0, 57.0, 95.0))))
    draw_trend(axes, trend, ["بهار", "تابستان", "پاییز", "زمستان"], style, threshold_label="آستانه",
               incomplete_label="داده ناقص", title="روند نرخ رسیدگی")


def _history(axes, style: ChartStyle) -> None:
    start = date(2023, 9, 23)
    series = [SeriesPoint(start + timedelta(days=30 * i), 100.0 if i else 0.0, min(100.0, 8.0 * i)) for i in range(14)]
    draw_progress_history(axes, series, date(2024, 9, 1), style, planned_label="برنامه‌ای", actual_label="واقعی",
                          date_label=lambda day: day.isoformat())


def _drivers(axes, style: ChartStyle) -> None:
    projects = [NamedProgress(n, str(n), f"پروژه پیشران {n}", "", Progress(60.0 + n, 40.0 + n, None))
                for n in range(1, 4)]
    draw_driver_projects(axes, projects, style, planned_label="برنامه‌ای", actual_label="واقعی")


def _ranking(axes, style: ChartStyle) -> None:
    rows = [IndicatorRow(n, f"{n:03}", f"شعبه {n}", "حوزه", 100.0 - n, n, n == 1, n == 5, MeasureTotals())
            for n in range(1, 6)]
    draw_ranking(axes, rows, Unit.PERCENT, 90.0, style, threshold_label="آستانه", more_label="{count} واحد دیگر")


CHARTS: dict[str, Callable] = {"trend": _trend, "history": _history, "driver projects": _drivers,
                               "ranking": _ranking}


def _legend(draw: Callable, style: ChartStyle):
    figure = new_figure(6.0, 3.2)
    axes = figure.add_subplot(1, 1, 1)
    draw(axes, style)
    renderer = drawn(figure)
    legend = axes.get_legend()
    texts = [text.get_window_extent(renderer) for text in legend.texts]
    handles = [handle.get_window_extent(renderer) for handle in legend.legend_handles]
    return legend, texts, handles


@pytest.mark.parametrize("draw", CHARTS.values(), ids=CHARTS.keys())
def test_a_persian_legend_begins_on_the_right_with_each_marker_right_of_its_label(draw: Callable) -> None:
    legend, texts, handles = _legend(draw, PERSIAN)
    assert all(handle.x0 >= text.x1 for text, handle in zip(texts, handles, strict=True))
    assert texts[0].x1 == max(text.x1 for text in texts)  # the first entry is the rightmost
    if len(texts) > 1:
        assert texts[0].x1 > texts[-1].x1
    assert legend.get_alignment() == "right"
    legend, texts, handles = _legend(draw, ENGLISH)  # English as matplotlib draws it
    assert all(handle.x1 <= text.x0 for text, handle in zip(texts, handles, strict=True))
    assert texts[0].x0 == min(text.x0 for text in texts)


def test_a_driver_project_without_activities_says_so_beside_its_name_rather_than_show_an_empty_row() -> None:
    figure = new_figure(6.0, 3.2)
    axes = figure.add_subplot(1, 1, 1)
    projects = [NamedProgress(1, "1", "قضازدایی", "", Progress(None, None, None)),
                NamedProgress(2, "2", "هوشمند سازی", "", Progress(0.0, 0.0, None))]  # scheduled, not started
    draw_driver_projects(axes, projects, ChartStyle(rtl=True), planned_label="برنامه‌ای", actual_label="واقعی",
                         no_figure_label="بدون فعالیت")
    titles = [label.get_text() for label in axes.get_yticklabels()]
    assert titles == ["هوشمند سازی", "قضازدایی (بدون فعالیت)"]  # the first project at the top
