"""The Audit trail's events tab says in words what a restore was consented to (another province's backup, another
installation's database, no account left), beside its detail; that a restore needed none, or that one recorded by
an earlier version does not say - never an empty cell that could mean either."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.context import AppServices
from desktop.domain.access import Principal, Role
from desktop.store.audit import BACKUP_CREATE, RESTORE, record_event
from desktop.store.restore_ledger import restore_detail

pytestmark = pytest.mark.gui


def test_a_restores_consents_are_shown_in_words_on_the_audit_page(qtbot, services: AppServices, notifier) -> None:
    from desktop.ui.pages.audit import AuditPage

    secretary = Principal("دبیر شورا", Role.SECRETARY, login="dabir")
    with services.database.session() as session:
        record_event(session, secretary, RESTORE, restore_detail("rasad-20261204-200443.sqlite3", "-", "carried",
                                                                 ("another-database", "without-accounts")))
        record_event(session, secretary, RESTORE, restore_detail("rasad-20261204-200443.sqlite3", "-", "carried", ()))
    services.set_principal(secretary)
    page = AuditPage(services, notifier)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.events)
    qtbot.waitUntil(lambda: page.events.events.rowCount() == 2, timeout=10_000)
    model = page.events.events
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    consent = headers.index("موافقت داده‌شده")
    assert model.data(model.index(0, consent)) == "نیازی نبود"  # the newest: a restore that needed none
    assert model.data(model.index(1, consent)) == "پایگاه داده‌ای از نصبی دیگر، بی هیچ حساب کاربری"


def test_a_restore_recorded_before_restores_kept_their_consents_says_so_and_other_events_say_nothing(
        qtbot, services: AppServices, notifier) -> None:
    from desktop.ui.pages.audit import AuditPage

    secretary = Principal("دبیر شورا", Role.SECRETARY, login="dabir")
    with services.database.session() as session:  # an earlier version's detail: nothing about consents
        record_event(session, secretary, RESTORE, "from rasad-20261101-090000.sqlite3; previous database kept as "
                                                  "rasad.sqlite3.before-restore-1; approvals carried: 0")
        record_event(session, secretary, BACKUP_CREATE, "/backups/rasad-20261204-200443.sqlite3 (4096 bytes)")
    services.set_principal(secretary)
    page = AuditPage(services, notifier)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.events)
    qtbot.waitUntil(lambda: page.events.events.rowCount() == 2, timeout=10_000)
    model = page.events.events
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    consent = headers.index("موافقت داده‌شده")
    assert model.data(model.index(0, consent)) == ""  # the backup: no consent is asked of one
    assert model.data(model.index(1, consent)) == "ثبت نشده (نسخهٔ پیشین)"
