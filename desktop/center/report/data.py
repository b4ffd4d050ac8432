"""What the national report needs, gathered from the center's database in one read (no text, no layout)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import (
    CenterBundle,
    CenterDirective,
    CenterProvince,
    NationalActivity,
    NationalApproval,
    NationalChange,
)
from desktop.center.national import status
from desktop.center.plan_overview import (
    MilestoneCompliance,
    NationalOverall,
    milestone_compliance,
    national_overall,
    province_overview,
)
from desktop.center.report.indicators import (
    ProvinceIndicator,
    ProvinceStatistics,
    center_indicators,
    latest_month,
    national_value,
    province_statistics,
)
from desktop.center.report.snapshots import ApprovedSnapshot, approved_snapshot
from desktop.domain.indicators.definitions import Direction, IndicatorDefinition, Unit
from desktop.domain.indicators.periods import first_month_index, last_month_index, month_period
from desktop.domain.indicators.ranking import RankedUnit, best_and_worst, rank
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.milestones import TARGETS
from desktop.planning.views import HomeSummary, MilestoneRow

#: How many best and worst provinces each indicator names.
HIGHLIGHTED = 3


@dataclass(frozen=True)
class ProvinceProgressLine:
    """One province's progress on the report date. Its progress is the province's own: its plan rolled up from
    its leaf activities through programs, solutions and plans (desktop/center/plan_overview.py, the dashboard's
    progress page and the province's home page) — one figure per province wherever the center shows one."""

    code: str
    name: str
    activities: int
    reported: int  # activities with a progress report on or before the report date
    overdue: int  # planned to finish before the report date and not at 100 % by then
    approved_actual: float | None  # the EV its chief justice approved for the period, if approved
    planned: float | None = None  # PV of its plan on the report date, as now reported (the progress page's)
    actual: float | None = None  # EV of its plan on the report date, as now reported (the progress page's)
    approved: bool = False  # its chief justice approved the half-year (approved_actual may still be missing)

    @property
    def weighted_percent(self) -> float | None:
        """The province's weighted progress: its plan roll-up's EV (None: no plan data reached the center)."""
        return self.actual


@dataclass(frozen=True)
class MilestoneFigures:
    """One province's figures for one target: as its chief justice approved them, or as now reported."""

    status: str | None  # ComplianceStatus value
    value: float | None
    projected: float | None
    solutions_meeting: int | None
    solutions_total: int | None

    def same_as(self, other: MilestoneFigures) -> bool:
        """Equal as the province compares an approval with today (numbers to the snapshot's rounding)."""
        return (self.status, self.solutions_meeting, self.solutions_total) == (
            other.status, other.solutions_meeting, other.solutions_total) and all(
            _close(a, b) for a, b in ((self.value, other.value), (self.projected, other.projected)))

    @classmethod
    def of(cls, row: MilestoneRow) -> MilestoneFigures:
        return cls(row.status, row.value, row.projected, row.solutions_meeting, row.solutions_total)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))  # desktop/approvals/snapshot.py rounds to 6 places


@dataclass(frozen=True)
class MilestoneLine:
    province: str
    name: str
    key: str  # "mid-1403"
    live: MilestoneFigures | None  # as now reported (the progress page's replay); None: no plan data reached the center
    approval_state: str | None  # the half-year's approval state (approved | submitted | returned | reopened | None)
    approved: MilestoneFigures | None  # as its chief justice approved them; None unless approved with figures

    @property
    def is_approved(self) -> bool:
        return self.approval_state == "approved"

    @property
    def differs(self) -> bool:
        """Approved figures that the province's data no longer give (both shown)."""
        return self.approved is not None and (self.live is None or not self.approved.same_as(self.live))

    @property
    def status(self) -> str | None:
        """The status this line counts as: as now reported (None: no plan data)."""
        return self.live.status if self.live else None


@dataclass(frozen=True)
class DriverLine:
    province: str
    name: str
    number: str
    title: str
    planned: float | None  # as now reported, on the report date
    actual: float | None
    approved_actual: float | None  # as its chief justice approved it (approved half-year only)


@dataclass(frozen=True)
class RankedProvince:
    code: str
    name: str
    value: float | None
    rank: int | None
    approved: bool  # the value is the one its chief justice approved


@dataclass(frozen=True)
class IndicatorRanking:
    definition: IndicatorDefinition
    national: float | None  # Σ/Σ over every province with statistics
    provinces_with_data: int
    ranked: tuple[RankedProvince, ...]  # complete provinces, best first
    best: tuple[RankedProvince, ...]
    worst: tuple[RankedProvince, ...]
    insufficient: tuple[RankedProvince, ...]  # incomplete or without statistics: never ranked


