"""Use cases of accounts: first-run administrator, sign-in with slow-down and lockout, managing accounts
(secretary only), changing one's own password. Each method is one transaction.

A refused sign-in says the same thing, after the same work (one Argon2id check), whether the user name is
unknown, the password wrong or the account disabled. Failures are counted in the database for every name with
the same policy (issue 11): a real account's in its row, an unknown name's in ``login_failure`` under the SHA-256
of the name; both survive a restart and both end up "locked", so the lock does not reveal which names exist.

A locked-out or forgotten sole secretary is recovered with the recovery code (``issue_recovery_code`` /
``recover_secretary``, docs/access.md "Recovery"): a 100-bit secret shown once, kept on paper, stored only as an
Argon2id hash, tried under the same lockout, used once.

The secretary manages every account but a chief justice's: adding one (except the province's first), giving
that role, changing, enabling, disabling or resetting the password of a chief justice's account needs a chief
justice (``Action.MANAGE_CHIEF_JUSTICES``, :func:`desktop.domain.access.account_change_actions`), so the secretary
can never undo the chief justice's approval alone (docs/access.md). Each refusal is raised, and recorded, before
the write transaction opens, and checked again inside it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.accounts.errors import (
    TryLater,
    WrongCredentials,
    account_not_found,
    already_set_up,
    last_chief_justice,
    last_secretary,
    no_such_login,
)
from desktop.accounts.views import AccountEventView, AccountForm, AccountView
from desktop.clock import Clock
from desktop.domain.access import (
    Action,
    PermissionDenied,
    Principal,
    Role,
    account_change_actions,
    manages_accounts,
    may_change_account,
    require_account_change,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP, ErrorCollector, ValidationError
from desktop.domain.planning import validate_title
from desktop.domain.signin import (
    FailureState,
    LockoutPolicy,
    normalise_login,
    normalise_password,
    validate_login,
    validate_new_password,
)
from desktop.store.database import Database
from desktop.store.models import Account, AccountEvent, District, LoginFailure
from desktop.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    from desktop.accounts.passwords import PasswordHashing

#: How many unknown user names' failures are remembered (the oldest are forgotten first).
UNKNOWN_NAMES_REMEMBERED = 1000
#: The Argon2id hash of the secretary's one-time recovery code (a setting: it travels in no bundle).
RECOVERY_SETTING = "accounts.recovery_code"
#: The failure counter of recovery attempts (a name no account can have: logins are validated).
_RECOVERY_KEY = "#recovery"
#: 20 characters of base32: 100 bits, in groups of five for writing down.
RECOVERY_CHARACTERS = 20


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
            return bool(session.scalar(select(func.count()).select_from(Account)))

    def create_first_secretary(self, login: str, display_name: str, password: str) -> Principal:
        """The administrator (the council's secretary) of a database without accounts; refused once any
        account exists."""
        form = AccountForm(login, display_name, Role.SECRETARY)
        clean_login, name, secret = self._check_new(form, password)
        with self._database.session(user_name=name) as session:
            if session.scalar(select(func.count()).select_from(Account)):
                raise already_set_up()
            account = self._insert(session, clean_login, name, Role.SECRETARY, None, secret, actor=name)
            return _principal(account)

    # signing in --------------------------------------------------------------------------------------
    def sign_in(self, login: str, password: str) -> Principal:
        """The principal of the account, or :class:`WrongCredentials` / :class:`TryLater`."""
        now = self._clock.now()
        key = normalise_login(login)
        with self._database.session() as session:
            account = session.scalar(select(Account).where(Account.login == key))
            state = _state(account) if account is not None else _unknown_state(session, key)
            wait = self._policy.wait(state, now)
            if wait:
                raise TryLater(wait, locked=self._policy.is_locked(state, now))
            secret = normalise_password(password)
            matched = self._hashing.check(account.password_hash if account is not None else None, secret)
            if account is not None and matched and account.active:
                if self._hashing.needs_rehash(account.password_hash):
                    account.password_hash = self._hashing.hash(secret)
                _store_state(account, self._policy.after_success(state))
                account.last_sign_in_at = now
                _event(session, account, account.display_name, "signed_in", now)
                return _principal(account)
            failed = self._policy.after_failure(state, now)
            if account is not None:
                _store_state(account, failed)
                _event(session, account, "", "sign_in_failed", now)
                if failed.locked_until is not None:
                    _event(session, account, "", "locked", now)
            else:
                _remember_unknown(session, key, failed)
        if failed.locked_until is not None:
            raise TryLater(failed.locked_until - now, locked=True)
        raise WrongCredentials()

    def change_password(self, principal: Principal, current: str, new: str) -> None:
        """The signed-in user's own password; the current one must be given (and counts as an attempt)."""
        now = self._clock.now()
        with self._database.session() as session:
            account = self._own(session, principal)
            secret = validate_new_password(new, account.login, "new_password")
            state = _state(account)
            wait = self._policy.wait(state, now)
            if wait:
                raise TryLater(wait, locked=self._policy.is_locked(state, now))
            if self._hashing.check(account.password_hash, normalise_password(current)):
                account.password_hash = self._hashing.hash(secret)
                account.password_changed_at = now
                _store_state(account, self._policy.after_success(state))
                _event(session, account, principal.user_name, "password_changed", now)
                return
            _store_state(account, self._policy.after_failure(state, now))
            _event(session, account, principal.user_name, "sign_in_failed", now)
        raise WrongCredentials()

    # managing accounts (secretary; chief justices' accounts: a chief justice) ---------------------------
    def accounts(self, principal: Principal) -> list[AccountView]:
        """Every account, for whoever manages some (the secretary, a chief justice)."""
        _require_manages(principal)
        with self._database.reading() as session:
            rows = session.scalars(select(Account).order_by(Account.display_name, Account.id))
            return [_view(row) for row in rows]

    def require_may_add(self, principal: Principal, role: Role) -> None:
        """Refuse (and record) unless ``principal`` may add an account with ``role``: a chief justice's only
        by a chief justice, or by the secretary while the province has no chief justice account at all."""
        with self._database.reading() as session:
            first = role is Role.CHIEF_JUSTICE and not _has_chief_justice(session)
        require_account_change(principal, None, role, first_chief_justice=first)

    def require_may_change(self, principal: Principal, account: AccountView, role: Role | None = None) -> None:
        """Refuse (and record) unless ``principal`` may change ``account`` (giving it ``role``), enable,
        disable it or reset its password."""
        require_account_change(principal, account.role, role or account.role)

    def create_account(self, principal: Principal, form: AccountForm, password: str) -> int:
        self.require_may_add(principal, form.role)
        login, name, secret = self._check_new(form, password)
        with self._database.session(user_name=principal.user_name) as session:
            first = form.role is Role.CHIEF_JUSTICE and not _has_chief_justice(session)
            _check_again(principal, None, form.role, first)
            self._check_form(session, form, None)
            account = self._insert(session, login, name, form.role, form.district_id, secret,
                                   actor=principal.user_name, active=form.active)
            return account.id

    def update_account(self, principal: Principal, account_id: int, form: AccountForm) -> None:
        """Name, role, district and whether the account may sign in. The last active secretary and the last
        active chief justice stay; a chief justice's account, or giving that role, needs a chief justice."""
        with self._database.reading() as session:
            before = Role(self._get(session, account_id).role)
        require_account_change(principal, before, form.role)
        now = self._clock.now()
        with self._database.session(user_name=principal.user_name) as session:
            account = self._get(session, account_id)
            _check_again(principal, Role(account.role), form.role)
            login, name = self._check_form(session, form, account_id)
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
            before = _describe(account)
            account.login, account.display_name, account.role = login, name, form.role.value
            account.district_id = form.district_id if form.role is Role.DISTRICT_HEAD else None
            account.active = form.active
            session.flush()
            _event(session, account, principal.user_name, "changed", now, f"{before} → {_describe(account)}")

    def reset_password(self, principal: Principal, account_id: int, new: str) -> None:
        """Set another user's password (they forgot it); also lifts a lock. A chief justice's: only by a chief
        justice."""
        with self._database.reading() as session:
            role = Role(self._get(session, account_id).role)
        require_account_change(principal, role, role)
        now = self._clock.now()
        with self._database.session() as session:
            account = self._get(session, account_id)
            _check_again(principal, Role(account.role), Role(account.role))
            secret = validate_new_password(new, account.login, "password")
            account.password_hash = self._hashing.hash(secret)
            account.password_changed_at = now
            _store_state(account, FailureState())
            _event(session, account, principal.user_name, "password_reset", now)

    def account_by_login(self, principal: Principal, login: str) -> AccountView:
        """One account by its user name (the command line names accounts so); for whoever manages accounts."""
        _require_manages(principal)
        with self._database.reading() as session:
            row = session.scalar(select(Account).where(Account.login == normalise_login(login)))
            if row is None:
                raise no_such_login(login)
            return _view(row)

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

    # helpers -----------------------------------------------------------------------------------------
    def _check_new(self, form: AccountForm, password: str) -> tuple[str, str, str]:
        errors = ErrorCollector()
        login = errors.check(validate_login, form.login)
        name = errors.check(validate_title, form.display_name, "display_name", 200)
        secret = errors.check(validate_new_password, password, login or "")
        errors.raise_if_any()
        assert login is not None and name is not None and secret is not None
        return login, name, secret

    @staticmethod
    def _check_form(session: Session, form: AccountForm, own_id: int | None) -> tuple[str, str]:
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

    def _insert(self, session: Session, login: str, name: str, role: Role, district_id: int | None,
                secret: str, *, actor: str, active: bool = True) -> Account:
        now = self._clock.now()
        account = Account(login=login, display_name=name, role=role.value,
                          district_id=district_id if role is Role.DISTRICT_HEAD else None,
                          password_hash=self._hashing.hash(secret), active=active, failed_attempts=0,
                          created_at=now, password_changed_at=now)
        session.add(account)
        session.flush()
        _event(session, account, actor, "created", now, _describe(account))
        return account

    @staticmethod
    def _get(session: Session, account_id: int) -> Account:
        account = session.get(Account, account_id)
        if account is None:
            raise account_not_found(account_id)
        return account

    def _own(self, session: Session, principal: Principal) -> Account:
        if principal.account_id is None:
            raise account_not_found(0)
        return self._get(session, principal.account_id)

    # recovery of a locked-out or forgotten secretary ------------------------------------------------------
    def issue_recovery_code(self, principal: Principal) -> str:
        """A new one-time recovery code (any earlier one stops working). Shown once, to be written down and kept
        away from the computer; only its Argon2id hash is stored."""
        principal.require(Action.MANAGE_USERS)
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # base32 without look-alikes (0/O, 1/I)
        code = "".join(secrets.choice(alphabet) for _ in range(RECOVERY_CHARACTERS))
        now = self._clock.now()
        with self._database.session() as session:
            set_setting(session, RECOVERY_SETTING, self._hashing.hash(code))
            account = self._own(session, principal)
            _event(session, account, principal.user_name, "changed", now, "recovery code issued")
        return "-".join(code[i:i + 5] for i in range(0, len(code), 5))

    def recover_secretary(self, login: str, code: str, new_password: str) -> Principal:
        """Set a secretary's password with the recovery code, lift the lock on the account, and use the code up.
        Refused as a sign-in is (the same message, the same lockout, counted in the database) for a wrong code,
        an unknown name or a name that is not a secretary's."""
        now = self._clock.now()
        key = normalise_login(login)
        with self._database.session() as session:
            state = _unknown_state(session, _RECOVERY_KEY)
            wait = self._policy.wait(state, now)
            if wait:
                raise TryLater(wait, locked=self._policy.is_locked(state, now))
            stored = get_setting(session, RECOVERY_SETTING, None)
            clean = "".join(ch for ch in normalise_password(code).upper() if ch.isalnum())
            matched = self._hashing.check(stored if isinstance(stored, str) else None, clean)
            account = session.scalar(select(Account).where(Account.login == key))
            if matched and account is not None and account.role == Role.SECRETARY.value:
                secret = validate_new_password(new_password, account.login, "password")
                account.password_hash = self._hashing.hash(secret)
                account.password_changed_at = now
                account.active = True
                _store_state(account, FailureState())
                _remember_unknown(session, _RECOVERY_KEY, FailureState())
                set_setting(session, RECOVERY_SETTING, None)  # used once
                _event(session, account, "recovery code", "password_reset", now, "recovered with the code")
                return _principal(account)
            failed = self._policy.after_failure(state, now)
            _remember_unknown(session, _RECOVERY_KEY, failed)
        if failed.locked_until is not None:
            raise TryLater(failed.locked_until - now, locked=True)
        raise WrongCredentials()


def _require_manages(principal: Principal) -> None:
    """Reading the accounts: the secretary, or a chief justice (who manages the chief justices')."""
    if not manages_accounts(principal):
        principal.require(Action.MANAGE_USERS)


def _has_chief_justice(session: Session) -> bool:
    """Whether the province has a chief justice account, active or disabled."""
    return bool(session.scalar(select(func.count()).select_from(Account).where(
        Account.role == Role.CHIEF_JUSTICE.value)))


def _check_again(principal: Principal, before: Role | None, after: Role, first: bool = False) -> None:
    """Inside the write transaction: the account (or the province's first chief justice) may have changed since
    the refusal was checked. Not recorded: the event would need a second write transaction in this thread."""
    if not may_change_account(principal, before, after, first_chief_justice=first):
        refused = next(a for a in account_change_actions(before, after) if not principal.can(a))
        raise PermissionDenied(principal.role, refused)


def _failure_key(login: str) -> str:
    """How an unknown name is remembered: a hash, so that a password typed into the name field is not kept."""
    return hashlib.sha256(login.encode("utf-8")).hexdigest()


def _unknown_state(session: Session, login: str) -> FailureState:
    row = session.get(LoginFailure, _failure_key(login))
    return FailureState(row.failures, row.last_failed_at, row.locked_until) if row is not None else FailureState()


def _remember_unknown(session: Session, login: str, state: FailureState) -> None:
    key = _failure_key(login)
    row = session.get(LoginFailure, key)
    if row is None:
        row = LoginFailure(key=key)
        session.add(row)
    row.failures, row.last_failed_at, row.locked_until = state.failures, state.last_failure_at, state.locked_until
    session.flush()
    count = session.scalar(select(func.count()).select_from(LoginFailure)) or 0
    if count > UNKNOWN_NAMES_REMEMBERED:  # forget the oldest: the table never grows without bound
        oldest = session.scalars(select(LoginFailure).order_by(LoginFailure.last_failed_at).limit(
            count - UNKNOWN_NAMES_REMEMBERED))
        for stale in oldest:
            session.delete(stale)


def _principal(account: Account) -> Principal:
    return Principal(user_name=account.display_name, role=Role(account.role), district_id=account.district_id,
                     account_id=account.id, login=account.login)


def _state(account: Account) -> FailureState:
    return FailureState(account.failed_attempts, account.last_failed_at, account.locked_until)


def _store_state(account: Account, state: FailureState) -> None:
    account.failed_attempts = state.failures
    account.last_failed_at = state.last_failure_at
    account.locked_until = state.locked_until


def _describe(account: Account) -> str:
    """Role, district and state in a line for the event log (never the hash)."""
    district = f" district={account.district_id}" if account.district_id is not None else ""
    state = "" if account.active else " disabled"
    return f"{account.login} {account.display_name} {account.role}{district}{state}"


def _event(session: Session, account: Account, actor: str, kind: str, now: datetime, detail: str = "") -> None:
    session.add(AccountEvent(happened_at=now, account_id=account.id, login=account.login, actor=actor,
                             kind=kind, detail=detail))


def _view(row: Account) -> AccountView:
    return AccountView(
        id=row.id, login=row.login, display_name=row.display_name, role=Role(row.role),
        district_id=row.district_id, district_name=row.district.name if row.district else "",
        active=row.active, locked_until=row.locked_until, last_sign_in_at=row.last_sign_in_at,
        password_changed_at=row.password_changed_at,
    )
