"""The indicators page's first view: the choice it opens on, the choices it offers and the table it ranks."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.indicators import INDICATORS
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.indicators.views import IndicatorTable

#: What the page opens on (desktop/ui/pages/indicators.py selects the same in its boxes): the first indicator,
#: the judicial districts, the latest quarter with statistics, every case type.
FIRST_INDICATOR = INDICATORS[0].code
FIRST_LEVEL = "district"
FIRST_KIND = PeriodKind.QUARTER


@dataclass(frozen=True)
class RankingChoice:
    indicator: str  # an indicator's code
    level: str  # 'province' | 'district' | 'branch'
    kind: PeriodKind
    period: JalaliPeriod | None  # None before any statistics were imported
    case_type: str | None  # None: every case type


@dataclass(frozen=True)
class FirstRanking:
    """``months``: every month with statistics, oldest first (the page's period list is made from them);
    ``case_types``: the case types it offers; ``table``: None when there is no period to rank."""

    choice: RankingChoice
    months: tuple[JalaliPeriod, ...]
    case_types: tuple[str, ...]
    province_name: str
    table: IndicatorTable | None
