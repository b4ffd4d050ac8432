"""No way around the lock (issue 11, What to build 2): every public method of every service is found by walking
the service packages, and must be classified here. A method that writes dated data must be refused while its
period is approved or submitted (awaiting approval) — proved by running it on an approved Aban, and on a submitted
one, and checking that nothing was written; the others say why they cannot move an approved figure. A new service
method that is not classified fails the first test."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import textwrap
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from types import CodeType

import pytest
from sqlalchemy import func, select

import desktop
from desktop.domain.approval import ApprovalState, PeriodLocked
from desktop.domain.meetings import ResolutionStatus
from desktop.meetings.views import MeetingForm, ResolutionForm
from desktop.store.models import (
    Activity,
    ApprovalSnapshot,
    Branch,
    ChangeLog,
    IndicatorMonth,
    Meeting,
    OperationalProgram,
    ProgressUpdate,
    Resolution,
    ResolutionFollowup,
    Solution,
)
from desktop.sync import directives
from desktop.sync.directives import PERIOD_APPROVED, DirectiveInbox
from desktop.sync.keys import generate_private_key
from tests.approvals.conftest import ABAN, IN_ABAN, MONTHLY_HEADERS, Province, write_csv
from tests.sync.test_directives import Center, _content

#: Packages that are not capability services (layers below or above them).
NOT_SERVICES = {"ui", "cli", "store", "domain", "center", "charts", "exports", "demo"}
READS = "reads"  # no write at all
LOCKED = "locked"  # writes dated data: a scenario below proves the refusal

#: Every public method of every service, and why it cannot get round an approval.
CLASSIFIED: dict[str, str] = {
    # planning
    "PlanService.tree": READS, "PlanService.choices": READS, "PlanService.solution": READS,
    "PlanService.export_listing": "writes a listing to a file (an audit event), not the database",
    "PlanService.program": READS, "PlanService.activity": READS, "PlanService.evidence_path": READS,
    "PlanService.sub_activity_refusal": READS,
    "PlanService.evidence": READS, "PlanService.delete_refusal": READS,
    "PlanService.create_solution": "a new solution has no program and no activity: it weighs in no roll-up",
    "PlanService.create_program": "a new program has no activity: it weighs in no roll-up",
    "PlanService.update_solution": LOCKED, "PlanService.delete_solution": LOCKED,
    "PlanService.update_program": LOCKED, "PlanService.delete_program": LOCKED,
    "PlanService.create_activity": LOCKED, "PlanService.update_activity": LOCKED,
    "PlanService.delete_activity": LOCKED, "PlanService.record_progress": LOCKED,
    "DashboardService.home_summary": READS,
    # the overview (its figures from the services above)
    "OverviewService.compute": READS,
    "FirstRankingService.compute": READS,
    "FirstRankingService.remember": "writes only view_snapshot, the indicators page's remembered first view, never "
                                    "the data: every write (an approval's too) makes it stale",
    "OverviewService.remember": "writes only view_snapshot, the remembered figures, never the data: every write "
                                "(an approval's too) makes it stale",
    # meetings
    "MeetingService.meetings": READS, "MeetingService.meeting": READS, "MeetingService.resolutions": READS,
    "MeetingService.export_listing": "writes a listing to a file (an audit event), not the database",
    "MeetingService.owners": READS, "MeetingService.resolution": READS, "MeetingService.delete_refusal": READS,
    "MeetingService.create_meeting": LOCKED, "MeetingService.update_meeting": LOCKED,
    "MeetingService.delete_meeting": LOCKED, "MeetingService.create_resolution": LOCKED,
    "MeetingService.update_resolution": LOCKED, "MeetingService.delete_resolution": LOCKED,
    "MeetingService.set_status": LOCKED, "MeetingService.add_follow_up": LOCKED,
    "MeetingService.attach_evidence": "an evidence file beside a resolution counts in no figure",
    # imports
    "ImportService.import_file": LOCKED,
    "ImportService.preview": READS, "ImportService.history": READS, "ImportService.remembered_mapping": READS,
    "ImportService.all_remembered": READS, "ImportService.earliest_year": READS,
    "ImportService.generated_statistics": READS,
    "ImportService.set_earliest_year": "a setting checked by later imports; it rewrites no stored figure",
    "ImportService.remember_mapping": "a column mapping (a setting) is no figure",
    "ImportService.save_problems": "writes a problem list to a file the user chose, not the database",
    # organisation
    "OrganisationService.profile": READS, "OrganisationService.counts": READS,
    "OrganisationService.districts": READS, "OrganisationService.branches": READS,
    "OrganisationService.set_user_name": "a setting (the name before accounts exist) is no figure",
    "OrganisationService.complete_setup": "first run: new districts and branches have no figures yet; branch "
                                          "moves go through the registry import (locked)",
    # indicators, reports, audit: read, or export to a file
    "IndicatorService.table": READS, "IndicatorService.trend": READS, "IndicatorService.latest_month": READS,
    "IndicatorService.case_types": READS, "IndicatorService.coverage": READS, "IndicatorService.available_months": READS,
    "IndicatorService.month_totals": READS, "IndicatorService.incomplete_units": READS,
    "IndicatorService.latest_reported_month": READS,
    "IndicatorService.export_table": "writes an indicator table to a file (an audit event), not the database",
    "IndicatorService.export_listing": "writes a listing to a file (an audit event), not the database",
    "ReportService.build": READS, "ReportService.preview": READS, "ReportService.recent_periods": READS,
    "ReportService.districts": READS, "ReportService.emblem": READS, "ReportService.kinds": READS,
    "ReportService.set_emblem": "a setting (the letterhead's picture) is no figure",
    "ReportService.clear_emblem": "a setting (the letterhead's picture) is no figure",
    "ReportService.write": "writes a report file (an audit event), not the database",
    "ReportService.save_charts": "writes chart images to a folder (an audit event), not the database",
    "ReportService.save_picture": "writes a chart of the window to a file (an audit event), not the database",
    "AuditService.entries": READS, "AuditService.users": READS, "AuditService.tables": READS,
    "AuditService.events": READS,
    "AuditService.export": "writes the audit trail to a file (an audit event), not the database",
    "AuditService.export_listing": "writes a listing to a file (an audit event), not the database",
    # approvals: the lock itself
    "ApprovalService.periods": READS, "ApprovalService.status": READS, "ApprovalService.records": READS,
    "ApprovalService.changes_since_approval": READS, "ApprovalService.frozen_figures": READS,
    "ApprovalService.figure_changes": READS, "ApprovalService.periods_moved_by": READS,
    "ApprovalService.figures": READS, "ApprovalService.submitted_periods_moved_by": READS,
    "ApprovalService.export_listing": "writes a listing to a file (an audit event), not the database",
    "ApprovalService.submit": "the approval workflow itself (period_approval)",
    "ApprovalService.withdraw": "the approval workflow itself: the secretary takes a submission back (unlocks it)",
    "ApprovalService.approve": "the approval workflow itself: stores the snapshot",
    "ApprovalService.send_back": "the approval workflow itself",
    "ApprovalService.reopen": "the approval workflow itself: only the chief justice, with a reason",
    # comments, accounts, backups
    "CommentService.comments": READS,
    "CommentService.add": "a comment on a district's month is no figure (it travels beside them)",
    "AccountService.has_accounts": READS, "AccountService.accounts": READS, "AccountService.events": READS,
    "AccountService.create_first_secretary": "accounts hold no figure", "AccountService.first_secretary": READS,
    "AccountService.sign_in": "accounts hold no figure (failure counts, last sign-in)",
    "AccountService.change_password": "accounts hold no figure",
    "AccountService.create_account": "accounts hold no figure",
    "AccountService.require_may_add": READS, "AccountService.require_may_change": READS,
    "AccountService.update_account": "accounts hold no figure",
    "AccountService.reset_password": "accounts hold no figure",
    "AccountService.issue_recovery_code": "accounts hold no figure",
    "AccountService.recover_secretary": "accounts hold no figure",
    "BackupService.backups": READS,
    "BackupService.evidence_folder": READS,
    "BackupService.holds_nothing": READS,
    "BackupService.restore_question": READS,
    "BackupService.back_up_now": "copies the database; changes no row but its audit event",
    "BackupService.back_up_if_due": "copies the database; changes no row but its audit event",
    "BackupService.restore": "carries the approval ledger in; refused while it would change approved figures "
                             "(tests/backups/test_restore_rule.py)",
    "BackupService.restore_new": "only where no database or one only just made exists: no approved period to move (it restores "
                                 "through BackupService.restore onto an empty one)",
    # sending to the center
    "SyncService.status": READS, "SyncService.signing_key": READS, "SyncService.needs_passphrase": READS,
    "SyncService.may_send": READS, "SyncService.retry_due": READS, "SyncService.check_passphrase": READS,
    "SyncService.has_unsent_changes": READS, "SyncService.directives": READS,
    "SyncService.create_signing_key": "a signing key is no figure",
    "SyncService.export_public_key": "writes the public key to a file",
    "SyncService.pin_center_key": "the center link is no figure", "SyncService.set_center_url": "idem",
    "SyncService.cut": "cuts a bundle of what is logged (the outbox is no figure)",
    "SyncService.export_to_folder": "bundles to a folder", "SyncService.send_now": "sends bundles",
    "SyncService.send_due": "sends bundles", "SyncService.import_receipt_files": "receipts update the outbox only",
    "SyncService.resync": "takes the bundle chain back (outbox only)", "SyncService.resync_from_folder": "idem",
    "SyncService.import_directive_files": LOCKED,
    "CenterLinkService.link": READS, "CenterLinkService.province": READS, "CenterLinkService.center_key": READS,
    "CenterLinkService.pin_center_key": "the center link is no figure", "CenterLinkService.set_center_url": "idem",
    "CenterLinkService.follow_center_rotations": "moves the pinned center key (the center link is no figure)",
    "SyncService.directive_freshness": READS,
    "SyncService.recut": "removes refused bundles from the outbox; their changes are cut again (outbox only)",
    "MeetingService.resolutions_as_of": READS,
    "OrganisationService.district_by_code": READS,
    "AccountService.account_by_login": READS,
    "AccountService.set_active": "accounts hold no figure",
}

_WRITES = re.compile(r"session\.add|session\.delete|set_setting|\bINSERT\b|\bUPDATE\b|\bDELETE\b|\.unlink\(|"
                     r"record_event|write_")


def _service_methods() -> dict[str, Callable]:
    found: dict[str, Callable] = {}
    for package in pkgutil.iter_modules(desktop.__path__):
        if not package.ispkg or package.name in NOT_SERVICES:
            continue
        parent = importlib.import_module(f"desktop.{package.name}")
        for module_info in pkgutil.iter_modules(parent.__path__):
            module = importlib.import_module(f"desktop.{package.name}.{module_info.name}")
            for name, cls in vars(module).items():
                if not (inspect.isclass(cls) and cls.__module__ == module.__name__ and name.endswith("Service")):
                    continue
                for attribute, value in vars(cls).items():
                    if attribute.startswith("_"):
                        continue
                    function = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
                    if inspect.isfunction(function):
                        found[f"{name}.{attribute}"] = function
    return found


def test_every_service_method_is_classified_for_the_lock() -> None:
    found = _service_methods()
    assert len(found) > 80  # the walk found the services
    unclassified = sorted(set(found) - set(CLASSIFIED))
    assert not unclassified, f"classify these in {__file__}: {unclassified}"
    assert not sorted(set(CLASSIFIED) - set(found)), "classified methods that no longer exist"


def _source_with_delegates(function: Callable) -> str:
    """``function``'s source and that of every function of the same capability it calls, directly or further down
    (a service method handing its work to ``reading.plan_tree(session, …)`` is judged by what that does too)."""
    package = function.__module__.rsplit(".", 1)[0]
    seen: set[Callable] = set()
    sources: list[str] = []

    def visit(current: Callable) -> None:
        if current in seen:
            return
        seen.add(current)
        sources.append(_code_only(inspect.getsource(current)))
        names = _names_used(current.__code__)
        for name in names:
            value = current.__globals__.get(name)
            candidates = ([getattr(value, other) for other in names if hasattr(value, other)]
                          if inspect.ismodule(value) else [value])
            for candidate in candidates:
                if inspect.isfunction(candidate) and candidate.__module__.startswith(package + "."):
                    visit(candidate)

    visit(function)
    return "\n".join(sources)


def _names_used(code: CodeType) -> tuple[str, ...]:
    """The global and attribute names ``code`` uses, and those of the code nested in it: on Python 3.11 a
    comprehension, a lambda or an inner function is a code object of its own, so a call made inside
    ``[_status(row) for row in rows]`` is not among the outer function's ``co_names``."""
    nested = (const for const in code.co_consts if isinstance(const, CodeType))
    return code.co_names + tuple(name for inner in nested for name in _names_used(inner))


