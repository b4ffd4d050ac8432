"""Use cases of period approval (docs/access.md, "Approval").

The secretary submits a Jalali month or half-year once it is over (``Action.SUBMIT``), which locks its data
while it awaits approval, and may withdraw the submission (``Action.SUBMIT``); the chief justice approves it,
which keeps it locked, or sends it back with a reason (``Action.APPROVE``); only he reopens an approved period,
with a reason (``Action.REOPEN``). The ``period_approval`` row is change-logged, so each step is in the audit
trail and travels to the center. The lock itself is enforced by the services that write dated data, through
:func:`desktop.store.approvals.ensure_dates_unlocked` and its siblings.

:class:`ApprovalService` holds every public method: it checks the role (and, for a step, that the period may be
approved, is over and has its reason), and the work is done by the modules beside it, each function one
transaction: states.py (the periods' states, the stored records, the changes since an approval),
approved_figures.py (the figures frozen at an approval, the figures to show or send, what changed since),
restore_check.py (the approved and submitted periods a restore would move) and steps.py (submitting,
withdrawing, approving with the snapshot of the figures, sending back, reopening). rows.py reads the ledger's
rows, views.py holds what the service hands out, snapshot.py computes and compares the figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop.approvals import approved_figures, restore_check, states, steps
from desktop.approvals.views import (
    ChangeCause,
    ChangedSinceApproval,
    FrozenFigures,
    PeriodFigures,
    PeriodStatus,
)
from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal, Reach
from desktop.domain.approval import (
    APPROVABLE_KINDS,
    ApprovalRecord,
    ApprovalStep,
    approvable,
    ensure_over,
    validate_reason,
)
from desktop.domain.jalali import JalaliPeriod
from desktop.exports.listing import Listing, write_listing
from desktop.store.changelog import ChangeEntry
from desktop.store.database import Database


class ApprovalService(ActsForPrincipal):
    def __init__(self, database: Database, clock: Clock, *, principal: Principal | None = None) -> None:
        self._database = database
        self._clock = clock
        self._act_for(principal)

    # reading (states.py, approved_figures.py, restore_check.py) --------------------------------
    def periods(self, year: int) -> list[PeriodStatus]:
        """The year's two halves and twelve months (half first, then its months), each with its state."""
        self.principal.require(Action.VIEW)
        return states.periods(self._database, year)

    def status(self, period: JalaliPeriod) -> PeriodStatus:
        self.principal.require(Action.VIEW)
        return states.status(self._database, period)

    def records(self, periods: Iterable[JalaliPeriod]) -> list[ApprovalRecord]:
        """The stored approval of each period (OPEN when never submitted), in period order."""
        self.principal.require(Action.VIEW)
        return states.records(self._database, periods)

    def changes_since_approval(self, period: JalaliPeriod, limit: int = 5000) -> list[ChangeEntry]:
        """Changes logged after the period's last approval that touch its dates (newest first); approval steps
        themselves are not counted. Reads the whole change log, so a district head may not."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        return states.changes_since_approval(self._database, period, limit)

    def frozen_figures(self, period: JalaliPeriod) -> FrozenFigures | None:
        """The figures the chief justice approved, while ``period`` is approved; None otherwise (then the
        figures are today's). Reports and bundles of an approved period use these and say so."""
        self.principal.require(Action.VIEW)
        return approved_figures.frozen_figures(self._database, period)

    def figures(self, period: JalaliPeriod) -> PeriodFigures:
        """The figures to show or send for ``period``: the approved snapshot while it is approved (``frozen``),
        otherwise today's. Province-wide, so a district head may not."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        return approved_figures.period_figures(self._database, self._clock, period, self.frozen_figures(period))

    def figure_changes(self, period: JalaliPeriod) -> ChangedSinceApproval:
        """Today's figures of ``period`` against those frozen at its last approval, and what happened since that
        could have moved them (who changed what, when, through any path: edits, imports, registry moves,
        deletes, restores). Province-wide, so a district head may not."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        return approved_figures.figure_changes(self._database, self._clock, period)

    def export_listing(self, path: Path, listing: Listing) -> Path:
        """What changed since an approval, as the caller wrote it out (``approval changes --out``), to ``path``:
        an export of every district's figures (not a district head's, not a viewer's), with its audit event."""
        return write_listing(self._database, self.principal, path, listing, reach=Reach.ALL_DISTRICTS)

    def periods_moved_by(self, other: Database) -> list[JalaliPeriod]:
        """The approved periods of *this* database whose frozen figures ``other`` (a restored copy carrying this
        ledger) would not reproduce: a restore that changes approved figures is refused until those periods are
        reopened (docs/access.md, "Restore")."""
        return restore_check.periods_moved_by(self._database, self._clock, other)

    def submitted_periods_moved_by(self, other: Database) -> list[JalaliPeriod]:
        """The submitted periods of *this* database whose figures today ``other`` (a restored copy carrying this
        ledger) would not reproduce: they have no snapshot yet, so today's figures are compared; a restore that
        changes what awaits approval is refused until the submission is withdrawn or sent back."""
        return restore_check.submitted_periods_moved_by(self._database, self._clock, other)

    # steps (steps.py) --------------------------------------------------------------------------
    def submit(self, period: JalaliPeriod) -> PeriodStatus:
        return self._step(ApprovalStep.SUBMIT, period)

    def approve(self, period: JalaliPeriod) -> PeriodStatus:
        return self._step(ApprovalStep.APPROVE, period)

    def send_back(self, period: JalaliPeriod, reason: str) -> PeriodStatus:
        return self._step(ApprovalStep.SEND_BACK, period, reason)

    def reopen(self, period: JalaliPeriod, reason: str) -> PeriodStatus:
        return self._step(ApprovalStep.REOPEN, period, reason)

    def withdraw(self, period: JalaliPeriod) -> PeriodStatus:
        """The secretary takes back a submission the chief justice has not decided yet: the period's data can be
        changed again. It becomes "sent back" (decided by the secretary, no reason), or "reopened" when it had
        been approved before - the state it was submitted from."""
        return self._step(ApprovalStep.WITHDRAW, period)

    def _step(self, step: ApprovalStep, period: JalaliPeriod, reason: str = "") -> PeriodStatus:
        """Check who may take ``step``, that ``period`` may be approved and is over (submitting, approving) and
        the reason, then store the step (steps.py). ``ensure_over`` is looked up here: tests patch it in this
        module to set up a period submitted before the rule."""
        self.principal.require(step.action)
        approvable(period)
        if step in (ApprovalStep.SUBMIT, ApprovalStep.APPROVE):  # only a period that is over (approve re-checks)
            ensure_over(period, self._clock.today())
        text = validate_reason(reason) if step.needs_reason else ""
        now = self._clock.now()
        steps.take_step(self._database, self._clock, self.principal, step, period, text, now)
        return self.status(period)


__all__ = ["APPROVABLE_KINDS", "ApprovalService", "ChangeCause", "ChangedSinceApproval", "FrozenFigures",
           "PeriodFigures", "PeriodStatus"]
