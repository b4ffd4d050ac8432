"""Which units' satisfaction figure is complete: every branch that should answer the survey has (the rule of
docs/indicators.md, "Completeness", in one place: the indicator service's tables and trends, and so the window,
the command line, the approval snapshot and the reports, all read it here).

A satisfaction survey is imported apart from the case statistics (docs/indicators.md, "Sources"): a branch whose
case statistics are complete may have no survey. A district's or the province's satisfaction is the mean over the
branches that answered, so a survey of two branches out of four is not the district's satisfaction. The survey's
months are the months of the period in which some branch of the province answered it (a month in which the
survey was not run expects no answer from anyone); a branch reported it when it has answers in every one of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

from desktop.domain.indicators.periods import month_period
from desktop.domain.indicators.survey import survey_gaps_of
from desktop.indicators.opened_branches import open_by, opened_months


def _answered(connection: Connection, first: int, last: int) -> dict[int, set[int]]:
    """branch id -> the months of ``first..last`` in which it has survey answers.

    Read from the survey's own table, whose rows the rebuild copies one for one into ``indicator_month``
    (desktop/indicators/rebuild_sources.py, ``write_untyped_rows``) in the same transaction: 72,000 rows there
    against a look-up of every typed row of the months in ``indicator_month`` (0.15 s against 0.03 s a call on
    the large demo, and a report asks several times)."""
    answered: dict[int, set[int]] = defaultdict(set)
    for branch_id, month in connection.execute(text(
            "SELECT branch_id, month_index FROM satisfaction_month WHERE responses > 0"
            " AND month_index BETWEEN :first AND :last"), {"first": first, "last": last}):
        answered[branch_id].add(month)
    return answered


def survey_gaps(connection: Connection, first: int, last: int) -> dict[int, frozenset[int]]:
    """branch id -> the survey months of ``first..last`` it did not answer, for every branch of the file that
    missed one (a branch that answered all of them is absent; no survey month in the span: nothing is missing)."""
    answered = _answered(connection, first, last)
    if not answered:
        return {}
    branches = [row[0] for row in connection.execute(text("SELECT id FROM branch"))]
    return survey_gaps_of(answered, branches, opened_months(connection))  # each from the month it opened


def with_survey(
    coverage: tuple[int, int, tuple[str, ...], tuple[str, ...]], members: Mapping[int, str],
    gaps: Mapping[int, frozenset[int]],
) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
    """A unit's coverage of the case statistics - (complete branches, branches, missing months of a one-branch
    unit, incomplete branch codes) - made the coverage of its satisfaction: a branch that did not answer the
    survey in one of its months is incomplete too."""
    _complete, total, missing, incomplete = coverage
    unanswered = {code for branch_id, code in members.items() if branch_id in gaps}
    if not unanswered:
        return coverage
    codes = tuple(sorted(set(incomplete) | unanswered))
    return total - len(codes), total, missing, codes


def unanswered_months(members: Iterable[int], gaps: Mapping[int, frozenset[int]]) -> tuple[str, ...]:
    """The survey months (codes) some of ``members`` did not answer: what a one-branch unit names."""
    months: set[int] = set()
    for branch_id in members:
        months |= gaps.get(branch_id, frozenset())
    return tuple(month_period(month).code for month in sorted(months))


def surveyed_months(connection: Connection, branch_ids: Iterable[int] | None, first: int, last: int) -> set[int]:
    """The months of ``first..last`` in which every one of ``branch_ids`` (None: every branch of the file)
    answered the survey, or no branch of the file did (no survey that month: nothing is missing) - a unit's
    satisfaction of the month is complete in them only."""
    answered = _answered(connection, first, last)
    if branch_ids is None:
        branch_ids = [row[0] for row in connection.execute(text("SELECT id FROM branch"))]
    wanted = set(branch_ids)
    opened = opened_months(connection)
    run = set().union(*answered.values()) if answered else set()
    return {month for month in range(first, last + 1)
            if month not in run or all(month in answered.get(branch_id, ()) for branch_id in wanted
                                       if open_by(branch_id, month, opened))}


def fully_surveyed_months(connection: Connection, first: int, last: int) -> set[int]:
    """The months of ``first..last`` in which every branch of the province answered the survey, or none did - a
    province's satisfaction of the month is complete in them only."""
    return surveyed_months(connection, None, first, last)