@dataclass(frozen=True)
class StaleLine:
    code: str
    name: str
    last_received: datetime | None
    days_since: int | None
    stale: bool


@dataclass(frozen=True)
class BundleLine:
    province: str
    sequence: int
    state: str  # held | rejected
    received_at: datetime
    reason: str  # the English text of desktop/sync/refusals.py the receipt carried


@dataclass(frozen=True)
class ApprovalLine:
    code: str
    name: str
    state: str | None  # submitted | approved | returned | reopened; None: never submitted
    decided_by: str
    approved_at: datetime | None
    snapshot: ApprovedSnapshot | None


@dataclass(frozen=True)
class DirectiveLine:
    province: str
    sequence: int
    issued_at: datetime
    summary: str


@dataclass(frozen=True)
class NationalData:
    period: JalaliPeriod
    as_of: date
    provinces: tuple[tuple[str, str], ...]  # (code, name) of every registered province
    progress: tuple[ProvinceProgressLine, ...]
    milestones: tuple[MilestoneLine, ...]
    compliance: tuple[MilestoneCompliance, ...]  # each target over the provinces, from the same figures as the lines
    drivers: tuple[DriverLine, ...]
    rankings: tuple[IndicatorRanking, ...]
    stale: tuple[StaleLine, ...]
    bundles: tuple[BundleLine, ...]
    approvals: tuple[ApprovalLine, ...]
    directives: tuple[DirectiveLine, ...]
    statistics: dict[str, ProvinceStatistics]
    limited: bool = False  # only the provinces of a provincial liaison: the "whole country" is theirs only
    #: The month the indicators run to when that is before the period's last month (a half-year still running,
    #: or whose last months no province has sent yet): a part of the period, said beside the rankings.
    through_month: JalaliPeriod | None = None

    overall: NationalOverall | None = None  # the mean of the provinces' own figures (plan_overview.national_overall)

    @property
    def national_weighted_percent(self) -> float | None:
        """The whole country's EV: the mean of the provinces' own EVs, each province counting once (as the
        dashboard's progress page; provinces without plan data left out)."""
        return self.overall.progress.actual if self.overall else None

    @property
    def national_planned_percent(self) -> float | None:
        return self.overall.progress.planned if self.overall else None

    @property
    def has_data(self) -> bool:
        return any(line.activities for line in self.progress) or any(
            ranking.provinces_with_data for ranking in self.rankings)


def report_date(period: JalaliPeriod, today: date) -> date:
    """The day the report describes: the period's last day, or today while the period is under way."""
    return min(period.end, today)


def gather_national(session: Session, period: JalaliPeriod, now: datetime, stale_days: int,
                    only: frozenset[str] | None = None) -> NationalData:
    """``only``: the provinces a provincial liaison may see (None: every province)."""
    as_of = report_date(period, now.date())
    provinces = tuple((code, name) for code, name in session.execute(
        select(CenterProvince.code, CenterProvince.name).order_by(CenterProvince.code))
        if only is None or code in only)
    shown = {code for code, _ in provinces}
    approvals = _approvals(session, period, provinces)
    snapshots = {line.code: line.snapshot for line in approvals if line.snapshot is not None}
    states = {line.code: line.state for line in approvals}
    # one latest month for all: a province whose last months have not arrived lacks them (the dashboard's rule)
    national_latest = max((month for code, _ in provinces if (month := latest_month(session, code)) is not None),
                          default=None)
    statistics = {code: province_statistics(session, code, period, national_latest) for code, _ in provinces}
    # the progress page's computation on the report's date (desktop/center/plan_overview.py): one way of
    # computing milestones, for approved and unapproved provinces alike
    summaries = {code: province_overview(session, code, name, as_of).summary for code, name in provinces}
    return NationalData(
        period=period, as_of=as_of, provinces=provinces,
        progress=tuple(_progress(session, code, name, as_of, snapshots.get(code), summaries[code],
                                 states[code] == "approved") for code, name in provinces),
        milestones=tuple(_milestones(provinces, summaries, states, snapshots)),
        compliance=milestone_compliance(summaries[code] for code, _ in provinces),
        drivers=tuple(_drivers(provinces, summaries, snapshots)),
        rankings=tuple(_rankings(provinces, statistics, snapshots)),
        stale=tuple(line for line in _stale(session, now, stale_days) if line.code in shown),
        bundles=tuple(line for line in _bundles(session, period) if line.province in shown),
        approvals=approvals, directives=tuple(line for line in _directives(session, period) if line.province in shown),
        statistics=statistics, limited=only is not None,
        overall=national_overall(summaries[code] for code, _ in provinces),
        through_month=_through_month(period, national_latest))


