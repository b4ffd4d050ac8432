"""A unit's trend: its value over the last periods of a kind, and whether each is complete (the values computed as
a table computes them, month by month from the branch rows or the roll-ups)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, text

from desktop.domain.indicators.definitions import STOCK_FIELDS, IndicatorDefinition, MeasureTotals
from desktop.domain.indicators.periods import first_month_index, last_month_index, month_period, observed_days
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.period_months import period_stock_month
from desktop.indicators.rollup_read import rollup_monthly
from desktop.indicators.survey_coverage import surveyed_months
from desktop.indicators.table_sql import FLOWS, branch_monthly
from desktop.indicators.unit_coverage import complete_months, months_with_statistics, unit_members


def scopes_of(connection: Connection, level: str, unit_id: int) -> list[tuple[str, int, str]]:
    if level == "branch":
        row = connection.execute(
            text(
                "SELECT b.id, b.name, d.id, d.name, p.id, p.name FROM branch b JOIN district d ON d.id ="
                " b.district_id JOIN province p ON p.id = d.province_id WHERE b.id = :id"
            ),
            {"id": unit_id},
        ).one()
        return [("branch", row[0], row[1]), ("district", row[2], row[3]), ("province", row[4], row[5])]
    if level == "district":
        row = connection.execute(
            text(
                "SELECT d.id, d.name, p.id, p.name FROM district d JOIN province p ON p.id = d.province_id"
                " WHERE d.id = :id"
            ),
            {"id": unit_id},
        ).one()
        return [("district", row[0], row[1]), ("province", row[2], row[3])]
    row = connection.execute(text("SELECT id, name FROM province WHERE id = :id"), {"id": unit_id}).one()
    return [("province", row[0], row[1])]

def through_month(period: JalaliPeriod, latest: int | None) -> JalaliPeriod | None:
    """The month ``period``'s figures run to when that is before its last (a period under way), else None."""
    stock = period_stock_month(period, latest)
    return month_period(stock) if stock != last_month_index(period) else None


def period_completeness(
    connection: Connection,
    definition: IndicatorDefinition,
    level: str,
    unit_id: int,
    periods: Sequence[JalaliPeriod],
    latest: int | None,
    use_rollups: bool = True,
) -> tuple[bool, ...]:
    """Per period, whether the unit is complete for it: every month the value covers (as in :meth:`table`:
    up to the stock month; a rolling indicator's whole window) complete for every branch, and the period
    covered to its last month (a quarter still running, with two months of statistics, is a part of a
    quarter: its point is marked, as the table says "through" its last month with data)."""
    spans = []
    whole = []
    for period in periods:
        last = period_stock_month(period, latest)
        first = last - definition.window_months + 1 if definition.window_months else first_month_index(period)
        spans.append((first, last))
        whole.append(last == last_month_index(period))
    good = complete_months(connection, level, unit_id, min(f for f, _ in spans), max(last for _, last in spans),
                           from_branch_rows=not use_rollups)
    if definition.from_survey:  # satisfaction: also every branch of the unit answered that month's survey
        members = unit_members(connection, level, (level, unit_id)).get(unit_id, {})
        good &= surveyed_months(connection, members, min(f for f, _ in spans), max(last for _, last in spans))
    return tuple(covered and all(month in good for month in range(first, last + 1))
                 for (first, last), covered in zip(spans, whole, strict=True))

def period_values(
    connection: Connection,
    definition: IndicatorDefinition,
    level: str,
    unit_id: int,
    periods: Sequence[JalaliPeriod],
    case_type: str | None,
    latest: int | None,
    use_rollups: bool = True,
) -> tuple[float | None, ...]:
    first, last = first_month_index(periods[0]), last_month_index(periods[-1])
    first -= definition.window_months  # a rolling indicator reaches back before the first period
    if use_rollups and level in ("district", "province"):
        monthly, hist = rollup_monthly(connection, level, unit_id, first, last, case_type,
                                       definition.needs_histogram)
    else:
        monthly, hist = branch_monthly(connection, level, unit_id, first, last, case_type,
                                        definition.needs_histogram)
    names = (*FLOWS, *STOCK_FIELDS)
    own = (months_with_statistics(connection, level, unit_id, first, last,
                                  from_branch_rows=not (use_rollups and level in ("district", "province")))
           if definition.reads_flows else None)
    values: list[float | None] = []
    for period in periods:
        last_of_period = period_stock_month(period, latest)
        start = first_month_index(period)
        if definition.window_months:
            start = last_of_period - definition.window_months + 1
        if own is not None and own.isdisjoint(range(start, last_of_period + 1)):
            values.append(None)  # every month carried forward or missing: unknown, not zero (as in table)
            continue
        days = observed_days(start, last_of_period, own)  # the days its flows cover (disposition time's pace)
        parts = []
        for month in range(start, last_of_period + 1):
            row = monthly.get(month)
            if row is None:
                continue
            measures = dict(zip(names, row[1:-1], strict=True))
            if month != last_of_period:
                measures.update(dict.fromkeys(STOCK_FIELDS, 0))
            parts.append(
                MeasureTotals(
                    **{name: value or 0 for name, value in measures.items()},
                    scheduling_days_max=row[-1],
                    period_days=days,
                    histogram=hist.get(month, {}),
                )
            )
        totals = MeasureTotals.sum(parts) if parts else MeasureTotals(period_days=days)
        values.append(definition.compute(totals) if parts else None)
    return tuple(values)
