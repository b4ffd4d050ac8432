"""The secretary's recovery code. A locked-out or forgotten sole secretary is recovered with the recovery code
(``issue_recovery_code`` / ``recover_secretary``, docs/access.md "Recovery"): a 100-bit secret shown once, kept on
paper, stored only as an Argon2id hash, tried under the same lockout, used once. Each function is one use case,
one transaction."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.accounts.errors import TryLater, WrongCredentials
from desktop.accounts.failures import remember_unknown, settled_state, store_state
from desktop.accounts.rows import account_event, own_account, principal_of
from desktop.clock import Clock
from desktop.domain.access import Action, Principal, Role
from desktop.domain.signin import (
    FailureState,
    LockoutPolicy,
    normalise_login,
    normalise_password,
    validate_new_password,
)
from desktop.store.database import Database
from desktop.store.models import Account
from desktop.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    from desktop.accounts.passwords import PasswordHashing

#: The Argon2id hash of the secretary's one-time recovery code (a setting: it travels in no bundle).
RECOVERY_SETTING = "accounts.recovery_code"
#: The failure counter of recovery attempts (a name no account can have: logins are validated).
_RECOVERY_KEY = "#recovery"
#: 20 characters of base32: 100 bits, in groups of five for writing down.
RECOVERY_CHARACTERS = 20


def issue_recovery_code(database: Database, clock: Clock, hashing: PasswordHashing, principal: Principal) -> str:
    """A new one-time recovery code (any earlier one stops working). Shown once, to be written down and kept
    away from the computer; only its Argon2id hash is stored."""
    principal.require(Action.MANAGE_USERS)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # base32 without look-alikes (0/O, 1/I)
    code = "".join(secrets.choice(alphabet) for _ in range(RECOVERY_CHARACTERS))
    now = clock.now()
    with database.session() as session:
        set_setting(session, RECOVERY_SETTING, hashing.hash(code))
        account = own_account(session, principal)
        account_event(session, account, principal.user_name, "changed", now, "recovery code issued")
    return "-".join(code[i:i + 5] for i in range(0, len(code), 5))


def recover_secretary(database: Database, clock: Clock, hashing: PasswordHashing, policy: LockoutPolicy,
                      login: str, code: str, new_password: str) -> Principal:
    """Set a secretary's password with the recovery code, lift the lock on the account, and use the code up.
    Refused as a sign-in is (the same message, the same lockout, counted in the database) for a wrong code,
    an unknown name or a name that is not a secretary's."""
    now = clock.now()
    key = normalise_login(login)
    with database.session(signed_in=False) as session:  # nobody signed in: the code stands for a password
        state = settled_state(session, None, _RECOVERY_KEY, policy, now)
        wait = policy.wait(state, now)
        refused = TryLater(wait, locked=policy.is_locked(state, now)) if wait else None  # raised once committed
        if refused is None:
            stored = get_setting(session, RECOVERY_SETTING, None)
            clean = "".join(ch for ch in normalise_password(code).upper() if ch.isalnum())
            matched = hashing.check(stored if isinstance(stored, str) else None, clean)
            account = session.scalar(select(Account).where(Account.login == key))
            if matched and account is not None and account.role == Role.SECRETARY.value:
                secret = validate_new_password(new_password, account.login, "password")
                account.password_hash = hashing.hash(secret)
                account.password_changed_at = now
                account.active = True
                store_state(account, FailureState())
                remember_unknown(session, _RECOVERY_KEY, FailureState())
                set_setting(session, RECOVERY_SETTING, None)  # used once
                account_event(session, account, "recovery code", "password_reset", now, "recovered with the code")
                return principal_of(account)
            failed = policy.after_failure(state, now)
            remember_unknown(session, _RECOVERY_KEY, failed)
    if refused is not None:
        raise refused
    if failed.locked_until is not None:
        raise TryLater(failed.locked_until - now, locked=True)
    raise WrongCredentials()
