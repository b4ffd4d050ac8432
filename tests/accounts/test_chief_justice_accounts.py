"""The secretary can never undo the chief justice's approval alone (docs/access.md): no accounts operation lets
him make, take over or give the power of a chief justice. Every path, through the service: add, role change,
password reset, enable, disable, rename; each refusal recorded as a refusal event, nothing written."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.accounts.errors import AccountsError
from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.audit.service import refusal_recorder
from desktop.domain.access import Action, PermissionDenied, Principal, Role
from desktop.store.models import Account, AccountEvent
from desktop.store.models.audit import AuditEvent
from tests.accounts.conftest import PASSWORD

OTHER_PASSWORD = "کوه دماوند 5671 بلند"


@pytest.fixture
def secretary(accounts: AccountService, database) -> Principal:
    principal = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
    return replace(principal, on_refusal=refusal_recorder(database))


@pytest.fixture
def chief_id(accounts: AccountService, secretary: Principal) -> int:
    """The province's first chief justice, added by the secretary (allowed: there was none)."""
    return accounts.create_account(secretary, AccountForm("chief", "رئیس کل", Role.CHIEF_JUSTICE), PASSWORD)


@pytest.fixture
def chief(accounts: AccountService, chief_id: int, database) -> Principal:
    return replace(accounts.sign_in("chief", PASSWORD), on_refusal=refusal_recorder(database))


@pytest.fixture
def viewer_id(accounts: AccountService, secretary: Principal) -> int:
    return accounts.create_account(secretary, AccountForm("viewr", "بیننده", Role.VIEWER), PASSWORD)


def _snapshot(database) -> tuple[list[tuple], int]:
    """The accounts as stored (hashes too) and how many account events: what a refusal must leave as it was."""
    with database.reading() as session:
        rows = [tuple(getattr(a, c) for c in ("id", "login", "display_name", "role", "district_id", "active",
                                               "password_hash", "failed_attempts", "locked_until"))
                for a in session.scalars(select(Account).order_by(Account.id))]
        return rows, session.scalar(select(func.count()).select_from(AccountEvent))


def _refusals(database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(AuditEvent.detail).where(AuditEvent.kind == "refused")
                                    .order_by(AuditEvent.id)))


def _refused(database, call) -> PermissionDenied:  # noqa: ANN001
    before = _snapshot(database)
    refusals = len(_refusals(database))
    with pytest.raises(PermissionDenied) as raised:
        call()
    assert raised.value.action is Action.MANAGE_CHIEF_JUSTICES
    assert _snapshot(database) == before, "nothing written"
    assert _refusals(database)[refusals:] == ["manage_chief_justices (province_business)"], "recorded as refused"
    return raised.value


def test_the_secretary_adds_the_provinces_first_chief_justice(accounts: AccountService, chief_id: int) -> None:
    assert accounts.sign_in("chief", PASSWORD).role is Role.CHIEF_JUSTICE


def test_the_secretary_cannot_add_a_second_chief_justice(accounts: AccountService, secretary: Principal,
                                                         chief_id: int, database) -> None:
    form = AccountForm("chief2", "رئیس کل.", Role.CHIEF_JUSTICE)
    _refused(database, lambda: accounts.create_account(secretary, form, OTHER_PASSWORD))
    _refused(database, lambda: accounts.require_may_add(secretary, Role.CHIEF_JUSTICE))


def test_a_disabled_chief_justice_still_counts_the_secretary_adds_no_first_one(
        accounts: AccountService, secretary: Principal, chief: Principal, database) -> None:
    accounts.create_account(chief, AccountForm("chief2", "رئیس کل دوم", Role.CHIEF_JUSTICE), OTHER_PASSWORD)
    accounts.set_active(chief, accounts.account_by_login(chief, "chief").id, False)
    accounts.set_active(chief, accounts.account_by_login(chief, "chief2").id, True)
    form = AccountForm("chief3", "رئیس کل سوم", Role.CHIEF_JUSTICE)
    _refused(database, lambda: accounts.create_account(secretary, form, OTHER_PASSWORD))


def test_the_secretary_cannot_give_the_chief_justice_role(accounts: AccountService, secretary: Principal,
                                                          viewer_id: int, chief_id: int, database) -> None:
    form = AccountForm("viewr", "بیننده", Role.CHIEF_JUSTICE)
    _refused(database, lambda: accounts.update_account(secretary, viewer_id, form))
    own = AccountForm("dabir", "دبیر شورا", Role.CHIEF_JUSTICE)
    _refused(database, lambda: accounts.update_account(secretary, secretary.account_id, own))


def test_the_secretary_cannot_give_the_role_even_before_a_chief_justice_exists(
        accounts: AccountService, secretary: Principal, viewer_id: int, database) -> None:
    """Only adding the first one is the secretary's: an account he already holds the password of never becomes
    a chief justice's by his hand."""
    form = AccountForm("viewr", "بیننده", Role.CHIEF_JUSTICE)
    _refused(database, lambda: accounts.update_account(secretary, viewer_id, form))


