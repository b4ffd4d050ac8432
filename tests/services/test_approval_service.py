"""ApprovalService: submit → approve (locks) / send back → reopen, and the lock enforced in the services."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.approvals.service import ApprovalService
from desktop.context import AppServices
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.approval import ApprovalState, PeriodLocked, PlanFiguresLocked
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import DomainError, ValidationError
from desktop.domain.planning import SolutionTerm
from desktop.meetings.views import MeetingForm, ResolutionForm
from desktop.planning.views import ActivityForm, ProgramForm, SolutionForm
from tests.services.conftest import TODAY, change_log

ABAN = JalaliPeriod.parse("1405-08")  # 2026-10-23 .. 2026-11-21
H2 = JalaliPeriod.parse("1405-H2")
IN_ABAN = date(2026, 11, 10)
CHIEF = Principal("رئیس کل", Role.CHIEF_JUSTICE)


@pytest.fixture
def setup(services: AppServices) -> tuple[AppServices, int]:
    plans = services.plans
    solution = plans.create_solution(SolutionForm(plans.choices().plans[0].id, "A-S1", "راهکار", SolutionTerm.MID))
    program = plans.create_program(ProgramForm(solution, "A-P1", "برنامه"))
    activity = plans.create_activity(ActivityForm(program, "1", "فعالیت", 1, date(2026, 9, 1), date(2027, 3, 1)))
    return services, activity


def _approvals(services: AppServices, who: Principal | None = None) -> ApprovalService:
    return ApprovalService(services.database, services.clock, principal=who or services.principal)


def _approve(services: AppServices, period: JalaliPeriod = ABAN) -> None:
    _approvals(services).submit(period)
    _approvals(services, CHIEF).approve(period)


def test_submit_approve_reopen_walks_the_states_and_is_change_logged(setup) -> None:
    services, _ = setup
    assert _approvals(services).status(ABAN).state is ApprovalState.OPEN
    assert _approvals(services).submit(ABAN).state is ApprovalState.SUBMITTED
    approved = _approvals(services, CHIEF).approve(ABAN)
    assert (approved.state, approved.decided_by) == (ApprovalState.APPROVED, "رئیس کل")
    reopened = _approvals(services, CHIEF).reopen(ABAN, "اصلاح آمار شعبه ۱۰۱")
    assert (reopened.state, reopened.reason) == (ApprovalState.REOPENED, "اصلاح آمار شعبه ۱۰۱")
    logged = change_log(services.database, "period_approval")
    assert [e.new_values.get("state") for e in logged] == ["submitted", "approved", "reopened"]
    assert logged[-1].user_name == "رئیس کل" and logged[-1].new_values["reason"] == "اصلاح آمار شعبه ۱۰۱"


def test_sending_back_needs_a_reason_and_allows_a_new_submission(setup) -> None:
    services, _ = setup
    _approvals(services).submit(ABAN)
    with pytest.raises(ValidationError):
        _approvals(services, CHIEF).send_back(ABAN, "  ")
    assert _approvals(services, CHIEF).send_back(ABAN, "ناقص است").state is ApprovalState.RETURNED
    assert _approvals(services).submit(ABAN).state is ApprovalState.SUBMITTED


def test_steps_out_of_order_are_refused_naming_the_period(setup) -> None:
    services, _ = setup
    with pytest.raises(DomainError) as refused:
        _approvals(services, CHIEF).approve(ABAN)
    assert "Aban" in refused.value.english() and "آبان" in str(refused.value.params["period"])
    with pytest.raises(DomainError):
        _approvals(services, CHIEF).reopen(ABAN, "دلیل")
    with pytest.raises(ValidationError):
        _approvals(services).submit(JalaliPeriod.parse("1405-Q1"))


@pytest.mark.parametrize("role", list(Role))
def test_only_the_secretary_submits_and_only_the_chief_justice_approves_and_reopens(setup, role: Role) -> None:
    services, _ = setup
    who = Principal("کاربر", role, 1 if role is Role.DISTRICT_HEAD else None)
    steps = {
        "submit": (lambda: _approvals(services, who).submit(ABAN), {Role.SECRETARY}),
        "approve": (lambda: _approvals(services, who).approve(H2), {Role.CHIEF_JUSTICE}),
        "reopen": (lambda: _approvals(services, who).reopen(JalaliPeriod.parse("1405-07"), "دلیل"),
                   {Role.CHIEF_JUSTICE}),
    }
    _approvals(services).submit(H2)
    _approve(services, JalaliPeriod.parse("1405-07"))
    for _name, (step, allowed) in steps.items():
        if role in allowed:
            step()
        else:
            with pytest.raises(PermissionDenied):
                step()


def test_an_approved_period_cannot_be_edited_until_reopened(setup) -> None:
    services, activity = setup
    services.plans.record_progress(activity, 10, IN_ABAN)
    _approve(services)
    with pytest.raises(PeriodLocked) as locked:
        services.plans.record_progress(activity, 20, IN_ABAN)
    assert "Aban 1405" in locked.value.english()
    form = ActivityForm(services.plans.activity(activity).form.program_id, "1", "فعالیت تازه", 1,
                        date(2026, 9, 1), date(2027, 3, 1))
    services.plans.update_activity(activity, form)  # a new title moves no figure: free
    with pytest.raises(PeriodLocked):  # it spans Aban: its weight makes Aban's planned value
        services.plans.update_activity(activity, form.__class__(**{**form.__dict__, "weight": 3}))
    with pytest.raises(PeriodLocked):
        services.plans.update_activity(activity, form.__class__(**{**form.__dict__, "planned_finish": IN_ABAN}))
    with pytest.raises(PeriodLocked):  # it has a progress report in Aban
        services.plans.delete_activity(activity)
    _approvals(services, CHIEF).reopen(ABAN, "اصلاح")
    services.plans.record_progress(activity, 20, IN_ABAN)


def test_an_approved_half_year_locks_its_months(setup) -> None:
    services, activity = setup
    _approve(services, H2)
    with pytest.raises(PeriodLocked):
        services.plans.record_progress(activity, 10, IN_ABAN)
    # Shahrivar is in the first half, open; but with no later report, 10 % would be the activity's progress in H2
    with pytest.raises(PlanFiguresLocked):
        services.plans.record_progress(activity, 10, date(2026, 9, 1))
    services.plans.record_progress(activity, 0, date(2026, 9, 1))  # leaves H2's figures as they were


def test_resolution_follow_ups_in_an_approved_period_are_refused(setup) -> None:
    services, _ = setup
    meeting = services.meetings.create_meeting(MeetingForm(date(2026, 10, 1), "جلسه"))
    resolution = services.meetings.create_resolution(ResolutionForm(meeting, "مصوبه", "دبیر", date(2026, 12, 1)))
    _approve(services)
    with pytest.raises(PeriodLocked):
        services.meetings.add_follow_up(resolution, "پیگیری شد", IN_ABAN)
    services.meetings.add_follow_up(resolution, "پیگیری شد", TODAY)


def test_changes_since_the_approval_are_counted_and_listed(setup) -> None:
    services, activity = setup
    _approve(services)
    assert _approvals(services).status(ABAN).changes_since_approval == 0
    _approvals(services, CHIEF).reopen(ABAN, "اصلاح")
    services.plans.record_progress(activity, 30, IN_ABAN)
    services.plans.record_progress(activity, 40, TODAY)  # Azar: not Aban's
    assert _approvals(services).status(ABAN).changes_since_approval == 1
    [entry] = _approvals(services).changes_since_approval(ABAN)
    assert (entry.table_name, entry.new_values["percent"]) == ("progress_update", 30)
    with pytest.raises(PermissionDenied):
        _approvals(services, Principal("رئیس حوزه", Role.DISTRICT_HEAD, 1)).changes_since_approval(ABAN)


def test_the_year_lists_two_halves_and_twelve_months(setup) -> None:
    services, _ = setup
    listed = _approvals(services).periods(1405)
    assert [p.period.code for p in listed][:3] == ["1405-H1", "1405-01", "1405-02"]
    assert len(listed) == 14
