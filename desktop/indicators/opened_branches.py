"""Branches opened after the province's records begin (``branch.opened_month``, migration 0018): a branch is
expected to report from the month it opened, so the months before it are not missing from its units' figures
(docs/indicators.md, "Completeness"). Every completeness rule reads the same one: :data:`EXPECTED` in SQL, the
domain's ``desktop/domain/indicators/opening.py`` (which the center applies too) in Python."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, text

from desktop.domain.indicators.opening import expected_in
from desktop.domain.indicators.opening import expected_months as expected_months_of

#: Whether branch ``{branch}`` is expected to report in month ``{month}`` (SQL; both are expressions).
EXPECTED = "({branch}.opened_month IS NULL OR {branch}.opened_month <= {month})"


def opened_months(connection: Connection) -> dict[int, int]:
    """branch id -> the month it opened, for the branches that have one (few: the others are expected always)."""
    return {int(branch_id): int(month) for branch_id, month in connection.execute(text(
        "SELECT id, opened_month FROM branch WHERE opened_month IS NOT NULL"))}


def expected_months(branch_id: int, months: Iterable[int], opened: Mapping[int, int]) -> list[int]:
    """The months of ``months`` in which the branch is expected to report."""
    return expected_months_of(opened.get(branch_id), months)


def open_by(branch_id: int, month: int, opened: Mapping[int, int]) -> bool:
    """Whether the branch has opened by ``month`` (is a member of its units for a period ending then)."""
    return expected_in(opened.get(branch_id), month)


def statistics_before_opening(connection: Connection, branch_ids: Iterable[int] | None = None
                              ) -> list[tuple[str, int, int]]:
    """(code, first month with statistics of its own, opened month) of each branch (of ``branch_ids``; None:
    every one) that has statistics for a month before the month it opened: they count in the figures, but the
    months are not expected of it - a sign that its opening month is later than it should be."""
    params: dict[str, str] = {}
    among = ""
    if branch_ids is not None:
        among = " AND b.id IN (SELECT value FROM json_each(:ids))"
        params["ids"] = "[" + ",".join(str(int(branch_id)) for branch_id in sorted(set(branch_ids))) + "]"
    rows = connection.execute(text(
        "SELECT b.code, min(im.month_index), b.opened_month FROM branch b JOIN indicator_month im"
        " ON im.branch_id = b.id AND im.month_index < b.opened_month AND im.case_type = ''"
        " AND im.source IN ('cases', 'monthly')"  # desktop.store.models.COMPLETE_SOURCES
        f" WHERE b.opened_month IS NOT NULL{among} GROUP BY b.id ORDER BY b.code"), params).all()
    return [(code, int(first), int(opened)) for code, first, opened in rows]
