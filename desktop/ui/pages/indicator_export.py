"""The indicators page's Excel export: the table shown, as one sheet headed by the indicator and the period (the
title above the table), right to left in the Persian window. Its texts stay in the "IndicatorsPage" context of
the translations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.domain.indicators.basis import is_unbounded
from desktop.domain.messages import DomainError
from desktop.exports.excel import Sheet
from desktop.indicators.views import IndicatorRow, IndicatorTable
from desktop.ui.formatting import file_name
from desktop.ui.language import Language, current_language, translate
from desktop.ui.models.indicator_ranking import data_text, value_text
from desktop.ui.widgets.errors import show_error

if TYPE_CHECKING:  # the page is handed its services: importing them here would load SQLAlchemy with the page
    from desktop.context import AppServices


def export_table(services: AppServices, table: IndicatorTable, period_title: str, path: Path) -> None:
    """``table`` written to ``path`` by ``services.indicators`` (which refuses a viewer), titled by its indicator
    and ``period_title``."""
    definition = table.definition
    headers = [QCoreApplication.translate("IndicatorsPage", "Rank"),
               QCoreApplication.translate("IndicatorsPage", "Code"),
               QCoreApplication.translate("IndicatorsPage", "Unit"),
               QCoreApplication.translate("IndicatorsPage", "Parent"),
               translate("Indicators", definition.name),
               QCoreApplication.translate("IndicatorsPage", "Data")]
    # A number where there is one; an unbounded value («بدون مختومه») or the reason for none as text - a workbook
    # holds no infinity.
    rows = [[row.rank, row.code, row.name, row.parent_name,
             round(row.value, 4) if row.value is not None and not is_unbounded(row.value) else _text(row, table),
             data_text(row, table.level, definition)]
            for row in table.rows]
    title = f"{translate('Indicators', definition.name)} {period_title}"
    services.indicators.export_table(path, Sheet(title, headers, rows,
                                                 right_to_left=current_language() is Language.PERSIAN))


def _text(row: IndicatorRow, table: IndicatorTable) -> str | None:
    """The cell of a value that is no number: «بدون مختومه», or why there is none (empty when nothing says)."""
    text = value_text(row, table.definition, table.definition.unit)
    return None if text == "—" else text


def ask_and_export(parent: QWidget, table: IndicatorTable, export_to: Callable[[Path], None]) -> None:
    """Ask where to save ``table`` (named by its indicator and period), save it there with ``export_to`` and say
    so - or why not."""
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("IndicatorsPage", "Export to Excel"),
                                          f"{table.definition.code}-{table.period.code}.xlsx",
                                          QCoreApplication.translate("IndicatorsPage", "Excel workbooks (*.xlsx)"))
    if not name:
        return
    try:
        export_to(Path(name))
    except DomainError as error:
        show_error(parent, QCoreApplication.translate("IndicatorsPage", "Export to Excel"), error)
    else:
        QMessageBox.information(parent, QCoreApplication.translate("IndicatorsPage", "Export to Excel"),
                                QCoreApplication.translate("IndicatorsPage", "The table was saved to {path}.").format(
                                    path=file_name(name)))
