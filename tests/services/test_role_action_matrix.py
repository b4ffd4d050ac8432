"""Every role × every action, asserted where it is enforced: at the service layer.

Each action is tried through a real use case, reaching the data the path touches (a district head's own
district, or all districts for the audit trail). The expected answer is written out by hand below, not
read from the permission table. Sending goes through the window's SyncService (exporting the outbox to a
folder for the center); commenting through the comments on a district's month.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.approvals.service import ApprovalService
from desktop.audit.service import AuditFilter, AuditService
from desktop.backups.service import BackupService
from desktop.clock import FixedClock
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService
from desktop.meetings.service import MeetingService
from desktop.meetings.views import MeetingForm
from desktop.organisation.service import OrganisationService
from desktop.store.database import Database, open_database
from desktop.store.models import District
from tests.services.conftest import setup_form

CLOCK = FixedClock(date(2026, 11, 23))
S, C, H, V = Role.SECRETARY, Role.CHIEF_JUSTICE, Role.DISTRICT_HEAD, Role.VIEWER
EXPECTED: dict[str, set[Role]] = {
    "view": {S, C, H, V},
    "edit": {S},
    "submit": {S},
    "approve": {C},
    "reopen": {C},
    "export": {S, C},  # the audit trail spans all districts: not a district head's
    "export a table": {S, C, H},  # an indicator table as shown (a district head's: his district's)
    "export a listing": {S, C, H},  # the command line's --out: the council's plans, as the window's exports
    "export the audit listing": {S, C},  # audit list --out: every district's changes
    "export approval changes": {S, C},  # approval changes --out: every district's figures
    "list backups": {S, C},  # as the Backups page, hidden from the others
    "backup": {S, C},
    "restore": {S},
    "manage users": {S},
    "manage chief justices": {C},  # the secretary adds only the province's first (docs/access.md)
    "send": {S},
    "comment": {S, C, H},  # a district head on his own district
}


def _view(db: Database, who: Principal, tmp: Path) -> None:
    district = who.district_id or _district(db)
    IndicatorService(db, principal=who).table("clearance_rate", "branch", JalaliPeriod.parse("1405-08"),
                                              parent=("district", district))


def _edit(db: Database, who: Principal, tmp: Path) -> None:
    MeetingService(db, CLOCK, principal=who).create_meeting(MeetingForm(date(2026, 11, 1), "جلسه"))


PERIOD = JalaliPeriod.parse("1405-08")


def _submit(db: Database, who: Principal, tmp: Path) -> None:
    ApprovalService(db, CLOCK, principal=who).submit(PERIOD)


def _approve(db: Database, who: Principal, tmp: Path) -> None:
    ApprovalService(db, CLOCK).submit(PERIOD)
    ApprovalService(db, CLOCK, principal=who).approve(PERIOD)


def _reopen(db: Database, who: Principal, tmp: Path) -> None:
    ApprovalService(db, CLOCK).submit(PERIOD)
    ApprovalService(db, CLOCK, principal=Principal("رئیس کل", Role.CHIEF_JUSTICE)).approve(PERIOD)
    ApprovalService(db, CLOCK, principal=who).reopen(PERIOD, "اصلاح")


def _export(db: Database, who: Principal, tmp: Path) -> None:
    AuditService(db, principal=who).export(tmp / "audit.xlsx", AuditFilter(), title="t", headers=("h",) * 7)


def _export_a_table(db: Database, who: Principal, tmp: Path) -> None:
    from desktop.exports.excel import Sheet

    IndicatorService(db, principal=who).export_table(tmp / "table.xlsx", Sheet("جدول", ["کد"], [["101"]]))


def _export_a_listing(db: Database, who: Principal, tmp: Path) -> None:
    from desktop.exports.listing import Listing
    from desktop.planning.service import PlanService

    PlanService(db, CLOCK, principal=who).export_listing(tmp / "plans.csv", Listing.of("plans list", "", "csv"))


def _export_the_audit_listing(db: Database, who: Principal, tmp: Path) -> None:
    from desktop.exports.listing import Listing

    AuditService(db, principal=who).export_listing(tmp / "audit.json", Listing.of("audit list", "[]", "json"))


def _export_approval_changes(db: Database, who: Principal, tmp: Path) -> None:
    from desktop.exports.listing import Listing

    ApprovalService(db, CLOCK, principal=who).export_listing(tmp / "changes.csv",
                                                             Listing.of("approval changes", "", "csv"))


def _list_backups(db: Database, who: Principal, tmp: Path) -> None:
    BackupService(db, CLOCK, principal=who).backups()


def _backup(db: Database, who: Principal, tmp: Path) -> None:
    BackupService(db, CLOCK, principal=who).back_up_now()


def _restore(db: Database, who: Principal, tmp: Path) -> None:
    backup = BackupService(db, CLOCK).back_up_now()
    BackupService(db, CLOCK, principal=who).restore(backup.path)


def _send(db: Database, who: Principal, tmp: Path) -> None:
    from keyring.backends import fail as fail_backend

    from desktop.sync.service import SyncService

    setup = SyncService(db, CLOCK.now, keyring_backend=fail_backend.Keyring(), key_file=tmp / "k.key")
    setup.create_signing_key("گذرواژه آزمایشی")
    SyncService(db, CLOCK.now, keyring_backend=fail_backend.Keyring(), key_file=tmp / "k.key",
                principal=who).export_to_folder(tmp / "usb", "گذرواژه آزمایشی")


def _comment(db: Database, who: Principal, tmp: Path) -> None:
    from desktop.comments.service import CommentService

    with db.session() as session:
        code = session.scalar(select(District.code).where(District.id == (who.district_id or _district(db))))
    CommentService(db, CLOCK, principal=who).add(code, PERIOD, "نظر درباره عملکرد ماه")


def _manage_users(db: Database, who: Principal, tmp: Path) -> None:
    AccountService(db, CLOCK, hashing=PasswordHashing(TEST_PARAMETERS)).create_account(
        who, AccountForm("viewer2", "بیننده دوم", Role.VIEWER), "باغ انار ۱۴۰۵ سبز")


def _manage_chief_justices(db: Database, who: Principal, tmp: Path) -> None:
    accounts = AccountService(db, CLOCK, hashing=PasswordHashing(TEST_PARAMETERS))
    accounts.create_account(Principal.system(), AccountForm("chief", "رئیس کل", Role.CHIEF_JUSTICE),
                            "باغ انار ۱۴۰۵ سبز")  # the province's first, by the secretary
    accounts.create_account(who, AccountForm("chief2", "رئیس کل دوم", Role.CHIEF_JUSTICE), "کوه دماوند 5671 بلند")


ACTIONS: dict[str, Callable[[Database, Principal, Path], None]] = {
    "view": _view, "edit": _edit, "submit": _submit, "approve": _approve, "reopen": _reopen, "export": _export,
    "export a table": _export_a_table, "export a listing": _export_a_listing,
    "export the audit listing": _export_the_audit_listing, "export approval changes": _export_approval_changes,
    "list backups": _list_backups, "backup": _backup, "restore": _restore,
    "manage users": _manage_users, "manage chief justices": _manage_chief_justices, "send": _send,
    "comment": _comment,
}


def _district(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(District.id).order_by(District.code))


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_role_may_do_exactly_its_actions_at_the_service_layer(tmp_path: Path, role: Role, action: str) -> None:
    db = open_database(tmp_path / "rasad.sqlite3")
    try:
        OrganisationService(db).complete_setup(setup_form())
        who = Principal("کاربر", role, _district(db) if role is Role.DISTRICT_HEAD else None)
        if role in EXPECTED[action]:
            ACTIONS[action](db, who, tmp_path)
        else:
            with pytest.raises(PermissionDenied):
                ACTIONS[action](db, who, tmp_path)
    finally:
        db.close()


def test_the_matrix_covers_every_role() -> None:
    assert set().union(*EXPECTED.values()) == set(Role)
