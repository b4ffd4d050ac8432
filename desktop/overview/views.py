"""The overview's figures: what the home page shows, as one frozen value."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.indicators.early_warning import UnitAtRisk
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
