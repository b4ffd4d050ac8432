"""The provinces ranked on each indicator in the national report: their monthly statistics summed as the
province sums them (desktop/center/report/indicators.py), a province that approved the half-year on its
approved value, the best and worst named, incomplete provinces never ranked (no text, no layout)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.center.report.indicators import (
    ProvinceIndicator,
    ProvinceStatistics,
    center_indicators,
    national_value,
)
from desktop.center.report.snapshots import ApprovedSnapshot
from desktop.domain.indicators.definitions import IndicatorDefinition
from desktop.domain.indicators.ranking import RankedUnit, highlighted, marks_best_and_worst, rank


@dataclass(frozen=True)
class RankedProvince:
    code: str
    name: str
    value: float | None
    rank: int | None
    approved: bool  # the value is the one its chief justice approved
    #: The value rests on fewer cases than the ranking's minimum (how many): shown, not ranked.
    too_few_cases: int | None = None


@dataclass(frozen=True)
class IndicatorRanking:
    definition: IndicatorDefinition
    national: float | None  # Σ/Σ over every province with statistics
    provinces_with_data: int
    ranked: tuple[RankedProvince, ...]  # complete provinces, best first
    best: tuple[RankedProvince, ...]
    worst: tuple[RankedProvince, ...]
    insufficient: tuple[RankedProvince, ...]  # incomplete or without statistics: never ranked


def indicator_rankings(provinces: tuple[tuple[str, str], ...], statistics: dict[str, ProvinceStatistics],
                       snapshots: dict[str, ApprovedSnapshot]) -> list[IndicatorRanking]:
    rankings = []
    for definition in center_indicators():
        values: dict[str, ProvinceIndicator] = {code: statistics[code].indicators[definition.code]
                                                for code, _ in provinces}
        shown: dict[str, tuple[float | None, bool]] = {}
        cases: dict[str, int | None] = {}  # what each value rests on: the ranking's minimum (one rule)
        for code, _ in provinces:
            found, approved = snapshots[code].province_value(definition.code) if code in snapshots else (False, None)
            shown[code] = (approved, True) if found else (values[code].value, False)
            cases[code] = snapshots[code].province_cases(definition.code) if found else \
                definition.cases(values[code].totals)
        complete = [(code, name) for code, name in provinces if values[code].complete and values[code].has_rows]
        ranked_units = rank(((code, name, shown[code][0], cases[code]) for code, name in complete),
                            definition.direction)
        names = dict(provinces)

        def line(unit: RankedUnit, shown: dict[str, tuple[float | None, bool]] = shown) -> RankedProvince:
            return RankedProvince(str(unit.key), unit.name, unit.value, unit.rank, shown[str(unit.key)][1],
                                  unit.cases if unit.too_few else None)

        ranked = tuple(line(unit) for unit in ranked_units)
        best: tuple[RankedUnit, ...] = ()
        worst: tuple[RankedUnit, ...] = ()
        if marks_best_and_worst(definition):
            best, worst = highlighted(ranked_units)
        complete_codes = {code for code, _ in complete}
        insufficient = tuple(RankedProvince(code, names[code], shown[code][0], None, shown[code][1])
                             for code, _ in sorted(provinces, key=lambda item: item[1]) if code not in complete_codes)
        rankings.append(IndicatorRanking(
            definition, national_value(definition, values.values()),
            sum(1 for value in values.values() if value.has_rows), ranked,
            tuple(line(unit) for unit in best), tuple(line(unit) for unit in worst), insufficient))
    return rankings
