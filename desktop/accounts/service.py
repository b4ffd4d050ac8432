"""Use cases of accounts: first-run administrator, sign-in with slow-down and lockout, managing accounts
(secretary only), changing one's own password. Each method is one transaction.

The service holds the use cases of the first run and of managing accounts; the others are in the modules beside
it, each function one transaction: signing in and one's own password (signin.py, the failure counts behind its
lockout in failures.py) and the secretary's recovery code (recovery.py). What managing an account must respect
is in rules.py, an account's row read out and its security events in rows.py.

The secretary manages every account but a chief justice's: adding one (except the province's first), giving
that role, changing, enabling, disabling or resetting the password of a chief justice's account needs a chief
justice (``Action.MANAGE_CHIEF_JUSTICES``, :func:`desktop.domain.access.account_change_actions`), so the secretary
can never undo the chief justice's approval alone (docs/access.md). Each refusal is raised, and recorded, before
the write transaction opens, and checked again inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.accounts import recovery, signin
from desktop.accounts.errors import (
    account_not_found,
    last_chief_justice,
    last_secretary,
    no_such_login,
)
from desktop.accounts.failures import store_state
from desktop.accounts.first_secretary import FirstSecretary, has_accounts, write_first_secretary
from desktop.accounts.live import renew
from desktop.accounts.rows import account_event, describe, get_account, principal_of, view_of
from desktop.accounts.rules import check_again, check_form, check_new, has_chief_justice, require_manages
from desktop.accounts.views import AccountEventView, AccountForm, AccountView
from desktop.clock import Clock
from desktop.domain.access import Action, Principal, Role, require_account_change
from desktop.domain.signin import FailureState, LockoutPolicy, normalise_login, validate_new_password
from desktop.store.database import Database
from desktop.store.models import Account, AccountEvent

if TYPE_CHECKING:
    from desktop.accounts.passwords import PasswordHashing


class AccountService:
    def __init__(self, database: Database, clock: Clock, *, hashing: PasswordHashing | None = None,
                 policy: LockoutPolicy | None = None) -> None:
        self._database = database
        self._clock = clock
        self._given_hashing = hashing
        self._policy = policy or LockoutPolicy()

    @property
    def _hashing(self) -> PasswordHashing:
        """Argon2 is loaded on first use, not while the window starts."""
        if self._given_hashing is None:
            from desktop.accounts.passwords import PasswordHashing

            self._given_hashing = PasswordHashing()
        return self._given_hashing

    # first run ---------------------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        with self._database.reading() as session:
            return has_accounts(session)

    def first_secretary(self, login: str, display_name: str, password: str) -> FirstSecretary:
        """The administrator (the council's secretary) of a province being set up: checked, its password hashed,
        for :meth:`OrganisationService.complete_setup` to write with the province (first_secretary.py)."""
        clean_login, name, secret = check_new(AccountForm(login, display_name, Role.SECRETARY), password)
        return FirstSecretary(clean_login, name, self._hashing.hash(secret), self._clock.now())

    def create_first_secretary(self, login: str, display_name: str, password: str) -> Principal:
        """The administrator of a database set up without accounts (before they existed); refused once any
        account exists. A province being set up writes its secretary with it: :meth:`first_secretary`."""
        secretary = self.first_secretary(login, display_name, password)
        with self._database.session(user_name=secretary.display_name) as session:
            return write_first_secretary(session, secretary)

    # signing in (signin.py) --------------------------------------------------------------------------
    def sign_in(self, login: str, password: str) -> Principal:
        """The principal of the account, or :class:`WrongCredentials` / :class:`TryLater`."""
        return signin.sign_in(self._database, self._clock, self._hashing, self._policy, login, password)

    def change_password(self, principal: Principal, current: str, new: str) -> None:
        """The signed-in user's own password; the current one must be given (and counts as an attempt)."""
        signin.change_password(self._database, self._clock, self._hashing, self._policy, principal, current, new)

    # managing accounts (secretary; chief justices' accounts: a chief justice) ---------------------------
    def accounts(self, principal: Principal) -> list[AccountView]:
        """Every account, for whoever manages some (the secretary, a chief justice)."""
        require_manages(principal)
        with self._database.reading() as session:
            rows = session.scalars(select(Account).order_by(Account.display_name, Account.id))
            return [view_of(row) for row in rows]

    def require_may_add(self, principal: Principal, role: Role) -> None:
        """Refuse (and record) unless ``principal`` may add an account with ``role``: a chief justice's only
        by a chief justice, or by the secretary while the province has no chief justice account at all."""
        with self._database.reading() as session:
            first = role is Role.CHIEF_JUSTICE and not has_chief_justice(session)
        require_account_change(principal, None, role, first_chief_justice=first)

    def require_may_change(self, principal: Principal, account: AccountView, role: Role | None = None) -> None:
        """Refuse (and record) unless ``principal`` may change ``account`` (giving it ``role``), enable,
        disable it or reset its password."""
        require_account_change(principal, account.role, role or account.role)

    def create_account(self, principal: Principal, form: AccountForm, password: str) -> int:
        self.require_may_add(principal, form.role)
        login, name, secret = check_new(form, password)
        with self._database.session(user_name=principal.user_name) as session:
            first = form.role is Role.CHIEF_JUSTICE and not has_chief_justice(session)
            check_again(principal, None, form.role, first)
            check_form(session, form, None)
            account = self._insert(session, login, name, form.role, form.district_id, secret,
                                   actor=principal.user_name, active=form.active)
            return account.id

    def update_account(self, principal: Principal, account_id: int, form: AccountForm) -> None:
        """Name, role, district and whether the account may sign in. The last active secretary and the last
        active chief justice stay; a chief justice's account, or giving that role, needs a chief justice."""
        with self._database.reading() as session:
            before = Role(get_account(session, account_id).role)
        require_account_change(principal, before, form.role)
        now = self._clock.now()
        with self._database.session(user_name=principal.user_name) as session:
            account = get_account(session, account_id)
            check_again(principal, Role(account.role), form.role)
            login, name = check_form(session, form, account_id)
            still_secretary = form.role is Role.SECRETARY and form.active
            if account.role == Role.SECRETARY and account.active and not still_secretary:
                others = session.scalar(select(func.count()).select_from(Account).where(
                    Account.role == Role.SECRETARY.value, Account.active.is_(True), Account.id != account_id))
                if not others:
                    raise last_secretary()
            still_chief = form.role is Role.CHIEF_JUSTICE and form.active
            if account.role == Role.CHIEF_JUSTICE and account.active and not still_chief:
                others = session.scalar(select(func.count()).select_from(Account).where(
                    Account.role == Role.CHIEF_JUSTICE.value, Account.active.is_(True), Account.id != account_id))
                if not others:
                    raise last_chief_justice()
            before = describe(account)
            account.login, account.display_name, account.role = login, name, form.role.value
            account.district_id = form.district_id if form.role is Role.DISTRICT_HEAD else None
            account.active = form.active
            session.flush()
            account_event(session, account, principal.user_name, "changed", now, f"{before} → {describe(account)}")
            own = principal_of(account) if account.id == principal.account_id else None
        if own is not None:
            renew(self._database, own)  # one's own name changed goes on; one's own role changed ends the session

    def reset_password(self, principal: Principal, account_id: int, new: str) -> None:
        """Set another user's password (they forgot it); also lifts a lock. A chief justice's: only by a chief
        justice."""
        with self._database.reading() as session:
            role = Role(get_account(session, account_id).role)
        require_account_change(principal, role, role)
        now = self._clock.now()
        with self._database.session() as session:
            account = get_account(session, account_id)
            check_again(principal, Role(account.role), Role(account.role))
            secret = validate_new_password(new, account.login, "password")
            account.password_hash = self._hashing.hash(secret)
            account.password_changed_at = now
            store_state(account, FailureState())
            account_event(session, account, principal.user_name, "password_reset", now)
            own = principal_of(account) if account.id == principal.account_id else None
        if own is not None:
            renew(self._database, own)  # his own password: this session goes on, any other one ends

    def account_by_login(self, principal: Principal, login: str) -> AccountView:
        """One account by its user name (the command line names accounts so); for whoever manages accounts."""
        require_manages(principal)
        with self._database.reading() as session:
            row = session.scalar(select(Account).where(Account.login == normalise_login(login)))
            if row is None:
                raise no_such_login(login)
            return view_of(row)

    def set_active(self, principal: Principal, account_id: int, active: bool) -> None:
        """Let an account sign in again, or no longer (its history stays); the last secretary stays active."""
        current = next((a for a in self.accounts(principal) if a.id == account_id), None)
        if current is None:
            raise account_not_found(account_id)
        self.update_account(principal, account_id, AccountForm(
            current.login, current.display_name, current.role, current.district_id, active))

    def events(self, principal: Principal, account_id: int | None = None, limit: int = 500
               ) -> list[AccountEventView]:
        """Security events, newest first."""
        principal.require(Action.MANAGE_USERS)
        query = select(AccountEvent).order_by(AccountEvent.id.desc()).limit(limit)
        if account_id is not None:
            query = query.where(AccountEvent.account_id == account_id)
        with self._database.reading() as session:
            return [AccountEventView(e.id, e.happened_at, e.account_id, e.login, e.actor, e.kind, e.detail)
                    for e in session.scalars(query)]

    def _insert(self, session: Session, login: str, name: str, role: Role, district_id: int | None,
                secret: str, *, actor: str, active: bool = True) -> Account:
        now = self._clock.now()
        account = Account(login=login, display_name=name, role=role.value,
                          district_id=district_id if role is Role.DISTRICT_HEAD else None,
                          password_hash=self._hashing.hash(secret), active=active, failed_attempts=0,
                          created_at=now, password_changed_at=now)
        session.add(account)
        session.flush()
        account_event(session, account, actor, "created", now, describe(account))
        return account

    # recovery of a locked-out or forgotten secretary (recovery.py) ---------------------------------------
    def issue_recovery_code(self, principal: Principal) -> str:
        """A new one-time recovery code (any earlier one stops working); only its Argon2id hash is stored."""
        return recovery.issue_recovery_code(self._database, self._clock, self._hashing, principal)

    def recover_secretary(self, login: str, code: str, new_password: str) -> Principal:
        """Set a secretary's password with the recovery code, lift the lock on the account, and use the code up;
        refused as a sign-in is."""
        return recovery.recover_secretary(self._database, self._clock, self._hashing, self._policy, login, code,
                                          new_password)
