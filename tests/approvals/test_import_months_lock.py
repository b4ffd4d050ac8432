"""An import is locked by the months it touches, not by the span between them: a monthly-statistics or
satisfaction file with rows for an open month before and an open month after an approved Aban touches neither
Aban nor its figures and goes in, as the same rows in two files do; a row in Aban is refused. A case listing
keeps its span: its cases run from registration to disposal (docs/access.md, "Lock")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.approval import PeriodLocked
from desktop.imports.service import IMPORTED
from desktop.store.models import ImportBatch, IndicatorMonth
from tests.approvals.conftest import ABAN, Province, province  # noqa: F401 (fixture)
from tests.imports.conftest import CASE_HEADERS, MONTHLY_HEADERS, SATISFACTION_HEADERS, write_csv

#: Rows of an open month on each side of the approved Aban 1405. Monthly statistics: Aban 1404 and Azar 1405, since
#: a month of the 11 before Aban is read by Aban's 12-month figures (`disposition_time_12m`); satisfaction counts
#: in its own month only: Mehr and Azar.
SIDES = {"monthly": (("1404", "8"), ("1405", "9")), "satisfaction": (("1405", "7"), ("1405", "9"))}
IN_ABAN = ("1405", "8")


def _rows(province: Province, kind: str, months: tuple[tuple[str, str], ...]) -> Path:  # noqa: F811
    if kind == "satisfaction":
        return write_csv(province.tmp_path / f"{kind}.csv", SATISFACTION_HEADERS,
                         [("101001", year, month, "10", "50") for year, month in months])
    return write_csv(province.tmp_path / f"{kind}.csv", MONTHLY_HEADERS,
                     [("101001", year, month, "40", "10", "250", "60", "10", "20") for year, month in months])


def _stored(province: Province) -> tuple[int, list[tuple]]:  # noqa: F811
    with province.services.database.session() as session:
        return (session.scalar(select(func.count()).select_from(ImportBatch)),
                sorted(tuple(row) for row in session.execute(select(
                    IndicatorMonth.branch_id, IndicatorMonth.month_index, IndicatorMonth.case_type,
                    IndicatorMonth.pending_end, IndicatorMonth.satisfaction_responses))))


@pytest.mark.parametrize("kind", ["satisfaction", "monthly"])
def test_a_file_with_months_on_both_sides_of_an_approved_month_goes_in(province: Province, kind: str) -> None:  # noqa: F811
    province.approve()
    result = province.services.imports.import_file(_rows(province, kind, SIDES[kind]), kind)
    assert result.status == IMPORTED
    assert province.approvals().figure_changes(ABAN).differences == ()


@pytest.mark.parametrize("kind", ["satisfaction", "monthly"])
def test_a_file_with_a_row_in_the_approved_month_is_still_refused(province: Province, kind: str) -> None:  # noqa: F811
    province.approve()
    before = _stored(province)
    with pytest.raises(PeriodLocked) as refused:
        province.services.imports.import_file(_rows(province, kind, (SIDES[kind][0], IN_ABAN, SIDES[kind][1])), kind)
    assert "Aban 1405" in refused.value.english()
    assert _stored(province) == before


def test_a_case_listing_keeps_its_span(province: Province) -> None:  # noqa: F811
    """Registered in Mehr, disposed of in Azar: pending through Aban, so Aban's figures are the listing's too."""
    province.approve()
    listing = write_csv(province.tmp_path / "cases.csv", CASE_HEADERS, (
        ("9001", "102001", "حقوقی", "1405/07/05", "1405/07/05 09:00", "", "", "1405/09/01"),))
    before = _stored(province)
    with pytest.raises(PeriodLocked) as refused:
        province.services.imports.import_file(listing, "cases")
    assert "Aban 1405" in refused.value.english()
    assert _stored(province) == before
