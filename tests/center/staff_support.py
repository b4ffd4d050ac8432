"""Shared set-up of the staff and dashboard tests: a clock the test moves, cheap Argon2id, accounts of each role."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.center.staff.accounts import StaffAccounts
from tests.center.conftest import NOW

PASSWORD = "a long enough passphrase"
#: user name → (role, liaison provinces)
ROLES = {"admin": ("admin", ()), "analyst": ("analyst", ()), "viewer": ("viewer", ()), "liaison": ("liaison", ("THR",))}


class Clock:
    """A clock the test moves forward."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **span: float) -> None:
        self.now += timedelta(**span)


def cheap_hashing() -> PasswordHashing:
    return PasswordHashing(TEST_PARAMETERS)  # Argon2id still, far cheaper


def add_every_role(accounts: StaffAccounts) -> None:
    for user, (role, provinces) in ROLES.items():
        accounts.add(user, f"کاربر {user}", role, PASSWORD, provinces=provinces)
