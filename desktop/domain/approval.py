"""Approval of periods (docs/access.md, "Approval"): the secretary submits a Jalali month or half-year once it
is over (which locks its data while it awaits approval) and may withdraw the submission; the chief justice
approves it (its data stays locked) or sends it back, and only he reopens an approved period, giving a reason.

Pure rules: the states and their transitions, which dates a change touches, and whether a date is locked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from desktop.domain.access import Action
from desktop.domain.indicators.periods import month_bounds
from desktop.domain.jalali import MONTH_NAMES_EN, JalaliPeriod, PeriodKind, format_jalali_long, to_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, DomainError, ValidationError

APPROVAL_CONTEXT = "Approval"
#: The kinds of period that are submitted for approval.
APPROVABLE_KINDS: tuple[PeriodKind, ...] = (PeriodKind.MONTH, PeriodKind.HALF)
REASON_MAX = 2000


class ApprovalState(StrEnum):
    OPEN = "open"  # never submitted (no row)
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"  # sent back by the chief justice
    REOPENED = "reopened"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def locks(self) -> bool:
        """Its data may not change: approved, or submitted and awaiting approval (what the chief justice approves
        is what was submitted)."""
        return self in (ApprovalState.APPROVED, ApprovalState.SUBMITTED)


_STATE_LABELS = {
    ApprovalState.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    ApprovalState.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Awaiting approval"),
    ApprovalState.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    ApprovalState.RETURNED: QT_TRANSLATE_NOOP("Labels", "Sent back"),
    ApprovalState.REOPENED: QT_TRANSLATE_NOOP("Labels", "Reopened"),
}


#: A submission the secretary withdrew. It is stored as sent back (a state the center knows, no migration) but
#: with no reason: a send-back always gives one. Shown apart so that nobody reads the chief justice's decision in it.
WITHDRAWN_LABEL = QT_TRANSLATE_NOOP("Labels", "Withdrawn by the secretary")


def state_label(state: ApprovalState, reason: str) -> str:
    """The label (source text, context "Labels") of a period in ``state`` with the decision's ``reason``."""
    if state is ApprovalState.RETURNED and not reason:
        return WITHDRAWN_LABEL
    return state.label


class ApprovalStep(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    SEND_BACK = "send_back"
    REOPEN = "reopen"
    WITHDRAW = "withdraw"  # the secretary takes a submission back

    @property
    def action(self) -> Action:
        """The permission the step needs (the role × action table)."""
        return _STEP_ACTIONS[self]

    @property
    def needs_reason(self) -> bool:
        return self in (ApprovalStep.SEND_BACK, ApprovalStep.REOPEN)


_STEP_ACTIONS = {
    ApprovalStep.SUBMIT: Action.SUBMIT,
    ApprovalStep.APPROVE: Action.APPROVE,
    ApprovalStep.SEND_BACK: Action.APPROVE,
    ApprovalStep.REOPEN: Action.REOPEN,
    ApprovalStep.WITHDRAW: Action.SUBMIT,
}
#: step -> (states it starts from, state it leads to)
TRANSITIONS: Mapping[ApprovalStep, tuple[frozenset[ApprovalState], ApprovalState]] = {
    ApprovalStep.SUBMIT: (frozenset({ApprovalState.OPEN, ApprovalState.RETURNED, ApprovalState.REOPENED}),
                          ApprovalState.SUBMITTED),
    ApprovalStep.APPROVE: (frozenset({ApprovalState.SUBMITTED}), ApprovalState.APPROVED),
    ApprovalStep.SEND_BACK: (frozenset({ApprovalState.SUBMITTED}), ApprovalState.RETURNED),
    ApprovalStep.REOPEN: (frozenset({ApprovalState.APPROVED}), ApprovalState.REOPENED),
    # A withdrawn period is editable again as a sent-back one (no new state, so no migration and the center reads
    # a state it knows); one approved before goes back to reopened, which it was when it was submitted.
    ApprovalStep.WITHDRAW: (frozenset({ApprovalState.SUBMITTED}), ApprovalState.RETURNED),
}

_WRONG_STATE = {
    ApprovalStep.SUBMIT: QT_TRANSLATE_NOOP(
        "Approval", "{period} is already awaiting approval or approved; it cannot be submitted again."),
    ApprovalStep.APPROVE: QT_TRANSLATE_NOOP("Approval", "{period} has not been submitted for approval."),
    ApprovalStep.SEND_BACK: QT_TRANSLATE_NOOP("Approval", "{period} has not been submitted for approval."),
    ApprovalStep.REOPEN: QT_TRANSLATE_NOOP("Approval", "{period} is not approved; there is nothing to reopen."),
    ApprovalStep.WITHDRAW: QT_TRANSLATE_NOOP(
        "Approval", "{period} is not awaiting approval; there is no submission to withdraw."),
}
REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Give a reason (up to {max} characters).")
KIND_NOT_APPROVABLE = QT_TRANSLATE_NOOP("Validation", "Only a month or a half-year is submitted for approval.")
PERIOD_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is approved and its data is locked; the chief justice must reopen it before it is changed.")
FIGURES_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is approved and its figures are locked, but this change would alter the figures of {month}: "
                "through the backlog carried forward into it or the cases counted in it. The chief justice must "
                "reopen {period} before it is changed.")
