"""Why a sign-in or an account change was refused. One message for a wrong password and an unknown user name
alike: the answer never tells whether an account exists. A disabled account is told so only once its password
was right (whoever knows it learns nothing new)."""

from __future__ import annotations

import math
from datetime import timedelta

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

SIGN_IN_CONTEXT = "SignIn"


class SignInError(DomainError):
    """Any refused sign-in."""


class WrongCredentials(SignInError):
    def __init__(self) -> None:
        super().__init__(SIGN_IN_CONTEXT, QT_TRANSLATE_NOOP("SignIn", "The user name or the password is wrong."))


class AccountDisabled(SignInError):
    """The right password of a disabled account: who may enable it again is named (a chief justice's account
    only by a chief justice, any other by the council's secretary: docs/access.md)."""

    def __init__(self, *, chief_justice: bool) -> None:
        if chief_justice:
            message = QT_TRANSLATE_NOOP("SignIn", "This account is disabled and cannot sign in. Ask a chief "
                                                  "justice to enable it again.")
        else:
            message = QT_TRANSLATE_NOOP("SignIn", "This account is disabled and cannot sign in. Ask the "
                                                  "council's secretary to enable it again.")
        super().__init__(SIGN_IN_CONTEXT, message)


class TryLater(SignInError):
    """Too many failures: wait a little (slowed down) or a while (locked)."""

    def __init__(self, wait: timedelta, *, locked: bool) -> None:
        self.wait = wait
        self.locked = locked
        if locked:
            message = QT_TRANSLATE_NOOP("SignIn", "Too many failed attempts: signing in is locked for {wait}.")
        else:
            message = QT_TRANSLATE_NOOP("SignIn", "Too many failed attempts: wait {wait}, then try again.")
        super().__init__(SIGN_IN_CONTEXT, message, {
            "wait": duration(wait),
            "minutes": max(1, math.ceil(wait.total_seconds() / 60)),
            "seconds": max(1, math.ceil(wait.total_seconds())),
        })


def duration(wait: timedelta) -> DomainError:
    """A wait as a message field: whole seconds under a minute, whole minutes under an hour, else whole hours,
    each rounded up and in the singular for one ("1 second", not "1 seconds")."""
    seconds = max(1, math.ceil(wait.total_seconds()))
    if seconds < 60:
        count, one, many = seconds, QT_TRANSLATE_NOOP("SignIn", "1 second"), QT_TRANSLATE_NOOP(
            "SignIn", "{count} seconds")
    elif seconds < 3600:
        count, one, many = math.ceil(seconds / 60), QT_TRANSLATE_NOOP("SignIn", "1 minute"), QT_TRANSLATE_NOOP(
            "SignIn", "{count} minutes")
    else:
        count, one, many = math.ceil(seconds / 3600), QT_TRANSLATE_NOOP("SignIn", "1 hour"), QT_TRANSLATE_NOOP(
            "SignIn", "{count} hours")
    return DomainError(SIGN_IN_CONTEXT, one if count == 1 else many, {"count": count})


class AccountsError(DomainError):
    """An account change broke a rule."""

    def __init__(self, message: str, params: dict[str, object] | None = None) -> None:
        super().__init__("Accounts", message, params)


def already_set_up() -> AccountsError:
    return AccountsError(QT_TRANSLATE_NOOP(
        "Accounts", "The administrator account already exists; ask the secretary to add yours."))


def last_secretary() -> AccountsError:
    return AccountsError(QT_TRANSLATE_NOOP(
        "Accounts", "This is the last active secretary account; add another secretary first."))


def last_chief_justice() -> AccountsError:
    return AccountsError(QT_TRANSLATE_NOOP(
        "Accounts", "This is the last active chief justice account; add another chief justice first."))


def account_not_found(account_id: int) -> AccountsError:
    return AccountsError(QT_TRANSLATE_NOOP("Accounts", "This account no longer exists (id {id})."),
                         {"id": account_id})


def no_such_login(login: str) -> AccountsError:
    """Only the secretary (who lists every account anyway) gets this answer."""
    return AccountsError(QT_TRANSLATE_NOOP("Accounts", "There is no account with the user name {login}."),
                         {"login": login})


class AccountChanged(DomainError):
    """The signed-in account is no longer as it was at sign-in (desktop/accounts/live.py): a write is refused with
    nothing written. ``change`` says what changed and what to do, on its own (the window's sign-in dialog)."""

    def __init__(self, change: DomainError) -> None:
        self.change = change
        super().__init__(SIGN_IN_CONTEXT, QT_TRANSLATE_NOOP("SignIn", "{change} Nothing was saved."),
                         {"change": change})


def _since(message: str) -> DomainError:
    return DomainError(SIGN_IN_CONTEXT, message)


def account_gone() -> AccountChanged:
    return AccountChanged(_since(QT_TRANSLATE_NOOP("SignIn", "Your account no longer exists.")))


def account_disabled_since(*, chief_justice: bool) -> AccountChanged:
    if chief_justice:
        return AccountChanged(_since(QT_TRANSLATE_NOOP(
            "SignIn", "Your account was disabled after you signed in; ask a chief justice to enable it again.")))
    return AccountChanged(_since(QT_TRANSLATE_NOOP(
        "SignIn", "Your account was disabled after you signed in; ask the council's secretary to enable it again.")))


def role_changed_since() -> AccountChanged:
    return AccountChanged(_since(QT_TRANSLATE_NOOP(
        "SignIn", "Your role or judicial district was changed after you signed in; sign in again to go on with "
                  "the rights you have now.")))


def password_changed_since() -> AccountChanged:
    return AccountChanged(_since(QT_TRANSLATE_NOOP(
        "SignIn", "Your password was changed or reset after you signed in; sign in again with the new password.")))


def name_changed_since() -> AccountChanged:
    return AccountChanged(_since(QT_TRANSLATE_NOOP(
        "SignIn", "Your account's name or user name was changed after you signed in; sign in again.")))
