"""The figures of a period frozen when the chief justice approves it (issue 11, docs/access.md "Snapshot").

``build_figures`` recomputes, for one period and as at its last day, what the center and the six-monthly report
rely on: every indicator's value per branch, district and province; the plan roll-up (PV, EV and SPI of the
province, of each plan and each driver project, and the milestone compliance); and the counts of the resolutions
of the period's meetings. The figures are plain JSON (units by code, numbers rounded to 6 places) so that their
SHA-256 over a canonical encoding is stable, and so that two of them can be compared key by key
(``differences``) to say what changed since the approval.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.approvals.snapshot_values import UNBOUNDED_VALUE, stored_value  # noqa: F401 - re-exported
from desktop.clock import FixedClock
from desktop.domain.access import Principal
from desktop.domain.indicators import INDICATORS
from desktop.domain.indicators.basis import is_unbounded
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.meetings import ResolutionStatus
from desktop.indicators.service import IndicatorService
from desktop.meetings.service import MeetingService
from desktop.planning.approved_figures import plan_figures, rounded
from desktop.planning.dashboard import DashboardService
from desktop.store.database import Database

#: 2: each unit also says whether its figures were complete (a unit of version 1 is read as not known to be),
#: and a unit with no month of statistics of its own has no value for what happened in the period (version 1
#: wrote 0: read as the same as no value when compared, desktop/domain/indicators/definitions.py ``reads_flows``).
#: 3: a unit's satisfaction is complete only when every branch of it also answered the survey
#: (desktop/indicators/survey_coverage.py); a version 2 snapshot judged it by the case statistics alone, so its
#: satisfaction is read as not known to be complete.
#: 4: each unit says how many cases its value rests on (``cases``: the ranking's minimum applies to approved
#: figures too; before it, not known - ranked as they were), and an unbounded value (disposition time with cases
#: pending and none disposed of) is the text ``"unbounded"``, not ``null``: JSON has no infinity and the
#: bundles' strict JSON refuses one (:func:`stored_value` reads it back).
SNAPSHOT_VERSION = 4
#: From this version on a unit's completeness of a survey figure (satisfaction) follows the survey too.
SURVEY_COMPLETENESS_VERSION = 3
LEVELS = ("province", "district", "branch")
#: Which sections of the figures each change-logged table can move (to name the causes of a difference).
SECTION_TABLES: Mapping[str, frozenset[str]] = {
    "indicators": frozenset({"import_batch", "branch", "district", "province"}),
    "plan": frozenset({"plan", "solution", "operational_program", "activity", "progress_update", "driver_project",
                       "directive_bundle"}),
    "resolutions": frozenset({"meeting", "resolution", "resolution_followup"}),
}



def build_figures(database: Database, period: JalaliPeriod, today: date, *,
                  as_of: date | None = None) -> dict[str, Any]:
    """The period's figures as they are computed now (province-wide, whoever asks), as of its last day or today;
    ``as_of`` recomputes a snapshot for the day it describes."""
    as_of = as_of or period.described_on(today)
    everyone = Principal.system()
    indicators = IndicatorService(database, principal=everyone)
    values: dict[str, dict[str, dict[str, Any]]] = {}
    for definition in INDICATORS:
        per_level: dict[str, dict[str, Any]] = {}
        for level in LEVELS:
            table = indicators.table(definition.code, level, period)
            per_level[level] = {row.code: {"name": row.name, "value": stored(row.value), "complete": row.complete,
                                           "cases": row.cases}
                                for row in table.rows}
        values[definition.code] = per_level
    summary = DashboardService(database, FixedClock(as_of)).home_summary(as_of)
    plan = plan_figures(summary)
    return {"version": SNAPSHOT_VERSION, "period": period.code, "as_of": as_of.isoformat(),
            "indicators": values, "plan": plan, "resolutions": _resolution_counts(database, period, as_of)}


def stored(value: float | None) -> float | str | None:
    """A value as the figures hold it: rounded, or :data:`UNBOUNDED_VALUE` for an infinite one."""
    return UNBOUNDED_VALUE if is_unbounded(value) else rounded(value)


def _resolution_counts(database: Database, period: JalaliPeriod, as_of: date) -> dict[str, int]:
    """The resolutions of the period's meetings as they stood on ``as_of``: done by then (by their completion
    date, so marking one done later changes nothing here), cancelled, outstanding, and outstanding past their
    deadline."""
    counts = {"total": 0, "done": 0, "cancelled": 0, "outstanding": 0, "overdue": 0}
    for row in MeetingService(database, FixedClock(as_of), principal=Principal.system()).resolutions():
        if not period.start <= row.meeting_held_on <= period.end:
            continue
        counts["total"] += 1
        status = ResolutionStatus(row.status)
        if status is ResolutionStatus.DONE and row.completed_on is not None and row.completed_on <= as_of:
            counts["done"] += 1
        elif status is ResolutionStatus.CANCELLED:
            counts["cancelled"] += 1
        else:
            counts["outstanding"] += 1
            counts["overdue"] += row.deadline is not None and row.deadline < as_of
    return counts


def recompute(database: Database, figures: Mapping[str, Any], today: date) -> dict[str, Any]:
    """Today's figures for the period and the day that ``figures`` (a snapshot) describe."""
    period = JalaliPeriod.parse(str(figures["period"]))
    return build_figures(database, period, today, as_of=date.fromisoformat(str(figures["as_of"])))


def canonical_bytes(figures: Mapping[str, Any]) -> bytes:
    return json.dumps(figures, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def figures_hash(figures: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(figures)).hexdigest()


@dataclass(frozen=True)
class FigureDifference:
    """One figure that differs between the approval and today: ``key`` is its path in the figures
    (``indicators/clearance_rate/district/01``, ``plan/overall/planned``, ``resolutions/by_status/done``)."""

    section: str
    key: str
    approved: Any
    now: Any


def _leaves(value: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    if isinstance(value, Mapping):
        if {"name", "value"} <= set(value):  # a unit: compare its value, not its name (nor its completeness)
            yield path, value["value"]
            return
        for key in sorted(value):
            yield from _leaves(value[key], (*path, str(key)))
    else:
        yield path, value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))
    return a == b


def differences(approved: Mapping[str, Any], now: Mapping[str, Any]) -> list[FigureDifference]:
    """Every figure whose value differs (a unit present on one side only counts as a difference when it has a
    value there: a branch registered since, without figures, changed nothing)."""
    found: list[FigureDifference] = []
    zero_was_unknown = approved.get("version", 1) < 2
    unbounded_was_none = approved.get("version", 1) < 4
    for section in SECTION_TABLES:
        old = dict(_leaves(approved.get(section, {}), (section,)))
        new = dict(_leaves(now.get(section, {}), (section,)))
        for path in sorted(set(old) | set(new)):
            before, after = old.get(path), new.get(path)
            if before is None and after is None:  # no value then, none now (or the unit is on one side only)
                continue
            if zero_was_unknown and section == "indicators" and before == 0 and after is None:
                continue
            if unbounded_was_none and section == "indicators" and before is None and after == UNBOUNDED_VALUE:
                continue  # an older snapshot wrote an unbounded value as none: the same figure
            if path not in old or path not in new or not _same(before, after):
                found.append(FigureDifference(section, "/".join(path), before, after))
    return found