MONTH_FIGURES_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is approved and its figures are locked, but this change would alter them: through the "
                "backlog carried forward into it or the cases counted in it. The chief justice must reopen it before "
                "it is changed.")
PLAN_FIGURES_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is approved and its figures are locked, but this progress report would change its plan "
                "figures (progress, SPI or milestones): an activity's progress in a period is its latest report up to "
                "the period's end. The chief justice must reopen {period} before it is recorded.")
#: The same refusals while the period is submitted: its data is locked until the submission is withdrawn or sent
#: back, so that the chief justice approves what was submitted.
PERIOD_SUBMITTED_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is awaiting approval and its data is locked; withdraw the submission, or the chief justice "
                "sends it back, before it is changed.")
FIGURES_SUBMITTED_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is awaiting approval and its figures are locked, but this change would alter the figures "
                "of {month}: through the backlog carried forward into it or the cases counted in it. Withdraw the "
                "submission of {period}, or the chief justice sends it back, before it is changed.")
MONTH_FIGURES_SUBMITTED_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is awaiting approval and its figures are locked, but this change would alter them: through "
                "the backlog carried forward into it or the cases counted in it. Withdraw the submission, or the "
                "chief justice sends it back, before it is changed.")
PLAN_FIGURES_SUBMITTED_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is awaiting approval and its figures are locked, but this progress report would change its "
                "plan figures (progress, SPI or milestones): an activity's progress in a period is its latest report "
                "up to the period's end. Withdraw the submission of {period}, or the chief justice sends it back, "
                "before it is recorded.")
NOT_OVER = QT_TRANSLATE_NOOP(
    "Approval", "{period} is not over yet; it can be submitted for approval from {day}.")


def next_state(step: ApprovalStep, current: ApprovalState, period: JalaliPeriod) -> ApprovalState:
    """The state after ``step``, or a DomainError naming the period when ``current`` does not allow it."""
    sources, target = TRANSITIONS[step]
    if current not in sources:
        raise DomainError(APPROVAL_CONTEXT, _WRONG_STATE[step], {"period": period.message_label})
    return target


def validate_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text or len(text) > REASON_MAX:
        raise ValidationError("reason", REASON_REQUIRED, {"max": REASON_MAX})
    return text


def approvable(period: JalaliPeriod) -> JalaliPeriod:
    if period.kind not in APPROVABLE_KINDS:
        raise ValidationError("period", KIND_NOT_APPROVABLE)
    return period


def first_submission_day(period: JalaliPeriod) -> date:
    """The day after the period's last day: a month or half-year is submitted (and approved) only once it is
    over, so that what is approved is the whole of it."""
    return period.end + timedelta(days=1)


def ensure_over(period: JalaliPeriod, today: date) -> None:
    """Refuse submitting or approving ``period`` before :func:`first_submission_day`, naming that day."""
    first = first_submission_day(period)
    if today < first:
        year, month, day = to_jalali(first)
        english = f"{day} {MONTH_NAMES_EN[month - 1]} {year} ({first.isoformat()})"
        raise DomainError(APPROVAL_CONTEXT, NOT_OVER, {"period": period.message_label,
                                                       "day": Bilingual(format_jalali_long(first), english)})


