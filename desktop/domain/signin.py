"""Sign-in rules: user names, the password policy, slowing down and locking after failures, and the
inactivity lock. Pure: "now" is always an argument.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from desktop.domain.messages import QT_TRANSLATE_NOOP, ErrorCollector, ValidationError
from desktop.domain.persian import normalise_text, to_latin_digits

LOGIN_MIN_LENGTH = 3
LOGIN_MAX_LENGTH = 64
PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 128
PASSWORD_MIN_DISTINCT = 5

#: Passwords people pick first; refused whatever their length (compared after normalisation, casefolded).
COMMON_PASSWORDS: frozenset[str] = frozenset({
    "1234567890", "0123456789", "12345678910", "1111111111", "0000000000", "1234512345", "1122334455",
    "qwertyuiop", "password123", "password1234", "passw0rd123", "iloveyou123", "administrator", "qwerty1234",
    "asdfghjkl1", "1q2w3e4r5t", "zaq12wsxcde", "abcdefghij", "abc1234567", "admin12345", "welcome123",
    "123456789a", "a123456789", "1234567890a", "0987654321", "9876543210", "1qaz2wsx3edc",
})

_ARABIC_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})


# --- user names and passwords ------------------------------------------------------------------------


def normalise_login(text: str | None) -> str:
    """The form a user name is stored and compared in: Persian letters and Latin digits, casefolded."""
    return normalise_text(text or "").casefold()


def validate_login(text: str | None, field: str = "login") -> str:
    login = normalise_login(text)
    if not LOGIN_MIN_LENGTH <= len(login) <= LOGIN_MAX_LENGTH or " " in login:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "A user name has {min} to {max} characters and no spaces."),
            {"min": LOGIN_MIN_LENGTH, "max": LOGIN_MAX_LENGTH})
    return login


def normalise_password(password: str) -> str:
    """What is hashed: NFKC, Latin digits for Persian/Arabic ones, Persian ی/ک for Arabic ي/ك.

    A password typed once with the Persian keyboard layout and once with the Latin one gives the same
    digits. Spaces are kept: they are part of a passphrase.
    """
    return to_latin_digits(unicodedata.normalize("NFKC", password)).translate(_ARABIC_LETTERS)


def validate_new_password(password: str, login: str = "", field: str = "password") -> str:
    """The normalised password, or every way it falls short of the policy (one :class:`ValidationError`
    per rule)."""
    value = normalise_password(password)
    errors = ErrorCollector()
    if len(value) < PASSWORD_MIN_LENGTH:
        errors.add(ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "A password needs at least {min} characters."), {"min": PASSWORD_MIN_LENGTH}))
    if len(value) > PASSWORD_MAX_LENGTH:
        errors.add(ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "A password may have at most {max} characters."), {"max": PASSWORD_MAX_LENGTH}))
    folded = value.casefold()
    name = normalise_login(login)
    if len(name) >= LOGIN_MIN_LENGTH and name in folded:
        errors.add(ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "The password must not contain the user name.")))
    if len(set(folded)) < PASSWORD_MIN_DISTINCT:
        errors.add(ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "The password repeats too few characters; use at least {min} different ones."),
            {"min": PASSWORD_MIN_DISTINCT}))
    if folded in COMMON_PASSWORDS:
        errors.add(ValidationError(field, QT_TRANSLATE_NOOP(
            "Validation", "This password is one of the first ones people try; choose another.")))
    errors.raise_if_any()
    return value


# --- failures: slow down, then lock --------------------------------------------------------------------


@dataclass(frozen=True)
class FailureState:
    """Consecutive failed sign-ins of one account (persisted) since its last success or lock."""

    failures: int = 0
    last_failure_at: datetime | None = None
    locked_until: datetime | None = None


@dataclass(frozen=True)
class LockoutPolicy:
    """The first ``free_failures`` failures cost nothing; each later one makes the next attempt wait
    ``first_delay`` doubled per failure (at most ``max_delay``); the ``lock_after``-th locks the account for
    ``lock_for``. The count restarts after a success or a lock."""

    free_failures: int = 3
    first_delay: timedelta = timedelta(seconds=2)
    max_delay: timedelta = timedelta(seconds=60)
    lock_after: int = 8
    lock_for: timedelta = timedelta(minutes=15)

    def delay_after(self, failures: int) -> timedelta:
        """How long the next attempt must wait after ``failures`` consecutive failures."""
        if failures <= self.free_failures:
            return timedelta(0)
        return min(self.first_delay * 2 ** (failures - self.free_failures - 1), self.max_delay)

    def as_of(self, state: FailureState, now: datetime) -> FailureState:
        """``state`` as it stands at ``now``: a failure recorded later than now (the system clock was set back, or
        another process's clock runs ahead) counts as made now, and a lock lasts at most ``lock_for`` from now.
        Otherwise one failed sign-in "in the future" locked an account for hours, even with the right password."""
        last = state.last_failure_at
        until = state.locked_until
        return FailureState(state.failures, min(last, now) if last is not None else None,
                            min(until, now + self.lock_for) if until is not None else None)

    def is_locked(self, state: FailureState, now: datetime) -> bool:
        return state.locked_until is not None and now < state.locked_until

    def wait(self, state: FailureState, now: datetime) -> timedelta:
        """How long until an attempt is accepted (zero: now)."""
        if self.is_locked(state, now):
            assert state.locked_until is not None
            return state.locked_until - now
        if state.last_failure_at is None:
            return timedelta(0)
        return max(timedelta(0), state.last_failure_at + self.delay_after(state.failures) - now)

    def after_failure(self, state: FailureState, now: datetime) -> FailureState:
        failures = 0 if state.locked_until is not None else state.failures  # a lock that ran out: start over
        failures += 1
        if failures >= self.lock_after:
            return FailureState(0, now, now + self.lock_for)
        return FailureState(failures, now, None)

    @staticmethod
    def after_success(state: FailureState) -> FailureState:
        return replace(state, failures=0, last_failure_at=None, locked_until=None)


# --- inactivity ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InactivityLock:
    """The window locks (asking for the password again) after ``idle_for`` without input."""

    idle_for: timedelta = timedelta(minutes=10)

    def is_due(self, last_activity: datetime, now: datetime) -> bool:
        return now - last_activity >= self.idle_for

    def remaining(self, last_activity: datetime, now: datetime) -> timedelta:
        return max(timedelta(0), last_activity + self.idle_for - now)
