"""Who may do what at the center: THE role × action matrix (docs/access.md shows the same table).

A liaison has a viewer's rights, limited to the provinces listed on his account (``visible_provinces``)."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP


class StaffRole(StrEnum):
    admin = "admin"
    analyst = "analyst"
    viewer = "viewer"
    liaison = "liaison"

    @property
    def label(self) -> str:
        """The role's name, marked for translation (context ``Center``)."""
        return _ROLE_LABELS[self]


class Action(StrEnum):
    view_provinces = "view_provinces"
    view_progress = "view_progress"
    view_indicators = "view_indicators"
    view_directives = "view_directives"
    issue_directive = "issue_directive"
    view_keys = "view_keys"
    manage_keys = "manage_keys"
    download_report = "download_report"
    manage_accounts = "manage_accounts"
    view_audit = "view_audit"

    @property
    def label(self) -> str:
        """What the action is, marked for translation (context ``Center``): the audit page shows it."""
        return _ACTION_LABELS[self]


_ROLE_LABELS = {
    StaffRole.admin: QT_TRANSLATE_NOOP("Center", "administrator"),
    StaffRole.analyst: QT_TRANSLATE_NOOP("Center", "analyst"),
    StaffRole.viewer: QT_TRANSLATE_NOOP("Center", "viewer"),
    StaffRole.liaison: QT_TRANSLATE_NOOP("Center", "provincial liaison"),
}

_ACTION_LABELS = {
    Action.view_provinces: QT_TRANSLATE_NOOP("Center", "view the provinces"),
    Action.view_progress: QT_TRANSLATE_NOOP("Center", "view the progress"),
    Action.view_indicators: QT_TRANSLATE_NOOP("Center", "view the indicators"),
    Action.view_directives: QT_TRANSLATE_NOOP("Center", "view the directives"),
    Action.issue_directive: QT_TRANSLATE_NOOP("Center", "issue a directive"),
    Action.view_keys: QT_TRANSLATE_NOOP("Center", "view the province keys"),
    Action.manage_keys: QT_TRANSLATE_NOOP("Center", "manage the province keys"),
    Action.download_report: QT_TRANSLATE_NOOP("Center", "download the national report"),
    Action.manage_accounts: QT_TRANSLATE_NOOP("Center", "manage the accounts"),
    Action.view_audit: QT_TRANSLATE_NOOP("Center", "view the audit"),
}

_VIEWING = frozenset({Action.view_provinces, Action.view_progress, Action.view_indicators, Action.view_directives,
                      Action.view_keys, Action.download_report})

#: The one table: every role's actions. An action missing here is refused to that role.
MATRIX: dict[StaffRole, frozenset[Action]] = {
    StaffRole.viewer: _VIEWING,
    StaffRole.liaison: _VIEWING,
    StaffRole.analyst: _VIEWING | {Action.issue_directive},
    StaffRole.admin: frozenset(Action),
}


def allowed(role: StaffRole, action: Action) -> bool:
    return action in MATRIX.get(StaffRole(role), frozenset())
