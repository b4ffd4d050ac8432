"""A staff member who sees some provinces only (a liaison) is never shown their figures as national ones: the
progress page, the indicators page and the report page name them as the mean of his provinces."""

from __future__ import annotations

import re

from tests.center.dashboard.test_dashboard_pages import app, client_for  # noqa: F401 - its fixture


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<svg.*?</svg>|<[^>]+>", " ", page, flags=re.S))


def test_a_liaisons_progress_page_is_the_mean_of_his_one_province_never_national(app, seeded):  # noqa: F811
    """«پیشرفت ملی … ارقام ملی میانگین استان‌های دارای مقدار است» over Qom alone."""
    page = _text(client_for(app, "liaison").get("/dashboard/progress").text)
    assert "پیشرفت ملی" not in page and "ارقام ملی میانگین" not in page
    assert "پیشرفت استان‌های حوزهٔ شما" in page and "حساب شما ۱ استان را می‌بیند" in page
    english = _text(client_for(app, "liaison").get("/dashboard/progress?lang=en").text)
    assert "National progress" not in english and "Your account sees 1 province" in english
    one = _text(client_for(app, "liaison").get("/dashboard/progress?province=QOM").text)
    assert "همهٔ استان‌ها" not in one and "استان‌های حوزهٔ شما ›" in one


def test_everyone_who_sees_every_province_still_sees_national_progress(app, seeded):  # noqa: F811
    page = _text(client_for(app, "viewer").get("/dashboard/progress").text)
    assert "پیشرفت ملی" in page and "حوزهٔ شما" not in page


def test_a_liaisons_indicators_scope_is_his_provinces_not_all_provinces(app, seeded):  # noqa: F811
    path = "/dashboard/indicators?indicator=clearance_rate&period=1405-H1"
    page = client_for(app, "liaison").get(path).text
    assert "همهٔ استان‌ها" not in _text(page) and "<strong>استان‌های حوزهٔ شما</strong>" in page
    assert "<strong>همهٔ استان‌ها</strong>" in client_for(app, "viewer").get(path).text


def test_a_liaisons_report_page_says_the_report_is_limited_to_his_provinces(app, seeded):  # noqa: F811
    page = _text(client_for(app, "liaison").get("/dashboard/report").text)
    assert "پیشرفت هر استان،" not in page and "محدود به ۱ استانی که حساب شما می‌بیند" in page
