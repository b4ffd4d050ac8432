"""ApprovalService: submit → approve (locks) / send back → reopen, and the lock enforced in the services."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.approvals.service import ApprovalService
from desktop.clock import FixedClock
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
H1 = JalaliPeriod.parse("1405-H1")  # over by TODAY (2026-11-23)
H2 = JalaliPeriod.parse("1405-H2")  # 2026-09-23 .. 2027-03-20: under way on TODAY
AFTER_H2 = date(2027, 3, 21)  # the first day H2 can be submitted
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
        "approve": (lambda: _approvals(services, who).approve(H1), {Role.CHIEF_JUSTICE}),
        "reopen": (lambda: _approvals(services, who).reopen(JalaliPeriod.parse("1405-07"), "دلیل"),
                   {Role.CHIEF_JUSTICE}),
    }
    _approvals(services).submit(H1)
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
    services = AppServices(services.database, FixedClock(AFTER_H2))  # H2 is submitted once it is over
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


# --- a submitted period is locked; the secretary may withdraw it; only a period that is over is submitted ------


def test_a_submitted_period_cannot_be_edited_until_the_submission_is_withdrawn(setup) -> None:
    services, activity = setup
    services.plans.record_progress(activity, 10, IN_ABAN)
    _approvals(services).submit(ABAN)
    with pytest.raises(PeriodLocked) as locked:
        services.plans.record_progress(activity, 20, IN_ABAN)
    assert locked.value.state is ApprovalState.SUBMITTED
    assert locked.value.english() == ("Aban 1405 is awaiting approval and its data is locked; withdraw the "
                                      "submission, or the chief justice sends it back, before it is changed.")
    assert "آبان ۱۴۰۵" in str(locked.value.params["period"])
    withdrawn = _approvals(services).withdraw(ABAN)
    assert (withdrawn.state, withdrawn.decided_by, withdrawn.reason) == (ApprovalState.RETURNED, services.principal
                                                                         .user_name, "")
    assert withdrawn.label == "Withdrawn by the secretary"  # not the chief justice's "Sent back"
    services.plans.record_progress(activity, 20, IN_ABAN)
    logged = change_log(services.database, "period_approval")
    assert [e.new_values.get("state") for e in logged] == ["submitted", "returned"]


def test_a_sent_back_period_is_editable_again(setup) -> None:
    services, activity = setup
    _approvals(services).submit(ABAN)
    sent_back = _approvals(services, CHIEF).send_back(ABAN, "ناقص است")
    assert sent_back.label == "Sent back"
    services.plans.record_progress(activity, 20, IN_ABAN)


def test_withdrawing_a_resubmission_of_a_reopened_period_leaves_it_reopened(setup) -> None:
    services, _ = setup
    _approve(services)
    _approvals(services, CHIEF).reopen(ABAN, "اصلاح")
    _approvals(services).submit(ABAN)
    assert _approvals(services).withdraw(ABAN).state is ApprovalState.REOPENED
    assert _approvals(services).status(ABAN).approved_at is not None  # "changed since approval" still shown


def test_only_a_submitted_period_is_withdrawn_and_only_by_the_secretary(setup) -> None:
    services, _ = setup
    with pytest.raises(DomainError) as refused:
        _approvals(services).withdraw(ABAN)
    assert refused.value.english() == "Aban 1405 is not awaiting approval; there is no submission to withdraw."
    _approvals(services).submit(ABAN)
    for role in (Role.CHIEF_JUSTICE, Role.DISTRICT_HEAD, Role.VIEWER):
        with pytest.raises(PermissionDenied):
            _approvals(services, Principal("کاربر", role, 1 if role is Role.DISTRICT_HEAD else None)).withdraw(ABAN)
    assert _approvals(services, CHIEF).approve(ABAN).state is ApprovalState.APPROVED
    with pytest.raises(DomainError):  # approved: only the chief justice reopens it
        _approvals(services).withdraw(ABAN)


def test_a_period_not_over_yet_is_refused_naming_the_first_day_it_can_be_submitted(setup) -> None:
    services, _ = setup
    azar = JalaliPeriod.parse("1405-09")  # under way on TODAY (2 Azar 1405)
    for period, first in ((azar, "1 Dey 1405 (2026-12-22)"), (H2, "1 Farvardin 1406 (2027-03-21)"),
                          (JalaliPeriod.parse("1406-01"), "1 Ordibehesht 1406 (2027-04-21)")):
        with pytest.raises(DomainError) as refused:
            _approvals(services).submit(period)
        assert refused.value.english() == (f"{period.label_en} is not over yet; it can be submitted for approval "
                                           f"from {first}.")
        assert _approvals(services).status(period).state is ApprovalState.OPEN
    with pytest.raises(DomainError) as refused:
        _approvals(services).submit(azar)
    assert "۱ دی ۱۴۰۵" in str(refused.value.params["day"])


def test_a_month_is_submitted_from_the_day_after_its_last_day(services: AppServices) -> None:
    on_its_last_day = AppServices(services.database, FixedClock(ABAN.end))
    with pytest.raises(DomainError):
        _approvals(on_its_last_day).submit(ABAN)
    the_day_after = AppServices(services.database, FixedClock(date(2026, 11, 22)))
    assert _approvals(the_day_after).submit(ABAN).state is ApprovalState.SUBMITTED


def test_approving_checks_again_that_the_period_is_over(setup) -> None:
    services, _ = setup
    azar = JalaliPeriod.parse("1405-09")
    from unittest.mock import patch

    with patch("desktop.approvals.service.ensure_over"):  # submitted under way (by a Rasad before the rule)
        _approvals(services).submit(azar)
    with pytest.raises(DomainError) as refused:
        _approvals(services, CHIEF).approve(azar)
    assert "Azar 1405 is not over yet" in refused.value.english()
    assert _approvals(services).status(azar).state is ApprovalState.SUBMITTED
    assert _approvals(services).withdraw(azar).state is ApprovalState.RETURNED


def test_a_half_year_awaiting_approval_locks_its_months_and_the_plan_figures_before_it(setup) -> None:
    services, activity = setup
    services = AppServices(services.database, FixedClock(AFTER_H2))
    _approvals(services).submit(H2)
    with pytest.raises(PeriodLocked) as locked:
        services.plans.record_progress(activity, 10, IN_ABAN)
    assert locked.value.english().startswith("H2 1405 is awaiting approval and its data is locked")
    # Shahrivar is in the first half, open; but with no later report, 10 % would be the activity's progress in H2
    with pytest.raises(PlanFiguresLocked) as moved:
        services.plans.record_progress(activity, 10, date(2026, 9, 1))
    assert moved.value.state is ApprovalState.SUBMITTED and "is awaiting approval and its figures are locked" in \
        moved.value.english() and "Withdraw the submission of" in moved.value.english()
    services.plans.record_progress(activity, 0, date(2026, 9, 1))  # leaves H2's figures as they were
    _approvals(services).withdraw(H2)
    services.plans.record_progress(activity, 10, IN_ABAN)
