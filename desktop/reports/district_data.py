"""What the monthly district statistics need: every seed 002/003 indicator for each branch of one district
(or of all of them), this month and the month before, and the districts' own values."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from desktop.approvals.service import FrozenFigures
from desktop.domain.access import Action, Principal, Reach
from desktop.domain.indicators import Direction, Unit, indicator
from desktop.domain.indicators.early_warning import UnitAtRisk
from desktop.domain.indicators.ranking import rank
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.indicators.at_risk import UnitNotJudged, judge_units_at_risk
from desktop.indicators.service import IndicatorService
from desktop.reports.approved import (
    ApprovalMark,
    frozen_figures,
    mark_of,
    unit_cases,
    unit_completeness,
    unit_value,
)
from desktop.reports.approved import units as frozen_units
from desktop.reports.indicator_values import UnitValue, indicator_values
from desktop.store.database import Database
from desktop.store.settings import get_setting
from desktop.tasks import TaskProgress

#: The indicators of the monthly statistics (seed 002: backlog, times, flows, satisfaction; seed 003: referrals
#: through the day and cases recorded in full in the CMS), in this order.
DISTRICT_INDICATORS = ("incoming", "disposed", "clearance_rate", "backlog", "disposition_time",
                       "avg_time_to_disposition", "avg_scheduling_time", "max_scheduling_time", "pending_over_365",
                       "satisfaction", "last_hour_referrals", "data_completeness")
#: Branches are ranked within their district by this indicator.
RANK_BY = "clearance_rate"


@dataclass(frozen=True)
class UnitValues:
    unit_id: int
    name: str
    rank: int | None
    values: dict[str, float | None]
    previous: dict[str, float | None]
    complete: bool = True  # statistics for every month of every branch; an incomplete unit has no rank
    #: Its branches and how many of them have complete statistics for the month ("3 of 4 branches complete").
    branches: int = 1
    complete_branches: int = 1
    #: The indicators whose figure of the month is incomplete although the unit's statistics are complete
    #: (satisfaction: some branch did not answer the survey).
    incomplete_codes: frozenset[str] = frozenset()
    #: False for an approved month whose snapshot does not say whether the unit was complete (version 1, or a
    #: unit registered since): not known to be complete, so never ranked, and said to be unknown.
    completeness_known: bool = True
    #: Complete, with a value of :data:`RANK_BY`, but resting on fewer cases than the ranking's minimum (how
    #: many): not ranked, and said so (desktop/domain/indicators/ranking.py ``MINIMUM_CASES``).
    too_few_cases: int | None = None

    def is_complete(self, code: str) -> bool:
        return self.complete and code not in self.incomplete_codes

    def change(self, code: str) -> float | None:
        """The change since the month before; None without both values, or to or from an unbounded one."""
        now, before = self.values.get(code), self.previous.get(code)
        if now is None or before is None or not math.isfinite(now - before):
            return None
        return now - before


@dataclass(frozen=True)
class DistrictBlock:
    district: UnitValues
    branches: tuple[UnitValues, ...]


@dataclass(frozen=True)
class DistrictData:
    period: JalaliPeriod
    as_of: date
    province_name: str
    province: UnitValues | None
    districts: tuple[DistrictBlock, ...]
    scope_name: str  # the district's name, or "" for all
    #: Set when the month is approved: its values are the frozen ones (docs/access.md, "Snapshot").
    approval: ApprovalMark | None = None
    #: The early warning of the overview's "Needs attention" (docs/indicators.md, "Units at risk") for the
    #: report's districts and their branches, over the three months ending with the report's month.
    at_risk: tuple[UnitAtRisk, ...] = ()
    #: The report's units whose statistics for those months are incomplete: not judged (neither listed as at
    #: risk on a partial figure nor cleared of it).
    not_judged: tuple[UnitNotJudged, ...] = ()

    @property
    def has_data(self) -> bool:
        return any(v is not None for block in self.districts for v in block.district.values.values())


def unknown_district(code: str) -> DomainError:
    return DomainError("Reports", QT_TRANSLATE_NOOP("Reports", "There is no district with the code {code}."),
                       {"code": code})


def gather_district(database: Database, period: JalaliPeriod, district_code: str | None, today: date,
                    progress: TaskProgress, principal: Principal | None = None) -> DistrictData:
    """One district (or every one) for ``principal``: a district head gets his own district and no province
    total; naming another district is refused."""
    who = principal or Principal.system()
    if period.kind is not PeriodKind.MONTH:
        period = JalaliPeriod(PeriodKind.MONTH, period.year, period.first_month)
    previous = period.previous()
    with database.reading() as session:
        province_name = get_setting(session, "province.name", "") or ""
        districts = [tuple(row) for row in session.execute(text("SELECT id, code, name FROM district ORDER BY code"))]
        district_of_branch = dict(session.execute(text("SELECT id, district_id FROM branch")).all())
    if district_code is not None:
        districts = [d for d in districts if d[1] == district_code]
        if not districts:
            raise unknown_district(district_code)
    if who.visible_district is not None:
        if district_code is not None:
            who.require(Action.VIEW, districts[0][0])
        districts = [d for d in districts if d[0] == who.visible_district]
        district_code = districts[0][1] if districts else None
    else:
        who.require(Action.VIEW, Reach.ALL_DISTRICTS)
    wanted = {d[0] for d in districts}
    branch_values: dict[int, dict[str, float | None]] = defaultdict(dict)
    branch_before: dict[int, dict[str, float | None]] = defaultdict(dict)
    district_values: dict[int, dict[str, float | None]] = defaultdict(dict)
    district_before: dict[int, dict[str, float | None]] = defaultdict(dict)
    province_values: dict[str, float | None] = {}
    province_before: dict[str, float | None] = {}
    names: dict[int, str] = {}
    district_of: dict[int, int] = {}
    incomplete: set[tuple[str, int]] = set()  # (level, unit id) of the month's incomplete units
    coverage: dict[tuple[str, int], tuple[int, int]] = {}  # (level, unit id) -> (complete branches, branches)
    incomplete_codes: dict[tuple[str, int], set[str]] = defaultdict(set)  # a figure incomplete on its own
    rank_cases: dict[int, int | None] = {}  # the cases each branch's RANK_BY value rests on
    total = 6
    step = 0
    for month, branches_into, districts_into, province_into in (
            (period, branch_values, district_values, province_values),
            (previous, branch_before, district_before, province_before)):
        for level, into in (("branch", branches_into), ("district", districts_into)):
            progress.step(step, total, "")
            step += 1
            for code, units in indicator_values(database, DISTRICT_INDICATORS, level, month, principal=who).items():
                for unit in units:
                    if level == "branch":
                        if unit.parent_id not in wanted:
                            continue
                        names[unit.unit_id] = unit.name
                        district_of[unit.unit_id] = unit.parent_id
                    into[unit.unit_id][code] = unit.value
                    if month is period and code == RANK_BY and level == "branch":
                        rank_cases[unit.unit_id] = unit.cases
                    if month is period:
                        _note_completeness(unit, level, code, incomplete, coverage, incomplete_codes)
        progress.step(step, total, "")
        step += 1
        if who.sees_all_districts:
            for code, units in indicator_values(database, DISTRICT_INDICATORS, "province", month,
                                                principal=who).items():
                province_into[code] = units[0].value if units else None
                if month is period and units:
                    _note_completeness(units[0], "province", code, incomplete, coverage, incomplete_codes)
    progress.step(total, total, "")
    frozen = frozen_figures(database, period, today)
    unknown: set[tuple[str, int]] = set()  # (level, unit id) whose approved completeness is not known
    if frozen is not None:  # an approved month: the values the chief justice approved
        with database.session() as session:
            branch_codes = dict(session.execute(text("SELECT id, code FROM branch")).all())
        district_codes = {d[0]: d[1] for d in districts}
        # ...and the completeness they were approved with, not today's (docs/access.md, "Snapshot")
        incomplete, coverage, incomplete_codes, unknown = _frozen_completeness(
            frozen, branch_codes, district_codes, district_of_branch,
            next((key[1] for key in coverage if key[0] == "province"), 0))
        for level, values, codes in (("branch", branch_values, branch_codes),
                                     ("district", district_values, district_codes)):
            for unit_id, by_code in values.items():
                for code in list(by_code):
                    found, value = unit_value(frozen, code, level, codes.get(unit_id, ""))
                    if found:
                        by_code[code] = value
                        if level == "branch" and code == RANK_BY:  # as approved (unknown before version 4)
                            rank_cases[unit_id] = unit_cases(frozen, code, level, codes.get(unit_id, ""))
        for code in list(province_values):
            province = [v for _c, _n, v, _complete in frozen_units(frozen, code, "province")]
            if province:
                province_values[code] = province[0]
    blocks = []
    for district_id, _code, name in districts:
        members = [b for b, d in district_of.items() if d == district_id and b in names]
        ranking = rank(((b, names[b], branch_values[b].get(RANK_BY), rank_cases.get(b))
                        for b in members if ("branch", b) not in incomplete), indicator(RANK_BY).direction)
        ranked = {unit.key: unit.rank for unit in ranking}
        few = {unit.key: unit.cases for unit in ranking if unit.too_few}
        branches = sorted((UnitValues(b, names[b], ranked.get(b), dict(branch_values[b]), dict(branch_before[b]),
                                      *_completeness("branch", b, incomplete, coverage, incomplete_codes, unknown),
                                      too_few_cases=few.get(b))
                           for b in members), key=lambda u: (u.rank is None, u.rank or 0, u.name))
        blocks.append(DistrictBlock(UnitValues(district_id, name, None, dict(district_values[district_id]),
                                               dict(district_before[district_id]),
                                               *_completeness("district", district_id, incomplete, coverage,
                                                              incomplete_codes, unknown)), tuple(branches)))
    province = None
    if province_values:
        # the province's figure of a month some branch has not reported is incomplete too, and says so
        province_key = next((key for key in coverage if key[0] == "province"), ("province", 0))
        province = UnitValues(0, province_name, None, province_values, province_before,
                              *_completeness("province", province_key[1], incomplete, coverage, incomplete_codes,
                                             unknown))
    as_of = period.described_on(today)
    scope = districts[0][2] if district_code is not None else ""
    # The same list the overview shows (its rule, its figures), limited to the report's districts.
    judged = judge_units_at_risk(IndicatorService(database, principal=who), until=period)

    def ours(unit: UnitAtRisk | UnitNotJudged) -> bool:
        return (unit.unit_id if unit.level == "district" else district_of_branch.get(unit.unit_id)) in wanted

    return DistrictData(period, as_of, province_name, province, tuple(blocks), scope, mark_of(frozen),
                        tuple(filter(ours, judged.at_risk)), tuple(filter(ours, judged.not_judged)))


def _note_completeness(unit: UnitValue, level: str, code: str, incomplete: set[tuple[str, int]],
                       coverage: dict[tuple[str, int], tuple[int, int]],
                       incomplete_codes: dict[tuple[str, int], set[str]]) -> None:
    """Records one figure's completeness: the unit's (its case statistics) from any indicator but satisfaction,
    whose survey may be incomplete on its own."""
    key = (level, unit.unit_id)
    if code == "satisfaction":
        if not unit.complete:
            incomplete_codes[key].add(code)
        return
    coverage[key] = (unit.complete_branches, unit.branches)
    if not unit.complete:
        incomplete.add(key)


def _completeness(level: str, unit_id: int, incomplete: set[tuple[str, int]],
                  coverage: dict[tuple[str, int], tuple[int, int]],
                  incomplete_codes: dict[tuple[str, int], set[str]],
                  unknown: set[tuple[str, int]]) -> tuple[bool, int, int, frozenset[str], bool]:
    """The trailing fields of a :class:`UnitValues`: complete, branches, complete branches, incomplete codes,
    completeness known."""
    key = (level, unit_id)
    done, total = coverage.get(key, (0, 0))
    return key not in incomplete, total, done, frozenset(incomplete_codes.get(key, ())), key not in unknown


#: Any indicator read from the case statistics gives a unit's completeness (it depends on its months only).
_CASES = "backlog"


def _frozen_completeness(
    frozen: FrozenFigures, branch_codes: dict[int, str], district_codes: dict[int, str],
    district_of_branch: dict[int, int], province_id: int,
) -> tuple[set[tuple[str, int]], dict[tuple[str, int], tuple[int, int]], dict[tuple[str, int], set[str]],
           set[tuple[str, int]]]:
    """The completeness an approved month was approved with (snapshot version 2 records it per unit and
    indicator): the incomplete units, their coverage (the branches of today's registry counted complete when the
    snapshot says they were), the figures incomplete on their own (satisfaction) and the units whose completeness
    the snapshot does not say - a version 1 snapshot, or a unit registered since - which count as not complete."""
    incomplete: set[tuple[str, int]] = set()
    coverage: dict[tuple[str, int], tuple[int, int]] = {}
    incomplete_codes: dict[tuple[str, int], set[str]] = defaultdict(set)
    unknown: set[tuple[str, int]] = set()

    def judge(key: tuple[str, int], level: str, code: str) -> bool:
        complete = unit_completeness(frozen, _CASES, level, code)
        if complete is None:
            unknown.add(key)
        if complete is not True:
            incomplete.add(key)
        elif unit_completeness(frozen, "satisfaction", level, code) is not True:
            incomplete_codes[key].add("satisfaction")
        return complete is True

    complete_branches = {branch_id for branch_id, code in branch_codes.items()
                         if judge(("branch", branch_id), "branch", code)}
    for branch_id in branch_codes:
        coverage[("branch", branch_id)] = (int(branch_id in complete_branches), 1)
    for district_id, code in district_codes.items():
        judge(("district", district_id), "district", code)
        members = [b for b, d in district_of_branch.items() if d == district_id]
        coverage[("district", district_id)] = (sum(b in complete_branches for b in members), len(members))
    provinces = frozen_units(frozen, _CASES, "province")
    key = ("province", province_id)
    if provinces:
        judge(key, "province", provinces[0][0])
    else:
        unknown.add(key)
        incomplete.add(key)
    coverage[key] = (len(complete_branches), len(branch_codes))
    return incomplete, coverage, incomplete_codes, unknown


def better(code: str, change: float | None) -> bool | None:
    """Whether a change is an improvement (None for neutral indicators or no change — also a change too small
    to show: one that reads «۰٫۰» at the indicator's decimals is not coloured)."""
    definition = indicator(code)
    direction = definition.direction
    decimals = 0 if definition.unit is Unit.COUNT else 2 if definition.unit is Unit.RATIO else 1
    if change is None or round(change, decimals) == 0 or direction is Direction.NEUTRAL:
        return None
    return (change > 0) == (direction is Direction.HIGHER)