#: A locked period's state (approved or submitted) for its refusal's message; a plain list of periods is approved.
Locked = Mapping[JalaliPeriod, ApprovalState] | Iterable[JalaliPeriod]


def _state_in(locked: Locked, period: JalaliPeriod) -> ApprovalState:
    return locked.get(period, ApprovalState.APPROVED) if isinstance(locked, Mapping) else ApprovalState.APPROVED


class PeriodLocked(DomainError):
    """A change would touch the data of an approved period, or of one submitted and awaiting approval
    (``state``)."""

    def __init__(self, period: JalaliPeriod, state: ApprovalState = ApprovalState.APPROVED) -> None:
        self.period = period
        self.state = state
        message = PERIOD_SUBMITTED_LOCKED if state is ApprovalState.SUBMITTED else PERIOD_LOCKED
        super().__init__(APPROVAL_CONTEXT, message, {"period": period.message_label})


class FiguresLocked(PeriodLocked):
    """A change outside a locked period would alter a month of it: the stocks a month without statistics of
    its own carries forward, a backlog that runs on from a late case listing, a case moved out of its old months
    (docs/approval.md)."""

    def __init__(self, period: JalaliPeriod, month: JalaliPeriod,
                 state: ApprovalState = ApprovalState.APPROVED) -> None:
        self.period = period
        self.month = month
        self.state = state
        submitted = state is ApprovalState.SUBMITTED
        if month == period:
            DomainError.__init__(self, APPROVAL_CONTEXT,
                                 MONTH_FIGURES_SUBMITTED_LOCKED if submitted else MONTH_FIGURES_LOCKED,
                                 {"period": period.message_label})
        else:
            DomainError.__init__(self, APPROVAL_CONTEXT, FIGURES_SUBMITTED_LOCKED if submitted else FIGURES_LOCKED,
                                 {"period": period.message_label, "month": month.message_label})


class PlanFiguresLocked(PeriodLocked):
    """A progress report dated outside a locked period (before it) would change the period's plan figures: the
    activity's latest report up to the period's end, or the milestones' trend (docs/access.md)."""

    def __init__(self, period: JalaliPeriod, state: ApprovalState = ApprovalState.APPROVED) -> None:
        self.period = period
        self.state = state
        message = PLAN_FIGURES_SUBMITTED_LOCKED if state is ApprovalState.SUBMITTED else PLAN_FIGURES_LOCKED
        DomainError.__init__(self, APPROVAL_CONTEXT, message, {"period": period.message_label})


RESTORE_CHANGES_APPROVED = QT_TRANSLATE_NOOP(
    "Approval", "This backup would change the approved figures of {periods}; the chief justice must reopen them "
                "before it is restored.")
RESTORE_CHANGES_SUBMITTED = QT_TRANSLATE_NOOP(
    "Approval", "This backup would change the figures of {periods}, which await approval and are locked; withdraw "
                "the submission, or the chief justice sends it back, before it is restored.")


class RestoreFiguresLocked(PeriodLocked):
    """A backup whose restore would change the figures of approved periods (or of submitted ones, ``state``):
    refused as a write into them is (the command line's exit code 4), until they are reopened or withdrawn."""

    def __init__(self, periods: Iterable[JalaliPeriod], state: ApprovalState = ApprovalState.APPROVED) -> None:
        self.periods = tuple(periods)
        self.period = self.periods[0]
        self.state = state
        message = RESTORE_CHANGES_SUBMITTED if state is ApprovalState.SUBMITTED else RESTORE_CHANGES_APPROVED
        DomainError.__init__(self, APPROVAL_CONTEXT, message, {"periods": Bilingual(
            "، ".join(p.label_fa for p in self.periods), ", ".join(p.label_en for p in self.periods))})


def locking_period(days: Iterable[date | None], locked: Locked) -> JalaliPeriod | None:
    """The first locked period containing one of ``days`` (None ignored), or None when all are free."""
    periods = sorted(locked)
    for day in sorted(d for d in days if d is not None):
        for period in periods:
            if period.contains(day):
                return period
    return None


