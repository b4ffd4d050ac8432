"""A session ends with its account (desktop/accounts/live.py): an account disabled, given another role, moved to
another district or given a new password while its window (or a command) is open writes nothing more.

As the reviewer did: the window's services (AppServices) signed in on one connection to the file, the change made
by someone else on another (another window, another process), then every write path tried through the still open
session. Each is refused with AccountChanged, and nothing is written (the data generation, bumped by every write
transaction, stays where it was; no file is left).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.accounts.errors import AccountChanged
from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.approvals.service import ApprovalService
from desktop.audit.service import AuditFilter
from desktop.clock import FixedClock, SystemClock
from desktop.comments.service import CommentService
from desktop.context import AppServices
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.meetings.views import MeetingForm
from desktop.organisation.service import OrganisationService
from desktop.store.database import Database, open_database
from desktop.store.models import Account, Activity, DataGeneration, District, Meeting
from tests.services.conftest import setup_form

PASSWORD = "باغ انار ۱۴۰۵ سبز"
NEW_PASSWORD = "کوه دماوند ۵۶۷۱ بلند"
CLOCK = FixedClock(date(2026, 11, 23))
HASHING = PasswordHashing(TEST_PARAMETERS)
SUBMITTED = JalaliPeriod.parse("1405-08")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A province with the reference plans, two secretaries, two chief justices, a district head of district 01
    and Aban 1405 submitted for approval: made once, copied for each test."""
    path = tmp_path_factory.mktemp("province") / "rasad.sqlite3"
    with open_database(path) as db:
        OrganisationService(db).complete_setup(setup_form(), plans_year=1405)
        accounts = AccountService(db, CLOCK, hashing=HASHING)
        sec = accounts.create_first_secretary("sec", "دبیر شورا", PASSWORD)
        first = _districts(db)[0]
        for login, name, role, district in (("sec2", "دبیر دوم", Role.SECRETARY, None),
                                            ("chief", "رئیس کل", Role.CHIEF_JUSTICE, None),
                                            ("head", "رئیس حوزه قم", Role.DISTRICT_HEAD, first)):
            accounts.create_account(sec, AccountForm(login, name, role, district), PASSWORD)
        chief = accounts.sign_in("chief", PASSWORD)
        accounts.create_account(chief, AccountForm("chief2", "رئیس کل دوم", Role.CHIEF_JUSTICE), PASSWORD)
        ApprovalService(db, CLOCK, principal=sec).submit(SUBMITTED)
    return path


@pytest.fixture
def province(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "rasad.sqlite3"
    shutil.copy(template, path)
    return path


def _districts(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(District.id).order_by(District.code)))


@dataclass
class Window:
    """The window's services signed in as ``login``: open while someone else changes the account."""

    services: AppServices
    login: str
    tmp: Path

    @property
    def database(self) -> Database:
        return self.services.database

    @property
    def principal(self) -> Principal:
        return self.services.principal

    def own_id(self) -> int:
        assert self.principal.account_id is not None
        return self.principal.account_id


@pytest.fixture
def open_window(province: Path, tmp_path: Path) -> Iterator[Callable[[str], Window]]:
    opened: list[Database] = []

    def sign_in(login: str) -> Window:
        db = open_database(province, create=False)
        opened.append(db)
        services = AppServices(db, CLOCK)
        # The real clock for the accounts: a password set anew is stamped with its own instant.
        services.accounts = AccountService(db, SystemClock(), hashing=HASHING)
        services.set_principal(services.accounts.sign_in(login, PASSWORD))
        return Window(services, login, tmp_path)

    yield sign_in
    for db in opened:
        db.close()


@pytest.fixture
def elsewhere(province: Path) -> Iterator[Database]:
    """Another window on the same file, where the account is changed."""
    db = open_database(province, create=False)
    yield db
    db.close()


def _admin_of(db: Database, login: str) -> tuple[AccountService, Principal]:
    """A chief justice's account is a chief justice's business; any other the secretary's."""
    accounts = AccountService(db, SystemClock(), hashing=HASHING)
    chief = login.startswith("chief")
    return accounts, accounts.sign_in("chief" if chief else "sec", PASSWORD)


def _row(db: Database, login: str) -> Account:
    with db.reading() as session:
        return session.scalar(select(Account).where(Account.login == login))


def _change(db: Database, login: str, how: str) -> None:
    accounts, admin = _admin_of(db, login)
    row = _row(db, login)
    form = AccountForm(row.login, row.display_name, Role(row.role), row.district_id, row.active)
    if how == "disabled":
        accounts.set_active(admin, row.id, False)
    elif how == "demoted":
        accounts.update_account(admin, row.id, AccountForm(row.login, row.display_name, Role.VIEWER))
    elif how == "moved":
        other = _districts(db)[1]
        assert other != row.district_id
        accounts.update_account(admin, row.id, AccountForm(row.login, row.display_name, Role.DISTRICT_HEAD, other))
    elif how == "password reset":
        accounts.reset_password(admin, row.id, NEW_PASSWORD)
    elif how == "renamed":
        accounts.update_account(admin, row.id, AccountForm(form.login, "نام تازه", form.role, form.district_id))
    else:
        raise AssertionError(how)


