"""Access is enforced in the services, below the window: a district head reaches his own district only,
whatever asks (page, export, command line); roles without `edit` write nothing; the change log names the
signed-in user."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from desktop.context import AppServices
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.indicators.rollup import rebuild_rollups
from desktop.indicators.service import IndicatorService
from desktop.meetings.views import MeetingForm
from desktop.organisation.service import OrganisationService
from desktop.planning.views import SolutionForm
from desktop.store.database import open_database
from desktop.store.models import ChangeLog, District
from tests.services.conftest import change_log

Q1 = JalaliPeriod.parse("1403-Q1")
HEAD_OF_1 = Principal("رئیس حوزه ۱", Role.DISTRICT_HEAD, district_id=1)


@pytest.fixture
def database() -> Iterator:
    db = open_database(":memory:")
    with db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
        run("INSERT INTO district (id, province_id, code, name) VALUES (1, 1, 'D1', 'حوزه ۱'), (2, 1, 'D2', 'حوزه ۲')")
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه ۱', ''),"
            " (2, 1, 'B2', 'شعبه ۲', ''), (3, 2, 'B3', 'شعبه ۳', '')")
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end,"
            " pending_age_base, pending_over_180, pending_over_365, disposition_days_sum, disposition_count,"
            " scheduling_days_sum, scheduling_count, scheduling_days_max, hearings_sum, hearings_cases, referrals,"
            " last_hour_referrals, cases_total, cases_missing_dates, satisfaction_sum, satisfaction_responses,"
            " source) VALUES (?, 16837, '', ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'cases')",
            [(1, 10, 5), (2, 20, 10), (3, 30, 15)])
        rebuild_rollups(connection)  # as a rebuild does after writing the branch rows
    yield db
    db.close()


def _codes(table) -> list[str]:
    return sorted(row.code for row in table.rows)


def test_a_district_head_sees_only_his_own_branches_in_an_indicator_table(database) -> None:
    service = IndicatorService(database, principal=HEAD_OF_1)
    assert _codes(service.table("clearance_rate", "branch", Q1)) == ["B1", "B2"]
    assert _codes(service.table("clearance_rate", "branch", Q1, parent=("province", 1))) == ["B1", "B2"]
    assert _codes(service.table("clearance_rate", "branch", Q1, parent=("district", 1))) == ["B1", "B2"]
    assert _codes(service.table("clearance_rate", "district", Q1)) == ["D1"]


@pytest.mark.parametrize(("level", "parent"), [
    ("branch", ("district", 2)), ("branch", ("branch", 3)), ("district", ("district", 2)),
    ("province", None), ("province", ("province", 1)),
])
def test_a_district_head_asking_for_another_district_or_the_province_gets_nothing(database, level, parent) -> None:
    service = IndicatorService(database, principal=HEAD_OF_1)
    assert service.table("clearance_rate", level, Q1, parent=parent).rows == ()


def test_province_wide_roles_see_every_branch(database) -> None:
    for role in (Role.SECRETARY, Role.CHIEF_JUSTICE, Role.VIEWER):
        service = IndicatorService(database, principal=Principal("u", role))
        assert _codes(service.table("clearance_rate", "branch", Q1)) == ["B1", "B2", "B3"]


def test_a_district_heads_trend_stops_at_his_district_and_never_shows_another(database) -> None:
    service = IndicatorService(database, principal=HEAD_OF_1)
    own = service.trend("clearance_rate", "branch", 1, PeriodKind.MONTH, 1)
    assert [series.level for series in own.series] == ["branch", "district"]
    for level, unit in (("branch", 3), ("district", 2), ("province", 1)):
        other = service.trend("clearance_rate", level, unit, PeriodKind.MONTH, 1)
        assert other.series == () and other.periods == ()
    secretary = IndicatorService(database).trend("clearance_rate", "branch", 3, PeriodKind.MONTH, 1)
    assert [series.level for series in secretary.series] == ["branch", "district", "province"]


def test_a_district_head_lists_only_his_district_and_its_branches(database) -> None:
    service = OrganisationService(database, principal=HEAD_OF_1)
    assert [d.code for d in service.districts()] == ["D1"]
    assert [b.code for b in service.branches()] == ["B1", "B2"]
    assert service.branches(2) == []
    assert (service.counts().districts, service.counts().branches) == (1, 2)
    everyone = OrganisationService(database)
    assert [b.code for b in everyone.branches(2)] == ["B3"] and everyone.counts().branches == 3


@pytest.mark.parametrize("role", [Role.CHIEF_JUSTICE, Role.DISTRICT_HEAD, Role.VIEWER])
def test_roles_without_edit_write_nothing_to_plans_meetings_or_imports(services: AppServices, role, tmp_path) -> None:
    with services.database.session() as session:
        district = session.scalar(select(District.id))
    plan = services.plans.tree()[0].id
    before = len(change_log(services.database))
    services.set_principal(Principal("کسی", role, district if role is Role.DISTRICT_HEAD else None))
    attempts = [
        lambda: services.plans.create_solution(SolutionForm(plan_id=plan, code="X-1", title="راهکار", term=None)),
        lambda: services.meetings.create_meeting(MeetingForm(date(2026, 11, 1), "جلسه")),
        lambda: services.imports.import_file(tmp_path / "none.csv", "cases"),
        lambda: services.organisation.set_user_name("دیگری"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert len(change_log(services.database)) == before
    assert services.plans.tree()  # reading is still allowed


def test_the_change_log_records_the_signed_in_user(services: AppServices) -> None:
    from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
    from desktop.accounts.service import AccountService

    accounts = AccountService(services.database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    # A real account: every write checks that the signed-in account is still as it signed in (accounts/live.py).
    services.set_principal(accounts.create_first_secretary("dabir", "دبیر واقعی", "باغ انار ۱۴۰۵ سبز"))
    meeting = services.meetings.create_meeting(MeetingForm(date(2026, 11, 1), "جلسه"))
    with services.database.session() as session:
        users = set(session.scalars(select(ChangeLog.user_name).where(
            ChangeLog.table_name == "meeting", ChangeLog.row_id == meeting)))
    assert users == {"دبیر واقعی"}
