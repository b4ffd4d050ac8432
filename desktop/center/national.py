"""The center's consolidated views: which provinces are stale, and all provinces' progress and indicators.

A province's weighted progress is its own (desktop/center/plan_overview.py: its plan rolled up from its leaf
activities through programs, solutions and plans, as the province's home page, the dashboard's progress page and
the national report show it); activity counts come from ``national_activity`` (kept up to date as bundles are
applied: each activity with its latest reported percent, recomputed from all its reports when a bundle changes or
removes one, or sends a report's row again); indicators from the newest month each province sent (``national_indicator``), summed
the same way the province sums them (Σ numerator ÷ Σ denominator).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.center.dashboard.replay import current_rows
from desktop.center.models import (
    CenterBundle,
    CenterFlag,
    CenterProvince,
    NationalActivity,
    NationalApproval,
    NationalChange,
    NationalIndicator,
)
from desktop.center.plan_overview import province_overview
from desktop.center.provinces import applied_head
from desktop.planning.activity_counts import ActivityCounts


@dataclass(frozen=True)
class ProvinceStatus:
    code: str
    name: str
    last_sequence: int
    last_received: datetime | None
    held: int
    flags: int
    # late: nothing received for more than the stale days, counted from its registration while it has sent nothing
    # (a province registered today is not late yet; one silent since registration for weeks is)
    stale: bool
    registered_at: datetime | None = None
    # the center has received nothing at all from it, not even a refused bundle: its own state, never "sent
    # recently", and its figures are not known (never zero)
    never_sent: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "last_sequence": self.last_sequence,
                "last_received": self.last_received.isoformat() if self.last_received else None,
                "registered_at": self.registered_at.isoformat() if self.registered_at else None,
                "never_sent": self.never_sent, "held": self.held, "flags": self.flags, "stale": self.stale}


@dataclass(frozen=True)
class ProvinceProgress:
    code: str
    name: str
    stale: bool
    activities: int  # its lowest-level activities; with never_sent: not known (0 here, never a count it reported)
    reported: int  # of them, with a progress report dated on or before today
    # the province's own EV today: its plan's roll-up (plan_overview), as the progress page and the report show it;
    # None: no plan data reached the center. The name is kept for the readers of /national's JSON.
    weighted_percent: float | None
    overdue: int  # of them, planned to finish before today and not reported at 100 % by today
    latest_month: int | None
    incoming: int
    disposed: int
    pending_end: int
    approved_periods: tuple[str, ...] = ()  # periods the province's chief justice approved (newest bundle)
    never_sent: bool = False  # nothing at all has reached the center from it: its counts are not known

    @property
    def clearance_rate(self) -> float | None:
        return self.disposed / self.incoming if self.incoming else None

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "stale": self.stale, "activities": self.activities,
                "reported": self.reported, "weighted_percent": self.weighted_percent, "overdue": self.overdue,
                "latest_month": self.latest_month, "incoming": self.incoming, "disposed": self.disposed,
                "pending_end": self.pending_end, "clearance_rate": self.clearance_rate,
                "approved_periods": list(self.approved_periods), "never_sent": self.never_sent}


def status(session: Session, now: datetime, stale_days: int) -> list[ProvinceStatus]:
    held = dict(session.execute(select(CenterBundle.province, func.count()).where(
        CenterBundle.state == "held").group_by(CenterBundle.province)).all())
    flags = dict(session.execute(select(CenterFlag.province, func.count()).group_by(CenterFlag.province)).all())
    received = dict(session.execute(select(CenterBundle.province, func.max(CenterBundle.received_at)).where(
        CenterBundle.state != "rejected").group_by(CenterBundle.province)).all())
    sent = set(session.scalars(select(CenterBundle.province).distinct()))  # any bundle, refused ones too
    result = []
    for province in session.scalars(select(CenterProvince).order_by(CenterProvince.code)):
        last_received = _aware(received.get(province.code))
        registered_at = _aware(province.registered_at)
        since = last_received or registered_at
        result.append(ProvinceStatus(
            code=province.code, name=province.name, last_sequence=applied_head(session, province.code)[0],
            last_received=last_received, held=held.get(province.code, 0), flags=flags.get(province.code, 0),
            stale=since is not None and now - since > timedelta(days=stale_days), registered_at=registered_at,
            never_sent=province.code not in sent))
    return result


def _aware(moment: datetime | None) -> datetime | None:
    """A stored instant as UTC (SQLite gives it back without its zone)."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def national(session: Session, now: datetime, stale_days: int) -> list[ProvinceProgress]:
    statuses = {row.code: row for row in status(session, now, stale_days)}
    result = []
    for province in session.scalars(select(CenterProvince).order_by(CenterProvince.code)):
        # the province's own overview: its lowest-level activities (a parent activity is made of its
        # sub-activities and carries no report: counted, it read as unreported and, once due, overdue)
        overview = province_overview(session, province.code, province.name, now.date())
        weighted = overview.summary.overall.actual if overview.summary else None
        counts = overview.counts or ActivityCounts()  # not even countable: 0, as for a province never heard from
        latest = session.scalar(select(NationalIndicator).where(NationalIndicator.province == province.code)
                                .order_by(NationalIndicator.month_index.desc()).limit(1))
        rows = json.loads(latest.rows) if latest else []
        result.append(ProvinceProgress(
            code=province.code, name=province.name, stale=statuses[province.code].stale, activities=counts.activities,
            reported=counts.reported, weighted_percent=weighted, overdue=counts.overdue,
            latest_month=latest.month_index if latest else None,
            incoming=_sum(rows, "incoming"), disposed=_sum(rows, "disposed"), pending_end=_sum(rows, "pending_end"),
            approved_periods=tuple(session.scalars(select(NationalApproval.period).where(
                NationalApproval.province == province.code, NationalApproval.state == "approved",
            ).order_by(NationalApproval.period))), never_sent=statuses[province.code].never_sent))
    return result