def _generation(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(DataGeneration.generation))


# The write paths, each as the window's services take it -------------------------------------------------------
def _record_progress(w: Window) -> None:
    with w.database.reading() as session:
        activity = session.scalar(select(Activity.id).order_by(Activity.id))
    w.services.plans.record_progress(activity, 40, date(2026, 11, 20), "گزارش پیشرفت")


def _add_meeting(w: Window) -> None:
    w.services.meetings.create_meeting(MeetingForm(date(2026, 11, 23), "جلسه شورا"))


def _withdraw(w: Window) -> None:
    w.services.approvals.withdraw(SUBMITTED)


def _import(w: Window) -> None:
    listing = w.tmp / "branches.csv"
    listing.write_text("code,name,district\n101003,شعبه ۱۰۳,01\n", encoding="utf-8")
    w.services.imports.import_file(listing, "branches")


def _import_setting(w: Window) -> None:
    w.services.imports.set_earliest_year(1400)


def _name_setting(w: Window) -> None:
    w.services.organisation.set_user_name("رئیس کل")


def _center_setting(w: Window) -> None:
    w.services.sync.set_center_url("https://center.example.ir")


def _back_up(w: Window) -> None:
    w.services.backups.back_up_now()


def _restore(w: Window) -> None:
    w.services.backups.restore(w.tmp / "before.sqlite3")


def _export_audit(w: Window) -> None:
    w.services.audit.export(w.tmp / "audit.xlsx", AuditFilter(), title="t", headers=("h",) * 7)


def _own_rights_back(w: Window) -> None:
    """The reviewer's secretary demoted to a viewer gave himself his role back."""
    w.services.accounts.update_account(w.principal, w.own_id(), AccountForm(w.login, w.principal.user_name,
                                                                            w.principal.role, w.principal.district_id))


def _own_password(w: Window) -> None:
    w.services.accounts.change_password(w.principal, PASSWORD, "رود کارون ۹۸۷۶ روان")


def _approve(w: Window) -> None:
    w.services.approvals.approve(SUBMITTED)


def _enable_himself(w: Window) -> None:
    """The reviewer's disabled chief justice enabled his own account again."""
    w.services.accounts.set_active(w.principal, w.own_id(), True)


def _comment(w: Window) -> None:
    CommentService(w.database, CLOCK, principal=w.principal).add("01", SUBMITTED, "نظر درباره عملکرد ماه")


def _export_table(w: Window) -> None:
    from desktop.exports.excel import Sheet

    w.services.indicators.export_table(w.tmp / "table.xlsx", Sheet("جدول", ["کد"], [["101"]]))


#: path → (who acts in the open window, the write)
PATHS: dict[str, tuple[str, Callable[[Window], None]]] = {
    "record progress": ("sec2", _record_progress), "add a meeting": ("sec2", _add_meeting),
    "withdraw a submission": ("sec2", _withdraw), "import a file": ("sec2", _import),
    "settings: the import's earliest year": ("sec2", _import_setting),
    "settings: the user's name": ("sec2", _name_setting), "settings: the center's address": ("sec2", _center_setting),
    "back up": ("sec2", _back_up), "restore a backup": ("sec2", _restore), "export the audit trail": ("sec2", _export_audit),
    "give himself his account back": ("sec2", _own_rights_back), "change his password": ("sec2", _own_password),
    "approve": ("chief2", _approve), "enable himself": ("chief2", _enable_himself),
    "give himself his chief justice's role back": ("chief2", _own_rights_back),
    "comment on his district": ("head", _comment), "export his district's table": ("head", _export_table),
}
CASES = [(path, how) for path in PATHS for how in ("disabled", "demoted") if (path, how) != ("enable himself", "demoted")] + [
    ("comment on his district", "moved"), ("export his district's table", "moved"),
    ("record progress", "password reset"), ("approve", "password reset"), ("add a meeting", "renamed")]


@pytest.mark.parametrize(("path", "how"), CASES, ids=[f"{p} ({h})" for p, h in CASES])
def test_an_open_session_whose_account_changed_writes_nothing(open_window, elsewhere: Database, tmp_path: Path,
                                                             path: str, how: str) -> None:
    login, write = PATHS[path]
    window = open_window(login)
    if write is _restore:
        shutil.copy(window.database.path, tmp_path / "before.sqlite3")
    _change(elsewhere, login, how)
    row_before = _row(elsewhere, login)
    generation = _generation(elsewhere)
    with pytest.raises(AccountChanged):
        write(window)
    assert _generation(elsewhere) == generation  # not one write transaction committed
    row_after = _row(elsewhere, login)
    assert (row_after.active, row_after.role, row_after.district_id, row_after.password_hash) == (
        row_before.active, row_before.role, row_before.district_id, row_before.password_hash)
    assert not {"audit.xlsx", "table.xlsx"} & {p.name for p in tmp_path.iterdir()}
    assert not list((Path(window.database.path).parent / "backups").glob("*.sqlite3"))