def _code_only(source: str) -> str:
    """``source`` without its docstrings and comments: a docstring naming ``write_untyped_rows`` writes nothing."""
    tree = ast.parse(textwrap.dedent(source))
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and body
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    return ast.unparse(tree)


def test_following_a_delegate_looks_inside_comprehensions() -> None:
    """``ApprovalService.records`` reads each period's row with ``[_record(p, approval_row(session, p)) for p in
    ordered]``: a write put into ``_record`` or ``approval_row`` must be seen (Python 3.11 compiles the
    comprehension into a code object of its own)."""
    source = _source_with_delegates(_service_methods()["ApprovalService.records"])
    assert "def _record" in source and "def approval_row" in source


def test_following_a_delegate_finds_what_it_writes() -> None:
    """The check below follows a method's work into its capability's modules (planning/service.py hands its use
    cases to reading.py, solution_edits.py, …)."""
    source = _source_with_delegates(_service_methods()["PlanService.create_solution"])
    assert "session.add" in source and "def create_solution" in source


def test_the_methods_classified_as_reading_write_nothing() -> None:
    found = _service_methods()
    writers = [name for name, kind in CLASSIFIED.items()
               if kind == READS and _WRITES.search(_source_with_delegates(found[name]))]
    assert writers == []


#: What writing dated data looks like in a method's own source: making a dated row or setting a dated column.
_DATED_WRITES = re.compile(r"\b(Activity|ProgressUpdate|Meeting|Resolution|ResolutionFollowup|BranchMonthStat|"
                           r"CaseRecord|SatisfactionMonth|IndicatorMonth)\(|\.(planned_start|planned_finish|held_on|"
                           r"completed_on|reported_on|noted_on|district_id|district|weight)\s*=[^=]|rebuild_")


