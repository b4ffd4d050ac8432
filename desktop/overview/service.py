"""Computing the overview, and remembering it for the next start (desktop/store/view_snapshots.py)."""

from __future__ import annotations

import logging
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
        from desktop.indicators.at_risk import units_at_risk_now

        generation = view_snapshots.generation_now(self._database)
        day = self._clock.today()
        summary = self._dashboard.home_summary(day)
        overdue = self._meetings.resolutions(ResolutionFilter(only_overdue=True))
        has_statistics = bool(self._indicators.available_months())
        at_risk = units_at_risk_now(self._indicators) if has_statistics else []
        overview = Overview(summary, overdue, at_risk, has_statistics, bool(self._meetings.meetings()),
                            self._indicators.coverage())
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
