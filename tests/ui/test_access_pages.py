"""The people-and-permissions pages: sign-in at start, pages per role, approval, audit trail, backups, users."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.context import AppServices
from desktop.domain.access import Principal, Role
from desktop.domain.approval import ApprovalState
from desktop.domain.jalali import JalaliPeriod
from desktop.meetings.views import MeetingForm
from desktop.ui.language import translate
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
PASSWORD = "باغ انار ۱۴۰۵ سبز"


@pytest.fixture
def accounts(services: AppServices) -> AccountService:
    services.accounts = AccountService(services.database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    return services.accounts


def _window(qtbot, services: AppServices, ui_settings) -> MainWindow:
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    return window


def _keys(window: MainWindow) -> list[str]:
    return [entry.key for entry in window._entries]


def test_the_window_shows_each_role_only_the_pages_it_can_use(qtbot, services: AppServices, ui_settings,
                                                               accounts) -> None:
    secretary = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
    services.set_principal(secretary)
    window = _window(qtbot, services, ui_settings)
    assert {"approval", "audit", "backups", "users", "imports", "sync"} <= set(_keys(window))
    services.set_principal(Principal("رئیس حوزه", Role.DISTRICT_HEAD, services.organisation.districts()[0].id,
                                     account_id=99))
    window.rebuild_pages()
    assert "approval" in _keys(window)
    assert not {"audit", "backups", "users", "imports", "sync"} & set(_keys(window))


def test_at_start_a_database_with_accounts_asks_for_a_sign_in_first(qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop.store.database import open_database
    from desktop.ui import startup
    from desktop.ui.dialogs.sign_in import SignInDialog
    from tests.services.conftest import setup_form

    path = tmp_path / "accounts.sqlite3"
    with open_database(path) as database:
        from desktop.organisation.service import OrganisationService

        OrganisationService(database).complete_setup(setup_form())
        AccountService(database, services_clock(), hashing=PasswordHashing(TEST_PARAMETERS)).create_first_secretary(
            "dabir", "دبیر شورا", PASSWORD)
    asked: list[SignInDialog] = []

    def exec_(dialog: SignInDialog) -> int:
        asked.append(dialog)
        dialog.login.setText("dabir")
        dialog.password.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", exec_)
    services = startup.DatabaseOpener(path, demo=False).open_interactively()
    try:
        assert asked and services is not None
        assert (services.principal.user_name, services.principal.role) == ("دبیر شورا", Role.SECRETARY)
        assert services.database.user_name == "دبیر شورا"
    finally:
        services.close()
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert startup.DatabaseOpener(path, demo=False).open_interactively() is None
    assert startup.DatabaseOpener(path, demo=False, interactive=False).open_interactively() is None


def services_clock():
    from desktop.clock import SystemClock

    return SystemClock()


def test_the_approval_page_submits_and_the_chief_justice_approves(qtbot, services: AppServices, notifier) -> None:
    from desktop.ui.pages.approval import ApprovalPage

    page = ApprovalPage(services, notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.periods.rowCount() == 14, timeout=10_000)
    page.select_period("1405-08")
    assert page.submit_button.isEnabled() and page.reopen_button.isHidden()
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.selected() and page.selected().state is ApprovalState.SUBMITTED, timeout=10_000)
    services.set_principal(Principal("رئیس کل", Role.CHIEF_JUSTICE))
    chief = ApprovalPage(services, notifier)
    qtbot.addWidget(chief)
    qtbot.waitUntil(lambda: chief.periods.rowCount() == 14, timeout=10_000)
    assert chief.submit_button.isHidden()
    chief.select_period("1405-08")
    chief.approve_button.click()
    qtbot.waitUntil(lambda: chief.selected().state is ApprovalState.APPROVED, timeout=10_000)
    assert services.approvals.status(JalaliPeriod.parse("1405-08")).decided_by == "رئیس کل"
    QThreadPool.globalInstance().waitForDone(60_000)  # the figures' comparison ends before the database closes


def test_the_approval_page_withdraws_a_submission_and_submits_only_a_period_that_is_over(
        qtbot, services: AppServices, notifier) -> None:
    from desktop.ui.pages.approval import ApprovalPage

    page = ApprovalPage(services, notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.periods.rowCount() == 14, timeout=10_000)
    for under_way in ("1405-09", "1405-H2"):  # today is 2 Azar 1405
        page.select_period(under_way)
        assert not page.submit_button.isEnabled() and not page.withdraw_button.isEnabled()
    page.select_period("1405-08")
    assert page.submit_button.isEnabled() and not page.withdraw_button.isEnabled()
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.selected() and page.selected().state is ApprovalState.SUBMITTED, timeout=10_000)
    assert page.withdraw_button.isEnabled() and not page.submit_button.isEnabled()
    page.withdraw_button.click()
    qtbot.waitUntil(lambda: page.selected() and page.selected().state is ApprovalState.RETURNED, timeout=10_000)
    assert page.submit_button.isEnabled() and not page.withdraw_button.isEnabled()
    row = next(r for r in range(page.periods.rowCount()) if page.periods.row_at(r).period.code == "1405-08")
    shown = {page.periods.data(page.periods.index(row, column)) for column in range(page.periods.columnCount())}
    assert translate("Labels", "Withdrawn by the secretary") in shown  # not the chief justice's "Sent back"
    services.set_principal(Principal("رئیس کل", Role.CHIEF_JUSTICE))
    chief = ApprovalPage(services, notifier)
    qtbot.addWidget(chief)
    assert chief.withdraw_button.isHidden()
    QThreadPool.globalInstance().waitForDone(60_000)


def test_the_approval_page_opens_on_the_latest_period_that_is_over_in_view(qtbot, services: AppServices,
                                                                          notifier) -> None:
    """Today is 2 Azar 1405: Aban is the period to submit next, the eleventh of the year's fourteen rows, below
    what a laptop's screen shows of the table."""
    from desktop.ui.pages.approval import ApprovalPage

    page = ApprovalPage(services, notifier)
    qtbot.addWidget(page)
    page.resize(1180, 700)  # the page's share of a 1366x768 window
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.periods.rowCount() == 14 and page.selected() is not None, timeout=10_000)
    assert page.selected().period.code == "1405-08" and page.submit_button.isEnabled()
    shown = page.table.visualRect(page.table.currentIndex())
    assert page.table.viewport().rect().contains(shown.center())
    QThreadPool.globalInstance().waitForDone(60_000)