#: Matches of the pattern above that are not figures.
_NOT_FIGURES = {"AccountService.update_account": "an account's district: whom a district head answers for",
                "PlanService.create_solution": "a new solution's own weight: no program, no activity, in no roll-up",
                "PlanService.create_program": "a new program's own weight: no activity, in no roll-up"}


def test_the_methods_said_to_move_no_figure_make_or_change_no_dated_row() -> None:
    found = _service_methods()
    touching = [name for name, kind in CLASSIFIED.items()
                if kind not in (READS, LOCKED) and _DATED_WRITES.search(_source_with_delegates(found[name]))]
    assert sorted(touching) == sorted(_NOT_FIGURES)


# --- a scenario for every method that writes dated data, run on an approved Aban ---------------------------


def _ids(province: Province) -> dict[str, int]:
    with province.services.database.session() as session:
        program = session.get(OperationalProgram, province.program)
        return {"solution": program.solution_id}


def _directive(province: Province) -> None:
    key = generate_private_key()
    content = _content(solution="A-S1")
    content["programs"][0]["activities"][0].update(planned_start="2026-10-01", planned_finish="2027-01-01")
    result = DirectiveInbox(province.services.database, province.services.clock.now).receive(
        Center(key).directive(content), key.public_key(), "QOM")
    submitted = getattr(directives, "PERIOD_SUBMITTED", None)
    for note in result.notes:  # the held item's note says which lock held it
        if note.text in (PERIOD_APPROVED, submitted):
            raise PeriodLocked(ABAN, ApprovalState.SUBMITTED if note.text == submitted else ApprovalState.APPROVED)


