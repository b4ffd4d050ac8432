"""How many of a plan's activities there are on a day, how many have a progress report by then and how many are
overdue - counted as the province's overview counts its activities ("{finished} of {total}"): the lowest-level
activities only. A parent activity is made of its sub-activities (docs/reports.md, "Progress"): it is not one more
activity, and it never carries a report of its own, so counting it would call it unreported and, once its finish
date passed, overdue - even when every one of its sub-activities is finished.

Pure: the center counts each province's activities with it from the plan its bundles carried
(desktop/center/plan_overview.py), for its national report and its ``national`` command."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.rollup import latest_point
from desktop.planning.structure import PlanStructure

COMPLETE = 100.0 - 1e-9  # as the overview's finished activities (desktop/planning/dashboard.py)


@dataclass(frozen=True)
class ActivityCounts:
    activities: int = 0  # the lowest-level activities (sub-activities, and activities without any)
    reported: int = 0  # of them, with a progress report dated on or before the day
    overdue: int = 0  # of them, planned to finish before the day and not reported at 100 % on or before it


def activity_counts(structure: PlanStructure, on: date) -> ActivityCounts:
    activities = reported = overdue = 0
    for activity_id in structure.leaf_activity_ids():
        row = structure.activity(activity_id)
        latest = latest_point(structure.history.get(activity_id, ()), on)
        activities += 1
        reported += latest is not None
        finished = latest is not None and latest.percent >= COMPLETE
        overdue += row.planned_finish < on and not finished
    return ActivityCounts(activities, reported, overdue)