def _through_month(period: JalaliPeriod, latest: int | None) -> JalaliPeriod | None:
    """The month the figures run to when it is within the period and before its last month."""
    if latest is None or not first_month_index(period) <= latest < last_month_index(period):
        return None
    return month_period(latest)


def _approvals(session: Session, period: JalaliPeriod,
               provinces: tuple[tuple[str, str], ...]) -> tuple[ApprovalLine, ...]:
    rows = {row.province: row for row in session.scalars(select(NationalApproval).where(
        NationalApproval.period == period.code))}
    lines = []
    for code, name in provinces:
        row = rows.get(code)
        state = row.state if row else None
        # only a period approved now uses its snapshot: one reopened since is not the approved figures any more
        snapshot = approved_snapshot(session, code, period.code) if state == "approved" else None
        approved_at = _moment(row.approved_at) if row else None
        lines.append(ApprovalLine(code, name, state, row.decided_by if row else "", approved_at, snapshot))
    return tuple(lines)


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _progress(session: Session, code: str, name: str, as_of: date, snapshot: ApprovedSnapshot | None,
              summary: HomeSummary | None, approved: bool) -> ProvinceProgressLine:
    """The province's own PV and EV on ``as_of`` (``summary``), and beside them how many of its activities had a
    report by then and how many were overdue (from the change log the bundles carried, so a closed half-year reads
    the same later)."""
    activities = session.execute(select(NationalActivity.activity_id, NationalActivity.planned_finish).where(
        NationalActivity.province == code)).all()
    latest: dict[int, tuple[str, float]] = {}
    cutoff = as_of.isoformat()
    for new_values in session.scalars(select(NationalChange.new_values).where(
            NationalChange.province == code, NationalChange.table_name == "progress_update",
            NationalChange.operation == "insert").order_by(NationalChange.change_id)):
        values = json.loads(new_values)
        activity, percent = values.get("activity_id"), values.get("percent")
        reported_on = str(values.get("reported_on") or "")[:10]
        if not isinstance(activity, int) or not isinstance(percent, int | float) or not reported_on \
                or reported_on > cutoff:
            continue
        if reported_on >= latest.get(activity, ("", 0.0))[0]:
            latest[activity] = (reported_on, float(percent))
    overdue = sum(1 for row in activities if row.planned_finish and row.planned_finish < cutoff
                  and latest.get(row.activity_id, ("", 0.0))[1] < 100)
    approved_actual = _real(snapshot.overall().get("actual")) if snapshot else None
    return ProvinceProgressLine(code, name, len(activities), sum(1 for row in activities if row.activity_id in latest),
                                overdue, approved_actual,
                                summary.overall.planned if summary else None,
                                summary.overall.actual if summary else None, approved)


def _milestones(provinces: tuple[tuple[str, str], ...], summaries: dict[str, HomeSummary | None],
                states: dict[str, str | None], snapshots: dict[str, ApprovedSnapshot]) -> list[MilestoneLine]:
    """Each province's compliance with each target as now reported (the progress page's figures on the report
    date), and beside it the one its chief justice approved where the half-year is approved."""
    lines = []
    for index, target in enumerate(TARGETS):
        key = f"{target.term.value}-{target.year}"  # as desktop/approvals/snapshot.py keys them
        for code, name in provinces:
            summary = summaries[code]
            live = MilestoneFigures.of(summary.milestones[index]) if summary is not None else None
            lines.append(MilestoneLine(code, name, key, live, states[code],
                                       _approved_milestone(snapshots[code], key) if code in snapshots else None))
    return lines


def _approved_milestone(snapshot: ApprovedSnapshot, key: str) -> MilestoneFigures | None:
    values = snapshot.milestones().get(key)
    if not isinstance(values, dict):
        return None
    # signed by the province and matching its hash, but still data from outside: numbers only as numbers
    status = values.get("status")
    return MilestoneFigures(status if isinstance(status, str) else None, _real(values.get("value")),
                            _real(values.get("projected")), _whole(values.get("solutions_meeting")),
                            _whole(values.get("solutions_total")))


