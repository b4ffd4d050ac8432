"""Through the indicator service: a branch that disposed of nothing is the worst on disposition time (not an
unranked blank), and a branch with one case is shown but never the province's best (docs/indicators.md,
"Ranking, best and worst")."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService
from tests.services.volume_province import FARVARDIN, volume_province

PERIOD = JalaliPeriod.parse(FARVARDIN)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[IndicatorService]:
    database = volume_province(tmp_path / "volume.sqlite3")
    yield IndicatorService(database)
    database.close()


def rows_of(service: IndicatorService, code: str):
    table = service.table(code, "branch", PERIOD, parent=("district", 1))
    return {row.code: row for row in table.rows}, [row.code for row in table.rows]


def test_a_branch_that_disposed_of_nothing_is_ranked_worst_on_disposition_time(service) -> None:
    rows, order = rows_of(service, "disposition_time")
    assert order == ["F1", "E1", "G1", "B1"]
    g1 = rows["G1"]
    assert (g1.value, g1.rank, g1.is_worst, g1.is_best, g1.cases) == (math.inf, 3, True, False, 75)
    assert not rows["E1"].is_worst and rows["F1"].is_best


def test_a_branch_with_one_case_is_shown_but_not_ranked_nor_best(service) -> None:
    for code in ("disposition_time", "avg_time_to_disposition", "clearance_rate"):
        rows, _ = rows_of(service, code)
        b1 = rows["B1"]
        assert (b1.rank, b1.is_best, b1.is_worst, b1.too_few, b1.cases, b1.complete) == (
            None, False, False, True, 1, True), code
        assert b1.value is not None
    rows, _ = rows_of(service, "avg_time_to_disposition")
    assert rows["B1"].value == 5.0 and rows["F1"].rank == 1 and rows["F1"].is_best


def test_the_average_time_of_a_branch_that_disposed_of_nothing_has_no_value_and_no_rank(service) -> None:
    rows, order = rows_of(service, "avg_time_to_disposition")
    assert order[-1] == "G1"
    assert (rows["G1"].value, rows["G1"].rank, rows["G1"].cases, rows["G1"].too_few) == (None, None, 0, False)
