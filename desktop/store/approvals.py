"""Query helpers for period approval: which periods are locked - approved, or submitted and awaiting approval -
and the checks every write of dated data makes inside its transaction (docs/access.md, "Lock")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval import ApprovalState, Span, ensure_spans_unlocked, ensure_unlocked, month_days
from desktop.domain.indicators.periods import period_month_indexes
from desktop.domain.jalali import JalaliPeriod
from desktop.store.models import ApprovalSnapshot, IndicatorMonth, PeriodApproval

#: The states whose period's data may not change: approved, and submitted (awaiting approval).
LOCKING_STATES: tuple[str, ...] = tuple(state.value for state in ApprovalState if state.locks)


def locked_periods(session: Session) -> dict[JalaliPeriod, ApprovalState]:
    """Every period whose data is locked - approved, or submitted and awaiting approval - with its state, in
    period order (the refusals name the state: docs/access.md, "Lock")."""
    rows = session.execute(select(PeriodApproval.period, PeriodApproval.state).where(
        PeriodApproval.state.in_(LOCKING_STATES)))
    return dict(sorted((JalaliPeriod.parse(code), ApprovalState(state)) for code, state in rows))


def locked_figure_days(session: Session, today: date) -> list[tuple[JalaliPeriod, date, ApprovalState]]:
    """Every locked period with the day its figures describe: an approved one's last snapshot's ``as_of`` (the
    period's last day, or the day it was approved while under way); without a snapshot (approved before migration
    0009) or while submitted (the figures the chief justice will approve), its last day or today."""
    newest = (select(ApprovalSnapshot.figures["as_of"].as_string()).where(
        ApprovalSnapshot.period == PeriodApproval.period).order_by(ApprovalSnapshot.id.desc()).limit(1)
              .correlate(PeriodApproval).scalar_subquery())
    found = []
    for code, state, as_of in session.execute(select(PeriodApproval.period, PeriodApproval.state, newest).where(
            PeriodApproval.state.in_(LOCKING_STATES))):
        period, state = JalaliPeriod.parse(code), ApprovalState(state)
        frozen = as_of if state is ApprovalState.APPROVED else None  # a submitted period's old snapshot is stale
        found.append((period, date.fromisoformat(frozen) if frozen else period.described_on(today), state))
    return sorted(found)


def ensure_dates_unlocked(session: Session, *days) -> None:
    """Raise :class:`~desktop.domain.approval.PeriodLocked` when one of ``days`` lies in a locked period."""
    wanted = [d for d in days if d is not None]
    if wanted:
        ensure_unlocked(wanted, locked_periods(session))


def ensure_spans_free(session: Session, spans: Iterable[Span]) -> None:
    """Raise :class:`~desktop.domain.approval.PeriodLocked` when one of ``spans`` (first day, last day) overlaps
    a locked period: an activity spanning an approved month is locked though neither of its dates is in it."""
    wanted = [span for span in spans if span[0] is not None or span[1] is not None]
    if wanted:
        ensure_spans_unlocked(wanted, locked_periods(session))


def branch_data_months(session: Session, branch_ids: Iterable[int]) -> list[int]:
    """The month indices in which these branches have indicator figures."""
    ids = sorted(set(branch_ids))
    if not ids:
        return []
    return sorted(session.scalars(select(IndicatorMonth.month_index).where(
        IndicatorMonth.branch_id.in_(ids)).distinct()))


def ensure_branches_unlocked(session: Session, branch_ids: Iterable[int]) -> None:
    """Moving a branch to another district (or removing it) changes the district and province figures of every
    month it has data for: refused when one of those months lies in a locked period."""
    if not locked_periods(session):
        return
    days = [day for month in branch_data_months(session, branch_ids) for day in month_days(month, month)]
    ensure_dates_unlocked(session, *days)


def locked_months(session: Session) -> list[int]:
    """The month indices of every locked period (a half-year's six months), in order."""
    return sorted({month for period in locked_periods(session) for month in period_month_indexes(period)})


def derived_figures(session: Session, branch_ids: Iterable[int], months: Iterable[int]
                    ) -> dict[int, list[tuple]]:
    """Every derived row of ``branch_ids`` in ``months`` - ``indicator_month`` with all its columns and the
    disposition histogram - by month: compared before and after a rebuild, they say exactly whether a locked
    (approved or submitted) month's figures changed (district and province figures are sums of them)."""
    ids, wanted = sorted(set(branch_ids)), sorted(set(months))
    if not ids or not wanted:
        return {}
    connection = session.connection().connection.driver_connection
    window = (json.dumps(ids), json.dumps(wanted))
    figures: dict[int, list[tuple]] = {month: [] for month in wanted}
    for table, key in (("indicator_month", "branch_id, month_index, case_type"),
                       ("disposition_histogram", "branch_id, month_index, case_type, bucket")):
        for row in connection.execute(
                f"SELECT month_index, '{table}', * FROM {table} WHERE branch_id IN (SELECT value FROM json_each(?))"
                f" AND month_index IN (SELECT value FROM json_each(?)) ORDER BY {key}", window):
            figures[row[0]].append(tuple(row[1:]))
    return figures
