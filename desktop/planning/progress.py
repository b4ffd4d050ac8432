"""An activity's progress: its panel (its form, where it sits, its figures, the history of its reports with their
evidence files, its planned and actual series) and recording a dated report with evidence. Each function works on
the caller's session (PlanService checks the role and opens the transactions); the panel's figures are computed
after its read transaction, from what :func:`read_activity` read in it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.milestones import sample_dates
from desktop.domain.planning import validate_progress
from desktop.domain.rollup import iter_leaves, progress_series, rollup
from desktop.planning.approved_figures import PlanFiguresWatch
from desktop.planning.dashboard import not_reported, shown_progress
from desktop.planning.rows import get_row
from desktop.planning.structure import PlanStructure, build_activity, load_structure
from desktop.planning.views import ActivityDetail, ActivityForm, EvidenceRef, ProgressEntry, SeriesPoint
from desktop.store.approvals import ensure_dates_unlocked
from desktop.store.evidence import EvidenceStore, get_or_create_evidence_row
from desktop.store.models import Activity, EvidenceFile, ProgressEvidence, ProgressUpdate

SERIES_POINTS = 40


@dataclass(frozen=True)
class ActivityReading:
    """What an activity's panel reads in its transaction."""

    form: ActivityForm
    titles: tuple[str, str, str]  # its program's, its solution's and its plan's
    history: tuple[ProgressEntry, ...]
    structure: PlanStructure


def read_activity(session: Session, activity_id: int) -> ActivityReading:
    row = get_row(session, Activity, activity_id, "activity")
    program = row.program
    solution = program.solution
    form = ActivityForm(row.program_id, row.code, row.title, row.weight, row.planned_start,
                        row.planned_finish, row.parent_id, row.resource_estimate, row.owner)
    history = tuple(
        ProgressEntry(u.id, u.reported_on, u.percent, u.note, u.recorded_by,
                      tuple(_evidence_ref(link.evidence_file) for link in u.evidence_links))
        for u in row.progress_updates)
    titles = (program.title, solution.title, solution.plan.title)
    structure = load_structure(session, row.program_id)  # its own program's activities are enough
    return ActivityReading(form, titles, history, structure)


def activity_detail(activity_id: int, reading: ActivityReading, today: date) -> ActivityDetail:
    structure, history = reading.structure, reading.history
    item = build_activity(structure, structure.activity(activity_id))
    result = rollup(item, today)
    start = min(item_dates := [structure.activity(activity_id).planned_start, *(h.reported_on for h in history)])
    end = max([structure.activity(activity_id).planned_finish, today, *item_dates])
    step = max(1, (end - start).days // SERIES_POINTS)
    # No actual progress on a day before any report (its own, or one under it) was dated: not known, not 0 %.
    first = min((point.on for leaf in iter_leaves(item) for point in leaf.history), default=None)
    series = tuple(SeriesPoint(d, p, a if first is not None and d >= first else None)
                   for d, p, a in progress_series(item, sample_dates(start, end, step)))
    return ActivityDetail(activity_id, reading.form, *reading.titles, shown_progress(result), history, series,
                          is_leaf=not item.children, not_reported=not_reported(result))


def record_progress(session: Session, activity_id: int, percent: float, reported_on: date, note: str,
                    evidence: Sequence[Path], *, today: date, recorded_by: str, store: EvidenceStore) -> int:
    """Add a dated progress report; history is never overwritten. Evidence files are checked
    (size, readability) before anything is written.

    Refused in an approved period (``PeriodLocked``), and before one when it would change the period's plan
    figures (``PlanFiguresLocked``): the activity has no later report up to the period's end, or the
    milestones' trend moves. The figures are compared before and after, inside this transaction."""
    activity = get_row(session, Activity, activity_id, "activity")
    if activity.children:
        raise ValidationError("percent", QT_TRANSLATE_NOOP(
            "Validation", "Progress is reported on the lowest-level activities; "
                          "this activity's progress is computed from its sub-activities."))
    previous = activity.progress_updates[-1].percent if activity.progress_updates else None
    checked = validate_progress(percent, reported_on, today, previous)
    ensure_dates_unlocked(session, checked.reported_on)
    watch = PlanFiguresWatch(session, checked.reported_on, today)
    update = ProgressUpdate(activity_id=activity_id, reported_on=checked.reported_on, percent=checked.percent,
                            note=note.strip(), recorded_by=recorded_by)
    session.add(update)
    session.flush()
    watch.ensure_kept()
    stored = [store.add(Path(path)) for path in evidence]
    for item in stored:
        evidence_row = get_or_create_evidence_row(session, item)
        session.add(ProgressEvidence(progress_update_id=update.id, evidence_file_id=evidence_row.id))
    return update.id


def _evidence_ref(row: EvidenceFile) -> EvidenceRef:
    return EvidenceRef(row.sha256, row.original_name, row.size_bytes, row.media_type)
