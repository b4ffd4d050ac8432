"""The district comments page: a district head sees and comments on his own district only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.context import AppServices
from desktop.domain.access import Principal, Role
from desktop.store.models import District
from desktop.ui.pages.comments import CommentsPage

pytestmark = pytest.mark.gui


def _districts(services: AppServices) -> list[District]:
    with services.database.session() as session:
        return list(session.scalars(select(District).order_by(District.code)))


def test_a_comment_is_added_and_listed_for_the_chosen_month(qtbot, demo_services: AppServices, notifier) -> None:
    page = CommentsPage(demo_services, notifier)
    qtbot.addWidget(page)
    assert page.district.count() == len(_districts(demo_services)) and page.add_button.isEnabled()
    page.text.setPlainText("افزایش پرونده‌های معوق به‌دلیل کمبود قاضی")
    page.add_comment()
    assert page.model.rowCount() == 1 and page.text.toPlainText() == ""
    assert page.message.text() == "نظر ثبت شد."
    page.month.setCurrentIndex(page.month.currentIndex() + 1)  # the month before: nothing yet
    assert page.model.rowCount() == 0


def test_an_empty_comment_is_refused_in_persian(qtbot, demo_services: AppServices, notifier) -> None:
    page = CommentsPage(demo_services, notifier)
    qtbot.addWidget(page)
    page.add_comment()
    assert page.model.rowCount() == 0 and page.message.text() == "نخست متن نظر را بنویسید."


def test_a_district_head_sees_only_his_district_and_a_viewer_cannot_write(qtbot, demo_services: AppServices,
                                                                          notifier) -> None:
    own = _districts(demo_services)[1]
    demo_services.set_principal(Principal("رئیس حوزه", Role.DISTRICT_HEAD, own.id))
    page = CommentsPage(demo_services, notifier)
    qtbot.addWidget(page)
    assert page.district.count() == 1 and page.district.currentData().id == own.id
    assert page.add_button.isEnabled()
    demo_services.set_principal(Principal("ناظر", Role.VIEWER))
    viewer_page = CommentsPage(demo_services, notifier)
    qtbot.addWidget(viewer_page)
    assert not viewer_page.add_button.isEnabled() and not viewer_page.text.isEnabled()


def test_the_month_box_names_the_months_in_the_windows_language(qtbot, demo_services: AppServices, notifier) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.language import Language, install_language

    install_language(QApplication.instance(), Language.ENGLISH)
    try:
        page = CommentsPage(demo_services, notifier)
        qtbot.addWidget(page)
        assert page.month.itemText(0) == "Azar 1405"  # not «آذر ۱۴۰۵» in the English window
    finally:
        install_language(QApplication.instance(), Language.PERSIAN)
    persian = CommentsPage(demo_services, notifier)
    qtbot.addWidget(persian)
    assert persian.month.itemText(0) == "آذر ۱۴۰۵"


def test_the_page_opens_on_the_latest_month_with_statistics(qtbot, demo_services: AppServices, notifier) -> None:
    """Not on the month under way, whose figures have not come in yet (the page opened empty)."""
    from desktop.domain.indicators.periods import month_period

    page = CommentsPage(demo_services, notifier)
    qtbot.addWidget(page)
    latest = demo_services.indicators.latest_month()
    assert latest is not None and page.month.currentData() == month_period(latest)
