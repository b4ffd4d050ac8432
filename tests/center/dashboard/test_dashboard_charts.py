"""The inline SVG charts: a title a province sent cannot break out into the page."""

from __future__ import annotations

from desktop.center.dashboard.charts import drivers_svg
from desktop.center.dashboard.progress import NationalDriver


def test_a_hostile_title_in_a_chart_stays_text():
    svg = drivers_svg([NationalDriver(1, '--><script>alert(1)</script><a href="x">', 10.0, 5.0, 1)], persian=True,
                      planned_label="p", actual_label="a")
    assert svg.startswith("<svg") and "<script" not in svg and "<a " not in svg and "<metadata" not in svg
