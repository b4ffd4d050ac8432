"""Staff accounts, sign-in with lockout, and server-side sessions (issue 16; docs/access.md).

* Passwords: Argon2id PHC strings (desktop/accounts/passwords.py, the province's own hashing); an unknown user
  name costs the same hash as a wrong password.
* Lockout: ``SessionPolicy.max_failures`` wrong passwords in a row lock the account for ``lockout``; a locked
  account is refused *without* checking the password, and the person is told it is locked. An unknown user name
  is locked the same way, for as long (its attempts replayed from the audit), so neither the answer nor the time
  it takes tells whether an account exists. Each attempt is counted before its password is checked, so however
  many run at once no more than ``max_failures`` are checked between two locks (desktop/center/staff/lockout.py).
* Sessions: the cookie holds 32 random bytes; only their SHA-256 is stored. A session ends on sign-out, on the
  account's password change or disable, after ``idle`` without a request and after ``lifetime`` in any case.
  Each carries its own CSRF token (compared in desktop/center/web/deps.py).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.accounts.passwords import PasswordHashing
from desktop.center.models import CenterAudit, CenterProvince, CenterStaffAccount, CenterStaffSession
from desktop.center.staff import audit, lockout
from desktop.center.staff.audit import Outcome
from desktop.center.staff.context import StaffContext
from desktop.center.staff.roles import Action, StaffRole
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024  # typed into a form from outside: capped before it is hashed
_USER_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
LANGUAGES = ("fa", "en")


@dataclass(frozen=True)
class SessionPolicy:
    max_failures: int = 5
    lockout: timedelta = timedelta(minutes=15)
    idle: timedelta = timedelta(minutes=30)
    lifetime: timedelta = timedelta(hours=12)
    touch_every: timedelta = timedelta(seconds=60)  # last_seen is written at most this often (fewer writes)


class AccountError(DomainError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__("Center", message, params)


@dataclass(frozen=True)
class AccountView:
    id: int
    user_name: str
    display_name: str
    role: StaffRole
    provinces: tuple[str, ...]
    disabled: bool
    locked_until: datetime | None
    failed_attempts: int
    language: str
    created_at: datetime


@dataclass(frozen=True)
class SignIn:
    """What a sign-in attempt came to. ``outcome`` is the audit's code; the browser is told only "signed in",
    "locked" (with the minutes left) or "wrong user name or password" (``wrong``)."""
    outcome: str
    cookie: str | None = None  # the new session's cookie value (shown to the browser once, never stored)
    staff: StaffContext | None = None
    locked_minutes: int = 0

    @property
    def ok(self) -> bool:
        return self.cookie is not None

    @property
    def locked(self) -> bool:
        return self.locked_minutes > 0


def session_hash(cookie: str) -> str:
    return hashlib.sha256(cookie.encode("utf-8")).hexdigest()


def normalise_user_name(text: str) -> str:
    return text.strip().lower()


class StaffAccounts:
    def __init__(self, engine: Engine, clock: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 hashing: PasswordHashing | None = None, policy: SessionPolicy | None = None) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.clock = clock
        self.hashing = hashing or PasswordHashing()
        self.policy = policy or SessionPolicy()

    def read(self) -> Session:
        return self._sessions()

    def write(self):  # noqa: ANN201 - a context manager: one transaction
        return self._sessions.begin()

    # -- managing accounts (the command line) -----------------------------------------------------------
    def add(self, user_name: str, display_name: str, role: StaffRole | str, password: str, *,
            provinces: Iterable[str] = (), language: str = "fa") -> AccountView:
        user_name = normalise_user_name(user_name)
        if not _USER_NAME.fullmatch(user_name):
            raise AccountError(QT_TRANSLATE_NOOP(
                "Center", "A user name is 2 to 64 of the letters a-z, digits, '.', '_' or '-' ({user} is not)."),
                user=user_name)
        role = _role(role)
        self._check_password(password)
        if language not in LANGUAGES:
            raise AccountError(QT_TRANSLATE_NOOP("Center", "The language must be fa or en."))
        password_hash = self.hashing.hash(password)  # slow: outside the write transaction
        with self.write() as session:
            if session.scalar(select(CenterStaffAccount.id).where(CenterStaffAccount.user_name == user_name)):
                raise AccountError(QT_TRANSLATE_NOOP("Center", "An account {user} already exists."), user=user_name)
            now = self.clock()
            row = CenterStaffAccount(
                user_name=user_name, display_name=display_name.strip()[:200] or user_name, role=role.value,
                provinces=_provinces_json(session, role, provinces), password_hash=password_hash,
                failed_attempts=0, locked_until=None, disabled=False, language=language, created_at=now,
                password_changed_at=now)
            session.add(row)
            session.flush()
            audit.record(session, None, Action.manage_accounts, f"add {user_name} ({role.value})", Outcome.ALLOWED,
                         at=now)
            return _view(row)

    def accounts(self) -> list[AccountView]:
        with self.read() as session:
            return [_view(row) for row in session.scalars(select(CenterStaffAccount)
                                                          .order_by(CenterStaffAccount.user_name))]

    def set_disabled(self, user_name: str, disabled: bool) -> AccountView:
        with self.write() as session:
            row = self._account(session, user_name)
            row.disabled = disabled
            if disabled:
                self._end_sessions(session, row.id)
            audit.record(session, None, Action.manage_accounts,
                         f"{'disable' if disabled else 'enable'} {row.user_name}", Outcome.ALLOWED, at=self.clock())
            return _view(row)

    def set_role(self, user_name: str, role: StaffRole | str, provinces: Iterable[str] = ()) -> AccountView:
        role = _role(role)
        with self.write() as session:
            row = self._account(session, user_name)
            row.role, row.provinces = role.value, _provinces_json(session, role, provinces)
            audit.record(session, None, Action.manage_accounts, f"set-role {row.user_name} {role.value}",
                         Outcome.ALLOWED, at=self.clock())
            return _view(row)

    def set_password(self, user_name: str, password: str) -> AccountView:
        self._check_password(password)
        password_hash = self.hashing.hash(password)
        with self.write() as session:
            row = self._account(session, user_name)
            row.password_hash, row.password_changed_at = password_hash, self.clock()
            row.failed_attempts, row.locked_until = 0, None
            self._end_sessions(session, row.id)  # whoever knew the old password is signed out
            audit.record(session, None, Action.manage_accounts, f"set-password {row.user_name}", Outcome.ALLOWED,
                         at=self.clock())
            return _view(row)

    def unlock(self, user_name: str) -> AccountView:
        with self.write() as session:
            row = self._account(session, user_name)
            row.failed_attempts, row.locked_until = 0, None
            audit.record(session, None, Action.manage_accounts, f"unlock {row.user_name}", Outcome.ALLOWED,
                         at=self.clock())
            return _view(row)

    # -- signing in and out ------------------------------------------------------------------------------
    def sign_in(self, user_name: str, password: str, *, address: str = "") -> SignIn:
        """One attempt, counted before its password is looked at (desktop/center/staff/lockout.py): the
        lockout holds however many run at once."""
        typed = normalise_user_name(user_name)[:64]
        now = self.clock()
        with self.read() as session:
            found = session.execute(select(CenterStaffAccount.id, CenterStaffAccount.password_hash)
                                    .where(CenterStaffAccount.user_name == typed)).first()
        if found is None:
            return self._unknown_sign_in(typed, password, address, now)
        account_id, stored = found
        with self.write() as session:
            if not lockout.reserve(session, account_id, now, self._limits):  # refused without a check
                return self._refused(session, account_id, stored, typed, address, now)
        matched = len(password) <= MAX_PASSWORD_LENGTH and self.hashing.check(stored, password)
        rehashed = self.hashing.hash(password) if matched and self.hashing.needs_rehash(stored) else None
        with self.write() as session:
            if not matched:
                return self._failed(session, account_id, stored, typed, address, now)
            if not lockout.clear(session, account_id, stored, rehashed, now):
                return self._refused(session, account_id, stored, typed, address, now)
            row = session.get(CenterStaffAccount, account_id)
            cookie = secrets.token_urlsafe(32)
            record = CenterStaffSession(id_hash=session_hash(cookie), account_id=row.id,
                                        csrf_token=secrets.token_urlsafe(32), language=row.language,
                                        created_at=now, last_seen_at=now, revoked_at=None)
            session.add(record)
            audit.record(session, None, audit.SIGN_IN, "", Outcome.SIGNED_IN, user_name=typed, address=address,
                         at=now)
            return SignIn(Outcome.SIGNED_IN, cookie=cookie, staff=_context(row, record))

    @property
    def _limits(self) -> lockout.Limits:
        return lockout.Limits(self.policy.max_failures, self.policy.lockout)

    def _failed(self, session: Session, account_id: int, stored: str, typed: str, address: str,
                now: datetime) -> SignIn:
        row = session.get(CenterStaffAccount, account_id, populate_existing=True)
        if row is None or row.password_hash != stored or row.disabled:
            return self._refused(session, account_id, stored, typed, address, now)
        locked = lockout.lock_if_spent(session, account_id, now, self._limits)
        audit.record(session, None, audit.SIGN_IN, "", Outcome.WRONG_PASSWORD, user_name=typed, address=address,
                     at=now)
        return SignIn(Outcome.WRONG_PASSWORD, locked_minutes=_minutes(self.policy.lockout) if locked else 0)

    def _refused(self, session: Session, account_id: int, stored: str, typed: str, address: str,
                 now: datetime) -> SignIn:
        """Why an attempt did not get (or keep) its chance: the account went or changed, is disabled, or locked."""
        row = session.get(CenterStaffAccount, account_id, populate_existing=True)
        if row is None or row.password_hash != stored:  # removed or changed meanwhile: try again
            return SignIn(Outcome.WRONG_PASSWORD)
        outcome = Outcome.DISABLED if row.disabled else Outcome.LOCKED
        audit.record(session, None, audit.SIGN_IN, "", outcome, user_name=typed, address=address, at=now)
        if row.disabled:
            return SignIn(Outcome.DISABLED)
        return SignIn(Outcome.LOCKED, locked_minutes=_minutes((row.locked_until or now) - now))

    def _unknown_sign_in(self, typed: str, password: str, address: str, now: datetime) -> SignIn:
        """Answered exactly as an account would be: wrong, then locked, for as long. Audited BEFORE it is judged,
        and judged with every attempt audited by then (those in flight too): a burst gets no more checks."""
        with self.write() as session:
            own = audit.record(session, None, audit.SIGN_IN, "", Outcome.UNKNOWN_USER, user_name=typed,
                               address=address, at=now)
            session.flush()
            own_id = own.id
        with self.read() as session:
            count, locked_until = lockout.unknown_name_state(session, typed, now, self._limits, besides=own_id)
        if locked_until is not None:
            return SignIn(Outcome.UNKNOWN_USER, locked_minutes=_minutes(locked_until - now))
        self.hashing.check(None, password[:MAX_PASSWORD_LENGTH])  # the same work as a wrong password
        with self.write() as session:  # and a commit after it, as an account's attempt writes its outcome
            session.execute(update(CenterAudit).where(CenterAudit.id == own_id).values(at=now))
        if count + 1 >= self.policy.max_failures:
            return SignIn(Outcome.UNKNOWN_USER, locked_minutes=_minutes(self.policy.lockout))
        return SignIn(Outcome.UNKNOWN_USER)

    def context_for(self, cookie: str | None) -> StaffContext | None:
        """The signed-in person of a session cookie, or None (no such session, ended, expired, or the account
        disabled). Keeps the session alive (its last_seen, written at most every ``touch_every``)."""
        if not cookie or len(cookie) > 128:
            return None
        now = self.clock()
        with self.read() as session:
            found = session.execute(select(CenterStaffSession, CenterStaffAccount).join(
                CenterStaffAccount, CenterStaffAccount.id == CenterStaffSession.account_id).where(
                CenterStaffSession.id_hash == session_hash(cookie))).first()
        if found is None:
            return None
        record, account = found
        if (record.revoked_at is not None or account.disabled or now - record.last_seen_at > self.policy.idle
                or now - record.created_at > self.policy.lifetime):
            return None
        if now - record.last_seen_at >= self.policy.touch_every:
            with self.write() as session:
                session.execute(update(CenterStaffSession).where(
                    CenterStaffSession.id_hash == record.id_hash).values(last_seen_at=now))
        return _context(account, record)

    def sign_out(self, staff: StaffContext, *, address: str = "") -> None:
        with self.write() as session:
            session.execute(update(CenterStaffSession).where(
                CenterStaffSession.id_hash == staff.session_id, CenterStaffSession.revoked_at.is_(None))
                .values(revoked_at=self.clock()))
            audit.record(session, staff, audit.SIGN_OUT, "", Outcome.SIGNED_OUT, address=address, at=self.clock())

    def set_session_language(self, staff: StaffContext, language: str) -> None:
        if language not in LANGUAGES:
            return
        with self.write() as session:
            session.execute(update(CenterStaffSession).where(CenterStaffSession.id_hash == staff.session_id)
                            .values(language=language))

    # -- helpers ----------------------------------------------------------------------------------------
    def _account(self, session: Session, user_name: str) -> CenterStaffAccount:
        name = normalise_user_name(user_name)
        row = session.scalar(select(CenterStaffAccount).where(CenterStaffAccount.user_name == name))
        if row is None:
            raise AccountError(QT_TRANSLATE_NOOP("Center", "There is no account {user}."), user=name)
        return row

    def _end_sessions(self, session: Session, account_id: int) -> None:
        session.execute(update(CenterStaffSession).where(
            CenterStaffSession.account_id == account_id, CenterStaffSession.revoked_at.is_(None))
            .values(revoked_at=self.clock()))

    @staticmethod
    def _check_password(password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(QT_TRANSLATE_NOOP("Center", "A password needs at least {count} characters."),
                               count=MIN_PASSWORD_LENGTH)
        if len(password) > MAX_PASSWORD_LENGTH:
            raise AccountError(QT_TRANSLATE_NOOP("Center", "A password may have at most {count} characters."),
                               count=MAX_PASSWORD_LENGTH)


def _role(value: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(value)
    except ValueError:
        raise AccountError(QT_TRANSLATE_NOOP("Center", "Unknown role {role} (admin, analyst, viewer or liaison)."),
                           role=str(value)) from None


def _provinces_json(session: Session, role: StaffRole, provinces: Iterable[str]) -> str:
    codes = sorted({code.strip().upper() for code in provinces if code.strip()})
    if role is not StaffRole.liaison:
        if codes:
            raise AccountError(QT_TRANSLATE_NOOP("Center", "Only a liaison's account lists provinces "
                                                           "(the other roles see every province)."))
        return "[]"
    if not codes:
        raise AccountError(QT_TRANSLATE_NOOP("Center", "A liaison needs at least one province (--provinces THR,QOM)."))
    known = set(session.scalars(select(CenterProvince.code).where(CenterProvince.code.in_(codes))))
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise AccountError(QT_TRANSLATE_NOOP("Center", "Province {codes} is not registered at the center."),
                           codes=", ".join(unknown))
    return json.dumps(codes)


def _minutes(span: timedelta) -> int:
    return max(1, -(-int(span.total_seconds()) // 60))


def _view(row: CenterStaffAccount) -> AccountView:
    return AccountView(row.id, row.user_name, row.display_name, StaffRole(row.role), tuple(json.loads(row.provinces)),
                       row.disabled, row.locked_until, row.failed_attempts, row.language, row.created_at)


def _context(account: CenterStaffAccount, record: CenterStaffSession) -> StaffContext:
    role = StaffRole(account.role)
    return StaffContext(account_id=account.id, user_name=account.user_name, display_name=account.display_name,
                        role=role, provinces=frozenset(json.loads(account.provinces)) if role is StaffRole.liaison
                        else None, session_id=record.id_hash, csrf_token=record.csrf_token,
                        language=record.language)