def _drivers(provinces: tuple[tuple[str, str], ...], summaries: dict[str, HomeSummary | None],
             snapshots: dict[str, ApprovedSnapshot]) -> list[DriverLine]:
    lines = []
    for code, name in provinces:
        summary = summaries[code]
        if summary is None:
            continue
        approved = snapshots[code].driver_projects() if code in snapshots else {}
        for driver in summary.driver_projects:
            frozen = approved.get(driver.code)
            lines.append(DriverLine(code, name, driver.code, driver.title, driver.progress.planned,
                                    driver.progress.actual,
                                    _real(frozen.get("actual")) if isinstance(frozen, dict) else None))
    return lines


def _real(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _rankings(provinces: tuple[tuple[str, str], ...], statistics: dict[str, ProvinceStatistics],
              snapshots: dict[str, ApprovedSnapshot]) -> list[IndicatorRanking]:
    rankings = []
    for definition in center_indicators():
        values: dict[str, ProvinceIndicator] = {code: statistics[code].indicators[definition.code]
                                                for code, _ in provinces}
        shown: dict[str, tuple[float | None, bool]] = {}
        for code, _ in provinces:
            found, approved = snapshots[code].province_value(definition.code) if code in snapshots else (False, None)
            shown[code] = (approved, True) if found else (values[code].value, False)
        complete = [(code, name) for code, name in provinces if values[code].complete and values[code].has_rows]
        ranked_units = rank(((code, name, shown[code][0]) for code, name in complete), definition.direction)
        names = dict(provinces)

        def line(unit: RankedUnit, shown: dict[str, tuple[float | None, bool]] = shown) -> RankedProvince:
            return RankedProvince(str(unit.key), unit.name, unit.value, unit.rank, shown[str(unit.key)][1])

        ranked = tuple(line(unit) for unit in ranked_units)
        valued = sum(1 for unit in ranked_units if unit.rank is not None)
        best: tuple[RankedUnit, ...] = ()
        worst: tuple[RankedUnit, ...] = ()
        # none for counts such as the backlog (provinces of different sizes are not compared on absolute numbers:
        # the smallest would always win, as desktop/reports/indicator_values.py says for districts)
        if definition.direction is not Direction.NEUTRAL and definition.unit is not Unit.COUNT and valued > 1:
            best, worst = best_and_worst(ranked_units, min(HIGHLIGHTED, valued // 2))
        complete_codes = {code for code, _ in complete}
        insufficient = tuple(RankedProvince(code, names[code], shown[code][0], None, shown[code][1])
                             for code, _ in sorted(provinces, key=lambda item: item[1]) if code not in complete_codes)
        rankings.append(IndicatorRanking(
            definition, national_value(definition, values.values()),
            sum(1 for value in values.values() if value.has_rows), ranked,
            tuple(line(unit) for unit in best), tuple(line(unit) for unit in worst), insufficient))
    return rankings


def _stale(session: Session, now: datetime, stale_days: int) -> list[StaleLine]:
    lines = []
    for row in status(session, now, stale_days):
        days = (now - row.last_received).days if row.last_received else None
        lines.append(StaleLine(row.code, row.name, row.last_received, days, row.stale))
    return lines


def _span(period: JalaliPeriod) -> tuple[datetime, datetime]:
    """The period as UTC instants (its first day's start to the day after its last)."""
    return (datetime.combine(period.start, time(), UTC), datetime.combine(period.end + timedelta(days=1), time(), UTC))


def _bundles(session: Session, period: JalaliPeriod) -> list[BundleLine]:
    """Every bundle held now (waiting for an earlier one), and every bundle refused since the period began (the
    report is read after the period: a refusal since is still the province's open problem)."""
    start, _end = _span(period)
    rows = session.scalars(select(CenterBundle).where(
        (CenterBundle.state == "held") | ((CenterBundle.state == "rejected") & (CenterBundle.received_at >= start))
    ).order_by(
        CenterBundle.province, CenterBundle.received_at, CenterBundle.sequence))
    return [BundleLine(row.province, row.sequence, row.state, row.received_at, row.reason) for row in rows]


def _directives(session: Session, period: JalaliPeriod) -> list[DirectiveLine]:
    start, end = _span(period)
    rows = session.scalars(select(CenterDirective).where(
        CenterDirective.created_at >= start, CenterDirective.created_at < end).order_by(
        CenterDirective.created_at, CenterDirective.province, CenterDirective.sequence))
    return [DirectiveLine(row.province, row.sequence, row.created_at, row.summary) for row in rows]
