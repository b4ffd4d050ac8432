"""An activity with sub-activities is measured by them alone: its own dates and progress reports stop counting.
So a sub-activity is never put under an activity that has reports of its own (they would vanish from every
figure, back to their dates), and giving an activity its first sub-activity, or deleting its last one, is refused
when a locked period's plan figures would change (docs/access.md, "Lock")."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop.domain.approval import PeriodLocked  # noqa: E402
from desktop.domain.messages import ValidationError  # noqa: E402
from desktop.planning.approved_figures import TreeFiguresLocked  # noqa: E402
from desktop.planning.views import ActivityForm, NodeKind  # noqa: E402
from desktop.store.models import Activity, ChangeLog  # noqa: E402
from tests.approvals.conftest import ABAN, Province, province  # noqa: E402, F401 (fixture)
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401

NEXT_YEAR = (date(2027, 4, 1), date(2027, 6, 1))  # wholly after Aban, and after today (2026-11-23)
BEFORE_ABAN = (date(2026, 6, 1), date(2026, 8, 1))  # wholly before Aban: planned 100 % done by then


def _written(province: Province) -> tuple[int, int]:  # noqa: F811
    with province.services.database.session() as session:
        return (session.scalar(select(func.count()).select_from(Activity)),
                session.scalar(select(func.count()).select_from(ChangeLog)))


def _sub(province: Province, parent: int, code: str, span: tuple[date, date]) -> ActivityForm:  # noqa: F811
    return ActivityForm(province.program, code, f"زیرفعالیت {code}", 1, *span, parent)


def _figures(province: Province, activity: int):  # noqa: F811
    detail = province.services.plans.activity(activity)
    return detail.progress, [(h.reported_on, h.percent) for h in detail.history]


# an activity with progress reports of its own ----------------------------------------------------------------
def test_a_sub_activity_under_an_activity_with_progress_reports_is_refused_naming_them(
        province: Province) -> None:  # noqa: F811
    """The reviewer's case without a lock: the add was accepted and the activity showed 0 % from then on."""
    before, figures = _written(province), _figures(province, province.activity)
    with pytest.raises(ValidationError) as refused:
        province.services.plans.create_activity(_sub(province, province.activity, "1.1", NEXT_YEAR))
    assert refused.value.field == "parent"
    said = refused.value.english()
    assert "«1 فعالیت» has its own progress reports (1, the latest 10% on " in said and "2026-10-01" in said
    assert "move «1» under the new one" in said
    assert _written(province) == before and _figures(province, province.activity) == figures


def test_moving_an_activity_under_one_with_progress_reports_is_refused(province: Province) -> None:  # noqa: F811
    plans = province.services.plans
    moved = plans.create_activity(ActivityForm(province.program, "9", "دیگر", 1, *NEXT_YEAR))
    form = plans.activity(moved).form
    with pytest.raises(ValidationError) as refused:
        plans.update_activity(moved, ActivityForm(form.program_id, form.code, form.title, form.weight,
                                                  form.planned_start, form.planned_finish, province.activity))
    assert refused.value.field == "parent" and "has its own progress reports" in refused.value.english()
    assert plans.activity(moved).form.parent_id is None


def test_a_reported_activity_is_divided_by_moving_it_under_a_new_one_with_its_reports(
        province: Province) -> None:  # noqa: F811
    """What the refusal says to do keeps the reports, and the figures too when the new one takes its weight."""
    plans = province.services.plans
    figures, program = _figures(province, province.activity), plans.tree()
    form = province.activity_form
    parent = plans.create_activity(ActivityForm(province.program, "2", "بخش‌بندی", form.weight,
                                                form.planned_start, form.planned_finish))
    plans.update_activity(province.activity, ActivityForm(form.program_id, "2.1", form.title, form.weight,
                                                          form.planned_start, form.planned_finish, parent))
    plans.create_activity(_sub(province, parent, "2.2", NEXT_YEAR))
    assert _figures(province, province.activity) == figures  # its reports, and its figures, are where they were
    assert plans.activity(parent).progress.actual == pytest.approx(5)  # (10 % × 1 + 0 × 1) / 2
    assert program  # the tree was read before: nothing above raised


