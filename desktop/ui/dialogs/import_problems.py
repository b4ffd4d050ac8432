"""The problems found in an import file — file, row, column and reason — which the user can save, and the
choice to import only the valid rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import DomainError
from desktop.imports.problems import ImportProblem
from desktop.imports.service import ImportResult, ImportService
from desktop.ui.formatting import format_number
from desktop.ui.language import translate
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.widgets.cards import reading_table
from desktop.ui.widgets.errors import describe


def problem_reason(problem: ImportProblem) -> str:
    return translate(problem.context, problem.reason, **problem.params)


class ImportProblemsDialog(QDialog):
    """`exec()` returns Accepted when the user chose to import only the valid rows."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems in {file}").format(file=result.file_name))
        self.resize(900, 520)
        self._result = result
        shown = len(result.problems)
        summary = self.tr("Problems found in {file}: {count}; nothing was imported.").format(
            count=format_number(result.problem_count), file=result.file_name)
        if shown < result.problem_count:
            summary += " " + self.tr("The first {shown} are listed.").format(shown=format_number(shown))
        label = QLabel(summary)
        label.setWordWrap(True)
        self.model = RowsTableModel[ImportProblem]([
            Column(self.tr("File"), lambda p: p.file),
            Column(self.tr("Row"), lambda p: format_number(p.row) if p.row else "—", sort_key=lambda p: p.row,
                   numeric=True),
            Column(self.tr("Column"), lambda p: p.column or "—"),
            Column(self.tr("Reason"), problem_reason),
        ], self)
        self.model.set_rows(result.problems)
        table = reading_table()
        table.setModel(self.model)
        table.setObjectName("problems")
        save = QPushButton(self.tr("Save the list…"))
        save.clicked.connect(self._save)
        self.valid_rows_button = QPushButton(self.tr("Import only the valid rows"))
        self.valid_rows_button.setObjectName("onlyValid")
        self.valid_rows_button.setEnabled(result.rows_read > result.rows_rejected)
        self.valid_rows_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.valid_rows_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)

    def save_to(self, path: Path) -> None:
        ImportService.save_problems(self._result.problems, path,
                                    lambda context, text, params: translate(context, text, **params))

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the problems"),
                                              f"{Path(self._result.file_name).stem}-problems.csv",
                                              self.tr("CSV files (*.csv)"))
        if not name:
            return
        try:
            self.save_to(Path(name))
        except (DomainError, OSError) as error:
            QMessageBox.warning(self, self.tr("Save the problems"), describe(error))
