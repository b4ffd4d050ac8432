"""The national report's chart of the provinces' progress: a province without plan data gets its words inside the
chart's frame, wherever it stands in the list (the top one's were drawn through the frame's edge)."""

from __future__ import annotations

import pytest

from desktop.center.report.plan_sections import _draw_bars
from desktop.charts.style import PERSIAN, ChartStyle, new_figure


@pytest.mark.parametrize("style", [PERSIAN, ChartStyle(rtl=False)], ids=["fa", "en"])
@pytest.mark.parametrize("values", [[None, None, 64.9, 65.7, 80.0], [64.9, 65.7, None], [None], [70.0, None, 50.0]],
                         ids=["top", "bottom", "alone", "middle"])
def test_a_province_without_plan_data_is_named_inside_the_frame(style: ChartStyle, values: list) -> None:
    figure = new_figure(7.0, 2.5)
    figure.clear()
    axes = figure.add_subplot()
    names = [f"province {index}" for index in range(len(values))]
    _draw_bars(axes, style, names=names, values=values, words=["no plan data"] * len(values))
    figure.canvas.draw()
    frame = axes.get_window_extent()
    words = [text for text in axes.texts if text.get_text() == "no plan data"]
    assert len(words) == values.count(None)
    for text in words:
        box = text.get_window_extent()
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, (text.get_position(), axes.get_ylim())
    low, high = axes.get_ylim()
    assert low < -0.3 and high > len(values) - 1 + 0.3  # every row's bar (height 0.6) inside too
