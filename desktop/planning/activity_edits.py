"""Activities and sub-activities (the work-breakdown tree under an operational program): create, update,
delete. Each function is one use case on the caller's write session (PlanService checks the role and opens it);
every write is change-logged. A change that moves a figure is refused while a date it touches (spans.py) lies
in an approved or submitted period; one that gives an activity its first sub-activity or takes its last one away
is held to sub_activities.py too (its own reports, dates and the locked periods' plan figures)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, ErrorCollector, ValidationError
from desktop.domain.planning import validate_activity
from desktop.planning.codes import code_taken, duplicate_code, validate_activity_code
from desktop.planning.rows import get_row
from desktop.planning.spans import activity_spans
from desktop.planning.structure import ActivityRow
from desktop.planning.sub_activities import (
    ensure_first_child_kept,
    ensure_last_child_kept,
    ensure_takes_sub_activities,
    own_spans,
)
from desktop.planning.views import ActivityForm
from desktop.store.approvals import ensure_spans_free
from desktop.store.models import Activity, OperationalProgram


def create_activity(session: Session, form: ActivityForm, today: date) -> int:
    get_row(session, OperationalProgram, form.program_id, "program")
    # After the last sibling (not their count: positions need not start at 0, the demo's start at 1).
    position = session.scalar(select(func.coalesce(func.max(Activity.position) + 1, 0)).where(
        Activity.program_id == form.program_id, Activity.parent_id.is_(form.parent_id)
        if form.parent_id is None else Activity.parent_id == form.parent_id)) or 0
    row = Activity(program_id=form.program_id, position=position)
    ensure_spans_free(session, [(form.planned_start, form.planned_finish)])
    parent = _same_program_parent(session, form)
    first_child = parent is not None and ensure_takes_sub_activities(session, parent)
    _fill_activity(session, row, form)
    if first_child:
        assert form.parent_id is not None
        # The checked form, not yet written: compared before anything is (the id stands for the new row).
        ensure_first_child_kept(session, today, form.parent_id, ActivityRow(
            -1, form.program_id, form.parent_id, row.code, row.title, row.weight, row.planned_start,
            row.planned_finish, row.owner))
    session.add(row)
    session.flush()
    return row.id


def update_activity(session: Session, activity_id: int, form: ActivityForm) -> None:
    row = get_row(session, Activity, activity_id, "activity")
    # Its span before and after, and its sub-activities (their weight in the roll-up moves with it
    # when it is reweighted or placed under another parent).
    spans = [*activity_spans(row), (form.planned_start, form.planned_finish)]
    moves_figures = ((row.weight, row.planned_start, row.planned_finish, row.parent_id, row.program_id)
                     != (form.weight, form.planned_start, form.planned_finish, form.parent_id,
                         form.program_id))
    if not moves_figures:  # a new title, code, owner or resource estimate changes no figure
        spans = []
    if moves_figures and form.parent_id != row.parent_id:
        for parent_id in (row.parent_id, form.parent_id):
            parent = session.get(Activity, parent_id) if parent_id is not None else None
            if parent is not None:
                spans.append((parent.planned_start, parent.planned_finish))
        old = row.parent
        if old is not None and all(child.id == row.id for child in old.children):
            spans.extend(own_spans(old))  # its last sub-activity leaves: its own dates and reports count again
        new = _same_program_parent(session, form)
        if new is not None and not _is_under(new, row.id):  # (a cycle: _fill_activity says so)
            ensure_takes_sub_activities(session, new, moving_id=row.id)
    ensure_spans_free(session, spans)
    _fill_activity(session, row, form)


def deletable_activity(session: Session, activity_id: int, today: date) -> Activity:
    """The activity, unless it is gone or its span (or a sub-activity's) lies in a locked period, or it is its
    parent's last sub-activity and the parent's own dates and reports would change a locked period's figures
    (the refusal)."""
    row = get_row(session, Activity, activity_id, "activity")
    ensure_spans_free(session, activity_spans(row))
    ensure_last_child_kept(session, today, row)
    return row


def delete_activity(session: Session, activity_id: int, today: date) -> None:
    session.delete(deletable_activity(session, activity_id, today))


def _same_program_parent(session: Session, form: ActivityForm) -> Activity | None:
    """The parent the form names, when it exists in the form's program (else _fill_activity says what is wrong)."""
    parent = session.get(Activity, form.parent_id) if form.parent_id is not None else None
    return parent if parent is not None and parent.program_id == form.program_id else None


def _fill_activity(session: Session, row: Activity, form: ActivityForm) -> None:
    errors = ErrorCollector()
    code = errors.check(validate_activity_code, form.code)
    checked = errors.check(validate_activity, form.title, form.weight, form.planned_start, form.planned_finish)
    if code and code_taken(session, Activity, (Activity.code == code) &
                           (Activity.program_id == form.program_id), row.id):
        errors.add(duplicate_code(code))
    if form.parent_id is not None:
        parent = session.get(Activity, form.parent_id)
        if parent is not None and parent.id == row.id:
            errors.add(ValidationError("parent", QT_TRANSLATE_NOOP(
                "Validation", "An activity cannot be its own parent.")))
        elif parent is None or parent.program_id != form.program_id:
            errors.add(ValidationError("parent", QT_TRANSLATE_NOOP(
                "Validation", "The parent activity must belong to the same operational program.")))
        elif row.id is not None and _is_under(parent, row.id):
            errors.add(ValidationError("parent", QT_TRANSLATE_NOOP(
                "Validation", "An activity cannot be placed under one of its own sub-activities.")))
    errors.raise_if_any()
    assert checked is not None
    row.code = code
    row.title, row.weight = checked.title, checked.weight
    row.planned_start, row.planned_finish = checked.planned_start, checked.planned_finish
    row.parent_id = form.parent_id
    row.resource_estimate = form.resource_estimate.strip()
    row.owner = form.owner.strip()


def _is_under(activity: Activity, ancestor_id: int) -> bool:
    """Whether `ancestor_id` is `activity` or one of its ancestors (a new parent there would make a cycle)."""
    seen: set[int] = set()
    node: Activity | None = activity
    while node is not None and node.id not in seen:
        if node.id == ancestor_id:
            return True
        seen.add(node.id)
        node = node.parent
    return False
