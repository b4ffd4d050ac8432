"""Computing the indicators page's first view, and remembering it for the next start
(desktop/store/view_snapshots.py, as the overview: desktop/overview/service.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.accounts.service import AccountService
from desktop.clock import Clock
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService
from desktop.organisation.service import OrganisationService
from desktop.ranking import codec
from desktop.ranking.views import FIRST_INDICATOR, FIRST_KIND, FIRST_LEVEL, FirstRanking, RankingChoice
from desktop.store import view_snapshots
from desktop.store.database import Database


@dataclass(frozen=True)
class ComputedRanking:
    """A first ranking with what it was computed from: the day, and the data generation read before."""

    ranking: FirstRanking
    day: date
    generation: int


class FirstRankingService:
    """The indicators page's first view. Reads only; :meth:`remember` writes a bookkeeping row that is no data."""

    def __init__(self, database: Database, clock: Clock, indicators: IndicatorService,
                 organisation: OrganisationService, accounts: AccountService) -> None:
        self._database = database
        self._clock = clock
        self._indicators = indicators
        self._organisation = organisation
        self._accounts = accounts

    def compute(self) -> ComputedRanking:
        """The first view now; the generation read first (a write meanwhile leaves it labelled older)."""
        generation = view_snapshots.generation_now(self._database)
        day = self._clock.today()
        months = tuple(self._indicators.available_months())
        period = JalaliPeriod.containing(FIRST_KIND, months[-1].start) if months else None
        choice = RankingChoice(FIRST_INDICATOR, FIRST_LEVEL, FIRST_KIND, period, None)
        table = None if period is None else self._indicators.table(FIRST_INDICATOR, FIRST_LEVEL, period, None, None)
        ranking = FirstRanking(choice, months, tuple(self._indicators.case_types()),
                               self._organisation.profile().province_name, table)
        return ComputedRanking(ranking, day, generation)

    def remember(self, computed: ComputedRanking) -> bool:
        """Keep ``computed`` for the next start, only without accounts (the system scope). True when stored;
        skipped (False) when the database is busy, its health is not yet known, or it changed since."""
        if self._accounts.has_accounts():
            return False
        payload = codec.encode(computed.ranking)
        return view_snapshots.remember(self._database, codec.snapshot_key(computed.day), computed.generation, payload,
                                       self._clock.now())
