"""Which units' satisfaction figure is complete: every branch that should report the survey has.

A satisfaction survey is imported apart from the case statistics (docs/indicators.md, "Sources"): a branch whose
case statistics are complete may have no survey. A district's or the province's satisfaction is the mean over the
branches that answered, so a survey of two branches out of four is not the district's satisfaction. The survey's
months are the months of the period in which some branch of the province answered it (a month in which the
survey was not run expects no answer from anyone); a branch reported it when it has answers in every one of them.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, text

_UNIT_OF_BRANCH = {
    "branch": "b.id",
    "district": "b.district_id",
    "province": "d.province_id",
}


def surveyed_branches(connection: Connection, level: str, first: int, last: int) -> dict[int, tuple[int, int]]:
    """unit id -> (branches that answered the survey in each of its months of ``first..last``, branches); no
    survey month in the span: every branch counts as having answered (none was asked)."""
    answered: dict[int, set[int]] = defaultdict(set)
    for branch_id, month in connection.execute(text(
            "SELECT DISTINCT branch_id, month_index FROM indicator_month WHERE satisfaction_responses > 0"
            " AND month_index BETWEEN :first AND :last"), {"first": first, "last": last}):
        answered[branch_id].add(month)
    survey_months = set().union(*answered.values()) if answered else set()
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for unit_id, branch_id in connection.execute(text(
            f"SELECT {_UNIT_OF_BRANCH[level]}, b.id FROM branch b JOIN district d ON d.id = b.district_id")):
        counts[unit_id][1] += 1
        if survey_months <= answered.get(branch_id, set()):
            counts[unit_id][0] += 1
    return {unit_id: (done, total) for unit_id, (done, total) in counts.items()}


def fully_surveyed_months(connection: Connection, first: int, last: int) -> set[int]:
    """The months of ``first..last`` in which every branch of the province answered the survey, or none did (no
    survey that month: nothing is missing) - a province's satisfaction of the month is complete in them only."""
    branches = connection.execute(text("SELECT count(*) FROM branch")).scalar() or 0
    answered = dict(connection.execute(text(
        "SELECT month_index, count(DISTINCT branch_id) FROM indicator_month WHERE satisfaction_responses > 0"
        " AND month_index BETWEEN :first AND :last GROUP BY month_index"), {"first": first, "last": last}).all())
    return {month for month in range(first, last + 1) if answered.get(month, 0) in (0, branches)}
