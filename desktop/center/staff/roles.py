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


_ROLE_LABELS = {
    StaffRole.admin: QT_TRANSLATE_NOOP("Center", "administrator"),
    StaffRole.analyst: QT_TRANSLATE_NOOP("Center", "analyst"),
    StaffRole.viewer: QT_TRANSLATE_NOOP("Center", "viewer"),
    StaffRole.liaison: QT_TRANSLATE_NOOP("Center", "provincial liaison"),
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
