"""The directives the center sent (approved programs, indicator targets, deadlines) and importing them from
removable media; part of the "Send to center" page. Directives that come over HTTPS arrive with *Send now*."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.domain.messages import DomainError
from desktop.sync.directives import DirectiveView
from desktop.sync.service import DirectiveOutcome, SyncService
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.domain_text import said
from desktop.ui.formatting import file_name, format_datetime, format_number
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.widgets.cards import reading_table
from desktop.ui.widgets.errors import describe, show_error

DIRECTIVE_FILES = "*.rasad-directive"


class DirectivesBox(QWidget):
    def __init__(self, sync: SyncService, notifier: ChangeNotifier, say: Callable[..., None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._sync = sync
        self._notifier = notifier
        self._say = say
        self.import_button = QPushButton(self.tr("Import directive files…"))
        self.import_button.setObjectName("importDirectives")
        self.import_button.clicked.connect(self.choose_files)
        self.model = RowsTableModel(self._columns(), self)
        self.table = reading_table()
        self.table.setObjectName("directivesTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self, can_import: bool) -> None:
        try:
            self.model.set_rows(self._sync.directives())
        except DomainError as error:
            self._say(describe(error), problem=True)
        self.import_button.setEnabled(can_import)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Directive files from the center"), "",
                                                self.tr("Directives (*.rasad-directive);;All files (*)"))
        if names:
            self.import_files([Path(name) for name in names])

    def import_files(self, paths: list[Path]) -> list[DirectiveOutcome]:
        try:
            outcomes = self._sync.import_directive_files(paths)
        except DomainError as error:
            show_error(self, self.tr("Import directives"), error)
            return []
        self._say("\n".join(self._line(outcome) for outcome in outcomes),
                  problem=any(outcome.error is not None for outcome in outcomes))
        self._notifier.announce(Area.SYNC)
        self._notifier.announce(Area.PLANS)
        return outcomes

    def _line(self, outcome: DirectiveOutcome) -> str:
        name = file_name(outcome.path.name)
        if outcome.error is not None:
            return self.tr("{file}: refused — {reason}").format(file=name, reason=describe(outcome.error))
        result = outcome.result
        assert result is not None
        outcome_text = {"applied": self.tr("applied"), "held": self.tr("kept until the earlier ones arrive"),
                        "duplicate": self.tr("already applied")}[result.outcome.value]
        return self.tr("{file}: directive {sequence} — {outcome}").format(
            file=name, sequence=format_number(result.sequence), outcome=outcome_text)

    def _columns(self) -> list[Column[DirectiveView]]:
        states = {"applied": self.tr("Applied"), "held": self.tr("Waiting for an earlier directive")}
        return [
            Column(self.tr("Directive"), lambda d: format_number(d.sequence), sort_key=lambda d: d.sequence,
                   numeric=True),
            Column(self.tr("Issued on"), lambda d: format_datetime(d.created_at), numeric=True),
            Column(self.tr("Received on"), lambda d: format_datetime(d.received_at), numeric=True),
            Column(self.tr("State"), lambda d: states.get(d.state, d.state)),
            Column(self.tr("Programs"), lambda d: format_number(d.programs), numeric=True),
            Column(self.tr("Targets"), lambda d: format_number(d.targets), numeric=True),
            Column(self.tr("Deadlines"), lambda d: format_number(d.deadlines), numeric=True),
            Column(self.tr("Not applied here"), lambda d: " ".join(said("Sync", n.text, n.params)
                                                                    for n in d.notes)),
        ]
