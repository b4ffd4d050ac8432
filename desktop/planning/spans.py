"""The dates a structure edit touches, for the approval lock (``desktop.store.approvals.ensure_spans_free``):
an activity's planned span and progress dates with its sub-activities', a program's activities'."""

from __future__ import annotations

from datetime import date

from desktop.store.models import Activity, OperationalProgram

Span = tuple[date | None, date | None]


def activity_spans(activity: Activity) -> list[Span]:
    """The planned span and the progress dates of an activity and of its sub-activities: what changing its
    weight, moving or deleting it touches."""
    spans: list[Span] = [(activity.planned_start, activity.planned_finish)]
    spans.extend((u.reported_on, u.reported_on) for u in activity.progress_updates)
    for child in activity.children:
        spans.extend(activity_spans(child))
    return spans


def program_spans(program: OperationalProgram) -> list[Span]:
    return [s for activity in program.activities for s in activity_spans(activity)]
