"""The problems found in an import file — file, row, column and reason — which the user can save, and the
choice to import only the valid rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from desktop.ui.domain_text import said
from desktop.ui.formatting import file_name, format_number, paragraph
from desktop.ui.language import translate
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.widgets.cards import reading_table
from desktop.ui.widgets.errors import describe


def problem_reason(problem: ImportProblem) -> str:
    return said(problem.context, problem.reason, problem.params)


class ImportProblemsDialog(QDialog):
    """`exec()` returns Accepted when the user chose to import only the valid rows, :attr:`NEWER_EXPORT` when he
    said that a file whose rows look older than the stored data is the newer export (and confirmed it)."""

    NEWER_EXPORT = 2

    def __init__(self, result: ImportResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Problems in {file}").format(file=result.file_name))
        self.resize(900, 520)
        self._result = result
        shown = len(result.problems)
        summary = self.tr("Problems found in {file}: {count}; nothing was imported.").format(
            count=format_number(result.problem_count), file=file_name(result.file_name))
        if shown < result.problem_count:
            summary += " " + self.tr("The first {shown} are listed.").format(shown=format_number(shown))
        if result.has_older_rows:
            summary += "\n" + self.tr(
                "Some rows are older than data already imported: this file looks like an earlier export than one "
                "imported before, and importing them would turn newer data back. If it is in fact the newer export "
                "(a disposal or a move entered in error and undone since makes a newer export look older), choose "
                "«It is the newer export».")
        label = QLabel(summary)
        label.setWordWrap(True)
        self.model = RowsTableModel[ImportProblem]([
            Column(self.tr("File"), lambda p: file_name(p.file)),
            Column(self.tr("Row"), lambda p: format_number(p.row) if p.row else "—", sort_key=lambda p: p.row,
                   numeric=True),
            Column(self.tr("Column"), lambda p: p.column or "—"),
            Column(self.tr("Reason"), problem_reason, tooltip=problem_reason),
        ], self)
        self.model.set_rows(result.problems)
        table = reading_table()
        table.setModel(self.model)
        table.setObjectName("problems")
        # A reason can be longer than a laptop's screen is wide: the selected row's, whole, under the list.
        self.reason = QLabel()
        self.reason.setObjectName("selectedReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.reason.setText(paragraph(self.model.index(current.row(), 3).data() or "")))
        if result.problems:
            table.setCurrentIndex(self.model.index(0, 0))
        save = QPushButton(self.tr("Save the list…"))
        save.clicked.connect(self._save)
        self.valid_rows_button = QPushButton(self.tr("Import only the valid rows"))
        self.valid_rows_button.setObjectName("onlyValid")
        self.valid_rows_button.setEnabled(result.rows_read > result.rows_rejected and not result.unreadable)
        self.valid_rows_button.clicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.valid_rows_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.newer_export_button = QPushButton(self.tr("It is the newer export"))
        self.newer_export_button.setObjectName("newerExport")
        self.newer_export_button.setVisible(result.has_older_rows)
        self.newer_export_button.clicked.connect(self._take_as_newer)
        if result.has_older_rows:
            buttons.addButton(self.newer_export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(table, 1)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)

    def _take_as_newer(self) -> None:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Import {file} as newer than every case listing imported before? Its rows will replace what they "
            "hold of the known cases, and as a snapshot it will withdraw the pending cases it lacks, whatever the "
            "dates of the other listings.").format(file=file_name(self._result.file_name)))
        if answer == QMessageBox.StandardButton.Yes:
            self.done(self.NEWER_EXPORT)

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
