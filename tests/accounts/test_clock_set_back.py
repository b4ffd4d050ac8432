"""A failed sign-in recorded "in the future" - the system clock set back since, or a command line's clock ahead of
the window's - counts as made now: it never locks an account for longer than the policy's longest wait, and the
wait does not restart at every attempt. Waits read in seconds, minutes or hours, one in the singular."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.accounts.errors import TryLater, WrongCredentials
from desktop.accounts.service import AccountService
from desktop.domain.signin import LockoutPolicy
from tests.accounts.conftest import PASSWORD

HOURS_AHEAD = 5


@pytest.fixture
def admin(accounts: AccountService):  # noqa: ANN201 - the secretary's principal
    return accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)


def _fail(accounts: AccountService, times: int, clock) -> None:
    for _ in range(times):
        clock.advance(seconds=61)
        with pytest.raises((WrongCredentials, TryLater)):
            accounts.sign_in("dabir", "wrong password")


def test_a_slow_down_recorded_in_the_future_waits_at_most_its_delay_then_lets_the_right_password_in(
        accounts, admin, clock) -> None:
    clock.advance(hours=HOURS_AHEAD)  # the other process's clock
    for _ in range(4):
        with pytest.raises(WrongCredentials):
            accounts.sign_in("dabir", "wrong password")
    clock.advance(hours=-HOURS_AHEAD)  # the window's clock, hours earlier
    with pytest.raises(TryLater) as slowed:
        accounts.sign_in("dabir", PASSWORD)
    assert slowed.value.wait <= LockoutPolicy().max_delay
    clock.advance(seconds=3)
    assert accounts.sign_in("dabir", PASSWORD).user_name


def test_a_lock_recorded_in_the_future_lasts_at_most_the_lock_time_from_now(accounts, admin, clock) -> None:
    clock.advance(hours=HOURS_AHEAD)
    _fail(accounts, 8, clock)
    clock.advance(hours=-HOURS_AHEAD)
    with pytest.raises(TryLater) as locked:
        accounts.sign_in("dabir", PASSWORD)
    assert locked.value.locked and locked.value.wait <= LockoutPolicy().lock_for
    clock.advance(minutes=15)
    assert accounts.sign_in("dabir", PASSWORD).user_name


@pytest.mark.parametrize(("seconds", "locked", "english"), [
    (1, False, "Too many failed attempts: wait 1 second, then try again."),
    (2, False, "Too many failed attempts: wait 2 seconds, then try again."),
    (60, False, "Too many failed attempts: wait 1 minute, then try again."),
    (17998, False, "Too many failed attempts: wait 5 hours, then try again."),
    (14 * 60 + 1, True, "Too many failed attempts: signing in is locked for 15 minutes."),
    (3600, True, "Too many failed attempts: signing in is locked for 1 hour."),
])
def test_a_wait_reads_in_seconds_minutes_or_hours_one_in_the_singular(seconds, locked, english) -> None:
    assert TryLater(timedelta(seconds=seconds), locked=locked).english() == english


def test_a_wait_of_hours_reads_in_hours_in_persian() -> None:
    from desktop.translations import Language, translate

    refused = TryLater(timedelta(seconds=38116), locked=False)
    assert translate(Language.PERSIAN, refused.context, refused.message, **refused.params) == (
        "تلاش‌های ناموفق بیش از اندازه بود: ۱۱ ساعت صبر کنید و دوباره بکوشید.")
