"""Units at risk are judged on complete figures only: a unit with a branch whose statistics for a month the rules
read are carried forward or missing is neither listed at risk on that partial figure nor cleared of it - it is
listed as not judged (docs/indicators.md, "Units at risk"). The overview judges the latest month at least half the
branches have reported, not one a few branches filed early."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.imports.service import IMPORTED, ImportService
from desktop.indicators import at_risk
from desktop.indicators.service import IndicatorService
from desktop.store.database import Database
from tests.imports.conftest import MONTHLY_HEADERS, TODAY, USER, write_csv
from tests.imports.test_figures_at_the_edges import monthly_row
from tests.reports.partial_province import JAFARIYEH, LATE_BRANCH, QOM, SHAHRIVAR, partial_province


@pytest.fixture
def database(tmp_path: Path):
    database = partial_province(tmp_path)
    yield database
    database.close()


SHAHRIVAR_INDEX = SHAHRIVAR.year * 12 + SHAHRIVAR.index - 1  # docs/indicators.md: month index = year*12 + month-1


def _names(units) -> set[tuple[str, str]]:
    return {(unit.level, unit.name) for unit in units}


@pytest.mark.parametrize("rollups", [True, False])
def test_a_district_with_a_branch_carried_forward_is_not_listed_at_risk_on_its_partial_figures(
        database: Database, rollups: bool) -> None:
    service = IndicatorService(database, use_rollups=rollups)
    # Qom's backlog "grew" only by its other branch's rise over a carried one, its clearance is one branch's
    assert ("district", QOM) not in _names(at_risk.units_at_risk_now(service, until=SHAHRIVAR))
    judged = at_risk.judge_units_at_risk(service, until=SHAHRIVAR)
    assert _names(judged.at_risk) == {("district", JAFARIYEH), ("branch", "شعبه 101 حقوقی قم"),
                                      ("branch", "شعبه 101 جعفریه")}
    assert _names(judged.not_judged) == {("district", QOM), ("branch", LATE_BRANCH)}
    assert [month.code for month in judged.months] == ["1403-03", "1403-04", "1403-05", "1403-06"]


def _file_mehr_early(database: Database, folder: Path) -> None:
    early = [monthly_row("101001", 7, 10, 8, 120)]  # Mehr from one branch of three; the others carried into it
    assert ImportService(database, FixedClock(TODAY), USER).import_file(
        write_csv(folder / "early.csv", MONTHLY_HEADERS, early), "monthly").status == IMPORTED


def test_a_branch_filing_the_next_month_early_does_not_change_the_overviews_list(
        database: Database, tmp_path: Path) -> None:
    service = IndicatorService(database)
    before = at_risk.units_at_risk_now(service)
    _file_mehr_early(database, tmp_path)
    # judged, as before, on the months ending with Shahrivar: the latest month most branches have reported
    assert at_risk.units_at_risk_now(service) == before
    assert _names(before) == {("district", JAFARIYEH), ("branch", "شعبه 101 حقوقی قم"),
                              ("branch", "شعبه 101 جعفریه")}
    assert [month.code for month in at_risk.judge_units_at_risk(service).months][-1] == "1403-06"


def test_a_month_one_branch_filed_early_judges_that_branch_and_says_the_others_were_not_judged(
        database: Database, tmp_path: Path) -> None:
    """A district report of Mehr asks for Mehr: its district is not at risk on one branch's figures."""
    from desktop.domain.jalali import JalaliPeriod

    _file_mehr_early(database, tmp_path)
    judged = at_risk.judge_units_at_risk(IndicatorService(database), until=JalaliPeriod.parse("1403-07"))
    assert _names(judged.at_risk) == {("branch", "شعبه 101 حقوقی قم")}
    assert _names(judged.not_judged) == {("district", QOM), ("district", JAFARIYEH), ("branch", LATE_BRANCH),
                                         ("branch", "شعبه 101 جعفریه")}


@pytest.mark.parametrize("months", [(SHAHRIVAR_INDEX - 1, SHAHRIVAR_INDEX), (SHAHRIVAR_INDEX, SHAHRIVAR_INDEX),
                                    (SHAHRIVAR_INDEX - 3, SHAHRIVAR_INDEX + 1)])
@pytest.mark.parametrize("level", ["province", "district", "branch"])
def test_the_units_not_judged_are_the_same_from_the_coverage_roll_ups_and_from_the_branch_rows(
        database: Database, level: str, months: tuple[int, int]) -> None:
    """The home page reads them from the few coverage rows (3,000 branch rows a month on the large demo)."""
    from desktop.indicators.unit_coverage import (
        incomplete_branches_from_coverage as _incomplete_branches_from_coverage,
    )

    from_rollups = IndicatorService(database).incomplete_units(level, *months)
    from_rows = IndicatorService(database, use_rollups=False).incomplete_units(level, *months)
    assert from_rollups == from_rows
    if months[0] == months[1]:  # Shahrivar alone: read from the roll-ups, and a branch in it is carried forward
        with database.engine.connect() as connection:
            assert _incomplete_branches_from_coverage(connection, *months)
        assert from_rollups
