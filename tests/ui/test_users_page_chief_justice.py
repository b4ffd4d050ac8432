"""The Users page offers no one what the accounts service would refuse: the secretary gets no chief justice
role (but for the province's first) and cannot change or reset a chief justice's account; a chief justice sees
the page and manages the chief justices' accounts only (docs/access.md)."""

from __future__ import annotations

import pytest

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.context import AppServices
from desktop.domain.access import Principal, Role
from desktop.ui.language import translate
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.users import UsersPage

pytestmark = pytest.mark.gui
PASSWORD = "باغ انار ۱۴۰۵ سبز"


@pytest.fixture
def accounts(services: AppServices) -> AccountService:
    services.accounts = AccountService(services.database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    return services.accounts


@pytest.fixture
def secretary(accounts: AccountService) -> Principal:
    return accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)


def _page(qtbot, services: AppServices, notifier, rows: int) -> UsersPage:
    page = UsersPage(services, notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.accounts.rowCount() == rows, timeout=10_000)
    return page


def _select(page: UsersPage, login: str) -> None:
    row = next(i for i, account in enumerate(page.accounts.rows()) if account.login == login)
    page.view.setCurrentIndex(page.accounts.index(row, 0))


def _roles(dialog) -> set[str]:  # noqa: ANN001
    return {dialog.role.itemData(i) for i in range(dialog.role.count())}


def test_the_secretary_is_offered_the_first_chief_justice_only(qtbot, services: AppServices, notifier, accounts,
                                                               secretary: Principal) -> None:
    services.set_principal(secretary)
    page = _page(qtbot, services, notifier, 1)
    dialog = page.add()
    assert Role.CHIEF_JUSTICE.value in _roles(dialog)
    dialog.reject()
    accounts.create_account(secretary, AccountForm("chief", "رئیس کل", Role.CHIEF_JUSTICE), PASSWORD)
    accounts.create_account(secretary, AccountForm("viewr", "بیننده", Role.VIEWER), PASSWORD)
    page.reload()
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 3, timeout=10_000)
    dialog = page.add()
    assert _roles(dialog) == {Role.VIEWER.value, Role.DISTRICT_HEAD.value, Role.SECRETARY.value}
    dialog.reject()


def test_the_secretary_cannot_change_or_reset_a_chief_justices_account(qtbot, services: AppServices, notifier,
                                                                       accounts, secretary: Principal) -> None:
    accounts.create_account(secretary, AccountForm("chief", "رئیس کل", Role.CHIEF_JUSTICE), PASSWORD)
    accounts.create_account(secretary, AccountForm("viewr", "بیننده", Role.VIEWER), PASSWORD)
    services.set_principal(secretary)
    page = _page(qtbot, services, notifier, 3)
    _select(page, "chief")
    assert not page.buttons["change"].isEnabled() and not page.buttons["reset"].isEnabled()
    why = translate("Access", "Only a chief justice may add a chief justice's account, give that role, or change, "
                              "enable, disable or reset the password of a chief justice's account.")
    assert page.buttons["change"].toolTip() == why == page.buttons["reset"].toolTip()  # the service's words
    assert page.change_selected() is None
    _select(page, "viewr")
    assert page.buttons["change"].isEnabled() and page.buttons["reset"].isEnabled()
    assert page.buttons["change"].toolTip() == ""
    dialog = page.change_selected()
    assert Role.CHIEF_JUSTICE.value not in _roles(dialog)
    dialog.reject()


def test_a_chief_justice_manages_the_chief_justices_accounts_on_the_users_page(
        qtbot, services: AppServices, notifier, ui_settings, accounts, secretary: Principal) -> None:
    accounts.create_account(secretary, AccountForm("chief", "رئیس کل", Role.CHIEF_JUSTICE), PASSWORD)
    accounts.create_account(secretary, AccountForm("viewr", "بیننده", Role.VIEWER), PASSWORD)
    services.set_principal(accounts.sign_in("chief", PASSWORD))
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    assert "users" in [entry.key for entry in window._entries]
    page = _page(qtbot, services, notifier, 3)
    dialog = page.add()
    assert _roles(dialog) == {Role.CHIEF_JUSTICE.value}
    dialog.login.setText("chief2")
    dialog.display_name.setText("رئیس کل دوم")
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText(PASSWORD)
    dialog.accept()
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 4, timeout=10_000)
    assert accounts.sign_in("chief2", PASSWORD).role is Role.CHIEF_JUSTICE
    _select(page, "chief2")
    assert page.buttons["change"].isEnabled() and page.buttons["reset"].isEnabled()
    _select(page, "viewr")
    assert not page.buttons["change"].isEnabled() and not page.buttons["reset"].isEnabled()