def test_the_audit_page_filters_and_exports_the_change_log(qtbot, services: AppServices, notifier,
                                                           tmp_path: Path) -> None:
    from desktop.ui.pages.audit import AuditPage

    services.meetings.create_meeting(MeetingForm(date(2026, 11, 1), "جلسه شورا"))
    page = AuditPage(services, notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.entries.rowCount() > 0, timeout=10_000)
    page.table_name.setCurrentIndex(page.table_name.findData("meeting"))
    page.reload()
    qtbot.waitUntil(lambda: {e.table_name for e in page.entries.rows()} == {"meeting"}, timeout=10_000)
    page.period.setText("بی‌معنی")
    assert page.current_filter() is None and page.period_error.text()
    page.period.setText("")
    target = tmp_path / "audit.xlsx"
    with qtbot.waitSignal(page.export_to(target, page.current_filter()).finished, timeout=20_000):
        pass
    assert load_workbook(target).active.sheet_view.rightToLeft


def test_the_audit_page_offers_no_export_to_a_viewer(qtbot, services: AppServices, notifier) -> None:
    """He reads the trail; its export is not his (AuditService.export refuses it): the button had been enabled,
    opened the save dialog and was refused only then."""
    from desktop.ui.pages.audit import AuditPage

    services.set_principal(Principal("بیننده", Role.VIEWER))
    page = AuditPage(services, notifier)
    qtbot.addWidget(page)
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == translate("Access", "Your role does not allow exporting this.")
    services.set_principal(Principal("رئیس کل", Role.CHIEF_JUSTICE))
    chief_page = AuditPage(services, notifier)
    qtbot.addWidget(chief_page)
    assert chief_page.export_button.isEnabled() and chief_page.export_button.toolTip() == ""


