"""A branch a province opened after its records began (``opened_month`` in the branch rows its bundles carry, the
province's migration 0018) is expected from the month it opened - at the center as at the province: its province's
and district's earlier periods stay complete and ranked, on the dashboard and in the national report; a period it
is open in waits for its statistics (and, for satisfaction, its survey answers) from that month on only. A branch
added without an opening month is missing from every earlier month, as before.

Before, the center counted every branch a province had ever named in every month: adding one made each earlier
period of its district and province incomplete and unranked. The scenario goes through the province's own import
of its branches file, its signed bundle and the center's ingest; the province's own indicator service judges the
same periods on the same data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.center.dashboard.indicators import UnitValue, completeness, indicator_ranking
from desktop.center.report.data import gather_national
from desktop.clock import FixedClock
from desktop.domain.indicators.opening import expected_months, opened_month_of
from desktop.domain.indicators.periods import month_index
from desktop.domain.jalali import JalaliPeriod
from desktop.imports.service import IMPORTED, ImportService
from desktop.indicators.service import IndicatorService
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.dashboard.conftest import NOW, TODAY, Seeded, close, seed_real_provinces, staff
from tests.imports.conftest import MONTHLY_HEADERS, SATISFACTION_HEADERS, write_csv

PROVINCE = "QOM"
NEW = "990001"
BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد", "ماه آغاز به کار")
ABAN_1405 = month_index(1405, 8)  # the demo's latest month: the new branch opens in it
#: (indicator, period) ending before Aban, and reaching it: the demo's province is complete on each before the new
#: branch (satisfaction only in periods whose months every branch answered the survey: not every month of the demo).
EARLIER = (("clearance_rate", JalaliPeriod.parse("1405-07")), ("clearance_rate", JalaliPeriod.parse("1405-H1")),
           ("satisfaction", JalaliPeriod.parse("1405-07")))
LATER = (("clearance_rate", JalaliPeriod.parse("1405-08")), ("clearance_rate", JalaliPeriod.parse("1405-Q3")),
         ("clearance_rate", JalaliPeriod.parse("1405")), ("satisfaction", JalaliPeriod.parse("1405-Q3")))


@dataclass(frozen=True)
class Added:
    seeded: Seeded
    district: int  # the new branch's district
    branch: int  # the new branch
    branches: int  # the province's branches before it


def _add_branch(folder: Path, template: Path, opened: str, *, reporting: bool = False,
                new_district: str | None = None) -> Added:
    """The seeded center after the province imported a branches file adding branch NEW (opened in ``opened``, a
    cell of the file's «ماه آغاز به کار» column) to its first district, or to a district of its own named
    ``new_district`` - with, when ``reporting``, its Aban statistics and the Aban survey answers of it and of the
    branches the demo left without any then - and sent its next bundle."""
    seeded = seed_real_provinces(folder, template)
    database = seeded.provinces[PROVINCE]
    with database.engine.connect() as connection:
        district_code = new_district or connection.exec_driver_sql("SELECT code FROM district ORDER BY id").scalar()
        branches = connection.exec_driver_sql("SELECT count(*) FROM branch").scalar()
        silent = [row[0] for row in connection.exec_driver_sql(
            "SELECT b.code FROM satisfaction_month s JOIN branch b ON b.id = s.branch_id"
            " WHERE s.month_index = ? AND s.responses = 0", (ABAN_1405,))]
    files = [("branches", write_csv(folder / "branches.csv", BRANCH_HEADERS,
                                    [(NEW, "شعبه تازه", district_code, "حقوقی", opened)]))]
    if reporting:
        files += [("monthly", write_csv(folder / "monthly.csv", MONTHLY_HEADERS,
                                        [(NEW, "1405", "8", "10", "7", "30", "40", "12", "25")])),
                  ("satisfaction", write_csv(folder / "survey.csv", SATISFACTION_HEADERS,
                                             [(code, "1405", "8", "20", "75") for code in (NEW, *silent)]))]
    imports = ImportService(database, FixedClock(TODAY), "آزمون")
    for kind, path in files:
        result = imports.import_file(path, kind)
        assert result.status == IMPORTED, [problem.english() for problem in result.problems]
    outbox = Outbox(database, seeded.clock.tick)
    entry = outbox.cut(seeded.keys[PROVINCE], PROVINCE, "0.1.0")
    receipt = read_receipt(seeded.center.ingest(outbox.data(entry.id)), seeded.center.public_key, PROVINCE)
    assert receipt.verdict is Verdict.ACCEPTED, receipt.reason
    with database.engine.connect() as connection:
        branch_id, district_id = connection.exec_driver_sql(
            "SELECT id, district_id FROM branch WHERE code = ?", (NEW,)).one()
    return Added(seeded, district_id, branch_id, branches)


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, dashboard_template: Path) -> Iterator[Added]:
    """Opened in Aban 1405; no statistics of it yet."""
    added = _add_branch(tmp_path_factory.mktemp("opened"), dashboard_template, "1405/08")
    yield added
    close(added.seeded)


@pytest.fixture(scope="module")
def reporting(tmp_path_factory: pytest.TempPathFactory, dashboard_template: Path) -> Iterator[Added]:
    """Opened in Aban 1405, with its statistics and survey answers of Aban."""
    added = _add_branch(tmp_path_factory.mktemp("reporting"), dashboard_template, "1405/08", reporting=True)
    yield added
    close(added.seeded)


@pytest.fixture(scope="module")
def always(tmp_path_factory: pytest.TempPathFactory, dashboard_template: Path) -> Iterator[Added]:
    """Added without an opening month: expected since before the records began."""
    added = _add_branch(tmp_path_factory.mktemp("always"), dashboard_template, "")
    yield added
    close(added.seeded)


@pytest.fixture(scope="module")
def new_district(tmp_path_factory: pytest.TempPathFactory, dashboard_template: Path) -> Iterator[Added]:
    """Opened in Aban 1405 in a district of its own, new too; no statistics of it yet."""
    added = _add_branch(tmp_path_factory.mktemp("new-district"), dashboard_template, "1405/08",
                        new_district="حوزه قضایی تازه")
    yield added
    close(added.seeded)


def _units(session: Session, code: str, period: JalaliPeriod, province: str | None = None,
           district: int | None = None) -> dict[str, UnitValue]:
    ranking = indicator_ranking(session, staff(), code, period.code, province, district)
    return {unit.key: unit for unit in ranking.units}


def _own_complete(added: Added, code: str, level: str, period: JalaliPeriod) -> bool:
    """Whether the province itself finds the unit (its district, or itself) complete for the period."""
    unit = added.district if level == "district" else None
    rows = IndicatorService(added.seeded.provinces[PROVINCE]).table(code, level, period).rows
    (row,) = [row for row in rows if unit is None or row.unit_id == unit]
    return row.complete


def _report(added: Added, code: str, period: JalaliPeriod) -> tuple[set[str], set[str]]:
    """The national report's (ranked, insufficient) provinces on indicator ``code`` for the period."""
    with added.seeded.center._sessions() as session:
        data = gather_national(session, period, NOW, 30)
    (ranking,) = [ranking for ranking in data.rankings if ranking.definition.code == code]
    return {line.code for line in ranking.ranked}, {line.code for line in ranking.insufficient}


def test_the_dashboard_keeps_a_branch_opened_later_out_of_the_earlier_periods(opened: Added) -> None:
    with opened.seeded.center._sessions() as session:
        for code, period in EARLIER:
            province = _units(session, code, period)[PROVINCE]
            assert province.complete and province.rank is not None, (code, period, province)
            assert (province.complete_branches, province.branches) == (opened.branches, opened.branches)
            district = _units(session, code, period, PROVINCE)[str(opened.district)]
            assert district.complete and district.rank is not None, (code, period, district)
            assert district.complete == _own_complete(opened, code, "district", period)
            assert str(opened.branch) not in _units(session, code, period, PROVINCE, opened.district), period


def test_the_dashboard_waits_for_it_in_the_periods_it_is_open_in(opened: Added) -> None:
    with opened.seeded.center._sessions() as session:
        for code, period in LATER:
            province = _units(session, code, period)[PROVINCE]
            assert not province.complete and province.rank is None, (code, period, province)
            assert province.branches == opened.branches + 1, (code, period)
            district = _units(session, code, period, PROVINCE)[str(opened.district)]
            assert not district.complete and district.rank is None, (code, period, district)
            assert district.complete == _own_complete(opened, code, "district", period)
            branch = _units(session, code, period, PROVINCE, opened.district)[str(opened.branch)]
            assert not branch.complete and not branch.has_rows and branch.branches == 1, (code, period)
        province = _units(session, "clearance_rate", JalaliPeriod.parse("1405"))[PROVINCE]
        assert (province.complete_branches, province.branches) == (opened.branches, opened.branches + 1)
        # the province's trend is complete up to the month before it opened; the side table counts it in Aban
        trend = indicator_ranking(session, staff(), "clearance_rate", "1405-08", PROVINCE).trend
        assert [point.complete for point in trend] == [True] * (len(trend) - 1) + [False]
        (side,) = [row for row in completeness(session, staff()) if row.code == PROVINCE]
        assert (side.complete_branches_latest, side.branches) == (opened.branches, opened.branches + 1)


def test_the_national_report_ranks_the_province_before_the_branch_opened_and_not_while_it_is_missing(
        opened: Added) -> None:
    for code, period in EARLIER:
        ranked, insufficient = _report(opened, code, period)
        assert PROVINCE in ranked and PROVINCE not in insufficient, (code, period)
        assert _own_complete(opened, code, "province", period), (code, period)
    for code, period in LATER:
        ranked, insufficient = _report(opened, code, period)
        assert PROVINCE in insufficient and PROVINCE not in ranked, (code, period)


def test_a_branch_that_reports_from_the_month_it_opened_is_complete_for_the_periods_it_is_open_in(
        reporting: Added) -> None:
    """Its statistics and survey answers of Aban are all a period that reaches Aban expects of it."""
    with reporting.seeded.center._sessions() as session:
        for code, period in LATER:
            province = _units(session, code, period)[PROVINCE]
            assert province.complete and province.rank is not None, (code, period, province)
            assert province.branches == reporting.branches + 1
            district = _units(session, code, period, PROVINCE)[str(reporting.district)]
            assert district.complete and district.rank is not None, (code, period, district)
            assert district.complete == _own_complete(reporting, code, "district", period)
            branch = _units(session, code, period, PROVINCE, reporting.district)[str(reporting.branch)]
            assert branch.complete, (code, period, branch)
    for code, period in LATER:
        ranked, _ = _report(reporting, code, period)
        assert PROVINCE in ranked, (code, period)


def test_a_branch_added_without_its_opening_month_is_missing_from_every_earlier_month(always: Added) -> None:
    """The old rule, still right when the province does not say when the branch opened (and for bundles from
    before the column: their branch rows have no opening month)."""
    with always.seeded.center._sessions() as session:
        for code, period in EARLIER:
            province = _units(session, code, period)[PROVINCE]
            assert not province.complete and province.rank is None, (code, period)
            assert (province.complete_branches, province.branches) == (always.branches, always.branches + 1)
            district = _units(session, code, period, PROVINCE)[str(always.district)]
            assert not district.complete and district.rank is None, (code, period)
            assert district.complete == _own_complete(always, code, "district", period)
            assert str(always.branch) in _units(session, code, period, PROVINCE, always.district)
    for code, period in EARLIER:
        ranked, insufficient = _report(always, code, period)
        assert PROVINCE in insufficient and PROVINCE not in ranked, (code, period)


def test_a_district_whose_every_branch_opened_later_is_not_a_unit_of_the_earlier_periods(
        new_district: Added) -> None:
    """As at the province (its tables leave the district out): not listed as a district of 0 branches, which
    is neither complete nor a figure; listed, waiting for its branch, in the periods it is open in."""
    key = str(new_district.district)
    with new_district.seeded.center._sessions() as session:
        for code, period in EARLIER:
            districts = _units(session, code, period, PROVINCE)
            assert key not in districts, (code, period, districts.get(key))
            own = IndicatorService(new_district.seeded.provinces[PROVINCE]).table(code, "district", period).rows
            assert new_district.district not in {row.unit_id for row in own}, (code, period)
            # complete, so ranked - unless resting on too few cases (the seeded demo's districts are small)
            assert all(unit.complete and (unit.rank is not None or unit.too_few) for unit in districts.values()), (
                code, period)
            province = _units(session, code, period)[PROVINCE]
            assert province.complete and province.rank is not None, (code, period, province)
        for code, period in LATER:
            district = _units(session, code, period, PROVINCE)[key]
            assert (district.branches, district.complete, district.rank) == (1, False, None), (code, period)
            assert district.complete == _own_complete(new_district, code, "district", period)


@pytest.mark.parametrize(("value", "expected"), [(None, None), (ABAN_1405, ABAN_1405), (True, None), ("16867", None)])
def test_an_opening_month_is_read_from_a_branch_row_as_a_month_index_or_none(value: object,
                                                                               expected: int | None) -> None:
    assert opened_month_of(value) == expected
    assert opened_month_of({}.get("opened_month")) is None  # a row from before the column
    assert expected_months(expected, range(ABAN_1405 - 1, ABAN_1405 + 2)) == (
        [ABAN_1405, ABAN_1405 + 1] if expected is not None else [ABAN_1405 - 1, ABAN_1405, ABAN_1405 + 1])