def _monthly_import(province: Province) -> None:
    path = write_csv(province.tmp_path / "late.csv", MONTHLY_HEADERS,
                     (("101001", "1405", "8", "51", "40", "300", "60", "10", "20"),))
    province.services.imports.import_file(path, "monthly")


def _registry_move(province: Province) -> None:
    province.services.imports.import_file(province.registry_moving_101001_to_02(), "branches")


def _plans(p: Province):
    return p.services.plans


def _meetings(p: Province):
    return p.services.meetings


SCENARIOS: dict[str, list[Callable[[Province], object]]] = {
    "PlanService.update_solution": [lambda p: _plans(p).update_solution(
        _ids(p)["solution"], replace(_plans(p).solution(_ids(p)["solution"]), weight=2))],
    "PlanService.delete_solution": [lambda p: _plans(p).delete_solution(_ids(p)["solution"])],
    "PlanService.update_program": [lambda p: _plans(p).update_program(
        p.program, replace(_plans(p).program(p.program), weight=2))],
    "PlanService.delete_program": [lambda p: _plans(p).delete_program(p.program)],
    "PlanService.create_activity": [lambda p: _plans(p).create_activity(replace(
        p.activity_form, code="9", planned_start=date(2026, 10, 1), planned_finish=date(2026, 12, 30)))],
    "PlanService.update_activity": [
        lambda p: _plans(p).update_activity(p.activity, replace(p.activity_form, weight=3)),
        lambda p: _plans(p).update_activity(p.activity, replace(p.activity_form, planned_finish=date(2027, 6, 1))),
        lambda p: _plans(p).update_activity(p.activity, replace(p.activity_form, parent_id=p.later))],
    "PlanService.delete_activity": [lambda p: _plans(p).delete_activity(p.activity)],
    "PlanService.record_progress": [
        lambda p: _plans(p).record_progress(p.activity, 20, IN_ABAN),
        # dated in Mehr (open), after its 10 % of 2026-10-01: it would be the activity's latest report at Aban's end
        lambda p: _plans(p).record_progress(p.activity, 20, date(2026, 10, 15))],
    "MeetingService.create_meeting": [lambda p: _meetings(p).create_meeting(MeetingForm(IN_ABAN, "جلسه دوم"))],
    "MeetingService.update_meeting": [lambda p: _meetings(p).update_meeting(
        p.meeting, MeetingForm(date(2026, 11, 22), "جلسه آبان"))],
    "MeetingService.delete_meeting": [lambda p: _meetings(p).delete_meeting(p.meeting)],
    "MeetingService.create_resolution": [lambda p: _meetings(p).create_resolution(
        ResolutionForm(p.meeting, "مصوبه دوم", "دبیر", date(2027, 1, 1)))],
    "MeetingService.update_resolution": [lambda p: _meetings(p).update_resolution(
        p.resolution, ResolutionForm(p.meeting, "مصوبه", "دبیر", date(2027, 2, 1)))],
    "MeetingService.delete_resolution": [lambda p: _meetings(p).delete_resolution(p.resolution)],
    "MeetingService.set_status": [
        lambda p: _meetings(p).set_status(p.resolution, ResolutionStatus.CANCELLED),
        lambda p: _meetings(p).set_status(p.resolution, ResolutionStatus.DONE, IN_ABAN)],
    "MeetingService.add_follow_up": [lambda p: _meetings(p).add_follow_up(p.resolution, "پیگیری", IN_ABAN)],
    "ImportService.import_file": [_monthly_import, _registry_move],
    "SyncService.import_directive_files": [_directive],
}