def test_an_audit_trail_exported_from_an_english_window_reads_left_to_right(qtbot, services: AppServices, notifier,
                                                                           tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.language import Language, install_language
    from desktop.ui.pages.audit import AuditPage

    app = QApplication.instance()
    install_language(app, Language.ENGLISH)
    try:
        page = AuditPage(services, notifier)
        qtbot.addWidget(page)
        target = tmp_path / "audit.xlsx"
        with qtbot.waitSignal(page.export_to(target, page.current_filter()).finished, timeout=20_000):
            pass
    finally:
        install_language(app, Language.PERSIAN)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    sheet = load_workbook(target).active
    assert not sheet.sheet_view.rightToLeft and next(sheet.iter_rows(values_only=True))[0] == "When"


def test_the_backups_page_takes_and_lists_a_backup(qtbot, services: AppServices, notifier, ui_settings) -> None:
    from desktop.ui.pages.backups import BackupsPage

    page = BackupsPage(services, notifier, ui_settings)
    qtbot.addWidget(page)
    task = page.back_up_now()
    dialog = page.findChild(QProgressDialog)
    # A backup cannot stop halfway: no Cancel that would do nothing (a restore's no more than a backup's).
    assert dialog is not None and dialog.findChild(QPushButton) is None
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: page.backups.rowCount() == 1, timeout=10_000)
    assert page.backups.row_at(0).path.exists()
    page.schedule.setCurrentIndex(page.schedule.findData(168))
    assert ui_settings.backup_every_hours == 168


def test_the_backup_dialog_moves_phase_by_phase_and_names_the_phase(
        qtbot, services: AppServices, notifier, ui_settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy's whole-file check is most of a backup (2.5 s of 3 on the large demo): while it runs the dialog
    says so under its title, its bar a sixth of the way (the copy done)."""
    from desktop.store import backup as backup_module
    from desktop.ui.pages.backups import BackupsPage

    release = threading.Event()
    real_check = backup_module.integrity_problems

    def held_check(path: Path, **how: bool) -> list[str]:
        release.wait(10)
        return real_check(path, **how)

    monkeypatch.setattr(backup_module, "integrity_problems", held_check)
    page = BackupsPage(services, notifier, ui_settings)
    qtbot.addWidget(page)
    task = page.back_up_now()
    dialog = page.findChild(QProgressDialog)
    try:
        qtbot.waitUntil(lambda: dialog.value() == 1, timeout=10_000)
        assert dialog.maximum() == 6
        phase = QCoreApplication.translate("Store", backup_module.CHECKING_COPY)
        assert dialog.labelText() == f"{page.tr('Taking a backup…')}\n{phase}"
    finally:
        release.set()
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass


def test_the_users_page_adds_a_district_head(qtbot, services: AppServices, notifier, accounts) -> None:
    from desktop.ui.pages.users import UsersPage

    services.set_principal(accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD))
    page = UsersPage(services, notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1, timeout=10_000)
    dialog = page.add()
    dialog.login.setText("head1")
    dialog.display_name.setText("رئیس حوزه مشهد")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.DISTRICT_HEAD.value))
    dialog.district.setCurrentIndex(1)
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText("something else")
    dialog.accept()
    assert dialog.isVisible() and dialog.errors  # refused: the passwords differ
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText(PASSWORD)
    dialog.accept()
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 2, timeout=10_000)
    head = accounts.sign_in("head1", PASSWORD)
    assert head.role is Role.DISTRICT_HEAD and head.district_id == services.organisation.districts()[0].id


def test_the_audit_page_lists_the_audit_events_by_login_and_name(qtbot, services: AppServices, notifier) -> None:
    from desktop.domain.access import PermissionDenied
    from desktop.ui.pages.audit import AuditPage

    viewer = Principal("بیننده استان", Role.VIEWER, login="viewer1")
    services.set_principal(viewer)
    with pytest.raises(PermissionDenied):
        services.meetings.create_meeting(MeetingForm(date(2026, 11, 1), "جلسه شورا"))
    services.set_principal(Principal("دبیر شورا", Role.SECRETARY, login="dabir"))
    services.organisation.set_user_name("دبیر تازه")
    page = AuditPage(services, notifier)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.events)
    qtbot.waitUntil(lambda: page.events.events.rowCount() == 2, timeout=10_000)
    model = page.events.events
    rows = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    assert "viewer1" in rows[1][1] and rows[1][2] == "بیننده استان" and rows[1][4] != rows[0][4]
    assert "dabir" in rows[0][1]
    page.events.kind.setCurrentIndex(page.events.kind.findData("refused"))
    page.events.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert "viewer1" in model.data(model.index(0, 1))
    assert any("۰" <= ch <= "۹" for ch in page.events.count.text())