def _sum(rows: list[dict[str, Any]], field: str) -> int:
    return int(sum(row.get(field) or 0 for row in rows if isinstance(row.get(field), int | float)))


def replace_approvals(session: Session, province: str, periods: list[dict[str, Any]]) -> None:
    """The approval state the province's newest bundle carried replaces what it said before."""
    session.execute(delete(NationalApproval).where(NationalApproval.province == province))
    session.add_all(NationalApproval(province=province, period=p["period"], kind=p["kind"], state=p["state"],
                                     decided_by=p["decided_by"], decided_at=p["decided_at"],
                                     approved_at=p["approved_at"]) for p in periods)
    session.flush()


def apply_changes(session: Session, province: str, changes: list[dict[str, Any]]) -> None:
    """Keep ``national_activity`` in step with a bundle's activity and progress changes (in change order)."""
    wanted = {change["row_id"] for change in changes if change["table"] == "activity"}
    wanted |= {(change["new"] or {}).get("activity_id") for change in changes if change["table"] == "progress_update"}
    ids = [value for value in wanted if isinstance(value, int)]
    known: dict[int, NationalActivity] = {}
    for start in range(0, len(ids), 500):
        known.update((row.activity_id, row) for row in session.scalars(select(NationalActivity).where(
            NationalActivity.province == province, NationalActivity.activity_id.in_(ids[start: start + 500]))))

    def activity(activity_id: int) -> NationalActivity:
        if activity_id not in known:
            known[activity_id] = NationalActivity(province=province, activity_id=activity_id, title="", weight=1.0,
                                                  planned_finish="", percent=None, reported_on="")
            session.add(known[activity_id])
        return known[activity_id]

    for change in changes:
        table, values, row_id = change["table"], change["new"] or {}, change["row_id"]
        if table == "activity":
            if change["operation"] == "delete":
                removed = known.pop(row_id, None)
                if removed is not None:
                    session.delete(removed)
                continue
            row = activity(row_id)
            if isinstance(values.get("title"), str):
                row.title = values["title"]
            if isinstance(values.get("weight"), int | float):
                row.weight = float(values["weight"])
            if isinstance(values.get("planned_finish"), str):
                row.planned_finish = values["planned_finish"][:10]
        elif table == "progress_update" and change["operation"] == "insert":
            activity_id, percent = values.get("activity_id"), values.get("percent")
            reported_on = str(values.get("reported_on") or "")[:10]
            if not isinstance(activity_id, int) or not isinstance(percent, int | float):
                continue
            row = activity(activity_id)
            if reported_on >= (row.reported_on or ""):
                row.percent, row.reported_on = float(percent), reported_on
    session.flush()


def replaces_progress(session: Session, province: str, changes: list[dict[str, Any]]) -> bool:
    """Whether ``changes`` (a bundle's, not stored yet) update or delete a progress report, or insert one whose row
    the center already holds (a row id the province reused, a resync's correction: desktop/sync/corrections.py):
    the activities' latest percents cannot then just move forward (:func:`recompute_progress`)."""
    inserted: set[int] = set()
    for change in changes:
        if change["table"] != "progress_update":
            continue
        if change["operation"] != "insert" or change["row_id"] in inserted:
            return True
        inserted.add(change["row_id"])
    ids = sorted(inserted)
    for start in range(0, len(ids), 500):
        if session.scalar(select(NationalChange.id).where(
                NationalChange.province == province, NationalChange.table_name == "progress_update",
                NationalChange.row_id.in_(ids[start: start + 500])).limit(1)) is not None:
            return True
    return False


def recompute_progress(session: Session, province: str) -> None:
    """Each activity's latest percent from the province's progress reports as its bundles now leave them (the
    change rows replayed): the latest report date, then the highest row id, as the province orders them
    (desktop/planning/structure.py); an activity left with no report has none."""
    latest: dict[int, tuple[str, int, float]] = {}
    for row_id, values in current_rows(session, province, ["progress_update"])["progress_update"].items():
        activity_id, percent = values.get("activity_id"), values.get("percent")
        if not isinstance(activity_id, int) or not isinstance(percent, int | float):
            continue
        reported_on = str(values.get("reported_on") or "")[:10]
        if (reported_on, row_id) > latest.get(activity_id, ("", -1, 0.0))[:2]:
            latest[activity_id] = (reported_on, row_id, float(percent))
    for row in session.scalars(select(NationalActivity).where(NationalActivity.province == province)):
        reported_on, _, percent = latest.pop(row.activity_id, ("", 0, None))
        row.percent, row.reported_on = percent, reported_on
    for activity_id, (reported_on, _, percent) in latest.items():  # reports of an activity not sent yet
        session.add(NationalActivity(province=province, activity_id=activity_id, title="", weight=1.0,
                                     planned_finish="", percent=percent, reported_on=reported_on))
    session.flush()
