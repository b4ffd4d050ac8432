"""A progress report dated before an approved period, in an open month, is refused when it would change the
period's plan figures: an activity's progress at the period's end is its latest report up to then, and the
milestones' trend reads the reports before it. Compared before and after inside the write's transaction, so a
report that leaves the approved figures as they were still goes in (docs/access.md, "Lock")."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop.domain.approval import PlanFiguresLocked  # noqa: E402
from desktop.store.models import ChangeLog, ProgressUpdate  # noqa: E402
from tests.approvals.conftest import ABAN, Province, province  # noqa: E402, F401 (fixture)
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401

IN_MEHR = date(2026, 10, 15)  # after the activity's 10 % of 2026-10-01, before Aban (2026-10-23 .. 2026-11-21)
AFTER_ABAN = date(2026, 11, 22)


def _written(province: Province) -> tuple[int, int]:  # noqa: F811
    with province.services.database.session() as session:
        return (session.scalar(select(func.count()).select_from(ProgressUpdate)),
                session.scalar(select(func.count()).select_from(ChangeLog)))


def test_a_report_before_an_approved_month_that_would_be_its_latest_is_refused(province: Province) -> None:  # noqa: F811
    province.approve()
    before = _written(province)
    with pytest.raises(PlanFiguresLocked) as refused:
        province.services.plans.record_progress(province.activity, 90, IN_MEHR)
    assert "Aban 1405" in refused.value.english() and "progress report" in refused.value.english()
    assert _written(province) == before
    assert province.approvals().figure_changes(ABAN).differences == ()


def test_a_report_on_an_activity_without_progress_dated_before_an_approved_month_is_refused(
        province: Province) -> None:  # noqa: F811
    """The hostile reviewer's case: no report at all yet, so the new one is the activity's value at Aban's end."""
    province.approve()
    with pytest.raises(PlanFiguresLocked):
        province.services.plans.record_progress(province.later, 50, IN_MEHR)


def test_a_report_before_an_approved_month_that_leaves_its_figures_as_they_were_goes_in(
        province: Province) -> None:  # noqa: F811
    province.approve()
    count, _ = _written(province)
    province.services.plans.record_progress(province.activity, 10, IN_MEHR)  # the same 10 % as on 2026-10-01
    assert _written(province)[0] == count + 1
    assert province.approvals().figure_changes(ABAN).differences == ()


def test_a_report_after_the_approved_month_goes_in(province: Province) -> None:  # noqa: F811
    province.approve()
    province.services.plans.record_progress(province.activity, 90, AFTER_ABAN)
    assert province.approvals().figure_changes(ABAN).differences == ()


def test_the_backdated_report_goes_in_once_the_month_is_reopened(province: Province) -> None:  # noqa: F811
    province.approve()
    province.reopen()
    province.services.plans.record_progress(province.activity, 90, IN_MEHR)
    assert any(d.key == "plan/overall/actual" for d in province.approvals().figure_changes(ABAN).differences)


def test_plans_progress_on_the_command_line_exits_4_naming_the_approved_month(province: Province) -> None:  # noqa: F811
    province.approve()
    before = _written(province)
    code, _out, err = run_cli("plans", "progress", "--db", str(province.services.database.path),
                              "--activity", str(province.activity), "--percent", "90", "--on", IN_MEHR.isoformat())
    assert code == 4, err
    assert "Aban 1405" in err and "progress report" in err
    assert _written(province) == before
