"""The kinds of report the service offers a role are exactly those it builds for him: the Reports page lists
these (it had offered a district head the province-wide reports, always refused)."""

from __future__ import annotations

import pytest

from desktop.clock import FixedClock
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database

PERIODS = {ReportKind.STATUS: "1405-H1", ReportKind.CITIZENS: "1405-Q2", ReportKind.DISTRICT: "1405-07"}


def _principal(role: Role, database: Database) -> Principal:
    with database.engine.connect() as connection:
        district = connection.exec_driver_sql("SELECT min(id) FROM district").scalar()
    return Principal("کاربر", role, district if role is Role.DISTRICT_HEAD else None)


@pytest.mark.parametrize("role", list(Role))
def test_a_role_is_offered_exactly_the_reports_the_service_builds_for_it(
        demo_database: Database, clock: FixedClock, role: Role) -> None:
    service = ReportService(demo_database, clock, principal=_principal(role, demo_database))
    offered = service.kinds()
    assert offered == ([ReportKind.DISTRICT] if role is Role.DISTRICT_HEAD else list(ReportKind))
    for kind in set(ReportKind) - set(offered):
        with pytest.raises(PermissionDenied):
            service.build(ReportRequest(kind, JalaliPeriod.parse(PERIODS[kind])), ReportLanguage(rtl=True))
