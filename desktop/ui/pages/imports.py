"""Import the case-management system's exports: choose a file, match its columns if needed, import it in
the background (progress, cancel), and see the problems when there are any."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.imports.columns import FileKind
from desktop.imports.parsing import month_label
from desktop.imports.service import (
    ALREADY_IMPORTED,
    CANCELLED,
    IMPORTED,
    FilePreview,
    GeneratedStatistics,
    ImportResult,
)
from desktop.store import busy
from desktop.tasks import TaskProgress
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.dialogs.column_mapping import ColumnMappingDialog
from desktop.ui.dialogs.import_problems import ImportProblemsDialog
from desktop.ui.domain_text import said
from desktop.ui.formatting import file_name, format_code, format_date, format_number, list_separator
from desktop.ui.labels import file_kind_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets.cards import reading_table, section_title
from desktop.ui.widgets.errors import show_error

#: The import summary shows the branches changed in at most this many (latest) months, and this many codes each.
CHANGED_MONTHS_SHOWN = 12
CHANGED_CODES_SHOWN = 10
#: ... and at most this many of its notes (a file can bring one per branch: the box must still fit a laptop's
#: screen); all of them are in its details.
NOTES_SHOWN = 3


@dataclass(frozen=True)
class ImportChoices:
    """What the user decided about a file so far, carried into its next run: import only its valid rows, accept
    the withdrawals its snapshot makes, take it as the newer export though it looks older."""

    only_valid_rows: bool = False
    withdrawals_confirmed: bool = False
    newer_export: bool = False


def translate_note(note) -> str:
    return said(note.context, note.reason, note.params)


class ImportsPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._task: BackgroundTask | None = None
        self.last_result: ImportResult | None = None

        intro = QLabel(self.tr(
            "Import the monthly exports of the case-management system: the branch registry, case listings, "
            "monthly branch statistics and satisfaction surveys, as CSV or Excel files. A file with problems "
            "changes nothing until you decide; the same file imported twice changes nothing."))
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a file…"))
        self.import_button.setObjectName("importFile")
        self.import_button.clicked.connect(self.choose_and_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        self.history = RowsTableModel(self._history_columns(), self)
        table = reading_table()
        table.setModel(self.history)
        table.setObjectName("importHistory")
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Import statistics")))
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(section_title(self.tr("Files imported")))
        layout.addWidget(table, 1)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #5c677d;")
        layout.addWidget(self.empty_hint)
        notifier.changed.connect(lambda areas: self.refresh() if Area.INDICATORS in areas else None)
        self.refresh()

    def refresh(self) -> None:
        self.history.set_rows(self._services.imports.history())
        hint = self._hint(self.history.rowCount() == 0, self._services.imports.generated_statistics())
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))

    def _hint(self, empty: bool, generated: GeneratedStatistics | None) -> str:
        """Under the list: on day one what to do first; in the demo, that its statistics came by no import."""
        if generated is not None:
            months = format_code(generated.months_label)
            if empty:
                return self.tr(
                    "No file has been imported into this database. Its statistics ({months}) were generated for "
                    "the demo, not imported from the case-management system (CMS); a file you import is listed "
                    "here.").format(months=months)
            return self.tr("Besides the files listed, this database holds statistics generated for the demo "
                           "({months}); they were not imported.").format(months=months)
        if empty:
            return self.tr(
                "No file has been imported yet. Press “Import a file…” and choose an export of the case-management "
                "system (CMS): start with the branch registry, then the case listing or the monthly statistics.")
        return ""

    # the flow ----------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a case-management export"), "",
            self.tr("CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"))
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path, *, choices: ImportChoices = ImportChoices(),
                    kind: FileKind | None = None, mapping: dict[str, str] | None = None) -> None:
        """Preview the file, ask for the columns when they are not recognised, then import in the background.

        The preview is read in the background too: opening a workbook of 100,000 rows takes openpyxl 0.7 s, a
        file on a slow removable disk longer, and the window froze meanwhile.

        A case listing that would mark cases withdrawn is first run to the point of committing and rolled back
        (nothing written); the user sees the count per branch and, if he agrees, it is imported again."""
        if kind is not None:
            self._import(path, kind, mapping, choices)
            return
        imports = self._services.imports

        def read_preview(progress: TaskProgress) -> FilePreview:
            preview = imports.preview(path)
            progress.step(0, 0)  # cancelled while reading: no import follows
            return preview

        def previewed(preview: FilePreview) -> None:
            chosen = self._confirm_columns(preview)
            if chosen is not None:
                self._import(path, *chosen, choices)

        self._start(run_with_progress(
            self, self.tr("Reading {file}…").format(file=file_name(path.name)), read_preview, on_success=previewed,
            on_failure=lambda error: show_error(self, self.tr("Import"), error)))

    def _import(self, path: Path, kind: FileKind, mapping: dict[str, str] | None, choices: ImportChoices) -> None:
        imports = self._services.imports

        def job(progress):
            with busy.doing("import", str(path)):  # another process waiting is told "an import of <file>"
                return imports.import_file(
                    path, kind, mapping=mapping, only_valid_rows=choices.only_valid_rows, progress=progress,
                    confirm_withdrawals=None if choices.withdrawals_confirmed else lambda _counts: False,
                    newer_export=choices.newer_export)

        task = self._start(run_with_progress(
            self, self.tr("Importing {file}…").format(file=file_name(path.name)), job,
            on_success=lambda result: self._finished(path, kind, mapping, result, choices),
            on_failure=lambda error: show_error(self, self.tr("Import"), error), message_context="Import"))
        task.cancelled.connect(lambda: QMessageBox.information(
            self, self.tr("Import"), self.tr("The import was cancelled; nothing was changed.")))

    def _start(self, task: BackgroundTask) -> BackgroundTask:
        """The preview's or the import's task: one at a time, the import button disabled meanwhile."""
        self.import_button.setEnabled(False)
        self._task = task
        # `finished` comes after the result was shown, which may already have started the next task.
        task.finished.connect(lambda: self._task_done(task))
        return task

    def is_importing(self) -> bool:
        return self._task is not None

    def _task_done(self, task: BackgroundTask) -> None:
        if self._task is task:
            self._task = None
            self.import_button.setEnabled(True)

    def _confirm_columns(self, preview: FilePreview) -> tuple[FileKind, dict[str, str] | None] | None:
        if preview.kind is not None and preview.match is not None and preview.match.complete:
            return preview.kind, None
        dialog = ColumnMappingDialog(preview, self._services.imports.all_remembered(), self)
        if dialog.exec() != ColumnMappingDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_kind(), dialog.mapping()

    def _finished(self, path: Path, kind: FileKind, mapping: dict[str, str] | None, result: ImportResult,
                  choices: ImportChoices) -> None:
        self.last_result = result
        if result.status == CANCELLED:  # withdrawals to confirm: nothing was written yet
            counts = "\n".join(self.tr("Branch {branch}: {count}").format(branch=format_code(code),
                                                                         count=format_number(count))
                               for code, count in sorted(result.withdrawn.items()))
            answer = QMessageBox.question(self, self.tr("Import"), self.tr(
                "{file} no longer holds {count} pending cases of the branches and months it covers. They will be "
                "marked withdrawn (not deleted):\n{counts}\n\nImport the file?").format(
                file=file_name(result.file_name), count=format_number(sum(result.withdrawn.values())), counts=counts))
            if answer == QMessageBox.StandardButton.Yes:
                self.import_path(path, choices=replace(choices, withdrawals_confirmed=True), kind=kind,
                                 mapping=mapping)
            return
        if result.status == ALREADY_IMPORTED:
            QMessageBox.information(self, self.tr("Import"), self.tr(
                "{file} was imported before; nothing was changed.").format(file=file_name(result.file_name)))
            return
        if result.status == IMPORTED:
            self._notifier.announce(Area.INDICATORS)
            message = self.tr("{file}: {rows} rows imported.").format(
                file=file_name(result.file_name), rows=format_number(result.rows_written))
            if result.rows_rejected:
                message += " " + self.tr("{rejected} rows with problems were left out.").format(
                    rejected=format_number(result.rows_rejected))
            notes = [translate_note(note) for note in result.notes]
            for note in notes[:NOTES_SHOWN]:
                message += "\n" + note
            if len(notes) > NOTES_SHOWN:
                message += "\n" + self.tr("… and {count} more notes (see the details).").format(
                    count=format_number(len(notes) - NOTES_SHOWN))
            for month, codes in result.changed_branches[-CHANGED_MONTHS_SHOWN:]:
                shown = list_separator().join(format_code(code) for code in codes[:CHANGED_CODES_SHOWN]) + (
                    "…" if len(codes) > CHANGED_CODES_SHOWN else "")
                message += "\n" + self.tr("{month}: figures changed for {count} branches: {codes}").format(
                    month=format_code(month_label(month)), count=format_number(len(codes)), codes=shown)
            if len(notes) > NOTES_SHOWN:
                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import"), message,
                                  QMessageBox.StandardButton.Ok, self)
                box.setDetailedText("\n".join(notes))
                box.exec()
            else:
                QMessageBox.information(self, self.tr("Import"), message)
            return
        dialog = ImportProblemsDialog(result, self)
        some_valid = result.rows_read > result.rows_rejected
        answer = dialog.exec()
        if answer == ImportProblemsDialog.DialogCode.Accepted and some_valid:
            self.import_path(path, choices=replace(choices, only_valid_rows=True), kind=kind, mapping=mapping)
        elif answer == ImportProblemsDialog.NEWER_EXPORT:
            self.import_path(path, choices=replace(choices, newer_export=True), kind=kind, mapping=mapping)

    def _history_columns(self) -> list[Column]:
        return [
            Column(self.tr("Imported on"), lambda b: format_date(b.imported_on), numeric=True),
            Column(self.tr("File"), lambda b: file_name(b.file_name)),
            Column(self.tr("Kind"), lambda b: file_kind_label(b.kind)),
            Column(self.tr("Rows imported"), lambda b: format_number(b.rows_written), numeric=True),
            Column(self.tr("Rows left out"), lambda b: format_number(b.rows_rejected), numeric=True),
            Column(self.tr("Months"), lambda b: format_code(b.months_label), numeric=True),
            Column(self.tr("By"), lambda b: b.imported_by),
        ]