def test_the_secretary_cannot_reset_a_chief_justices_password(accounts: AccountService, secretary: Principal,
                                                              chief_id: int, database) -> None:
    _refused(database, lambda: accounts.reset_password(secretary, chief_id, OTHER_PASSWORD))
    view = accounts.account_by_login(secretary, "chief")
    _refused(database, lambda: accounts.require_may_change(secretary, view))
    assert accounts.sign_in("chief", PASSWORD).role is Role.CHIEF_JUSTICE


def test_the_secretary_cannot_disable_enable_rename_or_demote_a_chief_justice(
        accounts: AccountService, secretary: Principal, chief: Principal, database) -> None:
    accounts.create_account(chief, AccountForm("chief2", "رئیس کل دوم", Role.CHIEF_JUSTICE), OTHER_PASSWORD)
    second = accounts.account_by_login(chief, "chief2").id
    accounts.set_active(chief, second, False)
    _refused(database, lambda: accounts.set_active(secretary, second, True))  # re-activating
    _refused(database, lambda: accounts.set_active(secretary, chief.account_id, False))
    for form in (AccountForm("chief", "رئیس کل جدید", Role.CHIEF_JUSTICE),  # rename
                 AccountForm("chief", "رئیس کل", Role.VIEWER),  # demote
                 AccountForm("chief", "رئیس کل", Role.SECRETARY)):
        _refused(database, lambda form=form: accounts.update_account(secretary, chief.account_id, form))


def test_a_chief_justice_manages_the_chief_justices_accounts(accounts: AccountService, chief: Principal,
                                                             viewer_id: int) -> None:
    second = accounts.create_account(chief, AccountForm("chief2", "رئیس کل دوم", Role.CHIEF_JUSTICE),
                                     OTHER_PASSWORD)
    accounts.reset_password(chief, second, PASSWORD)
    accounts.update_account(chief, second, AccountForm("chief2", "معاون رئیس کل", Role.CHIEF_JUSTICE))
    accounts.set_active(chief, second, False)
    accounts.set_active(chief, second, True)
    accounts.update_account(chief, viewer_id, AccountForm("viewr", "بیننده", Role.CHIEF_JUSTICE))
    assert accounts.sign_in("chief2", PASSWORD).user_name == "معاون رئیس کل"
    assert accounts.sign_in("viewr", PASSWORD).role is Role.CHIEF_JUSTICE
    assert {a.login for a in accounts.accounts(chief)} >= {"dabir", "chief", "chief2", "viewr"}


def test_a_chief_justice_manages_no_other_account(accounts: AccountService, chief: Principal, viewer_id: int,
                                                  secretary: Principal, database) -> None:
    with pytest.raises(PermissionDenied) as raised:
        accounts.reset_password(chief, viewer_id, OTHER_PASSWORD)
    assert raised.value.action is Action.MANAGE_USERS
    with pytest.raises(PermissionDenied):
        accounts.create_account(chief, AccountForm("sec2", "دبیر دوم", Role.SECRETARY), OTHER_PASSWORD)


def test_between_a_chief_justice_and_a_secretary_no_one_switches_a_role_alone(
        accounts: AccountService, chief: Principal, secretary: Principal) -> None:
    """A chief justice does not give himself the secretary's power either: that takes both of them (one makes
    the account a viewer's, the other gives it his role)."""
    accounts.create_account(chief, AccountForm("chief2", "رئیس کل دوم", Role.CHIEF_JUSTICE), OTHER_PASSWORD)
    with pytest.raises(PermissionDenied) as raised:
        accounts.update_account(chief, chief.account_id, AccountForm("chief", "رئیس کل", Role.SECRETARY))
    assert raised.value.action is Action.MANAGE_USERS
    with pytest.raises(PermissionDenied):
        accounts.update_account(chief, secretary.account_id, AccountForm("dabir", "دبیر شورا", Role.CHIEF_JUSTICE))
    accounts.update_account(chief, chief.account_id, AccountForm("chief", "رئیس کل", Role.VIEWER))
    accounts.update_account(secretary, chief.account_id, AccountForm("chief", "رئیس کل", Role.SECRETARY))
    assert accounts.sign_in("chief", PASSWORD).role is Role.SECRETARY


def test_the_last_active_chief_justice_stays(accounts: AccountService, chief: Principal) -> None:
    """Else a province whose approvals stand would have no chief justice, and the secretary could add "the
    first" again."""
    for form in (AccountForm("chief", "رئیس کل", Role.CHIEF_JUSTICE, active=False),
                 AccountForm("chief", "رئیس کل", Role.VIEWER)):
        with pytest.raises(AccountsError):
            accounts.update_account(chief, chief.account_id, form)
    assert accounts.sign_in("chief", PASSWORD).role is Role.CHIEF_JUSTICE
