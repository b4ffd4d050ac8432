"""What the approval service hands out: frozen values, never ORM rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.approvals.snapshot import FigureDifference
from desktop.domain.approval import ApprovalState, state_label
from desktop.domain.jalali import JalaliPeriod


@dataclass(frozen=True)
class FrozenFigures:
    """A period's figures for a report or a bundle: the snapshot of its approval while it is approved
    (``frozen``), otherwise None: the caller computes them as of today."""

    period: JalaliPeriod
    figures: Mapping[str, Any]
    sha256: str
    approved_by: str
    approved_at: datetime


@dataclass(frozen=True)
class PeriodFigures:
    """A period's figures for whoever shows or sends them: ``frozen`` when they are the approved snapshot (then
    ``sha256``, ``approved_by`` and ``approved_at`` say which), otherwise computed as of today."""

    period: JalaliPeriod
    figures: Mapping[str, Any]
    frozen: bool
    sha256: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None


@dataclass(frozen=True)
class ChangeCause:
    """Something that happened after the approval and can move a figure: a change-log entry, or an audit event
    such as a restore (``table`` empty then, ``operation`` the event's kind)."""

    changed_at: datetime
    user_name: str
    user_login: str
    table: str
    row_id: int | None
    operation: str
    detail: str = ""


@dataclass(frozen=True)
class ChangedSinceApproval:
    period: JalaliPeriod
    sha256: str
    approved_by: str
    approved_at: datetime
    state: ApprovalState
    differences: tuple[FigureDifference, ...]
    causes: Mapping[str, tuple[ChangeCause, ...]]  # by section: "indicators", "plan", "resolutions"


@dataclass(frozen=True)
class PeriodStatus:
    """One period as the approval page lists it."""

    period: JalaliPeriod
    state: ApprovalState
    submitted_by: str = ""
    submitted_at: datetime | None = None
    decided_by: str = ""
    decided_at: datetime | None = None
    reason: str = ""
    approved_at: datetime | None = None
    changes_since_approval: int = 0

    @property
    def label(self) -> str:
        """What the period's state is called (source text, context "Labels"): a withdrawn submission apart from
        one the chief justice sent back."""
        return state_label(self.state, self.reason)