def test_the_refusal_says_what_changed_and_what_to_do(open_window, elsewhere: Database) -> None:
    chief = open_window("chief2")
    _change(elsewhere, "chief2", "disabled")
    with pytest.raises(AccountChanged) as refused:
        chief.services.approvals.approve(SUBMITTED)
    assert refused.value.english() == ("Your account was disabled after you signed in; ask a chief justice to "
                                       "enable it again. Nothing was saved.")
    head = open_window("head")
    _change(elsewhere, "head", "moved")
    with pytest.raises(AccountChanged) as refused:
        _comment(head)
    assert "role or judicial district was changed" in refused.value.english()


def test_the_window_notices_a_change_without_writing(open_window, elsewhere: Database) -> None:
    """Reads are not refused one by one: the window's lock asks every 15 seconds (desktop/ui/session_lock.py)."""
    window = open_window("head")
    assert window.services.account_change() is None
    _change(elsewhere, "head", "moved")
    assert isinstance(window.services.account_change(), AccountChanged)


def test_signing_in_again_acts_with_the_rights_the_account_has_now(open_window, elsewhere: Database) -> None:
    window = open_window("sec2")
    _change(elsewhere, "sec2", "demoted")
    # The lock's sign-in dialog signs in through the same services although the old session has ended.
    window.services.set_principal(window.services.accounts.sign_in("sec2", PASSWORD))
    assert window.principal.role is Role.VIEWER and window.services.account_change() is None
    with pytest.raises(PermissionDenied):
        _add_meeting(window)
    assert window.services.plans.tree()


def test_a_disabled_account_cannot_sign_in_again_through_the_open_window(open_window, elsewhere: Database) -> None:
    from desktop.accounts.errors import AccountDisabled

    window = open_window("chief2")
    _change(elsewhere, "chief2", "disabled")
    with pytest.raises(AccountDisabled):
        window.services.accounts.sign_in("chief2", PASSWORD)


def test_a_session_renaming_its_own_account_goes_on_under_the_new_name(open_window) -> None:
    from desktop.store.models import ChangeLog

    window = open_window("sec")
    window.services.accounts.update_account(window.principal, window.own_id(),
                                            AccountForm("sec", "دبیر تازه‌نام", Role.SECRETARY))
    assert window.principal.user_name == "دبیر تازه‌نام"
    meeting = window.services.meetings.create_meeting(MeetingForm(date(2026, 11, 23), "جلسه شورا"))
    with window.database.reading() as session:
        logged = session.execute(select(ChangeLog.user_name, ChangeLog.user_login).where(
            ChangeLog.table_name == Meeting.__tablename__, ChangeLog.row_id == meeting)).all()
    assert set(logged) == {("دبیر تازه‌نام", "sec")}


def test_a_session_changing_its_own_password_goes_on_and_the_users_other_sessions_end(open_window) -> None:
    here, there = open_window("sec2"), open_window("sec2")
    here.services.accounts.change_password(here.principal, PASSWORD, NEW_PASSWORD)
    _add_meeting(here)
    with pytest.raises(AccountChanged, match="password was changed"):
        _add_meeting(there)


def test_a_session_giving_its_own_account_another_role_ends(open_window) -> None:
    window = open_window("sec")  # another secretary (sec2) is active: he may
    window.services.accounts.update_account(window.principal, window.own_id(),
                                            AccountForm("sec", "دبیر شورا", Role.VIEWER))
    with pytest.raises(AccountChanged):
        _add_meeting(window)


def test_a_role_refusal_of_an_ended_session_is_still_recorded(open_window, elsewhere: Database) -> None:
    """The refusal's own short transaction is not the account's to refuse: the attempt was made."""
    from desktop.audit.service import AuditService

    window = open_window("chief2")
    _change(elsewhere, "chief2", "disabled")
    with pytest.raises(PermissionDenied):
        window.services.approvals.submit(JalaliPeriod.parse("1405-07"))
    assert [e.login for e in AuditService(elsewhere).events(AuditFilter(operation="refused"))] == ["chief2"]


def test_a_command_signed_in_before_its_account_was_disabled_writes_nothing_more(
        province: Path, elsewhere: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long command (an import, a backup) signs in once, at its start: every later write checks again."""
    import argparse

    from desktop.cli.acting_user import acting_principal
    from desktop.cli.output import ExitCode, exit_code_for
    from desktop.meetings.service import MeetingService

    monkeypatch.setenv("RASAD_PASSWORD", PASSWORD)
    monkeypatch.setattr("desktop.accounts.service.AccountService._hashing", HASHING)
    with open_database(province, create=False) as db:
        principal = acting_principal(db, argparse.Namespace(user="sec2"))
        meetings = MeetingService(db, CLOCK, principal=principal)
        meetings.create_meeting(MeetingForm(date(2026, 11, 23), "جلسه اول"))
        _change(elsewhere, "sec2", "disabled")
        with pytest.raises(AccountChanged) as refused:
            meetings.create_meeting(MeetingForm(date(2026, 11, 23), "جلسه دوم"))
    assert exit_code_for(refused.value) is ExitCode.REFUSED
