"""Who may do what: roles, actions, the permission table and the district scope rule (docs/access.md).

Pure rules: no database, no Qt. Services ask a :class:`Principal` to :meth:`~Principal.require` an action
(optionally on one district) before they read or write; the sign-in rules (lockout, inactivity, passwords)
live in :mod:`desktop.domain.signin`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

ACCESS_CONTEXT = "Access"


class Role(StrEnum):
    SECRETARY = "secretary"  # دبیر شورا: edits everything of the province, prepares and sends
    CHIEF_JUSTICE = "chief_justice"  # رئیس کل: reads everything, approves and reopens
    DISTRICT_HEAD = "district_head"  # رئیس حوزه: reads and comments on his own district only
    VIEWER = "viewer"  # reads

    @property
    def label(self) -> str:
        """English source text, marked for translation in the "Labels" context."""
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.SECRETARY: QT_TRANSLATE_NOOP("Labels", "Council secretary"),
    Role.CHIEF_JUSTICE: QT_TRANSLATE_NOOP("Labels", "Chief justice"),
    Role.DISTRICT_HEAD: QT_TRANSLATE_NOOP("Labels", "District head"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Labels", "Viewer"),
}


class Action(StrEnum):
    VIEW = "view"
    COMMENT = "comment"
    EDIT = "edit"
    SUBMIT = "submit"  # ask the chief justice to approve a period
    APPROVE = "approve"
    REOPEN = "reopen"
    EXPORT = "export"
    SEND = "send"  # to the follow-up center
    MANAGE_USERS = "manage_users"
    #: add, change, enable, disable or reset the password of a chief justice's account, or give that role
    MANAGE_CHIEF_JUSTICES = "manage_chief_justices"
    BACKUP = "backup"
    RESTORE = "restore"

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.VIEW: QT_TRANSLATE_NOOP("Labels", "View"),
    Action.COMMENT: QT_TRANSLATE_NOOP("Labels", "Comment"),
    Action.EDIT: QT_TRANSLATE_NOOP("Labels", "Edit"),
    Action.SUBMIT: QT_TRANSLATE_NOOP("Labels", "Submit for approval"),
    Action.APPROVE: QT_TRANSLATE_NOOP("Labels", "Approve"),
    Action.REOPEN: QT_TRANSLATE_NOOP("Labels", "Reopen"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Labels", "Export"),
    Action.SEND: QT_TRANSLATE_NOOP("Labels", "Send to the center"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Labels", "Manage users"),
    Action.MANAGE_CHIEF_JUSTICES: QT_TRANSLATE_NOOP("Labels", "Manage the chief justices' accounts"),
    Action.BACKUP: QT_TRANSLATE_NOOP("Labels", "Back up"),
    Action.RESTORE: QT_TRANSLATE_NOOP("Labels", "Restore"),
}

_A = Action
#: The role × action table. A district head's actions are further limited to his own district (see
#: :func:`is_allowed`).
PERMISSIONS: Mapping[Role, frozenset[Action]] = {
    Role.SECRETARY: frozenset({_A.VIEW, _A.COMMENT, _A.EDIT, _A.SUBMIT, _A.EXPORT, _A.SEND, _A.MANAGE_USERS,
                               _A.BACKUP, _A.RESTORE}),
    Role.CHIEF_JUSTICE: frozenset({_A.VIEW, _A.COMMENT, _A.APPROVE, _A.REOPEN, _A.EXPORT, _A.BACKUP,
                                   _A.MANAGE_CHIEF_JUSTICES}),
    Role.DISTRICT_HEAD: frozenset({_A.VIEW, _A.COMMENT, _A.EXPORT}),
    Role.VIEWER: frozenset({_A.VIEW}),
}


class Reach(StrEnum):
    """What a request touches, for the scope rule."""

    PROVINCE_BUSINESS = "province_business"  # plans, meetings, approvals: belongs to no district
    ALL_DISTRICTS = "all_districts"  # data of every district at once (a province total, all branches)


def is_allowed(role: Role, own_district: int | None, action: Action,
               district: int | Reach = Reach.PROVINCE_BUSINESS) -> bool:
    """Whether ``role`` may do ``action`` on ``district`` (an id, or a :class:`Reach`).

    The scope rule: a district head acts only on his own district's data; he may read and comment on the
    council's province business (plans, meetings) but never on another district, nor on all districts at
    once (a province total, every branch). The other roles are province-wide.
    """
    if action not in PERMISSIONS[role]:
        return False
    if role is not Role.DISTRICT_HEAD:
        return True
    if isinstance(district, Reach):
        return district is Reach.PROVINCE_BUSINESS
    return own_district is not None and district == own_district


def account_change_actions(role_before: Role | None, role_after: Role) -> tuple[Action, ...]:
    """What adding (``role_before`` None), changing, enabling, disabling or resetting the password of an
    account needs, every one of them: :attr:`Action.MANAGE_CHIEF_JUSTICES` when the account is or becomes a
    chief justice's, :attr:`Action.MANAGE_USERS` for any other account — and for a change between a chief
    justice's and a secretary's role too, so that neither makes it alone.

    The chief justice's approval must never be undone or moved by the secretary alone (docs/access.md), so the
    secretary may not make, take over or give the power of a chief justice; nor does a chief justice give
    himself the secretary's. (The secretary's one exception, the province's first chief justice:
    :func:`may_change_account`.)
    """
    roles = {role_before, role_after}
    needed: list[Action] = []
    if Role.CHIEF_JUSTICE in roles:
        needed.append(Action.MANAGE_CHIEF_JUSTICES)
    if Role.CHIEF_JUSTICE not in roles or Role.SECRETARY in roles:
        needed.append(Action.MANAGE_USERS)
    return tuple(needed)


def _first_chief_justice(principal: Principal, role_before: Role | None, role_after: Role, first: bool) -> bool:
    """The secretary adding the province's first chief justice account (there is none, active or disabled):
    no approval exists yet to undo, and someone must be the first."""
    return (first and role_before is None and role_after is Role.CHIEF_JUSTICE
            and principal.can(Action.MANAGE_USERS))


def may_change_account(principal: Principal, role_before: Role | None, role_after: Role, *,
                       first_chief_justice: bool = False) -> bool:
    """Whether ``principal`` may add (``role_before`` None) or change an account so (see
    :func:`account_change_actions`); ``first_chief_justice``: the province has no chief justice account yet."""
    if _first_chief_justice(principal, role_before, role_after, first_chief_justice):
        return True
    return all(principal.can(action) for action in account_change_actions(role_before, role_after))


def require_account_change(principal: Principal, role_before: Role | None, role_after: Role, *,
                           first_chief_justice: bool = False) -> None:
    """:meth:`Principal.require` each action :func:`may_change_account` needs (the first refused is recorded
    and raised)."""
    if _first_chief_justice(principal, role_before, role_after, first_chief_justice):
        return
    for action in account_change_actions(role_before, role_after):
        principal.require(action)


def manages_accounts(principal: Principal) -> bool:
    """Whether ``principal`` may manage some accounts (the secretary all but a chief justice's, a chief
    justice the chief justices')."""
    return principal.can(Action.MANAGE_USERS) or principal.can(Action.MANAGE_CHIEF_JUSTICES)


class PermissionDenied(DomainError):
    """The acting user may not do this. The message names the action; ``role`` and ``action`` are kept for
    the window (parameters are not translated, so the message carries no English label)."""

    def __init__(self, role: Role, action: Action, *, other_district: bool = False) -> None:
        self.role = role
        self.action = action
        message = OTHER_DISTRICT if other_district else _REFUSALS[action]
        super().__init__(ACCESS_CONTEXT, message)


OTHER_DISTRICT = QT_TRANSLATE_NOOP(
    "Access", "This belongs to another judicial district, or to all of them; a district head sees only his own.")
_REFUSALS = {
    Action.VIEW: QT_TRANSLATE_NOOP("Access", "Your role does not allow viewing this."),
    Action.COMMENT: QT_TRANSLATE_NOOP("Access", "Your role does not allow commenting here."),
    Action.EDIT: QT_TRANSLATE_NOOP("Access", "Your role does not allow changing the data; only the secretary edits."),
    Action.SUBMIT: QT_TRANSLATE_NOOP("Access", "Only the secretary submits a period for approval."),
    Action.APPROVE: QT_TRANSLATE_NOOP("Access", "Only the chief justice approves a period."),
    Action.REOPEN: QT_TRANSLATE_NOOP("Access", "Only the chief justice reopens an approved period."),
    Action.EXPORT: QT_TRANSLATE_NOOP("Access", "Your role does not allow exporting this."),
    Action.SEND: QT_TRANSLATE_NOOP("Access", "Only the secretary sends to the follow-up center."),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Access", "Only the secretary manages user accounts."),
    Action.MANAGE_CHIEF_JUSTICES: QT_TRANSLATE_NOOP(
        "Access", "Only a chief justice may add a chief justice's account, give that role, or change, enable, "
                  "disable or reset the password of a chief justice's account."),
    Action.BACKUP: QT_TRANSLATE_NOOP("Access", "Your role does not allow taking a backup."),
    Action.RESTORE: QT_TRANSLATE_NOOP("Access", "Only the secretary restores a backup."),
}


@dataclass(frozen=True)
class Principal:
    """The user on whose behalf a service acts: who is written to the change log and what they may do.

    ``district_id`` is set for (and only for) a district head.
    """

    user_name: str
    role: Role
    district_id: int | None = None
    account_id: int | None = None
    #: The account's login, which never changes (``user_name`` is the display name, which may).
    login: str = ""
    #: The account's ``password_changed_at`` when this principal was read from it (at sign-in): a password
    #: changed or reset since ends the session (desktop/accounts/live.py). Not part of equality.
    password_changed_at: datetime | None = field(default=None, compare=False)
    #: Told of every refusal before it is raised, to record it (the services' audit; not part of equality).
    on_refusal: Callable[[Principal, Action, int | Reach], None] | None = field(
        default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if (self.role is Role.DISTRICT_HEAD) != (self.district_id is not None):
            raise ValueError("a district head, and only a district head, has a district")

    @classmethod
    def system(cls, user_name: str = "") -> Principal:
        """The principal of a database without accounts yet, and of scripts run by the secretary: full
        province-wide secretary rights under ``user_name``."""
        return cls(user_name=user_name, role=Role.SECRETARY)

    def can(self, action: Action, district: int | Reach = Reach.PROVINCE_BUSINESS) -> bool:
        return is_allowed(self.role, self.district_id, action, district)

    def refusal(self, action: Action, district: int | Reach = Reach.PROVINCE_BUSINESS) -> PermissionDenied | None:
        """The refusal :meth:`require` would raise (None: allowed), not recorded: what a page says beside a
        control it does not offer this role, in the words the services would refuse it with."""
        if self.can(action, district):
            return None
        other = action in PERMISSIONS[self.role] and self.role is Role.DISTRICT_HEAD
        return PermissionDenied(self.role, action, other_district=other)

    def require(self, action: Action, district: int | Reach = Reach.PROVINCE_BUSINESS) -> None:
        """Raise :class:`PermissionDenied` unless :meth:`can`."""
        refused = self.refusal(action, district)
        if refused is not None:
            if self.on_refusal is not None:
                self.on_refusal(self, action, district)
            raise refused

    @property
    def sees_all_districts(self) -> bool:
        return self.role is not Role.DISTRICT_HEAD

    @property
    def visible_district(self) -> int | None:
        """The one district this principal's queries are limited to, or None for the whole province."""
        return self.district_id


class ActsForPrincipal:
    """Mixin of a service acting for one :attr:`principal` (who may do what, and who is written beside a
    change); :attr:`user_name` is the principal's name. Without one, a service acts for
    :meth:`Principal.system`."""

    principal: Principal

    def _act_for(self, principal: Principal | None, user_name: str = "") -> None:
        self.principal = principal or Principal.system(user_name)

    @property
    def user_name(self) -> str:
        return self.principal.user_name

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.principal = replace(self.principal, user_name=value)
