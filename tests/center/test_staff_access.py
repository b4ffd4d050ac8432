"""Center staff at the service layer (issue 16): the role × action matrix, a liaison's provinces, lockout,
sessions, the audit and the password hash. No web here (tests/center/test_dashboard_web.py has the pages)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.center.models import CenterAudit, CenterStaffAccount, CenterStaffSession
from desktop.center.overview import province_overview
from desktop.center.staff import Action, Refused, StaffRole, allowed, audit, check, visible_provinces
from desktop.center.staff.accounts import AccountError, StaffAccounts
from desktop.center.staff.audit import Outcome
from desktop.sync.keys import export_public
from tests.center.conftest import Province
from tests.center.staff_support import PASSWORD, Clock, add_every_role, cheap_hashing

# Written from issue 16 and docs/access.md, not from the code: viewer and liaison see every view and may download
# the report; an analyst also issues directives; the administrator does everything.
MATRIX_TABLE = """
action            admin  analyst  viewer  liaison
view_provinces    yes    yes      yes     yes
view_progress     yes    yes      yes     yes
view_indicators   yes    yes      yes     yes
view_directives   yes    yes      yes     yes
issue_directive   yes    yes      no      no
view_keys         yes    yes      yes     yes
manage_keys       yes    no       no      no
download_report   yes    yes      yes     yes
manage_accounts   yes    no       no      no
view_audit        yes    no       no      no
"""


def _expected() -> dict[tuple[str, str], bool]:
    header, *lines = MATRIX_TABLE.strip().splitlines()
    roles = header.split()[1:]
    return {(role, line.split()[0]): answer == "yes" for line in lines
            for role, answer in zip(roles, line.split()[1:], strict=True)}


EXPECTED = _expected()


def test_the_table_names_every_role_and_every_action() -> None:
    assert {role for role, _ in EXPECTED} == {role.value for role in StaffRole}
    assert {action for _, action in EXPECTED} == {action.value for action in Action}


@pytest.mark.parametrize("role", list(StaffRole))
@pytest.mark.parametrize("action", list(Action))
def test_every_role_is_allowed_exactly_the_actions_of_the_table(role: StaffRole, action: Action) -> None:
    assert allowed(role, action) is EXPECTED[(role.value, action.value)]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(service, clock) -> StaffAccounts:
    for code, name in (("THR", "تهران"), ("QOM", "قم")):
        service.register_province(code, name, export_public(Province(code).key.public_key()))
    staff = StaffAccounts(service.engine, clock, hashing=cheap_hashing())
    add_every_role(staff)
    return staff


def _signed_in(accounts: StaffAccounts, user: str):  # noqa: ANN202
    result = accounts.sign_in(user, PASSWORD)
    assert result.ok, result.outcome
    return result


@pytest.mark.parametrize("user", ["admin", "analyst", "viewer", "liaison"])
def test_a_service_function_refuses_a_role_the_matrix_refuses(accounts, service, user) -> None:
    staff = _signed_in(accounts, user).staff
    for action in Action:
        if EXPECTED[(staff.role.value, action.value)]:
            check(staff, action)
        else:
            with pytest.raises(Refused):
                check(staff, action)
    with accounts.read() as session:
        if user == "admin":
            assert audit.entries(session, staff)  # the sign-ins at least
        else:
            with pytest.raises(Refused):
                audit.entries(session, staff)


def test_a_liaison_sees_only_his_provinces(accounts, service, clock) -> None:
    liaison, viewer = _signed_in(accounts, "liaison").staff, _signed_in(accounts, "viewer").staff
    assert visible_provinces(liaison) == frozenset({"THR"}) and visible_provinces(viewer) is None
    with accounts.read() as session:
        assert [row.code for row in province_overview(session, liaison, clock(), 14)] == ["THR"]
        assert [row.code for row in province_overview(session, viewer, clock(), 14)] == ["QOM", "THR"]
    check(liaison, Action.view_provinces, "THR")
    with pytest.raises(Refused):
        check(liaison, Action.view_provinces, "QOM")


def test_a_liaison_account_needs_registered_provinces_and_other_roles_none(accounts) -> None:
    with pytest.raises(AccountError):
        accounts.add("l2", "رابط", "liaison", PASSWORD)  # no province
    with pytest.raises(AccountError):
        accounts.add("l3", "رابط", "liaison", PASSWORD, provinces=["XYZ"])  # not registered
    with pytest.raises(AccountError):
        accounts.add("v2", "بیننده", "viewer", PASSWORD, provinces=["THR"])


def test_only_an_argon2id_hash_of_the_password_is_stored(service) -> None:
    staff = StaffAccounts(service.engine)  # the production parameters (RFC 9106, Argon2id)
    staff.add("sara", "سارا", "viewer", PASSWORD)
    with service.engine.connect() as connection:
        stored = connection.scalar(select(CenterStaffAccount.password_hash))
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$") and PASSWORD not in stored
    assert staff.sign_in("sara", PASSWORD).ok


def test_too_short_a_password_is_refused(accounts) -> None:
    with pytest.raises(AccountError):
        accounts.add("short", "ک", "viewer", "123456789")


class _CountingHashing:
    def __init__(self, inner) -> None:  # noqa: ANN001
        self.inner, self.checks = inner, 0

    def check(self, stored, password):  # noqa: ANN001, ANN201
        self.checks += 1
        return self.inner.check(stored, password)

    def __getattr__(self, name):  # noqa: ANN001, ANN204
        return getattr(self.inner, name)


def test_five_wrong_passwords_lock_the_account_and_a_locked_one_is_refused_unchecked(accounts, clock) -> None:
    for attempt in range(1, 5):
        result = accounts.sign_in("viewer", "wrong password!")
        assert (result.ok, result.locked) == (False, False), attempt
    fifth = accounts.sign_in("viewer", "wrong password!")
    assert fifth.locked and fifth.locked_minutes == 15
    counting = _CountingHashing(accounts.hashing)
    accounts.hashing = counting
    refused = accounts.sign_in("viewer", PASSWORD)  # the right password, while locked
    assert (refused.ok, refused.outcome, refused.locked) == (False, Outcome.LOCKED, True)
    assert counting.checks == 0  # the password was not even looked at
    clock.advance(minutes=14)
    assert accounts.sign_in("viewer", PASSWORD).outcome == Outcome.LOCKED
    clock.advance(minutes=1, seconds=1)
    assert accounts.sign_in("viewer", PASSWORD).ok  # the lock expired
    assert accounts.sign_in("viewer", "wrong password!").locked is False  # the count started again


def test_an_administrator_unlocks_a_locked_account(accounts) -> None:
    for _ in range(5):
        accounts.sign_in("viewer", "wrong password!")
    assert accounts.sign_in("viewer", PASSWORD).outcome == Outcome.LOCKED
    accounts.unlock("viewer")
    assert accounts.sign_in("viewer", PASSWORD).ok


def test_an_unknown_user_name_is_answered_like_an_account_wrong_then_locked(accounts) -> None:
    known = [accounts.sign_in("viewer", "wrong password!") for _ in range(5)]
    unknown = [accounts.sign_in("nobody", "wrong password!") for _ in range(5)]
    assert [r.locked for r in known] == [r.locked for r in unknown] == [False] * 4 + [True]
    assert not any(r.ok for r in known + unknown)


def test_a_disabled_account_cannot_sign_in_and_its_sessions_end(accounts) -> None:
    cookie = _signed_in(accounts, "analyst").cookie
    accounts.set_disabled("analyst", True)
    assert accounts.context_for(cookie) is None
    assert accounts.sign_in("analyst", PASSWORD).outcome == Outcome.DISABLED
    accounts.set_disabled("analyst", False)
    assert accounts.context_for(cookie) is None  # enabling does not bring the ended session back
    assert accounts.sign_in("analyst", PASSWORD).ok


def test_a_session_ends_after_the_idle_timeout_and_the_absolute_lifetime(accounts, clock) -> None:
    cookie = _signed_in(accounts, "viewer").cookie
    clock.advance(minutes=29)
    assert accounts.context_for(cookie) is not None  # used: kept alive
    clock.advance(minutes=29)
    assert accounts.context_for(cookie) is not None
    clock.advance(minutes=31)
    assert accounts.context_for(cookie) is None  # idle too long
    cookie = _signed_in(accounts, "viewer").cookie
    for _ in range(35):  # used every 20 minutes for 11 h 40 min
        clock.advance(minutes=20)
        assert accounts.context_for(cookie) is not None
    clock.advance(minutes=21)
    assert accounts.context_for(cookie) is None  # past 12 hours however busy


def test_sign_out_and_a_password_change_end_sessions(accounts) -> None:
    first, second = _signed_in(accounts, "viewer"), _signed_in(accounts, "viewer")
    accounts.sign_out(first.staff)
    assert accounts.context_for(first.cookie) is None and accounts.context_for(second.cookie) is not None
    accounts.set_password("viewer", "another long passphrase")
    assert accounts.context_for(second.cookie) is None
    assert accounts.sign_in("viewer", PASSWORD).ok is False
    assert accounts.sign_in("viewer", "another long passphrase").ok


def test_only_the_sha256_of_a_session_id_is_stored_and_each_session_has_its_own_csrf_token(accounts, service) -> None:
    one, two = _signed_in(accounts, "viewer"), _signed_in(accounts, "viewer")
    with service.engine.connect() as connection:
        stored = list(connection.execute(select(CenterStaffSession.id_hash, CenterStaffSession.csrf_token)))
    assert all(one.cookie not in row.id_hash and two.cookie not in row.id_hash for row in stored)
    assert len({row.id_hash for row in stored}) == 2 and len({row.csrf_token for row in stored}) == 2
    assert one.cookie != two.cookie and one.staff.csrf_token != two.staff.csrf_token
    assert accounts.context_for(one.cookie[:-1] + "x") is None


def test_every_sign_in_attempt_and_account_change_is_audited(accounts, service) -> None:
    accounts.sign_in("viewer", PASSWORD)
    accounts.sign_in("viewer", "wrong password!")
    accounts.sign_in("nobody", "wrong password!")
    for _ in range(5):
        accounts.sign_in("analyst", "wrong password!")
    accounts.sign_in("analyst", PASSWORD)
    accounts.set_disabled("admin", True)
    accounts.sign_in("admin", PASSWORD)
    with service.engine.connect() as connection:
        rows = [(r.user_name, r.action, r.outcome, r.target) for r in connection.execute(
            select(CenterAudit).order_by(CenterAudit.id))]
    assert rows[:4] == [("cli", "manage_accounts", "allowed", f"add {user} ({user})")
                        for user in ("admin", "analyst", "viewer", "liaison")]
    assert rows[4:] == [
        ("viewer", "sign_in", Outcome.SIGNED_IN, ""), ("viewer", "sign_in", Outcome.WRONG_PASSWORD, ""),
        ("nobody", "sign_in", Outcome.UNKNOWN_USER, ""), *[("analyst", "sign_in", Outcome.WRONG_PASSWORD, "")] * 5,
        ("analyst", "sign_in", Outcome.LOCKED, ""), ("cli", "manage_accounts", "allowed", "disable admin"),
        ("admin", "sign_in", Outcome.DISABLED, "")]
