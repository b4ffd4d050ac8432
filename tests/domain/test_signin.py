"""User names, the password policy, slowing down and locking after failures, the inactivity lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.messages import ValidationError
from desktop.domain.signin import (
    FailureState,
    InactivityLock,
    LockoutPolicy,
    normalise_login,
    normalise_password,
    validate_login,
    validate_new_password,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_user_names_are_compared_casefolded_with_persian_letters() -> None:
    assert normalise_login("  Ali ") == "ali"
    assert normalise_login("علي") == normalise_login("علی")


def test_a_user_name_with_spaces_or_too_short_is_refused() -> None:
    for bad in ("ab", "ali reza", "", "x" * 65):
        with pytest.raises(ValidationError) as raised:
            validate_login(bad)
        assert raised.value.field == "login"
    assert validate_login("دبیر") == "دبیر"


def test_persian_and_latin_digits_make_the_same_password() -> None:
    assert normalise_password("رمز۱۲۳۴۵۶") == normalise_password("رمز123456")
    assert normalise_password("كيك") == normalise_password("کیک")
    assert normalise_password(" a b ") == " a b "  # spaces belong to a passphrase


def test_a_short_password_is_refused_with_the_minimum() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_new_password("Kd8#q")
    assert raised.value.params == {"min": 10}


def test_a_password_containing_the_user_name_is_refused() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_new_password("xx-Secretary-2026", login="secretary")
    assert "user name" in raised.value.english()


def test_common_and_repetitive_passwords_are_refused() -> None:
    for bad in ("1234567890", "۱۲۳۴۵۶۷۸۹۰", "aaaaabbbbbb", "Password123"):
        with pytest.raises(ValidationError):
            validate_new_password(bad)


def test_a_long_varied_password_is_accepted_normalised() -> None:
    assert validate_new_password("باغ‌انار ۱۴۰۵ سبز", login="dabir") == "باغ‌انار 1405 سبز"


def test_every_broken_rule_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_new_password("aaaa", login="aaa")
    assert len(raised.value.errors) == 3


POLICY = LockoutPolicy(free_failures=3, first_delay=timedelta(seconds=2), max_delay=timedelta(seconds=30),
                       lock_after=8, lock_for=timedelta(minutes=15))


def _fail(times: int, state: FailureState = FailureState(), start: datetime = NOW) -> FailureState:  # noqa: B008
    now = start
    for _ in range(times):
        now += POLICY.wait(state, now)
        state = POLICY.after_failure(state, now)
    return state


def test_the_first_failures_cost_no_wait() -> None:
    state = _fail(3)
    assert state.failures == 3 and POLICY.wait(state, state.last_failure_at) == timedelta(0)


def test_later_failures_double_the_wait_up_to_the_maximum() -> None:
    delays = [POLICY.delay_after(n) for n in range(3, 9)]
    assert [d.total_seconds() for d in delays] == [0, 2, 4, 8, 16, 30]
    state = _fail(5)
    assert POLICY.wait(state, state.last_failure_at) == timedelta(seconds=4)
    assert POLICY.wait(state, state.last_failure_at + timedelta(seconds=3)) == timedelta(seconds=1)


def test_the_eighth_failure_locks_for_fifteen_minutes_then_counting_starts_over() -> None:
    state = _fail(8)
    locked_at = state.last_failure_at
    assert POLICY.is_locked(state, locked_at + timedelta(minutes=14))
    assert POLICY.wait(state, locked_at + timedelta(minutes=5)) == timedelta(minutes=10)
    later = locked_at + timedelta(minutes=15)
    assert not POLICY.is_locked(state, later)
    again = POLICY.after_failure(state, later)
    assert again.failures == 1 and again.locked_until is None


def test_a_success_clears_the_failures() -> None:
    assert POLICY.after_success(_fail(5)) == FailureState()


@given(st.integers(min_value=0, max_value=40))
def test_the_wait_never_exceeds_the_lock(failures: int) -> None:
    state = _fail(failures)
    now = state.last_failure_at or NOW
    assert timedelta(0) <= POLICY.wait(state, now) <= POLICY.lock_for


def test_the_session_locks_after_the_idle_time() -> None:
    lock = InactivityLock(timedelta(minutes=10))
    assert not lock.is_due(NOW, NOW + timedelta(minutes=9, seconds=59))
    assert lock.is_due(NOW, NOW + timedelta(minutes=10))
    assert lock.remaining(NOW, NOW + timedelta(minutes=4)) == timedelta(minutes=6)
