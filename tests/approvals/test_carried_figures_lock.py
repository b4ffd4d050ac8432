"""An approved month's figures cannot change through a month outside it (issue 11's lock, on every path): a
branch without statistics of its own in an approved Aban carries forward its backlog from Mehr, so a late Mehr
file for it - monthly statistics or a case listing - would alter Aban's branch, district and province figures
though none of its rows is dated in Aban. It is refused and nothing is written; a late file that leaves Aban's
figures as they are still goes in."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.approval import FiguresLocked, PeriodLocked
from desktop.imports.service import IMPORTED
from desktop.store.models import ImportBatch, IndicatorMonth, IndicatorRollupMonth
from tests.approvals.conftest import BRANCH_HEADERS, MONTHLY_HEADERS, Province, write_csv
from tests.imports.conftest import CASE_HEADERS

NEW_BRANCH = "102002"  # registered before Aban was approved, no Aban statistics of its own


@pytest.fixture
def quiet_in_aban(province: Province) -> Province:
    registry = write_csv(province.tmp_path / "new-branch.csv", BRANCH_HEADERS,
                         ((NEW_BRANCH, "شعبه ۱۰۲ جعفریه", "02", "عمومی"),))
    assert province.services.imports.import_file(registry, "branches").status == IMPORTED
    province.approve()
    return province


def _late_mehr_statistics(province: Province, branch: str) -> Path:
    return write_csv(province.tmp_path / f"mehr-{branch}.csv", MONTHLY_HEADERS,
                     ((branch, "1405", "7", "40", "10", "250", "60", "10", "20"),))


def _late_mehr_listing(province: Province) -> Path:
    return write_csv(province.tmp_path / "mehr-cases.csv", CASE_HEADERS,
                     (("9001", NEW_BRANCH, "حقوقی", "1405/07/05", "1405/07/05 09:00", "", "", ""),))


def _figures(province: Province) -> dict[str, object]:
    with province.services.database.session() as session:
        return {
            "batches": session.scalar(select(func.count()).select_from(ImportBatch)),
            "branch rows": sorted(tuple(row) for row in session.execute(select(
                IndicatorMonth.branch_id, IndicatorMonth.month_index, IndicatorMonth.case_type,
                IndicatorMonth.pending_end, IndicatorMonth.source))),
            "roll-ups": sorted(tuple(row) for row in session.execute(select(
                IndicatorRollupMonth.level, IndicatorRollupMonth.month_index, IndicatorRollupMonth.unit_id,
                IndicatorRollupMonth.pending_end))),
        }


@pytest.mark.parametrize("late_file", ["monthly", "cases"])
def test_a_late_file_whose_backlog_would_carry_into_an_approved_month_is_refused(
        quiet_in_aban: Province, late_file: str) -> None:
    province = quiet_in_aban
    path = _late_mehr_statistics(province, NEW_BRANCH) if late_file == "monthly" else _late_mehr_listing(province)
    before = _figures(province)

    with pytest.raises(PeriodLocked) as refused:
        province.services.imports.import_file(path, late_file)

    assert "Aban 1405" in refused.value.english()
    if late_file == "monthly":  # a listing's pending cases count up to its last month: refused before it is read
        assert isinstance(refused.value, FiguresLocked) and "carried forward" in refused.value.english()
    assert _figures(province) == before

    province.reopen()
    assert province.services.imports.import_file(path, late_file).status == IMPORTED
    assert _figures(province) != before


def test_a_late_file_that_leaves_the_approved_months_figures_alone_goes_in(quiet_in_aban: Province) -> None:
    """101001 has Aban statistics of its own: its Mehr figures carry nothing into Aban."""
    province = quiet_in_aban
    aban_before = [row for row in _figures(province)["roll-ups"] if row[1] == 1405 * 12 + 7]

    result = province.services.imports.import_file(_late_mehr_statistics(province, "101001"), "monthly")

    assert result.status == IMPORTED
    assert [row for row in _figures(province)["roll-ups"] if row[1] == 1405 * 12 + 7] == aban_before