_WATCHED = (ChangeLog, Activity, ProgressUpdate, OperationalProgram, Solution, Meeting, Resolution,
            ResolutionFollowup, IndicatorMonth, Branch)


def _state(province: Province) -> dict[str, object]:
    with province.services.database.session() as session:
        counts = {m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in _WATCHED}
        counts["branch districts"] = sorted(session.execute(select(Branch.code, Branch.district_id)).all())
        return counts


def test_every_method_classified_as_locked_has_a_scenario() -> None:
    assert set(SCENARIOS) == {name for name, kind in CLASSIFIED.items() if kind == LOCKED}


def _refused_with_nothing_written(province: Province, method: str, index: int, *, snapshots: int) -> PeriodLocked:
    """Run the scenario: it must be refused, nothing written (a directive is stored, its locked item not applied)
    and the approval snapshots left as they were."""
    before = _state(province)
    with pytest.raises(PeriodLocked) as refused:
        SCENARIOS[method][index](province)
    after = _state(province)
    if method == "SyncService.import_directive_files":
        assert after["activity"] == before["activity"]
    else:
        assert after == before
    with province.services.database.session() as session:
        assert session.scalar(select(func.count()).select_from(ApprovalSnapshot)) == snapshots
    return refused.value


@pytest.mark.parametrize(("method", "index"), [(m, i) for m, runs in SCENARIOS.items() for i in range(len(runs))])
def test_each_write_of_dated_data_is_refused_while_its_period_is_approved(
        province: Province, method: str, index: int) -> None:
    province.approve()
    refused = _refused_with_nothing_written(province, method, index, snapshots=1)
    assert "Aban 1405" in refused.english()


@pytest.mark.parametrize(("method", "index"), [(m, i) for m, runs in SCENARIOS.items() for i in range(len(runs))])
def test_the_same_writes_go_through_once_the_period_is_reopened(province: Province, method: str, index: int) -> None:
    province.approve()
    province.reopen()
    SCENARIOS[method][index](province)


@pytest.mark.parametrize(("method", "index"), [(m, i) for m, runs in SCENARIOS.items() for i in range(len(runs))])
def test_each_write_of_dated_data_is_refused_while_its_period_awaits_approval(
        province: Province, method: str, index: int) -> None:
    province.approvals().submit(ABAN)
    refused = _refused_with_nothing_written(province, method, index, snapshots=0)
    assert refused.state is ApprovalState.SUBMITTED
    assert "Aban 1405 is awaiting approval" in refused.english()


@pytest.mark.parametrize(("method", "index"), [(m, i) for m, runs in SCENARIOS.items() for i in range(len(runs))])
def test_the_same_writes_go_through_once_the_submission_is_withdrawn(
        province: Province, method: str, index: int) -> None:
    province.approvals().submit(ABAN)
    province.approvals().withdraw(ABAN)
    SCENARIOS[method][index](province)
