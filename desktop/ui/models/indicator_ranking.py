"""The ranking table of the performance dashboard: one row per unit the indicator service listed.

Colour comes from the service's `is_best`/`is_worst` only (units that tie share them, see
`desktop.domain.indicators.ranking.best_and_worst`); units the service did not rank get none, and a unit with
incomplete data (docs/indicators.md, "Completeness") is greyed, its "Data" column saying what it lacks. Every
column sorts by its value, not by its text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from desktop.domain.indicators import IndicatorDefinition, Unit
from desktop.domain.indicators.basis import UNBOUNDED, is_unbounded, value_note
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.views import IndicatorRow
from desktop.ui.formatting import format_number, list_separator, period_label, two_lines
from desktop.ui.language import Language, current_language
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.status_colors import BAD, GOOD, INCOMPLETE

#: The "Within" column: hidden when every row is within one unit, which the breadcrumb names already.
UNIT_COLUMN = 1
WITHIN_COLUMN = 2
#: The completeness column, the last: it gives way when a unit lacks many months (its text elided, whole in its
#: tooltip), so that it stays in sight on a laptop.
DATA_COLUMN = 7


def shares_one_parent(rows: list[IndicatorRow]) -> bool:
    """Every row is within the same unit (the districts of the province, the branches of one district)."""
    return len({row.parent_name for row in rows}) <= 1


def format_value(value: float | None, unit: Unit) -> str:
    if value is None:
        return "—"
    if is_unbounded(value):  # disposition time with nothing disposed of: never a number
        return QCoreApplication.translate("Indicators", UNBOUNDED)
    decimals = 0 if unit is Unit.COUNT else 2 if unit is Unit.RATIO else 1
    text = format_number(value, decimals)
    if unit is Unit.DAYS:
        return QCoreApplication.translate("IndicatorsPage", "{value} days").format(value=text)
    return f"{text}{'٪' if current_language() is Language.PERSIAN else '%'}" if unit is Unit.PERCENT else text


def value_text(row: IndicatorRow, definition: IndicatorDefinition | None, unit: Unit) -> str:
    """The value as the table shows it: a number, «بدون مختومه» for an unbounded one, and for a unit with
    statistics but no value why it has none («مختومه‌ای ندارد»), not a blank."""
    note = None if definition is None or row.value is not None else value_note(
        definition, row.value, row.cases, too_few=row.too_few, measured=row.has_statistics and row.complete)
    return format_value(row.value, unit) if note is None else QCoreApplication.translate("Indicators", note.text)


def data_text(row: IndicatorRow, level: str, definition: IndicatorDefinition | None = None) -> str:
    """Whether the unit's figures are complete: the months a branch lacks, the branches a district lacks; for a
    complete unit whose value rests on too few cases, that it is not ranked for it ("Too few cases to rank (1)")."""
    if row.complete and row.too_few and definition is not None and definition.basis is not None:
        return QCoreApplication.translate("Indicators", definition.basis.too_few).format(
            count=format_number(row.cases or 0))
    if level != "branch":
        coverage = QCoreApplication.translate("IndicatorsPage", "{complete} of {total} branches complete").format(
            complete=format_number(row.complete_branches), total=format_number(row.branches))
        if row.complete:
            return coverage
        return QCoreApplication.translate("IndicatorsPage", "Incomplete data: {coverage}").format(coverage=coverage)
    if row.complete:
        return QCoreApplication.translate("IndicatorsPage", "Complete")
    if not row.missing_months and row.unanswered_survey_months:  # satisfaction: its statistics are complete
        months = list_separator().join(period_label(JalaliPeriod.parse(code)) for code in row.unanswered_survey_months)
        return QCoreApplication.translate("IndicatorsPage", "Incomplete data: no survey answers for {months}").format(
            months=months)
    months = list_separator().join(period_label(JalaliPeriod.parse(code)) for code in row.missing_months)
    return QCoreApplication.translate("IndicatorsPage", "Incomplete data: no statistics for {months}").format(
        months=months)


def _flow_text(row: IndicatorRow, count: int) -> str:
    """A count of what happened in the period: "—" for a unit whose every month is carried forward or missing."""
    return format_number(count) if row.has_statistics else "—"


def highlight(row: IndicatorRow) -> QColor | None:
    """Green for the best, red for the worst, grey for incomplete data, nothing for the other units."""
    if not row.complete:
        return INCOMPLETE
    if row.rank is None:
        return None
    return GOOD if row.is_best else BAD if row.is_worst else None


class IndicatorRankingModel(RowsTableModel[IndicatorRow]):
    def __init__(self, unit: Callable[[], Unit], level: Callable[[], str] = lambda: "branch",
                 parent: QObject | None = None,
                 definition: Callable[[], IndicatorDefinition | None] = lambda: None):
        super().__init__(self._ranking_columns(unit, level, definition), parent)

    def _ranking_columns(self, unit: Callable[[], Unit], level: Callable[[], str],
                         definition: Callable[[], IndicatorDefinition | None]) -> list[Column[IndicatorRow]]:
        return [
            Column(self.tr("Rank"), lambda r: format_number(r.rank) if r.rank else "—", sort_key=lambda r: r.rank,
                   numeric=True, background=highlight),
            Column(self.tr("Unit"), lambda r: r.name, background=highlight),
            Column(self.tr("Within"), lambda r: r.parent_name),
            Column(self.tr("Value"), lambda r: value_text(r, definition(), unit()), sort_key=lambda r: r.value,
                   numeric=True, background=highlight),
            Column(two_lines(self.tr("Incoming")), lambda r: _flow_text(r, r.totals.incoming),
                   sort_key=lambda r: r.totals.incoming if r.has_statistics else None, numeric=True),
            Column(two_lines(self.tr("Disposed")), lambda r: _flow_text(r, r.totals.disposed),
                   sort_key=lambda r: r.totals.disposed if r.has_statistics else None, numeric=True),
            Column(two_lines(self.tr("Pending at end")), lambda r: format_number(r.totals.pending_end),
                   sort_key=lambda r: r.totals.pending_end, numeric=True),
            Column(self.tr("Data"), lambda r: data_text(r, level(), definition()),
                   sort_key=lambda r: (r.complete, not r.too_few, r.name),
                   background=highlight, tooltip=lambda r: data_text(r, level(), definition())),
        ]
