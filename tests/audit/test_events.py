"""The audit trail holds what the change log cannot: refusals, exports, backups, restores, key operations and
settings, by login (which never changes) and display name (issue 11, What to build 6, service side)."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail as fail_backend
from sqlalchemy import select

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.audit.service import AuditFilter, AuditService
from desktop.backups.service import BackupService
from desktop.context import AppServices
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.planning import SolutionTerm
from desktop.planning.views import SolutionForm
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.models import ChangeLog
from desktop.sync.service import SyncService
from tests.services.conftest import clock, database, services  # noqa: F401 (fixtures)

PASSWORD = "باغ انار ۱۴۰۵ سبز"


def _kinds(app: AppServices) -> list[tuple[str, str, str, str]]:
    return [(e.kind, e.outcome, e.login, e.display_name)
            for e in AuditService(app.database).events(AuditFilter())]


def _signed_in(app: AppServices, role: Role, login: str, name: str) -> Principal:
    accounts = AccountService(app.database, app.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    if not accounts.has_accounts():
        accounts.create_first_secretary("secretary", "دبیر شورا", PASSWORD)
    admin = accounts.sign_in("secretary", PASSWORD)
    if login != "secretary":
        accounts.create_account(admin, AccountForm(login, name, role, 1 if role is Role.DISTRICT_HEAD else None),
                                PASSWORD)
    return accounts.sign_in(login, PASSWORD)


def test_a_refused_action_is_recorded_with_the_login_and_the_name(services: AppServices) -> None:  # noqa: F811
    services.set_principal(_signed_in(services, Role.VIEWER, "viewer1", "بیننده"))
    with pytest.raises(PermissionDenied):
        services.plans.create_solution(SolutionForm(1, "X-1", "راهکار", SolutionTerm.MID))
    with pytest.raises(PermissionDenied):
        services.approvals.submit(JalaliPeriod.parse("1405-08"))
    refused = [k for k in _kinds(services) if k[0] == "refused"]
    assert refused == [("refused", "refused", "viewer1", "بیننده")] * 2


def test_the_change_log_names_the_login_beside_the_display_name(services: AppServices) -> None:  # noqa: F811
    services.set_principal(_signed_in(services, Role.SECRETARY, "secretary", "دبیر شورا"))
    services.plans.create_solution(SolutionForm(services.plans.choices().plans[0].id, "X-1", "راهکار",
                                                SolutionTerm.MID))
    with services.database.session() as session:
        row = session.scalar(select(ChangeLog).where(ChangeLog.table_name == "solution").order_by(ChangeLog.id.desc()))
        assert (row.user_login, row.user_name) == ("secretary", "دبیر شورا")
    assert services.audit.entries()[0].user_login == "secretary"


def test_exports_backups_keys_and_settings_are_recorded(services: AppServices, tmp_path: Path) -> None:  # noqa: F811
    who = _signed_in(services, Role.SECRETARY, "secretary", "دبیر شورا")
    services.set_principal(who)
    services.audit.export(tmp_path / "audit.xlsx", AuditFilter(), title="t", headers=["a"] * 7)
    BackupService(services.database, services.clock, principal=who).back_up_now()
    reports = ReportService(services.database, services.clock, principal=who)
    report = reports.build(ReportRequest(ReportKind.DISTRICT, JalaliPeriod.parse("1405-08"), "01"),
                           ReportLanguage(rtl=True))
    reports.write(report, tmp_path / "district.xlsx", ReportLanguage(rtl=True))
    sync = SyncService(services.database, services.clock.now, keyring_backend=fail_backend.Keyring(),
                       principal=who)
    sync.set_center_url("https://center.example.ir")
    sync.create_signing_key("یک عبارت عبور بلند ۱۴۰۵")
    kinds = {k[0] for k in _kinds(services) if k[2] == "secretary"}
    assert {"setting", "export.audit", "backup.create", "export.report", "keys.create"} <= kinds
    details = [e.detail for e in services.audit.events(AuditFilter(operation="setting"))]
    assert any("center.example.ir" in d for d in details)


@pytest.mark.parametrize("export", ["report.pdf", "report.xlsx", "audit.xlsx"])
def test_an_export_whose_event_cannot_be_recorded_leaves_no_file(
        services: AppServices, tmp_path: Path, export: str) -> None:  # noqa: F811
    """The file used to be written first and its event after: a database that then refused the write (damaged,
    busy past its wait) or a Ctrl+C between the two left a report or an audit trail out of the office with no
    trace of it."""
    from desktop.store.health import DatabaseDamagedError

    who = _signed_in(services, Role.SECRETARY, "secretary", "دبیر شورا")
    services.set_principal(who)
    reports = ReportService(services.database, services.clock, principal=who)
    report = reports.build(ReportRequest(ReportKind.DISTRICT, JalaliPeriod.parse("1405-08"), "01"),
                           ReportLanguage(rtl=True))
    recorded_before = len(_kinds(services))
    services.database.health.mark_damaged(["a damaged page"])  # every write is refused from now on
    folder = tmp_path / "out"
    with pytest.raises(DatabaseDamagedError):
        if export.startswith("audit"):
            services.audit.export(folder / export, AuditFilter(), title="t", headers=["a"] * 7)
        else:
            reports.write(report, folder / export, ReportLanguage(rtl=True))
    assert list(folder.iterdir()) == []  # neither the file nor its temporary
    assert len(_kinds(services)) == recorded_before


def test_an_indicator_table_exported_is_recorded_and_a_viewer_cannot_export_one(
        services: AppServices, tmp_path: Path) -> None:  # noqa: F811
    """The indicators page wrote its workbook itself: no export right asked (a viewer exported), no event."""
    from desktop.exports.excel import Sheet

    sheet = Sheet("پرونده‌های مانده ۱۴۰۵ سه‌ماهه دوم", ["رتبه", "کد"], [[1, "101"]])
    viewer = _signed_in(services, Role.VIEWER, "viewer", "ناظر")
    services.set_principal(viewer)
    with pytest.raises(PermissionDenied):
        services.indicators.export_table(tmp_path / "viewer.xlsx", sheet)
    assert not (tmp_path / "viewer.xlsx").exists()
    services.set_principal(_signed_in(services, Role.SECRETARY, "secretary", "دبیر شورا"))
    written = services.indicators.export_table(tmp_path / "backlog.xlsx", sheet)
    assert written.is_file()
    events = services.audit.events(AuditFilter(operation="export.report"))
    assert [e.detail for e in events] == [f"{sheet.title} → {written}"]


def test_a_reports_charts_saved_are_an_export_a_viewer_cannot_make_and_are_recorded(
        services: AppServices, tmp_path: Path) -> None:  # noqa: F811
    """Saving a report's charts asked no right and left no trace: a viewer could take its figures away."""
    request = ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1"))  # the plans' progress charts
    viewer = _signed_in(services, Role.VIEWER, "viewer", "ناظر")
    as_viewer = ReportService(services.database, services.clock, principal=viewer)
    report = as_viewer.build(request, ReportLanguage(rtl=True))  # looking is his right
    with pytest.raises(PermissionDenied):
        as_viewer.save_charts(report, tmp_path / "viewer", "svg")
    assert not (tmp_path / "viewer").exists()
    secretary = _signed_in(services, Role.SECRETARY, "secretary", "دبیر شورا")
    saved = ReportService(services.database, services.clock, principal=secretary).save_charts(
        report, tmp_path / "charts", "svg")
    assert saved and all(path.is_file() for path in saved)
    events = services.audit.events(AuditFilter(operation="export.report"))
    assert [e.detail for e in events] == [f"{report.title}: {len(saved)} charts → {tmp_path / 'charts'}"]


