"""Small things a new user notices: the sign-in dialog says where it is, the wizard's arrows point the Persian
way, the Jalali calendar shows no ISO week numbers, months not begun are not "open"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QCalendarWidget, QWizard

from desktop.context import AppServices
from desktop.domain.approval import ApprovalState
from desktop.ui.widgets.jalali_date_edit import JalaliDateEdit

pytestmark = pytest.mark.gui


def test_the_sign_in_dialog_has_a_heading_and_names_the_province(qtbot, services: AppServices) -> None:
    from desktop.ui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(services.accounts, province=services.profile().province_name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.heading.isVisible() and dialog.heading.text()
    assert dialog.where.isVisible() and "خراسان رضوی" in dialog.where.text()


def test_the_wizards_next_arrow_points_left_in_persian(qtbot, services: AppServices) -> None:
    from desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    assert wizard.isRightToLeft()
    next_text = wizard.buttonText(QWizard.WizardButton.NextButton)
    back_text = wizard.buttonText(QWizard.WizardButton.BackButton)
    assert "←" in next_text and ">" not in next_text
    assert "→" in back_text and "<" not in back_text


def test_the_jalali_calendar_shows_no_iso_week_numbers(qtbot) -> None:
    field = JalaliDateEdit(value=date(2026, 11, 23))
    qtbot.addWidget(field)
    assert field.calendarWidget().verticalHeaderFormat() is QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader


def test_months_not_begun_are_not_listed_as_open_and_cannot_be_submitted(qtbot, services: AppServices,
                                                                         notifier) -> None:
    from desktop.ui.pages.approval import ApprovalPage

    page = ApprovalPage(services, notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.periods.rowCount() > 0, timeout=10_000)
    today = services.clock.today()
    rows = page.periods.rows()
    future = [n for n, r in enumerate(rows) if r.state is ApprovalState.OPEN and r.period.start > today]
    past = [n for n, r in enumerate(rows) if r.state is ApprovalState.OPEN and r.period.start <= today]
    assert future and past
    open_text = page.periods.data(page.periods.index(past[0], 1))
    for row in future:
        assert page.periods.data(page.periods.index(row, 1)) != open_text
    page.table.setCurrentIndex(page.periods.index(future[0], 0))
    assert not page.submit_button.isEnabled()
    page.table.setCurrentIndex(page.periods.index(past[0], 0))
    assert page.submit_button.isEnabled()
