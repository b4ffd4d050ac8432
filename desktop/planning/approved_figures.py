"""The plan figures an approval freezes (docs/access.md, "Snapshot"), and the lock on them for progress reports.

``plan_figures`` is the snapshot's ``plan`` section (desktop/approvals/snapshot.py builds it with this function).
``PlanFiguresWatch`` compares those figures of every locked period (approved, or submitted and awaiting approval)
before and after a progress change, inside the change's own transaction - today's figures both times, not the
snapshot, so a submitted period without one is watched the same way: a report dated before a locked period (in
an open month) changes its figures
when it becomes the activity's latest report up to the period's end, or moves the milestones' trend; the change
is refused then, and only then (docs/access.md, "Lock"). ``ensure_structure_kept`` makes the same comparison for a
change of the plan's tree computed before it is written (an activity gaining its first sub-activity or losing its
last one: its own dates and reports stop or start counting), so that the window can refuse it before asking.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.approval import APPROVAL_CONTEXT, ApprovalState, PlanFiguresLocked
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.planning.dashboard import summarise
from desktop.planning.structure import PlanStructure, load_structure
from desktop.planning.views import HomeSummary, Progress
from desktop.store.approvals import locked_figure_days

TREE_FIGURES_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is approved and its figures are locked, but this change would change its plan figures "
                "(progress, SPI or milestones): an activity that gains its first sub-activity, or loses its last one, "
                "is measured by its sub-activities instead of its own dates and reports, or the other way round. The "
                "chief justice must reopen {period} before it is made.")
TREE_FIGURES_SUBMITTED_LOCKED = QT_TRANSLATE_NOOP(
    "Approval", "{period} is awaiting approval and its figures are locked, but this change would change its plan "
                "figures (progress, SPI or milestones): an activity that gains its first sub-activity, or loses its "
                "last one, is measured by its sub-activities instead of its own dates and reports, or the other way "
                "round. Withdraw the submission of {period}, or the chief justice sends it back, before it is made.")


class TreeFiguresLocked(PlanFiguresLocked):
    """A change of the plan's tree (a sub-activity added under an activity that had none, the last one deleted)
    would change a locked period's plan figures: refused as a progress report that would is (exit code 4)."""

    def __init__(self, period: JalaliPeriod, state: ApprovalState = ApprovalState.APPROVED) -> None:
        self.period = period
        self.state = state
        message = TREE_FIGURES_SUBMITTED_LOCKED if state is ApprovalState.SUBMITTED else TREE_FIGURES_LOCKED
        DomainError.__init__(self, APPROVAL_CONTEXT, message, {"period": period.message_label})


def rounded(value: float | int | None) -> float | int | None:
    """Rounded so that a snapshot's hash is stable; a value that is not finite is no value (and no valid JSON)."""
    if value is None or isinstance(value, int):
        return value
    number = float(value)
    return round(number, 6) if math.isfinite(number) else None


def _progress(progress: Progress) -> dict[str, Any]:
    return {"planned": rounded(progress.planned), "actual": rounded(progress.actual), "spi": rounded(progress.spi)}


def plan_figures(summary: HomeSummary) -> dict[str, Any]:
    """The plan roll-up as an approval freezes it: PV, EV and SPI of the province, each plan and each driver
    project, and each milestone's status, value, forecast and the solutions meeting it."""
    return {
        "overall": _progress(summary.overall),
        "plans": {p.code: _progress(p.progress) for p in summary.plans},
        "driver_projects": {p.code: _progress(p.progress) for p in summary.driver_projects},
        "milestones": {f"{m.term.value}-{m.year}": {"status": m.status, "value": rounded(m.value),
                                                    "projected": rounded(m.projected),
                                                    "solutions_meeting": m.solutions_meeting,
                                                    "solutions_total": m.solutions_total}
                       for m in summary.milestones},
    }


class PlanFiguresWatch:
    """The locked periods' plan figures before a progress change dated ``since``; :meth:`ensure_kept` after it.

    Only periods whose figures describe a day on or after the day before ``since`` are watched: the figures of a
    day read no report dated after it, except that the earliest date of the whole plan (a start or a report)
    minus one day is where the milestones' trend is sampled from."""

    def __init__(self, session: Session, since: date, today: date) -> None:
        self._session = session
        self._watched = [(period, day, state) for period, day, state in locked_figure_days(session, today)
                         if day >= since - timedelta(days=1)]
        self._before = self._figures()

    def _figures(self) -> list[dict[str, Any]]:
        if not self._watched:
            return []
        self._session.flush()
        structure = load_structure(self._session)
        return [plan_figures(summarise(structure, "", day)) for _period, day, _state in self._watched]

    def ensure_kept(self) -> None:
        """Raise :class:`PlanFiguresLocked` naming the first locked period whose plan figures the change moved
        (the caller's transaction is then rolled back: nothing is written)."""
        changed: list[tuple[JalaliPeriod, ApprovalState]] = [
            (period, state) for (period, _day, state), before, after
            in zip(self._watched, self._before, self._figures(), strict=True) if before != after]
        if changed:
            period, state = min(changed, key=lambda found: (found[0].start, found[0].end))
            raise PlanFiguresLocked(period, state)


def ensure_structure_kept(session: Session, today: date, changed: Callable[[PlanStructure], PlanStructure]) -> None:
    """Raise :class:`TreeFiguresLocked` naming the first locked period whose plan figures would differ if the plan's
    tree were ``changed(tree)``: every locked period is compared (a change of the tree can move any day's figures).
    Nothing is written, so a read-only transaction may ask it too (the window, before it asks to confirm)."""
    watched = locked_figure_days(session, today)
    if not watched:
        return
    before = load_structure(session)
    after = changed(before)
    changed = [(period, state) for period, day, state in watched
               if plan_figures(summarise(before, "", day)) != plan_figures(summarise(after, "", day))]
    if changed:
        period, state = min(changed, key=lambda found: (found[0].start, found[0].end))
        raise TreeFiguresLocked(period, state)
