"""Approving a period freezes its figures; "changed since approval" compares them with today's and names the
cause, whatever the path (issue 11, What to build 1)."""

from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import select

from desktop.approvals.snapshot import build_figures, differences
from desktop.domain.approval import PeriodLocked
from desktop.imports.service import IMPORTED
from desktop.store.models import ApprovalSnapshot, Branch, PeriodApproval
from tests.approvals.conftest import ABAN, BRANCH_HEADERS, Province, write_csv


def _district_of(province: Province, code: str) -> str:
    with province.services.database.session() as session:
        return session.scalar(select(Branch).where(Branch.code == code)).district.code


def test_approving_stores_every_figure_of_the_period_with_its_hash(province: Province) -> None:
    province.approve()
    frozen = province.approvals().frozen_figures(ABAN)
    assert frozen is not None and frozen.approved_by == "رئیس کل"
    figures = frozen.figures
    canonical = json.dumps(figures, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    assert frozen.sha256 == hashlib.sha256(canonical).hexdigest()
    incoming = figures["indicators"]["incoming"]
    assert {level: sorted(units) for level, units in incoming.items()} == {
        "province": ["QOM"], "district": ["01", "02"], "branch": ["101001", "101002", "102001"]}
    assert incoming["district"]["01"]["value"] == 80 and incoming["district"]["02"]["value"] == 20
    assert figures["plan"]["overall"]["actual"] > 0  # the progress reported before Aban
    assert figures["resolutions"] == {"total": 1, "done": 0, "cancelled": 0, "outstanding": 1, "overdue": 0}
    with province.services.database.session() as session:
        row = session.scalar(select(PeriodApproval).where(PeriodApproval.period == ABAN.code))
        stored = session.scalar(select(ApprovalSnapshot))
        assert row.snapshot_sha256 == stored.sha256 == frozen.sha256
        assert stored.taken_by_login == "chief"
    assert figures == build_figures(province.services.database, ABAN, province.services.clock.today())


def test_the_snapshot_rows_are_history_and_cannot_be_changed(province: Province) -> None:
    province.approve()
    with pytest.raises(Exception, match="history"):
        with province.services.database.session() as session:
            session.scalar(select(ApprovalSnapshot)).sha256 = "0" * 64


def test_an_open_or_reopened_period_has_no_frozen_figures(province: Province) -> None:
    assert province.approvals().frozen_figures(ABAN) is None
    live = province.approvals().figures(ABAN)
    assert not live.frozen and live.figures["resolutions"]["total"] == 1
    province.approve()
    frozen = province.approvals().figures(ABAN)
    assert frozen.frozen and frozen.figures == live.figures and frozen.approved_by == "رئیس کل"
    province.reopen()
    assert province.approvals().frozen_figures(ABAN) is None


def test_a_registry_import_moving_a_branch_with_approved_figures_is_refused(province: Province) -> None:
    province.approve()
    with pytest.raises(PeriodLocked):
        province.services.imports.import_file(province.registry_moving_101001_to_02(), "branches")
    assert _district_of(province, "101001") == "01"
    assert not province.approvals().figure_changes(ABAN).differences


def test_a_branch_moved_after_reopening_is_listed_with_who_moved_it(province: Province) -> None:
    province.approve()
    province.reopen()
    province.services.imports.import_file(province.registry_moving_101001_to_02(), "branches")
    assert _district_of(province, "101001") == "02"
    changed = province.approvals().figure_changes(ABAN)
    moved = {d.key: (d.approved, d.now) for d in changed.differences}
    assert moved["indicators/incoming/district/01"] == (80, 30)
    assert moved["indicators/incoming/district/02"] == (20, 70)
    assert "indicators/incoming/province/QOM" not in moved
    causes = [(c.table, c.operation, c.user_name) for c in changed.causes["indicators"]]
    assert ("branch", "update", province.services.principal.user_name) in causes
    assert province.approvals().status(ABAN).changes_since_approval >= 1


def test_reweighting_a_spanning_activity_after_reopening_shows_in_the_plan_figures(province: Province) -> None:
    plans = province.services.plans
    other = plans.create_activity(province.activity_form.__class__(
        province.program, "2", "فعالیت دوم", 1, province.activity_form.planned_start,
        province.activity_form.planned_finish))
    assert other
    province.approve()
    form = province.activity_form.__class__(**{**province.activity_form.__dict__, "weight": 3})
    with pytest.raises(PeriodLocked):
        plans.update_activity(province.activity, form)
    province.reopen()
    plans.update_activity(province.activity, form)
    changed = province.approvals().figure_changes(ABAN)
    keys = {d.key for d in changed.differences}
    assert "plan/overall/actual" in keys
    assert any(c.table == "activity" and c.operation == "update" for c in changed.causes["plan"])
    assert province.approvals().status(ABAN).changes_since_approval == 1


def test_deleting_a_meeting_whose_resolution_counts_in_an_approved_month_is_refused(province: Province) -> None:
    province.approve()
    with pytest.raises(PeriodLocked):
        province.services.meetings.delete_meeting(province.meeting)
    assert province.services.meetings.meeting(province.meeting).resolutions
    province.reopen()
    province.services.meetings.delete_meeting(province.meeting)
    changed = province.approvals().figure_changes(ABAN)
    assert {d.key: (d.approved, d.now) for d in changed.differences}["resolutions/total"] == (1, 0)
    assert {c.table for c in changed.causes["resolutions"]} >= {"meeting", "resolution"}


def test_completing_an_approved_months_resolution_later_is_allowed_and_moves_no_figure(province: Province) -> None:
    from desktop.domain.meetings import ResolutionStatus

    province.approve()
    today = province.services.clock.today()  # in Azar, after Aban
    province.services.meetings.set_status(province.resolution, ResolutionStatus.DONE, today)
    province.services.meetings.add_follow_up(province.resolution, "انجام شد", today)
    assert not province.approvals().figure_changes(ABAN).differences
    with pytest.raises(PeriodLocked):  # cancelling it would change Aban's counts
        province.services.meetings.set_status(province.resolution, ResolutionStatus.CANCELLED)


def test_changes_of_a_period_never_approved_or_approved_before_snapshots_are_refused_by_name(
        province: Province) -> None:
    from desktop.domain.messages import DomainError

    with pytest.raises(DomainError, match="never been approved"):
        province.approvals().figure_changes(ABAN)
    with province.services.database.session() as session:  # as a database approved before migration 0009
        session.add(PeriodApproval(period=ABAN.code, kind="month", state="approved", approved_change_id=1))
    with pytest.raises(DomainError, match="before Rasad kept"):
        province.approvals().figure_changes(ABAN)
    assert province.approvals().frozen_figures(ABAN) is None  # its reports show today's figures


def test_a_branch_registered_since_without_figures_is_no_change(province: Province) -> None:
    """Its units appear with no value: "no value then, none now" is not listed (it listed one per indicator)."""
    province.approve()
    registry = write_csv(province.tmp_path / "new-branch.csv", BRANCH_HEADERS,
                         (("999001", "شعبه تازه", "01", "عمومی"),))
    assert province.services.imports.import_file(registry, "branches").status == IMPORTED
    assert province.approvals().figure_changes(ABAN).differences == ()


def test_a_unit_on_one_side_only_differs_when_it_has_a_value_there() -> None:
    def figures(units: dict) -> dict:
        return {"version": 2, "indicators": {"incoming": {"branch": units}}}

    unit = {"name": "شعبه", "complete": True}
    assert differences(figures({}), figures({"999001": {**unit, "value": None}})) == []
    assert [d.key for d in differences(figures({}), figures({"999001": {**unit, "value": 3}}))] == [
        "indicators/incoming/branch/999001"]
    assert [d.key for d in differences(figures({"101001": {**unit, "value": 3}}), figures({}))] == [
        "indicators/incoming/branch/101001"]
