"""Issue 13: the indicator service keeps what only a write changes (the units and their branches, the latest month,
a period's completeness) per data generation (desktop/indicators/read_cache.py) - and never shows it stale: a
write by another process or another connection is seen at the next view.

Each test of a write first views a table twice (the second view from the cache), lets someone else write, then
views it again and compares it with the same table computed by a service of a database opened afresh (nothing
cached). The service reads its rows straight from the driver (desktop/indicators/driver_rows.py): a damaged page
is still reported as damage.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.clock import FixedClock
from desktop.domain.indicators.periods import month_period
from desktop.domain.jalali import JalaliPeriod
from desktop.imports.service import IMPORTED, ImportService
from desktop.indicators.service import IndicatorService
from desktop.store.database import Database, open_database
from desktop.store.health import DatabaseDamagedError
from tests.damage import overwrite_leaf_pages
from tests.imports.conftest import MONTHLY_HEADERS, write_csv
from tests.indicators.rollup_checks import table_signature
from tests.services.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")


@pytest.fixture
def province(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    shutil.copytree(demo_template, tmp_path / "demo")
    yield tmp_path / "demo" / "demo.sqlite3"


@pytest.fixture
def reader(province: Path) -> Iterator[Database]:
    database = open_database(province, create=False)
    yield database
    database.close()


def fresh_table(path: Path, code: str, level: str, period: JalaliPeriod) -> tuple[object, ...]:
    """The table as a database opened now computes it (no cache of this process's other database)."""
    with open_database(path, create=False) as database:
        return table_signature(IndicatorService(database).table(code, level, period))


def statements_of(database: Database) -> list[str]:
    """Every statement SQLite runs for the engine's connections from now on (the list fills as they run; the
    service reads some rows straight from the driver, past the engine's events)."""
    seen: list[str] = []
    event.listen(database.engine, "checkout",
                 lambda driver_connection, record, proxy: driver_connection.set_trace_callback(seen.append))
    return seen


def first_month(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.exec_driver_sql("SELECT min(month_index) FROM indicator_month").scalar())


def selects(statements: list[str]) -> list[str]:
    return [statement for statement in statements if statement.lstrip().upper().startswith("SELECT")]


def test_a_second_view_of_a_period_reads_only_the_generation_and_its_figures(
        reader: Database, province: Path) -> None:
    service = IndicatorService(reader)
    period = month_period(service.latest_month())
    seen = statements_of(reader)
    service.table("backlog", "district", period)
    first_view = selects(seen)
    seen.clear()
    again = service.table("incoming", "district", period)  # another indicator of the same units and months
    reads = selects(seen)
    assert len(reads) == 2, reads  # the generation, the roll-up's figures: no units, branches nor coverage
    assert "data_generation" in reads[0] and "indicator_rollup_month" in reads[1]
    assert len(first_view) > 2  # the first view read them
    assert table_signature(again) == fresh_table(province, "incoming", "district", period)


def test_a_view_after_another_process_imported_statistics_shows_the_new_completeness_and_figures(
        reader: Database, province: Path, tmp_path: Path) -> None:
    service = IndicatorService(reader)
    early = first_month(reader) - 1  # before the data: no branch has figures, every unit is incomplete
    period = month_period(early)
    before = service.table("disposed", "district", period)
    assert table_signature(service.table("disposed", "district", period)) == table_signature(before)
    assert not any(row.complete_branches for row in before.rows)
    with reader.engine.connect() as connection:
        codes = [row[0] for row in connection.exec_driver_sql("SELECT code FROM branch ORDER BY code LIMIT 2")]
    rows = [(code, str(early // 12), str(early % 12 + 1), "10", "7", "30", "40", "12", "25") for code in codes]
    monthly = write_csv(tmp_path / "monthly.csv", MONTHLY_HEADERS, rows)
    subprocess.run([sys.executable, "-m", "desktop", "import", "--db", str(province), "--kind", "monthly",
                    str(monthly)], check=True, cwd=ROOT, timeout=300, capture_output=True)  # fmt: skip

    after = service.table("disposed", "district", period)
    assert table_signature(after) == fresh_table(province, "disposed", "district", period)
    assert sum(row.complete_branches for row in after.rows) == 2
    assert sum(row.totals.disposed for row in after.rows) == 14


def test_a_view_after_another_connection_moved_a_branch_counts_it_in_its_new_district(
        reader: Database, province: Path, tmp_path: Path) -> None:
    service = IndicatorService(reader)
    period = month_period(service.latest_month())
    before = {row.code: row.branches for row in service.table("backlog", "district", period).rows}
    service.table("backlog", "district", period)
    with reader.engine.connect() as connection:
        branches = connection.exec_driver_sql(
            "SELECT b.code, b.name, d.code FROM branch b JOIN district d ON d.id = b.district_id ORDER BY b.code"
        ).all()
    moved = branches[0]
    other = next(district for _, _, district in branches if district != moved[2])
    registry = [(code, name, other if code == moved[0] else district, "") for code, name, district in branches]
    with open_database(province, create=False) as writer:  # another connection (and pool) on the same file
        result = ImportService(writer, FixedClock(TODAY), "آزمون").import_file(
            write_csv(tmp_path / "branches.csv", BRANCH_HEADERS, registry), "branches")
        assert result.status == IMPORTED

    after = service.table("backlog", "district", period)
    assert table_signature(after) == fresh_table(province, "backlog", "district", period)
    counts = {row.code: row.branches for row in after.rows}
    assert counts[moved[2]] == before[moved[2]] - 1 and counts[other] == before[other] + 1


def test_a_damaged_page_met_by_a_table_view_read_from_the_driver_is_reported_as_damage(province: Path) -> None:
    overwrite_leaf_pages(province, "indicator_rollup_month", every_leaf_but_the_first=True)
    with open_database(province, create=False) as database:
        service = IndicatorService(database)
        with pytest.raises(DatabaseDamagedError):
            service.table("backlog", "district", month_period(service.latest_month()))
        assert database.health.report.is_damaged
