"""Query helpers for period approval: which periods are approved (their data locked)."""

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


def approved_periods(session: Session) -> list[JalaliPeriod]:
    """Every period whose data is locked, in order."""
    codes = session.scalars(select(PeriodApproval.period).where(
        PeriodApproval.state == ApprovalState.APPROVED.value))
    return sorted(JalaliPeriod.parse(code) for code in codes)


def approved_figure_days(session: Session, today: date) -> list[tuple[JalaliPeriod, date]]:
    """Every approved period with the day its approved figures describe: its last snapshot's ``as_of`` (the
    period's last day, or the day it was approved while under way); without a snapshot (approved before migration
    0009), its last day or today."""
    newest = (select(ApprovalSnapshot.figures["as_of"].as_string()).where(
        ApprovalSnapshot.period == PeriodApproval.period).order_by(ApprovalSnapshot.id.desc()).limit(1)
              .correlate(PeriodApproval).scalar_subquery())
    found = []
    for code, as_of in session.execute(select(PeriodApproval.period, newest).where(
            PeriodApproval.state == ApprovalState.APPROVED.value)):
        period = JalaliPeriod.parse(code)
        found.append((period, date.fromisoformat(as_of) if as_of else min(period.end, today)))
    return sorted(found)


def ensure_dates_unlocked(session: Session, *days) -> None:
    """Raise :class:`~desktop.domain.approval.PeriodLocked` when one of ``days`` lies in an approved period."""
    wanted = [d for d in days if d is not None]
    if wanted:
        ensure_unlocked(wanted, approved_periods(session))


def ensure_spans_free(session: Session, spans: Iterable[Span]) -> None:
    """Raise :class:`~desktop.domain.approval.PeriodLocked` when one of ``spans`` (first day, last day) overlaps
    an approved period: an activity spanning an approved month is locked though neither of its dates is in it."""
    wanted = [span for span in spans if span[0] is not None or span[1] is not None]
    if wanted:
        ensure_spans_unlocked(wanted, approved_periods(session))


def branch_data_months(session: Session, branch_ids: Iterable[int]) -> list[int]:
    """The month indices in which these branches have indicator figures."""
    ids = sorted(set(branch_ids))
    if not ids:
        return []
    return sorted(session.scalars(select(IndicatorMonth.month_index).where(
        IndicatorMonth.branch_id.in_(ids)).distinct()))


def ensure_branches_unlocked(session: Session, branch_ids: Iterable[int]) -> None:
    """Moving a branch to another district (or removing it) changes the district and province figures of every
    month it has data for: refused when one of those months lies in an approved period."""
    if not approved_periods(session):
        return
    days = [day for month in branch_data_months(session, branch_ids) for day in month_days(month, month)]
    ensure_dates_unlocked(session, *days)


def approved_months(session: Session) -> list[int]:
    """The month indices of every approved period (a half-year's six months), in order."""
    return sorted({month for period in approved_periods(session) for month in period_month_indexes(period)})


def derived_figures(session: Session, branch_ids: Iterable[int], months: Iterable[int]
                    ) -> dict[int, list[tuple]]:
    """Every derived row of ``branch_ids`` in ``months`` - ``indicator_month`` with all its columns and the
    disposition histogram - by month: compared before and after a rebuild, they say exactly whether an approved
    month's figures changed (district and province figures are sums of them)."""
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
