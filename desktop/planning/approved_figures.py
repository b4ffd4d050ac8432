"""The plan figures an approval freezes (docs/access.md, "Snapshot"), and the lock on them for progress reports.

``plan_figures`` is the snapshot's ``plan`` section (desktop/approvals/snapshot.py builds it with this function).
``PlanFiguresWatch`` compares those figures of every locked period (approved, or submitted and awaiting approval)
before and after a progress change, inside the change's own transaction - today's figures both times, not the
snapshot, so a submitted period without one is watched the same way: a report dated before a locked period (in
an open month) changes its figures
when it becomes the activity's latest report up to the period's end, or moves the milestones' trend; the change
is refused then, and only then (docs/access.md, "Lock").
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.approval import ApprovalState, PlanFiguresLocked
from desktop.domain.jalali import JalaliPeriod
from desktop.planning.dashboard import summarise
from desktop.planning.structure import load_structure
from desktop.planning.views import HomeSummary, Progress
from desktop.store.approvals import locked_figure_days


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
