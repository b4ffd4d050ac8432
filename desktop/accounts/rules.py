"""What managing an account must respect: who may read and change which account (the role rules, checked again
inside the write transaction), and what an account's form must hold."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.accounts.views import AccountForm
from desktop.domain.access import (
    Action,
    PermissionDenied,
    Principal,
    Role,
    account_change_actions,
    manages_accounts,
    may_change_account,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP, ErrorCollector, ValidationError
from desktop.domain.planning import validate_title
from desktop.domain.signin import validate_login, validate_new_password
from desktop.store.models import Account, District


def require_manages(principal: Principal) -> None:
    """Reading the accounts: the secretary, or a chief justice (who manages the chief justices')."""
    if not manages_accounts(principal):
        principal.require(Action.MANAGE_USERS)


def has_chief_justice(session: Session) -> bool:
    """Whether the province has a chief justice account, active or disabled."""
    return bool(session.scalar(select(func.count()).select_from(Account).where(
        Account.role == Role.CHIEF_JUSTICE.value)))


def check_again(principal: Principal, before: Role | None, after: Role, first: bool = False) -> None:
    """Inside the write transaction: the account (or the province's first chief justice) may have changed since
    the refusal was checked. Not recorded: the event would need a second write transaction in this thread."""
    if not may_change_account(principal, before, after, first_chief_justice=first):
        refused = next(a for a in account_change_actions(before, after) if not principal.can(a))
        raise PermissionDenied(principal.role, refused)


def check_new(form: AccountForm, password: str) -> tuple[str, str, str]:
    errors = ErrorCollector()
    login = errors.check(validate_login, form.login)
    name = errors.check(validate_title, form.display_name, "display_name", 200)
    secret = errors.check(validate_new_password, password, login or "")
    errors.raise_if_any()
    assert login is not None and name is not None and secret is not None
    return login, name, secret


def check_form(session: Session, form: AccountForm, own_id: int | None) -> tuple[str, str]:
    errors = ErrorCollector()
    login = errors.check(validate_login, form.login)
    name = errors.check(validate_title, form.display_name, "display_name", 200)
    others = select(Account.id).where(Account.id != own_id) if own_id else select(Account.id)
    if login and session.scalar(others.where(Account.login == login)):
        errors.add(ValidationError("login", QT_TRANSLATE_NOOP(
            "Validation", "Another account already has the user name {login}."), {"login": login}))
    if name and session.scalar(others.where(Account.display_name == name)):
        errors.add(ValidationError("display_name", QT_TRANSLATE_NOOP(
            "Validation", "Another account already has this name; the change log tells users apart by it.")))
    if form.role is Role.DISTRICT_HEAD:
        if form.district_id is None or session.get(District, form.district_id) is None:
            errors.add(ValidationError("district", QT_TRANSLATE_NOOP(
                "Validation", "Choose the judicial district this district head is responsible for.")))
    errors.raise_if_any()
    assert login is not None and name is not None
    return login, name
