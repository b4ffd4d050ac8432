"""Reports of an approved period use the figures frozen at its approval and say so (issue 11; docs/access.md
"Snapshot"). The data gatherers ask :func:`frozen_figures`; the builders print :func:`approval_line`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from desktop.approvals.service import ApprovalService, FrozenFigures
from desktop.approvals.snapshot import SURVEY_COMPLETENESS_VERSION, stored_value
from desktop.clock import FixedClock
from desktop.domain.access import Principal
from desktop.domain.indicators import indicator
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.planning.views import HomeSummary, MilestoneRow, NamedProgress, Progress
from desktop.reports.language import ReportLanguage
from desktop.store.database import Database

HASH_SHOWN = 16


@dataclass(frozen=True)
class ApprovalMark:
    """Which approval the figures of a report come from."""

    period: JalaliPeriod
    approved_by: str
    approved_at: datetime
    sha256: str


def frozen_figures(database: Database, period: JalaliPeriod, today: date) -> FrozenFigures | None:
    """The frozen figures of ``period`` while it is approved (whoever builds the report), else None."""
    return ApprovalService(database, FixedClock(today), principal=Principal.system()).frozen_figures(period)


def mark_of(frozen: FrozenFigures | None) -> ApprovalMark | None:
    if frozen is None:
        return None
    return ApprovalMark(frozen.period, frozen.approved_by, frozen.approved_at, frozen.sha256)


def approval_line(t: ReportLanguage, mark: ApprovalMark | None) -> tuple[str, ...]:
    """The cover line saying that the figures are the approved ones (none for a period not approved)."""
    if mark is None:
        return ()
    return (t(QT_TRANSLATE_NOOP(
        "Reports", "Figures as approved by {name} on {date} (fingerprint {hash}); later changes are not shown."),
        name=mark.approved_by, date=t.cells.date(mark.approved_at.date()), hash=mark.sha256[:HASH_SHOWN]),)


def unit_value(frozen: FrozenFigures, code: str, level: str, unit_code: str) -> tuple[bool, float | None]:
    """(found, value) of an indicator for one unit in the frozen figures (an unbounded one infinite again)."""
    units = frozen.figures.get("indicators", {}).get(code, {}).get(level, {})
    if unit_code not in units:
        return False, None
    return True, stored_value(units[unit_code].get("value"))


def unit_cases(frozen: FrozenFigures, code: str, level: str, unit_code: str) -> int | None:
    """The cases one unit's approved value rested on; None when the snapshot does not say (before version 4)."""
    found = frozen.figures.get("indicators", {}).get(code, {}).get(level, {}).get(unit_code)
    cases = found.get("cases") if isinstance(found, Mapping) else None
    return cases if isinstance(cases, int) and not isinstance(cases, bool) else None


def _recorded(frozen: FrozenFigures, code: str, found: Mapping[str, Any]) -> bool | None:
    """A unit's recorded completeness: None when the snapshot does not know it - version 1 did not record it;
    before version 3 a survey figure's (satisfaction) was judged by the case statistics alone."""
    if indicator(code).from_survey and frozen.figures.get("version", 1) < SURVEY_COMPLETENESS_VERSION:
        return None
    complete = found.get("complete")
    return complete if isinstance(complete, bool) else None


def unit_completeness(frozen: FrozenFigures, code: str, level: str, unit_code: str) -> bool | None:
    """Whether one unit's figure was complete when it was approved; None when the snapshot does not say (version
    1 did not record it, version 2 not for satisfaction's survey, or the unit is not in it - registered since)."""
    found = frozen.figures.get("indicators", {}).get(code, {}).get(level, {}).get(unit_code)
    return None if found is None else _recorded(frozen, code, found)


def units(frozen: FrozenFigures, code: str, level: str) -> list[tuple[str, str, float | None, bool]]:
    """(code, name, value, complete) of every unit of ``level`` in the frozen figures, by code. A snapshot
    written before units kept their completeness (version 1) says nothing of it, nor one of version 2 of a
    survey figure's: not known to be complete."""
    found: Mapping[str, Any] = frozen.figures.get("indicators", {}).get(code, {}).get(level, {})
    return [(unit_code, found[unit_code]["name"], stored_value(found[unit_code]["value"]),
             _recorded(frozen, code, found[unit_code]) is True) for unit_code in sorted(found)]


def _progress(values: Mapping[str, Any] | None, live: Progress) -> Progress:
    if values is None:
        return live
    return Progress(values.get("planned"), values.get("actual"), values.get("spi"))


def frozen_summary(summary: HomeSummary, frozen: FrozenFigures) -> HomeSummary:
    """The overview with the approved roll-up: the province, each plan and driver project, the milestones."""
    plan = frozen.figures.get("plan", {})

    def named(rows: tuple[NamedProgress, ...], frozen_rows: Mapping[str, Any]) -> tuple[NamedProgress, ...]:
        return tuple(replace(row, progress=_progress(frozen_rows.get(row.code), row.progress)) for row in rows)

    def milestone(row: MilestoneRow) -> MilestoneRow:
        values = plan.get("milestones", {}).get(f"{row.term.value}-{row.year}")
        if values is None:
            return row
        return replace(row, status=values["status"], value=values["value"], projected=values["projected"],
                       solutions_meeting=values["solutions_meeting"], solutions_total=values["solutions_total"])

    return replace(summary, overall=_progress(plan.get("overall"), summary.overall),
                   plans=named(summary.plans, plan.get("plans", {})),
                   driver_projects=named(summary.driver_projects, plan.get("driver_projects", {})),
                   milestones=tuple(milestone(row) for row in summary.milestones))