def test_a_rename_whose_event_then_fails_to_commit_is_taken_back(tmp_path: Path) -> None:
    from contextlib import contextmanager

    from desktop.exports.files import write_atomically

    @contextmanager
    def commit_fails(_path: Path):
        yield
        raise OSError("disk full at commit")

    with pytest.raises(Exception, match="disk full at commit"):
        write_atomically(tmp_path / "report.pdf", lambda: b"%PDF", commit_fails)
    assert list(tmp_path.iterdir()) == []


def test_the_audit_events_are_history_and_cannot_be_changed(services: AppServices) -> None:  # noqa: F811
    services.organisation.set_user_name("دبیر تازه")
    from desktop.store.models import AuditEvent

    with pytest.raises(Exception, match="history"):
        with services.database.session() as session:
            session.delete(session.scalar(select(AuditEvent)))


def test_a_district_head_may_not_read_the_audit_events(services: AppServices) -> None:  # noqa: F811
    services.set_principal(Principal("رئیس حوزه", Role.DISTRICT_HEAD, 1, login="head"))
    with pytest.raises(PermissionDenied):
        services.audit.events()


def test_a_bundle_export_and_a_key_rotation_are_recorded_by_the_acting_user(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.store.database import open_database
    from desktop.store.models import Meeting
    from desktop.sync.key_files import EncryptedKeyFile
    from desktop.sync.key_store import KeyStore
    from desktop.sync.media import export_pending
    from desktop.sync.outbox import Outbox
    from desktop.sync.rotation import rotate

    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    db = open_database(tmp_path / "db" / "rasad.sqlite3")
    db.user_name, db.user_login = "دبیر شورا", "secretary"  # as the window and --user set them
    try:
        outbox = Outbox(db, lambda: now)
        with db.session() as session:
            session.add(Meeting(number=1, held_on=date(2025, 5, 1), title="جلسه", location=""))
        outbox.cut(Ed25519PrivateKey.generate(), "QOM", "1.0.0")
        (tmp_path / "usb").mkdir()
        export_pending(outbox, tmp_path / "usb")
        (tmp_path / "keys").mkdir()
        store = KeyStore("QOM", EncryptedKeyFile(tmp_path / "keys" / "QOM.key"), fail_backend.Keyring())
        store.create("یک عبارت عبور بلند ۱۴۰۵")
        rotate(db, store, "QOM", "یک عبارت عبور بلند ۱۴۰۵")
        events = AuditService(db).events()
        assert [(e.kind, e.login, e.display_name) for e in events] == [
            ("keys.rotate", "secretary", "دبیر شورا"), ("export.bundle", "secretary", "دبیر شورا")]
        assert "rasad-bundle" in events[1].detail
    finally:
        db.close()
