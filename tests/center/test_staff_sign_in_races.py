"""The staff lockout holds whatever the concurrency (security review sec40, t7_race.py): many sign-ins of one
account at once get no more password checks than the policy's failures, and the right password checked after
the lock never signs in. Threads against the service, on SQLite and (under tools/with_postgres.sh) PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from desktop.center.models import CenterAudit
from desktop.center.staff.accounts import SignIn, StaffAccounts
from desktop.center.staff.audit import Outcome
from desktop.sync.keys import export_public
from tests.center.conftest import Province
from tests.center.staff_support import PASSWORD, Clock, add_every_role, cheap_hashing

MAX_FAILURES = 5  # SessionPolicy's default
BURST = 40


class SlowCountingHashing:
    """Cheap Argon2id that takes a while (a window for the race) and counts the passwords it checked."""

    def __init__(self, slow_for: str = "", slow: float = 0.5, usual: float = 0.05) -> None:
        import time

        self.inner, self.sleep = cheap_hashing(), time.sleep
        self.slow_for, self.slow, self.usual = slow_for, slow, usual
        self.checked: list[str] = []  # the passwords checked against an account's hash
        self.stand_in = 0  # checks of an unknown user name (against the stand-in hash)
        self.failing = False  # every check raises, as a server that dies mid-hash
        self._lock = threading.Lock()

    def check(self, stored: str | None, password: str) -> bool:
        if self.failing:
            raise MemoryError("the hash could not get its memory")
        with self._lock:
            if stored is None:
                self.stand_in += 1
            else:
                self.checked.append(password)
        self.sleep(self.slow if password == self.slow_for else self.usual)
        return self.inner.check(stored, password)

    def __getattr__(self, name: str):  # noqa: ANN204 - hash, needs_rehash: the inner hashing's
        return getattr(self.inner, name)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(service, clock) -> StaffAccounts:
    service.register_province("THR", "تهران", export_public(Province("THR").key.public_key()))
    staff = StaffAccounts(service.engine, clock, hashing=cheap_hashing())
    add_every_role(staff)
    return staff


def _burst(accounts: StaffAccounts, user: str, passwords: list[str]) -> list[SignIn]:
    """Every password at once, each in its own thread, released together."""
    start = threading.Barrier(len(passwords))

    def attempt(password: str) -> SignIn:
        start.wait()
        return accounts.sign_in(user, password, address="198.51.100.7")

    with ThreadPoolExecutor(len(passwords)) as pool:
        return list(pool.map(attempt, passwords))


def _signed_in_audited(service, user: str) -> int:  # noqa: ANN001
    with service.engine.connect() as connection:
        return len(connection.execute(select(CenterAudit.id).where(
            CenterAudit.user_name == user, CenterAudit.outcome == Outcome.SIGNED_IN)).all())


def test_a_burst_of_wrong_passwords_gets_no_more_checks_than_the_policy_allows_then_the_lock(accounts) -> None:
    hashing = accounts.hashing = SlowCountingHashing()
    results = _burst(accounts, "viewer", [f"wrong password {i}" for i in range(BURST)])
    assert len(hashing.checked) <= MAX_FAILURES  # 29 of 40 were checked before the fix
    assert not any(result.ok for result in results)
    assert sum(result.locked for result in results) >= BURST - MAX_FAILURES
    after = accounts.sign_in("viewer", PASSWORD)
    assert (after.ok, after.outcome) == (False, Outcome.LOCKED)
    assert len(hashing.checked) <= MAX_FAILURES  # refused unchecked


def test_the_right_password_checked_after_the_lock_never_signs_in(accounts, service) -> None:
    # the right password is sent first and checked slowest: the wrong ones lock the account while it is checked
    hashing = accounts.hashing = SlowCountingHashing(slow_for=PASSWORD)
    results = _burst(accounts, "viewer", [PASSWORD] + [f"wrong password {i}" for i in range(BURST - 1)])
    assert not results[0].ok, "the right password signed in after the account was locked"  # 303 before the fix
    assert len(hashing.checked) <= MAX_FAILURES
    assert not any(result.ok for result in results)
    assert _signed_in_audited(service, "viewer") == 0
    assert accounts.sign_in("viewer", PASSWORD).outcome == Outcome.LOCKED


def test_a_burst_of_an_unknown_user_name_gets_no_more_checks_than_an_account(accounts) -> None:
    hashing = accounts.hashing = SlowCountingHashing()
    results = _burst(accounts, "nobody", [f"wrong password {i}" for i in range(BURST)])
    assert hashing.stand_in <= MAX_FAILURES  # as many as an account gets: the answers do not tell them apart
    assert not any(result.ok for result in results)
    assert sum(result.locked for result in results) >= BURST - MAX_FAILURES


def test_the_right_password_after_four_failures_still_signs_in_and_clears_the_count(accounts) -> None:
    for _ in range(MAX_FAILURES - 1):
        assert not accounts.sign_in("viewer", "wrong password!").locked
    assert accounts.sign_in("viewer", PASSWORD).ok  # the fifth attempt was counted as pending, then cleared
    for _ in range(MAX_FAILURES - 1):
        assert not accounts.sign_in("viewer", "wrong password!").locked
    assert accounts.sign_in("viewer", "wrong password!").locked


def test_attempts_that_died_mid_check_lock_the_account_only_until_the_lockout_ends(accounts, clock) -> None:
    """An attempt is counted before its check; a server that dies in the check never frees it. The count of
    such attempts locks like failures, and the lock runs out as a lock does (no account stuck for ever)."""
    hashing = accounts.hashing = SlowCountingHashing(usual=0.0)
    hashing.failing = True
    for _ in range(MAX_FAILURES):
        with pytest.raises(MemoryError):
            accounts.sign_in("viewer", PASSWORD)
    hashing.failing = False
    assert accounts.sign_in("viewer", PASSWORD).outcome == Outcome.LOCKED
    clock.advance(minutes=15, seconds=1)
    assert accounts.sign_in("viewer", PASSWORD).ok
