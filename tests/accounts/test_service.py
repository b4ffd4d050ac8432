"""Accounts: first-run administrator, sign-in that never tells whether a name exists, slow-down and lock,
managing accounts, changing passwords."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.accounts.errors import AccountDisabled, AccountsError, TryLater, WrongCredentials
from desktop.accounts.passwords import DEFAULT_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.messages import ValidationError
from desktop.store.models import Account, AccountEvent, District
from tests.accounts.conftest import PASSWORD

OTHER_PASSWORD = "کوه دماوند 5671 بلند"


def _district_ids(database) -> list[int]:
    with database.session() as session:
        return list(session.scalars(select(District.id).order_by(District.code)))


@pytest.fixture
def admin(accounts: AccountService) -> Principal:
    return accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)


def test_first_run_creates_the_secretary_once(accounts: AccountService) -> None:
    assert not accounts.has_accounts()
    principal = accounts.create_first_secretary(" Dabir ", "دبیر شورا", PASSWORD)
    assert principal.role is Role.SECRETARY and principal.user_name == "دبیر شورا" and principal.account_id
    assert accounts.has_accounts()
    with pytest.raises(AccountsError):
        accounts.create_first_secretary("second", "دیگری", PASSWORD)


def test_the_first_secretary_needs_a_policy_password(accounts: AccountService) -> None:
    with pytest.raises(ValidationError) as raised:
        accounts.create_first_secretary("dabir", "دبیر", "123")
    assert "password" in raised.value.fields
    assert not accounts.has_accounts()


def test_only_an_argon2id_hash_is_stored(accounts: AccountService, admin: Principal, database) -> None:
    with database.session() as session:
        stored = session.scalar(select(Account.password_hash))
    assert stored.startswith("$argon2id$v=19$") and "۱۴۰۵" not in stored and "1405" not in stored


def test_the_default_hashing_is_rfc_9106_argon2id_with_parameters_in_the_hash() -> None:
    stored = PasswordHashing().hash(PASSWORD)
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_signing_in_gives_the_accounts_principal(accounts: AccountService, admin: Principal) -> None:
    principal = accounts.sign_in("DABIR", "باغ انار 1405 سبز")  # Latin digits for Persian ones
    assert principal == admin


def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(accounts: AccountService, admin) -> None:
    with pytest.raises(WrongCredentials) as wrong:
        accounts.sign_in("dabir", "not the password")
    with pytest.raises(WrongCredentials) as unknown:
        accounts.sign_in("nobody", "not the password")
    assert (wrong.value.context, wrong.value.message, wrong.value.params) == (
        unknown.value.context, unknown.value.message, unknown.value.params)


def test_an_unknown_name_costs_a_full_password_check(database, clock) -> None:
    calls: list[str | None] = []

    class Counting(PasswordHashing):
        def check(self, stored_hash, password):
            calls.append(stored_hash)
            return super().check(stored_hash, password)

    service = AccountService(database, clock, hashing=Counting())  # real parameters
    service.create_first_secretary("dabir", "دبیر", PASSWORD)
    timings = {}
    for name in ("dabir", "nobody"):
        started = time.perf_counter()
        for _ in range(3):
            with pytest.raises(WrongCredentials):
                service.sign_in(name, "wrong password")
        timings[name] = time.perf_counter() - started
    assert calls[:3] != [None] * 3 and calls[3:] == [None] * 3
    assert 0.33 < timings["nobody"] / timings["dabir"] < 3.0  # loose: the machine is shared


def test_a_disabled_account_is_told_so_only_after_its_right_password(accounts: AccountService, admin) -> None:
    viewer = accounts.create_account(admin, AccountForm("nazer", "ناظر", Role.VIEWER), OTHER_PASSWORD)
    accounts.update_account(admin, viewer, AccountForm("nazer", "ناظر", Role.VIEWER, active=False))
    with pytest.raises(WrongCredentials):  # a wrong password reveals nothing about the account's state
        accounts.sign_in("nazer", "not the password")
    with pytest.raises(AccountDisabled) as raised:
        accounts.sign_in("nazer", OTHER_PASSWORD)
    assert "disabled" in raised.value.english() and "secretary" in raised.value.english()
    assert not isinstance(raised.value, WrongCredentials)


def test_a_disabled_chief_justice_is_told_to_ask_a_chief_justice(accounts: AccountService, admin) -> None:
    chief = accounts.create_account(admin, AccountForm("rais", "رئیس کل", Role.CHIEF_JUSTICE), OTHER_PASSWORD)
    chief_principal = accounts.sign_in("rais", OTHER_PASSWORD)
    accounts.create_account(chief_principal, AccountForm("rais2", "رئیس کل ۲", Role.CHIEF_JUSTICE), PASSWORD)
    accounts.update_account(chief_principal, chief, AccountForm("rais", "رئیس کل", Role.CHIEF_JUSTICE,
                                                                active=False))
    with pytest.raises(AccountDisabled) as raised:
        accounts.sign_in("rais", OTHER_PASSWORD)
    assert "chief justice" in raised.value.english()


def test_a_disabled_accounts_right_password_still_counts_towards_the_lock(accounts, admin, clock) -> None:
    viewer = accounts.create_account(admin, AccountForm("nazer", "ناظر", Role.VIEWER), OTHER_PASSWORD)
    accounts.update_account(admin, viewer, AccountForm("nazer", "ناظر", Role.VIEWER, active=False))
    for _ in range(8):
        clock.advance(seconds=61)
        with pytest.raises(AccountDisabled):
            accounts.sign_in("nazer", OTHER_PASSWORD)
    clock.advance(seconds=61)
    with pytest.raises(TryLater) as locked:
        accounts.sign_in("nazer", OTHER_PASSWORD)
    assert locked.value.locked


def test_repeated_failures_slow_down_then_lock_even_the_right_password(accounts, admin, clock) -> None:
    for _ in range(3):
        with pytest.raises(WrongCredentials):
            accounts.sign_in("dabir", "wrong password")
    with pytest.raises(WrongCredentials):
        accounts.sign_in("dabir", "wrong password")  # the fourth failure asks for a wait
    with pytest.raises(TryLater) as slowed:
        accounts.sign_in("dabir", PASSWORD)
    assert not slowed.value.locked and slowed.value.params["seconds"] == 2
    for _ in range(4):
        clock.advance(seconds=60)
        with pytest.raises((WrongCredentials, TryLater)):
            accounts.sign_in("dabir", "wrong password")
    clock.advance(seconds=60)
    with pytest.raises(TryLater) as locked:
        accounts.sign_in("dabir", PASSWORD)
    assert locked.value.locked and locked.value.params["minutes"] == 14
    clock.advance(minutes=15)
    assert accounts.sign_in("dabir", PASSWORD).role is Role.SECRETARY


def test_the_lock_is_kept_in_the_database_across_restarts(accounts, admin, clock, database, hashing) -> None:
    for _ in range(8):
        clock.advance(seconds=61)
        with pytest.raises((WrongCredentials, TryLater)):
            accounts.sign_in("dabir", "wrong password")
    restarted = AccountService(database, clock, hashing=hashing)
    with pytest.raises(TryLater) as raised:
        restarted.sign_in("dabir", PASSWORD)
    assert raised.value.locked


def test_an_unknown_name_is_locked_like_a_real_one(accounts, admin, clock) -> None:
    answers = {}
    for name in ("dabir", "nobody"):
        for _ in range(8):
            clock.advance(seconds=61)
            with pytest.raises((WrongCredentials, TryLater)):
                accounts.sign_in(name, "wrong password")
        with pytest.raises(TryLater) as raised:
            accounts.sign_in(name, "wrong password")
        answers[name] = (raised.value.message, raised.value.english(), raised.value.wait)
    assert answers["dabir"] == answers["nobody"]


def test_sign_ins_failures_and_locks_are_recorded_without_secrets(accounts, admin, clock, database) -> None:
    with pytest.raises(WrongCredentials):
        accounts.sign_in("dabir", "wrong password")
    accounts.sign_in("dabir", PASSWORD)
    kinds = [e.kind for e in reversed(accounts.events(admin))]
    assert kinds == ["created", "sign_in_failed", "signed_in"]
    with database.session() as session:
        details = " ".join(e.detail for e in session.scalars(select(AccountEvent)))
    assert "wrong password" not in details and "argon2" not in details


def test_the_secretary_manages_accounts_and_a_district_head_needs_a_district(accounts, admin, database) -> None:
    first, second = _district_ids(database)
    with pytest.raises(ValidationError) as raised:
        accounts.create_account(admin, AccountForm("head1", "رئیس حوزه ۱", Role.DISTRICT_HEAD), OTHER_PASSWORD)
    assert raised.value.fields == ("district",)
    head = accounts.create_account(admin, AccountForm("head1", "رئیس حوزه ۱", Role.DISTRICT_HEAD, first),
                                   OTHER_PASSWORD)
    principal = accounts.sign_in("head1", OTHER_PASSWORD)
    assert principal.role is Role.DISTRICT_HEAD and principal.district_id == first
    accounts.update_account(admin, head, AccountForm("head1", "رئیس حوزه ۱", Role.DISTRICT_HEAD, second))
    assert accounts.sign_in("head1", OTHER_PASSWORD).district_id == second
    [view] = [a for a in accounts.accounts(admin) if a.id == head]
    assert view.district_name == "حوزه قضایی جعفریه" and not hasattr(view, "password_hash")


def test_user_names_and_display_names_are_unique(accounts, admin) -> None:
    with pytest.raises(ValidationError) as raised:
        accounts.create_account(admin, AccountForm("DABIR", "دبیر شورا", Role.VIEWER), OTHER_PASSWORD)
    assert set(raised.value.fields) == {"login", "display_name"}


@pytest.mark.parametrize("role", [Role.CHIEF_JUSTICE, Role.VIEWER, Role.DISTRICT_HEAD])
def test_only_the_secretary_manages_users(accounts, admin, database, role: Role) -> None:
    district = _district_ids(database)[0] if role is Role.DISTRICT_HEAD else None
    accounts.create_account(admin, AccountForm("other", "دیگری", role, district), OTHER_PASSWORD)
    other = accounts.sign_in("other", OTHER_PASSWORD)
    listing = [] if role is Role.CHIEF_JUSTICE else [lambda: accounts.accounts(other)]  # he manages his own kind
    for attempt in (
        *listing,
        lambda: accounts.create_account(other, AccountForm("x1x", "x", Role.SECRETARY), OTHER_PASSWORD),
        lambda: accounts.update_account(other, other.account_id, AccountForm("other", "دیگری", Role.SECRETARY)),
        lambda: accounts.reset_password(other, admin.account_id, OTHER_PASSWORD),
        lambda: accounts.events(other),
    ):
        with pytest.raises(PermissionDenied):
            attempt()


def test_the_last_active_secretary_cannot_be_demoted_or_disabled(accounts, admin) -> None:
    for form in (AccountForm("dabir", "دبیر شورا", Role.VIEWER),
                 AccountForm("dabir", "دبیر شورا", Role.SECRETARY, active=False)):
        with pytest.raises(AccountsError):
            accounts.update_account(admin, admin.account_id, form)
    accounts.create_account(admin, AccountForm("dabir2", "دبیر دوم", Role.SECRETARY), OTHER_PASSWORD)
    accounts.update_account(admin, admin.account_id, AccountForm("dabir", "دبیر شورا", Role.VIEWER))


def test_changing_ones_password_needs_the_current_one(accounts, admin) -> None:
    with pytest.raises(WrongCredentials):
        accounts.change_password(admin, "wrong password", OTHER_PASSWORD)
    accounts.change_password(admin, PASSWORD, OTHER_PASSWORD)
    with pytest.raises(WrongCredentials):
        accounts.sign_in("dabir", PASSWORD)
    assert accounts.sign_in("dabir", OTHER_PASSWORD) == admin


def test_a_reset_password_lifts_the_lock(accounts, admin, clock) -> None:
    accounts.create_account(admin, AccountForm("nazer", "ناظر", Role.VIEWER), OTHER_PASSWORD)
    for _ in range(8):
        clock.advance(seconds=61)
        with pytest.raises((WrongCredentials, TryLater)):
            accounts.sign_in("nazer", "wrong password")
    [viewer] = [a for a in accounts.accounts(admin) if a.login == "nazer"]
    assert viewer.locked_until is not None
    accounts.reset_password(admin, viewer.id, "تازه و بلند 2026 رمز")
    assert accounts.sign_in("nazer", "تازه و بلند 2026 رمز").role is Role.VIEWER


def test_a_hash_made_with_older_parameters_is_upgraded_on_sign_in(database, clock, hashing) -> None:
    old = AccountService(database, clock, hashing=hashing)
    old.create_first_secretary("dabir", "دبیر", PASSWORD)
    AccountService(database, clock, hashing=PasswordHashing(DEFAULT_PARAMETERS)).sign_in("dabir", PASSWORD)
    with database.session() as session:
        assert session.scalar(select(Account.password_hash)).startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_failures_never_wait_longer_than_the_lock(accounts, admin, clock) -> None:
    for _ in range(30):
        try:
            accounts.sign_in("dabir", "wrong password")
        except TryLater as error:
            assert error.wait <= timedelta(minutes=15)
            clock.advance(seconds=error.wait.total_seconds())
        except WrongCredentials:
            pass