# the lock: an activity's first sub-activity, its last one deleted --------------------------------------------
def test_a_first_sub_activity_that_would_change_an_approved_month_s_figures_is_refused(
        province: Province) -> None:  # noqa: F811
    """A leaf planned before Aban counts 100 % planned in it; under a sub-activity planned for next year it would
    count 0 %, though neither its own span nor the new one's touches Aban."""
    plans = province.services.plans
    done = plans.create_activity(ActivityForm(province.program, "5", "پیشین", 1, *BEFORE_ABAN))
    province.approve()
    before = _written(province)
    with pytest.raises(TreeFiguresLocked) as refused:
        plans.create_activity(_sub(province, done, "5.1", NEXT_YEAR))
    assert refused.value.english().startswith("Aban 1405 is approved and its figures are locked, but this change")
    assert _written(province) == before
    assert province.approvals().figure_changes(ABAN).differences == ()
    plans.create_activity(_sub(province, done, "5.1", BEFORE_ABAN))  # the same dates: the same figures
    assert province.approvals().figure_changes(ABAN).differences == ()


def test_a_first_sub_activity_under_an_activity_spanning_a_submitted_month_is_refused(
        province: Province) -> None:  # noqa: F811
    plans = province.services.plans
    bare = plans.create_activity(ActivityForm(province.program, "6", "بی‌گزارش", 1, date(2026, 9, 1),
                                              date(2027, 3, 1)))
    province.approvals().submit(ABAN)
    with pytest.raises(PeriodLocked) as refused:
        plans.create_activity(_sub(province, bare, "6.1", NEXT_YEAR))
    assert refused.value.english().startswith("Aban 1405 is awaiting approval")
    assert plans.sub_activity_refusal(bare) is not None  # the window says so before the form is filled


def test_a_first_sub_activity_that_leaves_the_locked_figures_goes_in(province: Province) -> None:  # noqa: F811
    """An activity planned wholly after Aban counts 0 % in it, as a sub-activity planned for next year does."""
    province.approve()
    assert province.services.plans.sub_activity_refusal(province.later) is None
    province.services.plans.create_activity(_sub(province, province.later, "8.1", NEXT_YEAR))
    assert province.approvals().figure_changes(ABAN).differences == ()


def test_deleting_the_last_sub_activity_that_would_change_an_approved_month_s_figures_is_refused_before_asking(
        province: Province) -> None:  # noqa: F811
    plans = province.services.plans
    done = plans.create_activity(ActivityForm(province.program, "5", "پیشین", 1, *BEFORE_ABAN))
    sub = plans.create_activity(_sub(province, done, "5.1", NEXT_YEAR))
    other = plans.create_activity(_sub(province, done, "5.2", NEXT_YEAR))
    plans.delete_activity(other)  # one sub-activity is left: the parent is measured by it as before
    province.approve()
    assert isinstance(plans.delete_refusal(NodeKind.ACTIVITY, sub), TreeFiguresLocked)
    before = _written(province)
    with pytest.raises(TreeFiguresLocked):
        plans.delete_activity(sub)
    assert _written(province) == before
    assert province.approvals().figure_changes(ABAN).differences == ()


# the command line ------------------------------------------------------------------------------------------
def test_plans_activity_add_under_a_reported_activity_is_refused_naming_its_reports(
        province: Province) -> None:  # noqa: F811
    before = _written(province)
    code, _out, err = run_cli("--lang", "en", "plans", "activity", "add", "--db",
                              str(province.services.database.path), "--program", str(province.program),
                              "--parent", str(province.activity), "--code", "1.1", "--title", "sub", "--weight",
                              "1", "--start", "2027-04-01", "--finish", "2027-06-01")
    assert code == 1, err
    assert "has its own progress reports (1, the latest 10% on" in err
    assert _written(province) == before


def test_plans_activity_add_that_would_change_a_locked_month_exits_4(province: Province) -> None:  # noqa: F811
    done = province.services.plans.create_activity(ActivityForm(province.program, "5", "پیشین", 1, *BEFORE_ABAN))
    province.approvals().submit(ABAN)
    before = _written(province)
    code, _out, err = run_cli("--lang", "en", "plans", "activity", "add", "--db",
                              str(province.services.database.path), "--program", str(province.program),
                              "--parent", str(done), "--code", "5.1", "--title", "sub", "--weight", "1",
                              "--start", "2027-04-01", "--finish", "2027-06-01")
    assert code == 4, err
    assert "Aban 1405 is awaiting approval and its figures are locked, but this change" in err
    assert _written(province) == before


def test_plans_activity_edit_moving_under_a_reported_activity_is_refused(province: Province) -> None:  # noqa: F811
    code, _out, err = run_cli("--lang", "en", "plans", "activity", "edit", str(province.later), "--parent",
                              str(province.activity), "--db", str(province.services.database.path))
    assert code == 1, err
    assert "has its own progress reports" in err
    assert province.services.plans.activity(province.later).form.parent_id is None
