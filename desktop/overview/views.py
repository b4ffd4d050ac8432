"""The overview's figures: what the home page shows, as one frozen value."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.indicators.early_warning import UnitAtRisk, UnitNotJudged
from desktop.indicators.views import DataCoverage
from desktop.meetings.views import ResolutionRow
from desktop.planning.views import HomeSummary


@dataclass(frozen=True)
class Overview:
    summary: HomeSummary
    overdue: list[ResolutionRow]
    at_risk: list[UnitAtRisk]
    has_statistics: bool
    has_meetings: bool
    coverage: DataCoverage
    #: The units the early warning could not judge: their statistics for one of the months it reads are carried
    #: forward or missing (desktop/indicators/at_risk.py) - neither at risk nor cleared of it, and said so.
    not_judged: list[UnitNotJudged]
