"""A province with Aban 1405 statistics for two districts, a plan activity spanning Aban, a meeting held in Aban
with a resolution, and helpers to approve and reopen a period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.approvals.service import ApprovalService
from desktop.context import AppServices
from desktop.domain.access import Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.planning import SolutionTerm
from desktop.imports.service import IMPORTED
from desktop.meetings.views import MeetingForm, ResolutionForm
from desktop.planning.views import ActivityForm, ProgramForm, SolutionForm
from tests.imports.conftest import MONTHLY_HEADERS, write_csv
from tests.services.conftest import clock, database, services  # noqa: F401 (fixtures)

ABAN = JalaliPeriod.parse("1405-08")  # 2026-10-23 .. 2026-11-21
IN_ABAN = date(2026, 11, 10)
CHIEF = Principal("رئیس کل", Role.CHIEF_JUSTICE, login="chief")
BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")


class Province:
    def __init__(self, app: AppServices, tmp_path: Path) -> None:
        self.services = app
        self.tmp_path = tmp_path
        plans = app.plans
        solution = plans.create_solution(SolutionForm(plans.choices().plans[0].id, "A-S1", "راهکار",
                                                      SolutionTerm.MID))
        self.program = plans.create_program(ProgramForm(solution, "A-P1", "برنامه"))
        self.activity_form = ActivityForm(self.program, "1", "فعالیت", 1, date(2026, 9, 1), date(2027, 3, 1))
        self.activity = plans.create_activity(self.activity_form)
        plans.record_progress(self.activity, 10, date(2026, 10, 1))
        self.later = plans.create_activity(ActivityForm(self.program, "8", "فعالیت بعدی", 1, date(2027, 1, 1),
                                                        date(2027, 2, 1)))  # wholly after Aban
        self.meeting = app.meetings.create_meeting(MeetingForm(IN_ABAN, "جلسه آبان"))
        self.resolution = app.meetings.create_resolution(
            ResolutionForm(self.meeting, "مصوبه", "دبیر", date(2027, 1, 1)))
        monthly = write_csv(tmp_path / "aban.csv", MONTHLY_HEADERS, (
            ("101001", "1405", "8", "50", "40", "300", "60", "10", "20"),
            ("101002", "1405", "8", "30", "35", "200", "50", "12", "25"),
            ("102001", "1405", "8", "20", "10", "100", "70", "15", "30"),
        ))
        assert app.imports.import_file(monthly, "monthly").status == IMPORTED

    def approvals(self, who: Principal | None = None) -> ApprovalService:
        return ApprovalService(self.services.database, self.services.clock, principal=who or self.services.principal)

    def approve(self, period: JalaliPeriod = ABAN) -> None:
        self.approvals().submit(period)
        self.approvals(CHIEF).approve(period)

    def reopen(self, period: JalaliPeriod = ABAN) -> None:
        self.approvals(CHIEF).reopen(period, "اصلاح آمار")

    def registry_moving_101001_to_02(self) -> Path:
        return write_csv(self.tmp_path / "registry.csv", BRANCH_HEADERS,
                         (("101001", "شعبه ۱۰۱ دادگاه حقوقی قم", "02", "حقوقی"),))


@pytest.fixture
def province(services: AppServices, tmp_path: Path) -> Province:  # noqa: F811
    return Province(services, tmp_path)
