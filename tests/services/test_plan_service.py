"""PlanService: the plan tree's use cases - edit solutions, programs and activities, record progress."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.domain.messages import DomainError, ValidationError
from desktop.domain.planning import SolutionTerm
from desktop.planning import service as planning_service
from desktop.planning.service import PlanService
from desktop.planning.views import ActivityForm, NodeKind, PlanNode, ProgramForm, SolutionForm
from desktop.store.errors import EvidenceError, EvidenceTooLargeError
from desktop.store.evidence import EvidenceStore
from desktop.store.models import (
    Activity,
    EvidenceFile,
    OperationalProgram,
    ProgressEvidence,
    ProgressUpdate,
    Solution,
)
from tests.services.conftest import TODAY, change_log, count_rows


def _transformation_plan(plans: PlanService) -> int:
    return plans.choices().plans[0].id


def _nodes(nodes: tuple[PlanNode, ...]):
    for node in nodes:
        yield node
        yield from _nodes(node.children)


def _node(plans: PlanService, kind: NodeKind, item_id: int) -> PlanNode | None:
    return next((n for n in _nodes(plans.tree()) if n.kind is kind and n.id == item_id), None)


def _activity(program_id: int, code: str, weight: float = 1.0, start: date = date(2026, 1, 1),
              finish: date = date(2026, 12, 31), parent_id: int | None = None, title: str = "") -> ActivityForm:
    return ActivityForm(program_id, code, title or f"فعالیت {code}", weight, start, finish, parent_id)


@pytest.fixture
def plans(services: AppServices) -> PlanService:
    return services.plans


@pytest.fixture
def program_id(plans: PlanService) -> int:
    solution = plans.create_solution(SolutionForm(_transformation_plan(plans), "X-S1", "راهکار آزمون",
                                                  SolutionTerm.MID))
    return plans.create_program(ProgramForm(solution, "X-P1", "برنامه آزمون"))


@pytest.fixture
def hand_computed(plans: PlanService) -> dict[str, int]:
    """One program, two leaves on 2026-11-23: A1 weight 1, day 10 of 20 (PV 50), reported 100;
    A2 weight 3, finished 2026-11-01 (PV 100), reported 20.
    EV = (1*100 + 3*20) / 4 = 40; PV = (1*50 + 3*100) / 4 = 87.5; SPI = 40 / 87.5."""
    solution = plans.create_solution(SolutionForm(_transformation_plan(plans), "H-S1", "راهکار محاسبه دستی",
                                                  SolutionTerm.MID))
    program = plans.create_program(ProgramForm(solution, "H-P1", "برنامه محاسبه دستی"))
    a1 = plans.create_activity(_activity(program, "1", 1, TODAY - timedelta(days=10), TODAY + timedelta(days=10)))
    a2 = plans.create_activity(_activity(program, "2", 3, date(2026, 10, 1), date(2026, 11, 1)))
    plans.record_progress(a1, 100, date(2026, 11, 20))
    plans.record_progress(a2, 20, date(2026, 11, 20))
    return {"solution": solution, "program": program, "a1": a1, "a2": a2}


# creating, editing, deleting -------------------------------------------------------------------------
def test_created_solution_program_activity_and_sub_activity_appear_in_the_tree(plans: PlanService) -> None:
    plan_id = _transformation_plan(plans)
    solution = plans.create_solution(SolutionForm(plan_id, "N-S1", "راهکار تازه", SolutionTerm.LONG,
                                                  responsible_unit="واحد تازه", driver_project_number=3))
    program = plans.create_program(ProgramForm(solution, "N-P1", "برنامه تازه", owner="مدیر"))
    parent = plans.create_activity(_activity(program, "1", title="مرحله"))
    child = plans.create_activity(_activity(program, "1.1", parent_id=parent, title="زیرفعالیت"))

    plan_node = next(n for n in plans.tree() if n.id == plan_id)
    solution_node = next(n for n in plan_node.children if n.id == solution)
    assert (solution_node.code, solution_node.term) == ("N-S1", SolutionTerm.LONG)
    [program_node] = solution_node.children
    assert (program_node.id, program_node.title, program_node.owner) == (program, "برنامه تازه", "مدیر")
    [parent_node] = program_node.children
    assert parent_node.id == parent and [c.id for c in parent_node.children] == [child]
    assert parent_node.children[0].parent_id == parent
    form = plans.solution(solution)
    assert (form.responsible_unit, form.driver_project_number) == ("واحد تازه", 3)
    assert "واحد تازه" in plans.choices().responsible_units


def test_updates_are_shown_in_the_tree(plans: PlanService, program_id: int) -> None:
    activity = plans.create_activity(_activity(program_id, "1"))
    solution_id = plans.program(program_id).solution_id
    plans.update_solution(solution_id, SolutionForm(_transformation_plan(plans), "X-S1b", "راهکار ویرایش‌شده",
                                                    SolutionTerm.SHORT, weight=2))
    plans.update_program(program_id, ProgramForm(solution_id, "X-P1b", "برنامه ویرایش‌شده", weight=4))
    plans.update_activity(activity, _activity(program_id, "1b", 5, title="فعالیت ویرایش‌شده"))

    solution = _node(plans, NodeKind.SOLUTION, solution_id)
    assert (solution.code, solution.title, solution.term, solution.weight) == (
        "X-S1b", "راهکار ویرایش‌شده", SolutionTerm.SHORT, 2)
    program = solution.children[0]
    assert (program.code, program.weight) == ("X-P1b", 4)
    assert (program.children[0].code, program.children[0].weight) == ("1b", 5)


def test_deletes_remove_nodes_and_everything_below(plans: PlanService, program_id: int) -> None:
    parent = plans.create_activity(_activity(program_id, "1"))
    child = plans.create_activity(_activity(program_id, "1.1", parent_id=parent))
    other = plans.create_activity(_activity(program_id, "2"))
    plans.delete_activity(parent)
    assert _node(plans, NodeKind.ACTIVITY, parent) is None and _node(plans, NodeKind.ACTIVITY, child) is None
    assert _node(plans, NodeKind.ACTIVITY, other) is not None

    solution_id = plans.program(program_id).solution_id
    plans.delete_solution(solution_id)
    assert _node(plans, NodeKind.SOLUTION, solution_id) is None
    assert _node(plans, NodeKind.PROGRAM, program_id) is None
    assert count_rows(plans._database, Activity) == sum(  # only the seeded citizens'-rights actions remain
        1 for n in _nodes(plans.tree()) if n.kind is NodeKind.ACTIVITY)
    with pytest.raises(DomainError):
        plans.activity(other)


# validation ----------------------------------------------------------------------------------------
def test_duplicate_codes_are_refused_at_code_and_nothing_is_written(plans: PlanService, program_id: int) -> None:
    database = plans._database
    plans.create_activity(_activity(program_id, "1"))
    before = {m: count_rows(database, m) for m in (Solution, OperationalProgram, Activity)}
    log_before = len(change_log(database))
    solution_id = plans.program(program_id).solution_id
    attempts = [
        lambda: plans.create_solution(SolutionForm(_transformation_plan(plans), "X-S1", "تکراری", None)),
        lambda: plans.create_solution(SolutionForm(_transformation_plan(plans), "TD-S01", "تکراری", None)),
        lambda: plans.create_program(ProgramForm(solution_id, "X-P1", "تکراری")),
        lambda: plans.create_activity(_activity(program_id, "1")),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as raised:
            attempt()
        assert raised.value.fields == ("code",)
    assert {m: count_rows(database, m) for m in before} == before
    assert len(change_log(database)) == log_before


def test_the_same_activity_code_is_allowed_in_another_program(plans: PlanService, program_id: int) -> None:
    plans.create_activity(_activity(program_id, "1"))
    other = plans.create_program(ProgramForm(plans.program(program_id).solution_id, "X-P2", "برنامه دوم"))
    assert plans.create_activity(_activity(other, "1")) > 0


def test_renaming_an_item_to_its_own_code_is_not_a_duplicate(plans: PlanService, program_id: int) -> None:
    activity = plans.create_activity(_activity(program_id, "1"))
    plans.update_activity(activity, _activity(program_id, "1", title="عنوان دیگر"))
    assert plans.activity(activity).form.title == "عنوان دیگر"


def test_finish_before_start_is_refused_at_planned_finish(plans: PlanService, program_id: int) -> None:
    before = count_rows(plans._database, Activity)
    with pytest.raises(ValidationError) as raised:
        plans.create_activity(_activity(program_id, "1", start=date(2026, 5, 1), finish=date(2026, 4, 30)))
    assert raised.value.fields == ("planned_finish",)
    assert count_rows(plans._database, Activity) == before


def test_zero_weight_is_refused_at_weight(plans: PlanService, program_id: int) -> None:
    for attempt in (
        lambda: plans.create_activity(_activity(program_id, "1", weight=0)),
        lambda: plans.create_program(ProgramForm(plans.program(program_id).solution_id, "X-P2", "ب", weight=0)),
        lambda: plans.create_solution(SolutionForm(_transformation_plan(plans), "X-S2", "ر", None, weight=0)),
    ):
        with pytest.raises(ValidationError) as raised:
            attempt()
        assert raised.value.fields == ("weight",)


def test_a_sub_activity_must_have_its_parent_in_the_same_program(plans: PlanService, program_id: int) -> None:
    parent = plans.create_activity(_activity(program_id, "1"))
    other = plans.create_program(ProgramForm(plans.program(program_id).solution_id, "X-P2", "برنامه دوم"))
    with pytest.raises(ValidationError) as raised:
        plans.create_activity(_activity(other, "1", parent_id=parent))
    assert raised.value.fields == ("parent",)


def test_an_activity_cannot_be_moved_under_its_own_sub_activity(plans: PlanService, program_id: int) -> None:
    parent = plans.create_activity(_activity(program_id, "1"))
    child = plans.create_activity(_activity(program_id, "1.1", parent_id=parent))
    grandchild = plans.create_activity(_activity(program_id, "1.1.1", parent_id=child))
    for new_parent in (parent, grandchild):
        with pytest.raises(ValidationError) as raised:
            plans.update_activity(parent, _activity(program_id, "1", parent_id=new_parent))
        assert raised.value.fields == ("parent",)
    assert plans.activity(parent).form.parent_id is None
    assert _node(plans, NodeKind.ACTIVITY, grandchild) is not None
    plans.update_activity(grandchild, _activity(program_id, "1.1.1", parent_id=parent))  # moving up is fine
    assert [c.id for c in _node(plans, NodeKind.ACTIVITY, parent).children] == [child, grandchild]


# progress --------------------------------------------------------------------------------------------
def test_percent_over_100_is_refused_at_percent(plans: PlanService, program_id: int) -> None:
    activity = plans.create_activity(_activity(program_id, "1"))
    with pytest.raises(ValidationError) as raised:
        plans.record_progress(activity, 101, TODAY)
    assert raised.value.fields == ("percent",)
    assert count_rows(plans._database, ProgressUpdate) == 0


def test_a_report_dated_in_the_future_is_refused_at_reported_on(plans: PlanService, program_id: int) -> None:
    activity = plans.create_activity(_activity(program_id, "1"))
    plans.record_progress(activity, 10, TODAY)  # today itself is fine
    with pytest.raises(ValidationError) as raised:
        plans.record_progress(activity, 20, TODAY + timedelta(days=1))
    assert raised.value.fields == ("reported_on",)
    assert count_rows(plans._database, ProgressUpdate) == 1


def test_progress_on_a_parent_activity_is_refused(plans: PlanService, program_id: int) -> None:
    parent = plans.create_activity(_activity(program_id, "1"))
    plans.create_activity(_activity(program_id, "1.1", parent_id=parent))
    with pytest.raises(ValidationError):
        plans.record_progress(parent, 50, TODAY)
    assert count_rows(plans._database, ProgressUpdate) == 0
    assert plans.activity(parent).is_leaf is False


def test_progress_history_is_kept_and_the_rollup_follows_the_latest_report(
        plans: PlanService, program_id: int) -> None:
    activity = plans.create_activity(_activity(program_id, "1"))
    first = plans.record_progress(activity, 30, date(2026, 10, 1), note="گزارش اول")
    assert _node(plans, NodeKind.ACTIVITY, activity).progress.actual == 30
    plans.record_progress(activity, 55, date(2026, 11, 1), note="گزارش دوم")

    history = plans.activity(activity).history
    assert [(h.reported_on, h.percent, h.note) for h in history] == [
        (date(2026, 10, 1), 30, "گزارش اول"), (date(2026, 11, 1), 55, "گزارش دوم")]
    assert history[0].id == first and history[0].recorded_by == plans.user_name
    assert count_rows(plans._database, ProgressUpdate) == 2
    assert _node(plans, NodeKind.ACTIVITY, activity).progress.actual == 55
    assert _node(plans, NodeKind.PROGRAM, program_id).progress.actual == 55
    # as of a date between the two reports, the older one counts
    in_between = next(n for n in _nodes(plans.tree(as_of=date(2026, 10, 15)))
                      if n.kind is NodeKind.ACTIVITY and n.id == activity)
    assert in_between.progress.actual == 30


def test_tree_numbers_equal_the_hand_computed_rollup(plans: PlanService, hand_computed: dict[str, int]) -> None:
    a1 = _node(plans, NodeKind.ACTIVITY, hand_computed["a1"]).progress
    a2 = _node(plans, NodeKind.ACTIVITY, hand_computed["a2"]).progress
    assert (a1.planned, a1.actual, a1.spi) == pytest.approx((50.0, 100.0, 2.0))
    assert (a2.planned, a2.actual, a2.spi) == pytest.approx((100.0, 20.0, 0.2))
    for kind in (NodeKind.PROGRAM, NodeKind.SOLUTION):
        progress = _node(plans, kind, hand_computed[kind.value]).progress
        assert progress.actual == pytest.approx(40.0)
        assert progress.planned == pytest.approx(87.5)
        assert progress.spi == pytest.approx(40 / 87.5)
        assert progress.variance == pytest.approx(-47.5)
    detail = plans.activity(hand_computed["a2"])
    assert (detail.progress.planned, detail.progress.actual) == pytest.approx((100.0, 20.0))
    assert detail.series[-1].on >= TODAY and detail.series[-1].actual == 20


def test_an_activity_with_no_progress_report_is_not_reported_never_a_measured_zero(
        plans: PlanService, program_id: int) -> None:
    """Unknown is never shown as 0: without a report by the day an activity's actual progress and SPI are None
    and it says so (it read "Actual 0.0%, SPI 0.00" in the tree, its panel and `plans list`). Its parents' means
    still count it as 0 % (docs/reports.md), and a parent with nothing reported under it is not reported either."""
    started = plans.create_activity(_activity(program_id, "1", 1, date(2026, 10, 1), date(2026, 12, 31)))
    sibling = plans.create_activity(_activity(program_id, "2", 1, date(2026, 10, 1), date(2026, 12, 31)))
    solution_id = plans.program(program_id).solution_id
    for kind, item in ((NodeKind.ACTIVITY, started), (NodeKind.PROGRAM, program_id),
                       (NodeKind.SOLUTION, solution_id)):
        node = _node(plans, kind, item)
        assert node.not_reported and node.progress.actual is None and node.progress.spi is None, kind
        assert node.progress.planned == pytest.approx(100 * 53 / 91)  # its schedule is known
    detail = plans.activity(started)
    assert detail.not_reported and (detail.progress.actual, detail.progress.spi) == (None, None)
    assert detail.history == () and {point.actual for point in detail.series} == {None}

    plans.record_progress(started, 0, date(2026, 11, 1))  # a reported 0 % is a measured figure
    detail = plans.activity(started)
    assert not detail.not_reported and (detail.progress.actual, detail.progress.spi) == (0.0, 0.0)
    plans.record_progress(started, 60, date(2026, 11, 20))
    assert not _node(plans, NodeKind.ACTIVITY, started).not_reported
    assert _node(plans, NodeKind.ACTIVITY, sibling).not_reported  # still nothing of its own
    program = _node(plans, NodeKind.PROGRAM, program_id)
    assert not program.not_reported and program.progress.actual == pytest.approx(30.0)  # (60 + 0) / 2


# evidence --------------------------------------------------------------------------------------------
def test_evidence_is_stored_by_sha256_and_listed_in_the_history(
        plans: PlanService, program_id: int, tmp_path: Path) -> None:
    activity = plans.create_activity(_activity(program_id, "1"))
    content = "صورتجلسه پیشرفت".encode()
    source = tmp_path / "صورتجلسه.pdf"
    source.write_bytes(content)
    update = plans.record_progress(activity, 40, TODAY, evidence=[source])

    digest = hashlib.sha256(content).hexdigest()
    stored = plans._database.evidence_dir / digest[:2] / digest
    assert stored.read_bytes() == content
    assert plans.evidence_path(digest) == stored
    assert count_rows(plans._database, EvidenceFile) == 1
    assert count_rows(plans._database, ProgressEvidence) == 1
    [entry] = plans.activity(activity).history
    assert entry.id == update
    [ref] = entry.evidence
    assert (ref.sha256, ref.original_name, ref.size_bytes, ref.media_type) == (
        digest, "صورتجلسه.pdf", len(content), "application/pdf")


def test_an_evidence_file_over_the_limit_refuses_the_whole_report(
        plans: PlanService, program_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class TinyStore(EvidenceStore):
        def __init__(self, root: Path, max_bytes: int = 10) -> None:
            super().__init__(root, max_bytes)

    monkeypatch.setattr(planning_service, "EvidenceStore", TinyStore)
    activity = plans.create_activity(_activity(program_id, "1"))
    small, big = tmp_path / "small.txt", tmp_path / "big.pdf"
    small.write_bytes(b"ok")
    big.write_bytes(b"x" * 11)
    with pytest.raises(EvidenceError) as raised:
        plans.record_progress(activity, 40, TODAY, evidence=[small, big])
    assert isinstance(raised.value, EvidenceTooLargeError)
    assert raised.value.params["name"] == "big.pdf"
    for model in (ProgressUpdate, EvidenceFile, ProgressEvidence):
        assert count_rows(plans._database, model) == 0
    assert plans.activity(activity).history == ()


def test_deleting_an_activity_removes_its_history_and_logs_every_delete(
        plans: PlanService, program_id: int, tmp_path: Path) -> None:
    activity = plans.create_activity(_activity(program_id, "1"))
    source = tmp_path / "a.txt"
    source.write_text("مستند")
    updates = {plans.record_progress(activity, 20, date(2026, 10, 1), evidence=[source]),
               plans.record_progress(activity, 50, date(2026, 11, 1))}
    plans.delete_activity(activity)

    database = plans._database
    assert count_rows(database, ProgressUpdate) == 0 and count_rows(database, ProgressEvidence) == 0
    assert count_rows(database, EvidenceFile) == 1  # the file itself may be linked elsewhere; it stays
    assert {r.row_id for r in change_log(database, "progress_update", "delete")} == updates
    assert [r.row_id for r in change_log(database, "activity", "delete")] == [activity]
    assert len(change_log(database, "progress_evidence", "delete")) == 1
    [deleted] = change_log(database, "activity", "delete")
    assert deleted.old_values["code"] == "1" and deleted.new_values is None


def test_a_missing_activity_is_reported_as_a_domain_error(plans: PlanService) -> None:
    with pytest.raises(DomainError) as raised:
        plans.record_progress(999_999, 10, TODAY)
    assert raised.value.params == {"id": 999_999}
    assert "activity" in raised.value.message


def test_a_demo_sub_activity_can_be_saved_unchanged_with_its_wbs_code(demo: AppServices) -> None:
    leaf = next(n for n in _nodes(demo.plans.tree()) if n.kind is NodeKind.ACTIVITY and n.parent_id
                and not n.children and "." in n.code)
    form = demo.plans.activity(leaf.id).form
    demo.plans.update_activity(leaf.id, form)
    assert demo.plans.activity(leaf.id).form == form
