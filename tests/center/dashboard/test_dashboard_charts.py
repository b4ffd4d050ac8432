"""The inline SVG charts: a title a province sent cannot break out into the page."""

from __future__ import annotations

from desktop.center.dashboard.charts import drivers_svg
from desktop.center.dashboard.progress import NationalDriver


def test_a_hostile_title_in_a_chart_stays_text():
    svg = drivers_svg([NationalDriver(1, '--><script>alert(1)</script><a href="x">', 10.0, 5.0, 1)], persian=True,
                      planned_label="p", actual_label="a", no_figure_label="n")
    assert svg.startswith("<svg") and "<script" not in svg and "<a " not in svg and "<metadata" not in svg


def test_a_driver_project_no_province_has_a_figure_for_is_named_so_beside_its_empty_row():
    svg = drivers_svg([NationalDriver(1, "قضازدایی", None, None, 0), NationalDriver(2, "هوشمند سازی", 40.0, 30.0, 3)],
                      persian=True, planned_label="برنامه‌ای", actual_label="واقعی", no_figure_label="بی‌رقم از استان‌ها")
    assert "قضازدایی (بی‌رقم از استان‌ها)" in svg and "هوشمند سازی (" not in svg
