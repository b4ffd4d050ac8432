"""Branch performance indicators (docs/indicators.md): definitions, month indexes, ranking, office hours."""

from desktop.domain.indicators.definitions import (
    INDICATORS,
    Direction,
    IndicatorDefinition,
    MeasureTotals,
    Unit,
    indicator,
    percentile_from_histogram,
)

__all__ = [
    "INDICATORS",
    "Direction",
    "IndicatorDefinition",
    "MeasureTotals",
    "Unit",
    "indicator",
    "percentile_from_histogram",
]
