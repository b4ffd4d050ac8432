"""Reports respect the principal: a district head gets his own district only, through every report."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.clock import FixedClock
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.indicator_values import indicator_values, monthly_series
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from desktop.store.models import Branch, District

LANG = ReportLanguage(rtl=True)
MONTH = JalaliPeriod.parse("1405-07")


def _districts(db: Database) -> list[tuple[int, str, str]]:
    with db.session() as session:
        return [(d.id, d.code, d.name) for d in session.scalars(select(District).order_by(District.code))]


@pytest.fixture
def head(demo_database: Database) -> Principal:
    return Principal("رئیس حوزه", Role.DISTRICT_HEAD, _districts(demo_database)[1][0])


def _request(kind: str, period: str, district: str | None = None) -> ReportRequest:
    return ReportRequest(ReportKind(kind), JalaliPeriod.parse(period), district)


def test_a_district_head_gets_his_own_district_report_without_the_province_total(
        demo_database: Database, clock: FixedClock, head: Principal, tmp_path: Path) -> None:
    service = ReportService(demo_database, clock, principal=head)
    own = _districts(demo_database)[1]
    assert service.districts() == [(own[1], own[2])]
    report = service.build(_request("district", "1405-07"), LANG)  # "every district" means his own
    assert len(report.sections) == 2  # his district alone (no overview of a single row), then units at risk
    assert own[2] in report.sections[0].title
    # his units at risk only: the district itself or its branches (the "In district" column)
    at_risk = next(b for b in report.sections[1].blocks if hasattr(b, "rows"))
    province_wide = next(b for s in ReportService(demo_database, clock).build(_request("district", "1405-07"), LANG)
                         .sections if s.title == "Units at risk" for b in s.blocks if hasattr(b, "rows"))
    mine = [row for row in province_wide.rows if row[0] == own[2] or row[2] == own[2]]
    assert mine and at_risk.rows == tuple(mine) and len(province_wide.rows) > len(mine)
    assert service.write(report, tmp_path / "district.pdf", LANG).exists()
    province = ReportService(demo_database, clock).build(_request("district", "1405-07"), LANG)
    assert len(province.sections) == 2 + len(_districts(demo_database))


def test_a_district_head_cannot_reach_another_district_or_the_province_by_any_report(
        demo_database: Database, clock: FixedClock, head: Principal) -> None:
    service = ReportService(demo_database, clock, principal=head)
    other = _districts(demo_database)[0][1]
    with pytest.raises(PermissionDenied):
        service.build(_request("district", "1405-07", other), LANG)
    with pytest.raises(PermissionDenied):
        service.build(_request("status", "1405-H1"), LANG)
    with pytest.raises(PermissionDenied):
        service.build(_request("citizens", "1405-Q2"), LANG)


def test_the_shared_indicator_query_limits_a_district_head_to_his_branches(
        demo_database: Database, head: Principal) -> None:
    values = indicator_values(demo_database, ("incoming",), "branch", MONTH, principal=head)["incoming"]
    with demo_database.session() as session:
        own = set(session.scalars(select(Branch.id).where(Branch.district_id == head.district_id)))
    assert values and {v.unit_id for v in values} == own
    [district] = indicator_values(demo_database, ("incoming",), "district", MONTH, principal=head)["incoming"]
    assert district.unit_id == head.district_id
    with pytest.raises(PermissionDenied):
        indicator_values(demo_database, ("incoming",), "province", MONTH, principal=head)
    with pytest.raises(PermissionDenied):
        monthly_series(demo_database, ("incoming",), [16842], principal=head)


def test_a_viewer_reads_a_report_but_may_not_export_it(demo_database: Database, clock: FixedClock,
                                                        tmp_path: Path) -> None:
    service = ReportService(demo_database, clock, principal=Principal("بیننده", Role.VIEWER))
    report = service.build(_request("district", "1405-07"), LANG)
    with pytest.raises(PermissionDenied):
        service.write(report, tmp_path / "district.pdf", LANG)
