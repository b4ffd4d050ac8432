"""When a branch is expected to report (docs/indicators.md, "Completeness"), on plain values so that the center
(desktop/center/dashboard/measures.py and indicators.py, desktop/center/report/indicators.py) applies the rule the
province applies (desktop/indicators/opened_branches.py): a branch opened after the records began
(``branch.opened_month``, province migration 0018) is expected from the month it opened; one without an opening
month, always. A unit's members for a period are its branches opened by the period's stock month, so a branch
opened later does not make the unit's earlier periods incomplete."""

from __future__ import annotations

from collections.abc import Iterable


def opened_month_of(value: object) -> int | None:
    """A branch row's ``opened_month`` as a bundle carried it: the month index, or None when the row has none (a
    branch open since before the records, or a bundle from before the column existed) - expected always."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def expected_in(opened_month: int | None, month: int) -> bool:
    """Whether a branch opened in ``opened_month`` is expected to report in ``month`` (is a member of its units for
    a period whose stock month it is)."""
    return opened_month is None or month >= opened_month


def expected_months(opened_month: int | None, months: Iterable[int]) -> list[int]:
    """The months of ``months`` in which a branch opened in ``opened_month`` is expected to report."""
    return [month for month in months if expected_in(opened_month, month)]
