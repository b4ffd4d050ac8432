"""Issue 13: district and province figures from the pre-aggregated months (migration 0015) equal the ones computed
from the branch rows - for every indicator, level, period and case type of a generated province.

The province is the normal demo plus monthly statistics of two branches for the month before the demo's first
one (every other branch is missing there: the year and the rolling windows reaching it are incomplete, and
the incomplete branches must still be named) and one branch moved to another district by the branch registry.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.domain.indicators.definitions import INDICATORS
from desktop.domain.indicators.periods import first_month_index, last_periods, month_period
from desktop.domain.jalali import PeriodKind
from desktop.imports.service import IMPORTED, ImportService
from desktop.indicators.at_risk import units_at_risk_now
from desktop.indicators.service import IndicatorService
from desktop.store.database import Database, open_database
from tests.imports.conftest import MONTHLY_HEADERS, write_csv
from tests.indicators.rollup_checks import assert_rollups_match_branch_rows, table_signature, trend_signature
from tests.services.conftest import TODAY

BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")


@pytest.fixture(scope="module")
def province(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("rollups")
    shutil.copytree(demo_template, folder / "demo")
    database = open_database(folder / "demo" / "demo.sqlite3", create=False)
    with database.engine.connect() as connection:
        first = connection.exec_driver_sql("SELECT min(month_index) FROM indicator_month").scalar()
        branches = connection.exec_driver_sql(
            "SELECT b.code, b.name, d.code FROM branch b JOIN district d ON d.id = b.district_id ORDER BY b.code"
        ).all()
        districts = [row[0] for row in connection.exec_driver_sql("SELECT code FROM district ORDER BY code")]
    imports = ImportService(database, FixedClock(TODAY), "آزمون")
    early = first - 1
    rows = [(code, str(early // 12), str(early % 12 + 1), "10", "7", "30", "40", "12", "25")
            for code, _, _ in branches[:2]]
    assert imports.import_file(write_csv(folder / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED
    moved = branches[-1]
    other = next(code for code in districts if code != moved[2])
    registry = [(code, name, other if code == moved[0] else district, "") for code, name, district in branches]
    assert imports.import_file(write_csv(folder / "b.csv", BRANCH_HEADERS, registry), "branches").status == IMPORTED
    yield database
    database.close()


def test_the_rollups_of_a_generated_province_equal_a_full_recomputation(province: Database) -> None:
    assert_rollups_match_branch_rows(province)


def test_every_district_and_province_table_from_the_rollups_equals_the_one_from_the_branch_rows(
        province: Database) -> None:
    fast, slow = IndicatorService(province), IndicatorService(province, use_rollups=False)
    latest = fast.latest_month()
    assert latest is not None
    periods = [last_periods(kind, latest, 1)[0] for kind in PeriodKind]
    periods.append(last_periods(PeriodKind.YEAR, latest, 2)[0])
    with province.engine.connect() as connection:
        earliest = connection.exec_driver_sql("SELECT min(month_index) FROM indicator_month").scalar()
    periods.append(month_period(earliest))  # only two branches have figures
    periods.append(last_periods(PeriodKind.YEAR, earliest, 1)[0])
    incomplete_seen = 0
    for definition in INDICATORS:
        for level in ("district", "province"):
            for period in periods:
                for case_type in (None, *fast.case_types()):
                    table = fast.table(definition.code, level, period, case_type)
                    assert table_signature(table) == table_signature(
                        slow.table(definition.code, level, period, case_type)), (definition.code, level, period)
                    incomplete_seen += sum(1 for row in table.rows if row.incomplete_branches)
    assert incomplete_seen  # the comparison covered units whose incomplete branches are named


def test_every_branch_table_from_the_spans_equals_the_one_from_the_branch_rows(province: Database) -> None:
    from desktop.indicators.period_months import period_stock_month as _stock_month
    from desktop.indicators.span_read import span_stored

    fast, slow = IndicatorService(province), IndicatorService(province, use_rollups=False)
    latest = fast.latest_month()
    assert latest is not None
    with province.engine.connect() as connection:
        earliest = connection.exec_driver_sql("SELECT min(month_index) FROM indicator_month").scalar()
        district = connection.exec_driver_sql("SELECT min(id) FROM district").scalar()
    periods = [last_periods(kind, latest, 1)[0] for kind in PeriodKind]
    periods += [last_periods(PeriodKind.YEAR, latest, 2)[0], *last_periods(PeriodKind.QUARTER, latest, 3)[:2],
                month_period(earliest),
                last_periods(PeriodKind.QUARTER, earliest, 1)[0], last_periods(PeriodKind.YEAR, earliest, 1)[0]]
    from_spans = multi_month = incomplete_seen = 0
    for definition in INDICATORS:
        for period in periods:
            stock = _stock_month(period, latest)
            first = stock - definition.window_months + 1 if definition.window_months else first_month_index(period)
            # Kept: every quarter, half and year, the latest month, the rolling windows ending with it.
            multi_month += (stock == latest or not definition.window_months
                            or period.kind is PeriodKind.YEAR) and (period.kind is not PeriodKind.MONTH or stock == latest)
            with province.engine.connect() as connection:
                from_spans += span_stored(connection, first, stock, definition.needs_histogram)
            for case_type in (None, fast.case_types()[0]):
                for parent in (None, ("district", district)) if case_type is None else (None,):
                    table = fast.table(definition.code, "branch", period, case_type, parent)
                    assert table_signature(table, histogram=False) == table_signature(
                        slow.table(definition.code, "branch", period, case_type, parent), histogram=False), \
                        (definition.code, period, case_type, parent)
                    incomplete_seen += sum(1 for row in table.rows if row.missing_months)
    # Every multi-month period, the latest month and its rolling window were answered from the spans.
    assert from_spans == multi_month > 0
    assert incomplete_seen


def test_every_trend_and_the_coverage_from_the_rollups_equal_the_ones_from_the_branch_rows(
        province: Database) -> None:
    fast, slow = IndicatorService(province), IndicatorService(province, use_rollups=False)
    with province.engine.connect() as connection:
        district = connection.exec_driver_sql("SELECT min(id) FROM district").scalar()
        branch = connection.exec_driver_sql("SELECT min(id) FROM branch").scalar()
    for definition in INDICATORS:
        for level, unit in (("branch", branch), ("district", district), ("province", 1)):
            for kind in (PeriodKind.MONTH, PeriodKind.QUARTER):
                assert trend_signature(fast.trend(definition.code, level, unit, kind, 8)) == \
                    trend_signature(slow.trend(definition.code, level, unit, kind, 8))
    latest = fast.latest_month()
    assert latest is not None
    with province.engine.connect() as connection:
        earliest = connection.exec_driver_sql("SELECT min(month_index) FROM indicator_month").scalar()
    for month in (latest, latest - 1, earliest, earliest - 1, latest + 1):
        assert fast.coverage(month) == slow.coverage(month)
    assert fast.coverage(earliest).complete == 2 and len(fast.coverage(earliest).incomplete) > 0


def units_at_risk_from_tables(service: IndicatorService) -> list:
    """The units at risk the way the overview found them before the roll-ups: one dashboard table per level
    and month (the independent computation); a unit incomplete in one of the months is not judged."""
    from desktop.domain.indicators.definitions import indicator
    from desktop.domain.indicators.early_warning import UnitMonths, units_at_risk
    from desktop.indicators.at_risk import LEVELS, latest_months

    months = latest_months(service)
    found = []
    for level in LEVELS:
        backlog: dict[int, list] = {}
        clearance: dict[int, list] = {}
        names: dict[int, tuple[str, str]] = {}
        incomplete: set[int] = set()
        for position, month in enumerate(months):
            for row in service.table("backlog", level, month).rows:
                names[row.unit_id] = (row.name, row.parent_name)
                if not row.complete:
                    incomplete.add(row.unit_id)
                backlog.setdefault(row.unit_id, [None] * len(months))[position] = row.value
                if position > 0:
                    clearance.setdefault(row.unit_id, [None] * (len(months) - 1))[position - 1] = (
                        indicator("clearance_rate").compute(row.totals) if row.value is not None else None)
        found.extend(units_at_risk([UnitMonths(level, unit_id, name, parent, backlog[unit_id], clearance[unit_id])
                                    for unit_id, (name, parent) in names.items() if unit_id not in incomplete]))
    return found


def test_the_units_at_risk_from_the_rollups_are_the_ones_the_dashboards_tables_give(province: Database) -> None:
    from desktop.domain.access import Principal, Role

    fast, slow = IndicatorService(province), IndicatorService(province, use_rollups=False)
    expected = units_at_risk_from_tables(slow)
    assert expected and {unit.level for unit in expected} == {"district", "branch"}
    assert units_at_risk_now(fast) == expected
    head = Principal("رئیس حوزه", Role.DISTRICT_HEAD, district_id=expected[0].unit_id if expected[0].level ==
                     "district" else 1)
    assert units_at_risk_now(IndicatorService(province, principal=head)) == units_at_risk_from_tables(
        IndicatorService(province, principal=head, use_rollups=False))


def test_every_stored_90th_percentile_is_the_functions_value_on_the_spans_merged_histogram(
        province: Database) -> None:
    from desktop.domain.indicators.definitions import percentile_from_histogram

    with province.engine.connect() as connection:
        spans = connection.exec_driver_sql(
            "SELECT first_month, last_month FROM indicator_branch_span_list WHERE with_p90").all()
        assert spans
        checked = 0
        for first, last in spans:
            merged: dict[tuple[int, str], dict[int, int]] = {}
            for branch_id, case_type, bucket, count in connection.exec_driver_sql(
                    "SELECT branch_id, case_type, bucket, count FROM disposition_histogram"
                    " WHERE month_index BETWEEN ? AND ?", (first, last)):
                for key in ((branch_id, case_type), (branch_id, "*")):
                    merged.setdefault(key, {})[bucket] = merged.get(key, {}).get(bucket, 0) + count
            stored = {(branch_id, case_type): p90 for branch_id, case_type, p90 in connection.exec_driver_sql(
                "SELECT branch_id, case_type, p90 FROM indicator_branch_span WHERE first_month = ?"
                " AND last_month = ?", (first, last))}
            for key, p90 in stored.items():
                assert p90 == percentile_from_histogram(merged.get(key, {}), 0.9), (first, last, key)
                checked += p90 is not None
    assert checked


def test_a_table_pauses_the_cyclic_collector_and_leaves_it_as_it_found_it(province: Database) -> None:
    import gc

    from desktop.indicators import service as service_module

    seen: list[bool] = []
    original = service_module.indicator_table

    def spying(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    period = last_periods(PeriodKind.YEAR, IndicatorService(province).latest_month() or 0, 1)[0]
    service_module.indicator_table = spying  # type: ignore[assignment]
    try:
        assert gc.isenabled()
        IndicatorService(province).table("backlog", "branch", period)
        assert gc.isenabled()
        gc.disable()
        try:
            IndicatorService(province).table("backlog", "branch", period)
            assert not gc.isenabled()
        finally:
            gc.enable()
    finally:
        service_module.indicator_table = original
    assert seen == [False, False]
