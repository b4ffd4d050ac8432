"""When an activity gains its first sub-activity or loses its last one. A parent's progress is computed from its
sub-activities (desktop/planning/structure.py: its own dates and reports no longer count), so such a change swaps
what measures the parent:

- an activity with progress reports of its own takes no sub-activity (added or moved under it): its reports would
  vanish from every figure, back to their dates. Divide it instead by putting it, with its reports, under a new
  activity beside the sub-activities to come;
- the parent's own dates and reports start or stop counting: the approval lock holds on them
  (``ensure_spans_free``), and adding or deleting is refused when a locked period's plan figures would change
  (``ensure_structure_kept``, the comparison a progress report is held to)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.jalali import format_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, ValidationError
from desktop.planning.approved_figures import ensure_structure_kept
from desktop.planning.spans import Span
from desktop.planning.structure import ActivityRow, PlanStructure
from desktop.store.approvals import ensure_spans_free
from desktop.store.models import Activity

REPORTED_PARENT = QT_TRANSLATE_NOOP(
    "Validation", "Activity «{code} {title}» has its own progress reports ({count}, the latest {percent}% on {day}). "
                  "A sub-activity under it would hide them: an activity with sub-activities is measured by them "
                  "alone. To divide it, add a new activity beside it with its weight and dates, move «{code}» under "
                  "the new one (its reports go with it), and add the other sub-activities there.")


def own_spans(activity: Activity) -> list[Span]:
    """The activity's own planned span and report dates: what counts in the figures only while it is a leaf."""
    return [(activity.planned_start, activity.planned_finish),
            *((u.reported_on, u.reported_on) for u in activity.progress_updates)]


def ensure_takes_sub_activities(session: Session, parent: Activity, moving_id: int | None = None) -> bool:
    """Refuse a sub-activity under ``parent`` when it is a leaf with progress reports (``ValidationError`` on the
    ``parent`` field, naming it and its reports), or a leaf whose own span or reports lie in a locked period
    (``PeriodLocked``). Whether ``parent`` becomes a parent by this (it had no sub-activity but ``moving_id``)."""
    if any(child.id != moving_id for child in parent.children):
        return False  # already measured by its sub-activities: one more changes nothing of its own
    reports = parent.progress_updates
    if reports:
        latest = max(reports, key=lambda u: (u.reported_on, u.id))
        day = latest.reported_on
        raise ValidationError("parent", REPORTED_PARENT, {
            "code": parent.code, "title": parent.title, "count": len(reports), "percent": f"{latest.percent:g}",
            "day": Bilingual(format_jalali(day), f"{format_jalali(day, persian_digits=False)} ({day.isoformat()})")})
    ensure_spans_free(session, own_spans(parent))
    return True


def ensure_first_child_kept(session: Session, today: date, parent_id: int, child: ActivityRow) -> None:
    """Refuse (``TreeFiguresLocked``) adding ``child`` as the first sub-activity of ``parent_id`` when a locked
    period's plan figures would change: the parent's own planned dates gave its planned value until now."""
    ensure_structure_kept(session, today, lambda tree: _with(tree, child))


def ensure_last_child_kept(session: Session, today: date, activity: Activity) -> None:
    """Refuse (``TreeFiguresLocked``) deleting ``activity`` when it is its parent's only sub-activity and a locked
    period's plan figures would change: the parent's own dates and reports count again."""
    parent = activity.parent
    if parent is None or any(child.id != activity.id for child in parent.children):
        return  # the parent keeps other sub-activities (or there is none): measured as before, less this one
    ensure_spans_free(session, own_spans(parent))
    ensure_structure_kept(session, today, lambda tree: _without(tree, activity.id))


def _with(tree: PlanStructure, child: ActivityRow) -> PlanStructure:
    return replace(tree, activities=[*tree.activities, child])


def _without(tree: PlanStructure, activity_id: int) -> PlanStructure:
    gone = {activity_id}
    changed = True
    while changed:  # the rows are in program and position order, not by depth: until no descendant is added
        found = {row.id for row in tree.activities if row.parent_id in gone} - gone
        gone |= found
        changed = bool(found)
    return replace(tree, activities=[row for row in tree.activities if row.id not in gone],
                   history={key: points for key, points in tree.history.items() if key not in gone})
