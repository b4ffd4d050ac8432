"""Use cases of the plan tree: browse, create, edit and delete solutions, programs and activities,
record progress with evidence. Each method is one transaction; every write is change-logged.

:class:`PlanService` holds every public method: it checks the role and opens the use case's one transaction, and
the work is done on that session by the modules beside it: reading.py (the tree with its figures, the forms'
choices and contents), progress.py (an activity's panel, and recording progress with its evidence: the approval
lock on its dates and on the plan figures), solution_edits.py (solutions and their operational programs) and
activity_edits.py (activities and sub-activities), whose changes are refused while a date they touch (spans.py)
lies in an approved or submitted period; sub_activities.py holds an activity gaining its first sub-activity or losing
its last one to its own reports and the locked periods' plan figures. rows.py finds an item's row or says it is gone; codes.py says what a code
must be."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.messages import DomainError
from desktop.exports.listing import Listing, write_listing
from desktop.planning import activity_edits, progress, solution_edits, sub_activities
from desktop.planning.reading import plan_choices, plan_tree, program_form, solution_form
from desktop.planning.rows import get_row
from desktop.planning.structure import load_structure
from desktop.planning.views import (
    ActivityDetail,
    ActivityForm,
    NodeKind,
    PlanChoices,
    PlanNode,
    ProgramForm,
    SolutionForm,
)
from desktop.store.database import Database
from desktop.store.evidence import EvidenceStore
from desktop.store.models import Activity


class PlanService(ActsForPrincipal):
    """Plan use cases for :attr:`principal`: anyone may read, only a role that may edit writes."""

    def __init__(self, database: Database, clock: Clock, user_name: str = "", *,
                 principal: Principal | None = None):
        self._database = database
        self._clock = clock
        self._act_for(principal, user_name)

    @property
    def evidence(self) -> EvidenceStore:
        return EvidenceStore(self._database.evidence_dir)

    # reading (reading.py, progress.py) ---------------------------------------------------------
    def tree(self, as_of: date | None = None) -> tuple[PlanNode, ...]:
        """Plans → solutions → operational programs → activity trees, each with its PV, EV and SPI."""
        today = as_of or self._clock.today()
        with self._database.reading() as session:
            structure = load_structure(session)
        return plan_tree(structure, today)

    def export_listing(self, path: Path, listing: Listing) -> Path:
        """The plan tree as the caller wrote it out (``plans list --out``), to ``path``: an export - the
        export right, and its audit event (desktop/exports/listing.py)."""
        return write_listing(self._database, self.principal, path, listing)

    def choices(self) -> PlanChoices:
        with self._database.reading() as session:
            return plan_choices(session)

    def solution(self, solution_id: int) -> SolutionForm:
        with self._database.reading() as session:
            return solution_form(session, solution_id)

    def program(self, program_id: int) -> ProgramForm:
        with self._database.reading() as session:
            return program_form(session, program_id)

    def activity(self, activity_id: int, as_of: date | None = None) -> ActivityDetail:
        today = as_of or self._clock.today()
        with self._database.reading() as session:
            reading = progress.read_activity(session, activity_id)
        return progress.activity_detail(activity_id, reading, today)

    def evidence_path(self, sha256: str) -> Path:
        return self.evidence.path_for(sha256)

    # solutions and programs (solution_edits.py) ------------------------------------------------
    def create_solution(self, form: SolutionForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            return solution_edits.create_solution(session, form)

    def update_solution(self, solution_id: int, form: SolutionForm) -> None:
        """Its weight, term and driver project weigh every activity under it: refused while one of them spans
        an approved period."""
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            solution_edits.update_solution(session, solution_id, form)

    def delete_solution(self, solution_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            solution_edits.delete_solution(session, solution_id)

    def create_program(self, form: ProgramForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            return solution_edits.create_program(session, form)

    def update_program(self, program_id: int, form: ProgramForm) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            solution_edits.update_program(session, program_id, form)

    def delete_program(self, program_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            solution_edits.delete_program(session, program_id)

    def delete_refusal(self, kind: NodeKind, item_id: int) -> DomainError | None:
        """The refusal deleting this solution, program or activity would raise now (None: it would be deleted),
        not recorded: asked before the user is asked to confirm, so that what a locked period holds is refused,
        not first offered for deletion."""
        refused = self.principal.refusal(Action.EDIT)
        if refused is not None:
            return refused
        today = self._clock.today()
        deletable = {NodeKind.SOLUTION: solution_edits.deletable_solution,
                     NodeKind.PROGRAM: solution_edits.deletable_program,
                     NodeKind.ACTIVITY: lambda session, item: activity_edits.deletable_activity(
                         session, item, today)}[kind]
        try:
            with self._database.reading() as session:
                deletable(session, item_id)
        except DomainError as error:
            return error
        return None

    def sub_activity_refusal(self, activity_id: int) -> DomainError | None:
        """Why no sub-activity may be added under this activity now (None: one may, subject to its own checks
        when saved): asked when the window's "New sub-activity" is chosen, so that an activity with progress
        reports of its own, or whose own dates lie in a locked period, is refused before its form is filled."""
        refused = self.principal.refusal(Action.EDIT)
        if refused is not None:
            return refused
        try:
            with self._database.reading() as session:
                sub_activities.ensure_takes_sub_activities(
                    session, get_row(session, Activity, activity_id, "activity"))
        except DomainError as error:
            return error
        return None

    # activities (activity_edits.py) ------------------------------------------------------------
    def create_activity(self, form: ActivityForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            return activity_edits.create_activity(session, form, self._clock.today())

    def update_activity(self, activity_id: int, form: ActivityForm) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            activity_edits.update_activity(session, activity_id, form)

    def delete_activity(self, activity_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            activity_edits.delete_activity(session, activity_id, self._clock.today())

    # progress (progress.py) --------------------------------------------------------------------
    def record_progress(self, activity_id: int, percent: float, reported_on: date, note: str = "",
                        evidence: Sequence[Path] = ()) -> int:
        """Add a dated progress report; history is never overwritten. Evidence files are checked
        (size, readability) before anything is written.

        Refused in an approved period (``PeriodLocked``), and before one when it would change the period's plan
        figures (``PlanFiguresLocked``): the activity has no later report up to the period's end, or the
        milestones' trend moves. The figures are compared before and after, inside this transaction."""
        self.principal.require(Action.EDIT)
        today = self._clock.today()
        with self._database.session() as session:
            return progress.record_progress(session, activity_id, percent, reported_on, note, evidence,
                                            today=today, recorded_by=self.user_name, store=self.evidence)
