"""The units at risk come from the units SQL lets through (`month_totals(..., possibly_at_risk=...)`): a necessary
condition of the early-warning rules, so that the overview does not carry 3,000 branches into Python. It must
let through every unit the rules flag - the border cases below - and the result must equal the one computed from
the dashboard's tables of every unit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.domain.indicators.early_warning import RUN_MONTHS, RiskReason
from desktop.indicators.at_risk import MEASURES, latest_months, month_index, units_at_risk_now
from desktop.indicators.rollup import rebuild_rollups
from desktop.indicators.service import IndicatorService
from tests.services.province_rows import province_in_memory
from tests.services.test_indicator_rollups import units_at_risk_from_tables

FIRST = 16836  # 1403-01; the run's four months are 16836..16839
HUGE = 904479912243198631  # HUGE * 100.0 / HUGE == 99.99999999999999
A, B = "حقوقی", "کیفری"
# branch -> [(month offset, case type, incoming, disposed, pending_end)]
BRANCHES: dict[str, list[tuple[int, str, int, int, int]]] = {
    "rising": [(m, A, 10, 10, 10 + m) for m in range(4)],  # the backlog rose by one each month
    "flat once": [(m, A, 10, 10, (10, 11, 11, 12)[m]) for m in range(4)],  # equal is no rise
    "clearing less": [(m, A, 10, 9, 5) for m in range(4)],  # 90 % three months running
    "clearing exactly": [(m, A, 10, (9, 10, 9)[m - 1] if m else 0, 5) for m in range(4)],  # 100 % is not below
    "nothing came in": [(m, A, (5, 0, 5)[m - 1] if m else 5, 0, 5) for m in range(4)],  # no rate: breaks the run
    "a month missing": [(m, A, 10, 1, 10 + m) for m in (0, 1, 3)],  # no rows in month 2: no run at all
    # each type's backlog goes up and down, their sum rises: the rule reads the sum
    "types summed": [(m, A, 1, 1, (10, 20, 5, 30)[m]) for m in range(4)]
                    + [(m, B, 1, 1, (10, 1, 30, 10)[m]) for m in range(4)],
    "both rules": [(m, B, 10, 2, 100 * (m + 1)) for m in range(4)],
    "improving": [(m, A, 10, 20, 50 - m) for m in range(4)],
    # as many disposed of as came in, yet disposed * 100.0 / incoming rounds to just under 100 at this size:
    # the rule says "low", so SQL must let it through although disposed < incoming does not hold
    "absurd counts": [(m, A, HUGE, HUGE, 5) for m in range(4)],
}


@pytest.fixture
def service() -> Iterator[IndicatorService]:
    with province_in_memory(("حوزه ۱", "حوزه ۲")) as (database, connection):
        run = connection.exec_driver_sql
        for number, (name, months) in enumerate(BRANCHES.items(), start=1):
            # "rising" alone in district 2; district 1 sums the rest ("both rules" makes its backlog rise)
            district = 2 if name == "rising" else 1
            run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (?, ?, ?, ?, '')",
                (number, district, f"B{number:02}", name))
            for offset, case_type, incoming, disposed, pending in months:
                run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end,"
                    " source) VALUES (?, ?, ?, ?, ?, ?, 'cases')",
                    (number, FIRST + offset, case_type, incoming, disposed, pending))
                run("INSERT OR IGNORE INTO indicator_month (branch_id, month_index, case_type, source)"
                    " VALUES (?, ?, '', 'cases')", (number, FIRST + offset))
        rebuild_rollups(connection)
    yield IndicatorService(database)
    database.close()


def test_every_unit_the_rules_flag_is_let_through_and_the_result_is_the_tables(service: IndicatorService) -> None:
    found = units_at_risk_now(service)
    assert found == units_at_risk_from_tables(service)
    reasons = {unit.name: set(unit.reasons) for unit in found if unit.level == "branch"}
    assert reasons == {
        "rising": {RiskReason.BACKLOG_GROWING},
        "clearing less": {RiskReason.CLEARANCE_LOW},
        "types summed": {RiskReason.BACKLOG_GROWING},
        "both rules": {RiskReason.BACKLOG_GROWING, RiskReason.CLEARANCE_LOW},
        "absurd counts": {RiskReason.CLEARANCE_LOW},
    }
    # district 1's backlog rises too, but its "a month missing" branch has no month 2: it is not judged
    assert {unit.name for unit in found if unit.level == "district"} == {"حوزه ۲"}


def test_only_the_units_that_may_meet_a_rule_come_back_from_sql(service: IndicatorService) -> None:
    months = [month_index(month) for month in latest_months(service)]
    assert months == [FIRST + offset for offset in range(RUN_MONTHS + 1)]
    everything = service.month_totals("branch", months[0], months[-1], MEASURES)
    narrowed = service.month_totals("branch", months[0], months[-1], MEASURES, possibly_at_risk=RUN_MONTHS)
    # exactly the units flagged: the condition is the rules' own for counts of cases (below 10**15), and lets
    # every unit with more incoming cases through
    assert [unit[2] for unit in narrowed[0]] == ["rising", "clearing less", "types summed", "both rules",
                                                 "absurd counts"]
    # the totals of a unit let through are the ones read without narrowing
    assert all(narrowed[1][unit[0]] == everything[1][unit[0]] for unit in narrowed[0])
    assert len(everything[0]) == len(BRANCHES)


def test_narrowing_needs_the_measures_the_rules_read(service: IndicatorService) -> None:
    with pytest.raises(ValueError, match="pending_end"):
        service.month_totals("branch", FIRST, FIRST + 3, ("incoming", "disposed"), possibly_at_risk=RUN_MONTHS)
