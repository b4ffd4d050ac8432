"""What the national report needs, gathered from the center's database in one read (no text, no layout).

Each part's lines and their gathering live beside this module: the plan's figures (progress, milestones,
driver projects) in ``plan_lines``, the indicator rankings in ``ranking_lines``, the center's follow-up of the
provinces (approvals, stale provinces, held and refused bundles, directives) in ``follow_up_lines``. This
module holds the whole (:class:`NationalData`) and gathers it in one read (:func:`gather_national`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import CenterProvince
from desktop.center.plan_overview import (
    MilestoneCompliance,
    NationalOverall,
    milestone_compliance,
    national_overall,
    province_overview,
)
from desktop.center.report.follow_up_lines import (
    ApprovalLine,
    BundleLine,
    DirectiveLine,
    StaleLine,
    approval_lines,
    bundle_lines,
    directive_lines,
    stale_lines,
)
from desktop.center.report.indicators import ProvinceStatistics, latest_month, province_statistics
from desktop.center.report.plan_lines import (  # noqa: F401 - MilestoneFigures re-exported for the tests
    DriverLine,
    MilestoneFigures,
    MilestoneLine,
    ProvinceProgressLine,
    driver_lines,
    milestone_lines,
    progress_line,
)
from desktop.center.report.ranking_lines import IndicatorRanking, indicator_rankings
from desktop.domain.indicators.periods import first_month_index, last_month_index, month_period
from desktop.domain.jalali import JalaliPeriod


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
    #: Provinces whose stored plan could not be read (plan_overview.ProvinceOverview.unreadable): incomplete data,
    #: never "no plan data", never zero
    unreadable: frozenset[str] = frozenset()

    @property
    def never_sent(self) -> frozenset[str]:
        """Provinces from which nothing at all has reached the center (registered, silent since): their figures
        are not known - never zero, never ranked - and they have never "sent recently"."""
        return frozenset(line.code for line in self.stale if line.never_sent)

    @property
    def not_received(self) -> frozenset[str]:
        """Provinces none of whose bundles has been applied (never sent, or only held or refused ones)."""
        return frozenset(line.code for line in self.stale if not line.received)

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



def gather_national(session: Session, period: JalaliPeriod, now: datetime, stale_days: int,
                    only: frozenset[str] | None = None) -> NationalData:
    """``only``: the provinces a provincial liaison may see (None: every province)."""
    as_of = period.described_on(now.date())
    provinces = tuple((code, name) for code, name in session.execute(
        select(CenterProvince.code, CenterProvince.name).order_by(CenterProvince.code))
        if only is None or code in only)
    shown = {code for code, _ in provinces}
    approvals = approval_lines(session, period, provinces)
    snapshots = {line.code: line.snapshot for line in approvals if line.snapshot is not None}
    states = {line.code: line.state for line in approvals}
    # one latest month for all: a province whose last months have not arrived lacks them (the dashboard's rule)
    national_latest = max((month for code, _ in provinces if (month := latest_month(session, code)) is not None),
                          default=None)
    statistics = {code: province_statistics(session, code, period, national_latest) for code, _ in provinces}
    # the progress page's computation on the report's date (desktop/center/plan_overview.py): one way of
    # computing milestones, for approved and unapproved provinces alike
    overviews = {code: province_overview(session, code, name, as_of) for code, name in provinces}
    summaries = {code: overview.summary for code, overview in overviews.items()}
    unreadable = frozenset(code for code, overview in overviews.items() if overview.unreadable)
    return NationalData(
        period=period, as_of=as_of, provinces=provinces,
        progress=tuple(progress_line(code, name, overviews[code], snapshots.get(code), states[code] == "approved")
                       for code, name in provinces),
        milestones=tuple(milestone_lines(provinces, summaries, states, snapshots, unreadable)),
        compliance=milestone_compliance(summaries[code] for code, _ in provinces if code not in unreadable),
        drivers=tuple(driver_lines(provinces, summaries, snapshots)),
        rankings=tuple(indicator_rankings(provinces, statistics, snapshots)),
        stale=tuple(line for line in stale_lines(session, now, stale_days) if line.code in shown),
        bundles=tuple(line for line in bundle_lines(session, period) if line.province in shown),
        approvals=approvals,
        directives=tuple(line for line in directive_lines(session, period) if line.province in shown),
        statistics=statistics, limited=only is not None,
        overall=national_overall(summaries[code] for code, _ in provinces),
        through_month=_through_month(period, national_latest), unreadable=unreadable)


def _through_month(period: JalaliPeriod, latest: int | None) -> JalaliPeriod | None:
    """The month the figures run to when it is within the period and before its last month."""
    if latest is None or not first_month_index(period) <= latest < last_month_index(period):
        return None
    return month_period(latest)