def ensure_unlocked(days: Iterable[date | None], locked: Locked) -> None:
    period = locking_period(days, locked)
    if period is not None:
        raise PeriodLocked(period, _state_in(locked, period))


Span = tuple[date | None, date | None]


def locking_period_of_spans(spans: Iterable[Span], locked: Locked) -> JalaliPeriod | None:
    """The first locked period overlapping one of ``spans`` (first and last day, both included; a span with
    one end missing is that one day). An activity planned from Mehr to Dey spans an approved Aban even though
    neither of its dates lies in it: its weight and dates make Aban's planned value (issue 11)."""
    periods = sorted(locked)
    for first, last in spans:
        start, end = first or last, last or first
        if start is None or end is None:
            continue
        start, end = min(start, end), max(start, end)
        for period in periods:
            if period.start <= end and start <= period.end:
                return period
    return None


def ensure_spans_unlocked(spans: Iterable[Span], locked: Locked) -> None:
    period = locking_period_of_spans(spans, locked)
    if period is not None:
        raise PeriodLocked(period, _state_in(locked, period))


def month_days(first_month: int | None, last_month: int | None) -> list[date]:
    """A start and end day for every month index in [first, last]: what an import of those months touches."""
    if first_month is None or last_month is None:
        return []
    days: list[date] = []
    for index in range(first_month, last_month + 1):
        days.extend(month_bounds(index))
    return days


#: Which columns of a change-logged table date the row inside a period.
DATED_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "progress_update": ("reported_on",),
    "resolution_followup": ("noted_on",),
    "resolution": ("completed_on",),
    "activity": ("planned_start", "planned_finish"),
    "meeting": ("held_on",),
}
#: Tables whose two dated columns are a span: every day between them is touched, not only the two ends.
SPAN_COLUMNS: Mapping[str, tuple[str, str]] = {"activity": ("planned_start", "planned_finish")}
_MONTH_RANGE_TABLES = frozenset({"import_batch"})


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def change_spans(table: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> list[Span]:
    """The spans a change-log entry touches: its dates (as one-day spans) and, for an activity, its planned
    span before and after."""
    spans: list[Span] = [(day, day) for day in change_dates(table, old, new)]
    columns = SPAN_COLUMNS.get(table)
    if columns:
        for values in (old or {}, new or {}):
            first, last = _day(values.get(columns[0])), _day(values.get(columns[1]))
            if first is not None and last is not None:
                spans.append((first, last))
    return spans


def spans_touch(spans: Iterable[Span], period: JalaliPeriod) -> bool:
    return locking_period_of_spans(spans, [period]) is not None


def change_dates(table: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> set[date]:
    """The days a change-log entry touches (its rows' dated columns before and after; an import's months)."""
    days: set[date] = set()
    for values in (old or {}, new or {}):
        for column in DATED_COLUMNS.get(table, ()):
            value = values.get(column)
            if isinstance(value, str):
                try:
                    days.add(date.fromisoformat(value[:10]))
                except ValueError:
                    continue
            elif isinstance(value, date):
                days.add(value)
        if table in _MONTH_RANGE_TABLES:
            first, last = values.get("first_month"), values.get("last_month")
            if isinstance(first, int) and isinstance(last, int) and first <= last:
                days.update(month_days(first, last))
    return days


def periods_touched(days: Iterable[date]) -> set[JalaliPeriod]:
    """Every approvable period (month and half-year) containing one of ``days``."""
    return {JalaliPeriod.containing(kind, day) for day in days for kind in APPROVABLE_KINDS}


def overlaps(a: JalaliPeriod, b: JalaliPeriod) -> bool:
    return a.start <= b.end and b.start <= a.end


@dataclass(frozen=True)
class ApprovalRecord:
    """A period's approval as stored: its state, who submitted/decided and when, the reason of a send-back
    or reopening, and the change-log id at the last approval."""

    period: JalaliPeriod
    state: ApprovalState
    submitted_by: str = ""
    decided_by: str = ""
    reason: str = ""
    approved_change_id: int | None = None
