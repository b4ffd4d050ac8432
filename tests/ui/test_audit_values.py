"""The audit trail shows a row's values as a secretary reads them, not as the database stores them."""

from __future__ import annotations

import pytest

from desktop.ui.pages.audit import _values

pytestmark = pytest.mark.gui


def test_values_read_in_persian_with_jalali_dates_and_a_dash_for_nothing() -> None:
    text = _values({"title": "اقدام نخست", "planned_finish": "2026-03-01", "percent": 50.0, "note": None,
                    "approved_at": "2026-10-01T08:00:00+00:00", "id": 438})
    assert "عنوان: اقدام نخست" in text
    assert "پایان برنامه‌ای: ۱۴۰۴/۱۲/۱۰" in text
    assert "درصد: ۵۰" in text and "یادداشت: —" in text
    assert "زمان تأیید: ۱۴۰۵/۰۷/۰۹" in text
    assert "شماره ردیف: ۴۳۸" in text and "id:" not in text  # a row id in words too
