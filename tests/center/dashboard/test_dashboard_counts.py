"""How many of a whole the center's pages show: «۶ از ۱۹», "6 of 19" - the province's window's form
(desktop.ui.formatting.format_part_of), never «۶ / ۱۹»."""

from __future__ import annotations

import re

import pytest

from desktop.domain.persian import to_persian_digits
from tests.center.dashboard.test_dashboard_pages import app, client_for  # noqa: F401 - its fixture

PAGES = ("/dashboard/progress", "/dashboard/progress?province=QOM",
         "/dashboard/indicators?indicator=clearance_rate&period=1405-H1",
         "/dashboard/indicators?indicator=clearance_rate&period=1405-H1&province=QOM")
SLASHED = re.compile(r"[0-9۰-۹] / [0-9۰-۹]")  # a date («۱۴۰۳/۱۲/۳۰») has no spaces


def _text(page: str) -> str:
    """What the reader sees: the tags (and the chart's drawing) left out."""
    return re.sub(r"<svg.*?</svg>|<[^>]+>", " ", page, flags=re.S)


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_count_of_a_whole_reads_n_of_m_never_n_slash_m(app, seeded, lang, path):  # noqa: F811
    page = _text(client_for(app, "viewer").get(f"{path}&lang={lang}" if "?" in path else f"{path}?lang={lang}").text)
    assert not SLASHED.findall(page)
    word = " از " if lang == "fa" else " of "
    digit = "[۰-۹]" if lang == "fa" else "[0-9]"
    assert re.search(f"{digit}+{word}{digit}+", page)


def test_the_progress_page_says_how_many_activities_are_finished_as_n_of_m(app, seeded):  # noqa: F811
    from desktop.clock import FixedClock
    from desktop.planning.dashboard import DashboardService
    from tests.center.dashboard.conftest import TODAY

    own = DashboardService(seeded.provinces["QOM"], FixedClock(TODAY)).home_summary(TODAY)
    page = _text(client_for(app, "viewer").get("/dashboard/progress?province=QOM").text)
    assert to_persian_digits(f"{own.finished_activity_count} از {own.activity_count}") in page
