"""Computing the overview, and remembering it for the next start (desktop/store/view_snapshots.py)."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date

from desktop.accounts.service import AccountService
from desktop.clock import Clock
from desktop.indicators.service import IndicatorService
from desktop.meetings.service import MeetingService
from desktop.meetings.views import ResolutionFilter
from desktop.overview import codec
from desktop.overview.views import Overview
from desktop.planning.dashboard import DashboardService
from desktop.store import view_snapshots
from desktop.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ComputedOverview:
    """An overview with what it was computed from: the day, and the data generation read before computing."""

    overview: Overview
    day: date
    generation: int


class OverviewService:
    """The home page's figures. Reads only; :meth:`remember` writes a bookkeeping row that is no data."""

    def __init__(self, database: Database, clock: Clock, dashboard: DashboardService, meetings: MeetingService,
                 indicators: IndicatorService, accounts: AccountService) -> None:
        self._database = database
        self._clock = clock
        self._dashboard = dashboard
        self._meetings = meetings
        self._indicators = indicators
        self._accounts = accounts

    def compute(self) -> ComputedOverview:
        """The overview now. The generation is read first: a write landing during the computation leaves the
        result labelled older than its data — shown stale, recomputed — never the other way round."""
        from desktop.indicators.at_risk import AtRiskJudgement, judge_units_at_risk

        generation = view_snapshots.generation_now(self._database)
        day = self._clock.today()
        has_statistics = bool(self._indicators.available_months())

        def at_risk_now() -> AtRiskJudgement:
            return judge_units_at_risk(self._indicators) if has_statistics else AtRiskJudgement((), (), ())

        # The units at risk are mostly SQLite reading every branch's last four months, which lets go of the GIL:
        # on a file they are read on another thread while this one rolls the plan up (the two largest parts on a
        # province-sized database, one beside the other instead of one after the other). Not on an in-memory
        # database: its one connection is shared by every thread. No service is used by both threads at once.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="overview") if self._database.path else (
                nullcontext()) as beside:
            at_risk_later = beside.submit(at_risk_now) if beside is not None else None
            summary = self._dashboard.home_summary(day)
            overdue = self._meetings.resolutions(ResolutionFilter(only_overdue=True))
            has_meetings = bool(self._meetings.meetings())
            at_risk = at_risk_later.result() if at_risk_later is not None else at_risk_now()
        overview = Overview(summary, overdue, list(at_risk.at_risk), has_statistics, has_meetings,
                            self._indicators.coverage(), list(at_risk.not_judged))
        return ComputedOverview(overview, day, generation)

    def remember(self, computed: ComputedOverview) -> bool:
        """Keep ``computed`` for the next start when it may be shown to whoever opens the database next: only
        without accounts (the system scope). True when stored; skipped (False) when the database is busy, its
        health is not yet known, it changed since the computation, or the day turned meanwhile."""
        if self._clock.today() != computed.day:
            # Computed across midnight (or kept since the day before): the services after the first read of
            # "today" may have computed for the next day, under this day's key - never remembered.
            return False
        if self._accounts.has_accounts():
            return False
        payload = codec.encode(computed.overview)
        return view_snapshots.remember(self._database, codec.snapshot_key(computed.day), computed.generation, payload,
                                       self._clock.now())
