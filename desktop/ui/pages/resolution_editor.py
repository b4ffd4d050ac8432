"""Editing one resolution (مصوبه): text, owner, deadline, status, follow-up notes and evidence files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.meetings import ResolutionStatus, is_reopening
from desktop.domain.messages import DomainError
from desktop.meetings.views import MeetingDetail, ResolutionDetail, ResolutionForm
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import format_date, format_number
from desktop.ui.labels import resolution_status_label
from desktop.ui.pages.meeting_editors import OptionalDateEdit, _buttons, ask
from desktop.ui.widgets.cards import section_title
from desktop.ui.widgets.edit_rights import Right, offer, read_only
from desktop.ui.widgets.errors import show_error
from desktop.ui.widgets.file_attachments import FileAttachments
from desktop.ui.widgets.form_errors import FormErrors
from desktop.ui.widgets.jalali_date_edit import JalaliDateEdit


class ResolutionEditor(QWidget):
    """Text, owner, deadline, status and completion date of one resolution; its notes and evidence."""

    saved = Signal(int)

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._detail: ResolutionDetail | None = None
        self._meeting_id: int | None = None
        self._heading = section_title(self.tr("Resolution"))
        self._meeting = QLabel()
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(78)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.deadline = JalaliDateEdit()
        self.status = QComboBox()
        for status in ResolutionStatus:
            self.status.addItem(resolution_status_label(status), status.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.completed_on = OptionalDateEdit(services.clock.today)
        self.save_button = QPushButton(self.tr("Save resolution"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Meeting:"), self._meeting)
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Deadline:"), self.deadline)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Completed on:"), self.completed_on)
        self.errors = FormErrors(form)
        for field, widget in (("text", self.text), ("owner", self.owner), ("deadline", self.deadline),
                              ("status", self.status), ("completed_on", self.completed_on)):
            self.errors.bind(field, widget)

        self._follow_up_part = QWidget()
        self.follow_ups = QTableWidget(0, 3)
        self.follow_ups.setObjectName("followUps")
        self.follow_ups.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Note"), self.tr("Recorded by")])
        self.follow_ups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_ups.verticalHeader().setVisible(False)
        header = self.follow_ups.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 130)
        self.follow_ups.setMinimumHeight(110)
        self.note_date = JalaliDateEdit()
        self.note_text = QLineEdit()
        self.note_text.setPlaceholderText(self.tr("What was done or decided"))
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        self.new_note = QWidget()  # a blank note: hidden from a reader, its command kept saying why not
        note_form = QFormLayout(self.new_note)
        note_form.setContentsMargins(0, 0, 0, 0)
        note_form.addRow(self.tr("Note date:"), self.note_date)
        note_form.addRow(self.tr("Note:"), self.note_text)
        self.note_errors = FormErrors(note_form)
        self.note_errors.bind("noted_on", self.note_date)
        self.note_errors.bind("note", self.note_text)
        self.evidence = FileAttachments(services.plans.evidence_path)
        self.evidence.files_chosen.connect(self.attach)
        part = QVBoxLayout(self._follow_up_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.addWidget(section_title(self.tr("Follow-up notes")))
        part.addWidget(self.follow_ups)
        part.addWidget(self.new_note)
        part.addLayout(_buttons(self.add_note_button))
        part.addWidget(section_title(self.tr("Evidence files")))
        part.addWidget(self.evidence)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addLayout(form)
        layout.addLayout(_buttons(self.save_button))
        layout.addWidget(self._follow_up_part)
        layout.addStretch(1)
        self.edit_right = Right.of(services.principal)  # the services refuse a reader's change anyway
        read_only(self.edit_right, self.text, self.owner, self.deadline, self.status, self.completed_on)
        offer(self.edit_right, self.save_button)
        offer(self.edit_right, self.add_note_button)
        self.new_note.setVisible(self.edit_right.allowed)
        self.evidence.offer_attaching(self.edit_right)
        self._status_changed()

    @property
    def resolution_id(self) -> int | None:
        return self._detail.row.id if self._detail is not None else None

    def detail(self) -> ResolutionDetail | None:
        return self._detail

    def start_new(self, meeting_id: int, meeting_number: int, held_on: date) -> None:
        self._detail = None
        self._meeting_id = meeting_id
        self._heading.setText(self.tr("New resolution"))
        self._show_meeting(meeting_number, held_on)
        self._fill_owners("")
        self.errors.clear()
        self.text.clear()
        self.deadline.set_value(held_on)
        self._set_status(ResolutionStatus.OPEN)
        self.completed_on.clear_value()
        self._follow_up_part.hide()

    def load(self, resolution_id: int) -> None:
        detail = self._services.meetings.resolution(resolution_id)
        self._detail = detail
        row = detail.row
        self._meeting_id = row.meeting_id
        self._heading.setText(self.tr("Resolution {number} of meeting {meeting}").format(
            number=format_number(row.number), meeting=format_number(row.meeting_number)))
        self._show_meeting(row.meeting_number, row.meeting_held_on)
        self._fill_owners(row.owner)
        self.errors.clear()
        self.note_errors.clear()
        self.text.setPlainText(row.text)
        self.deadline.set_value(row.deadline)
        self._set_status(row.status)
        self.completed_on.set_optional_value(row.completed_on)
        self._show_follow_ups(detail)
        self._follow_up_part.show()

    def forget(self) -> None:
        """Show nothing (the resolution was deleted elsewhere)."""
        self._detail = None
        self._meeting_id = None

    def form(self) -> ResolutionForm:
        assert self._meeting_id is not None
        status = ResolutionStatus(self.status.currentData())
        return ResolutionForm(
            meeting_id=self._meeting_id, text=self.text.toPlainText(), owner=self.owner.currentText(),
            deadline=self.deadline.value(), status=status,
            completed_on=self.completed_on.optional_value() if status is ResolutionStatus.DONE else None)

    def save(self) -> int | None:
        """Create or update the resolution; on a refusal show it at its field and return None."""
        if self._meeting_id is None:
            return None
        self.errors.clear()
        form = self.form()
        meetings = self._services.meetings
        if self._detail is not None and is_reopening(self._detail.row.status, form.status) and not ask(
                self, self.tr("Reopen resolution"),
                self.tr("This resolution is finished. Make it active again?")):
            return None
        try:
            if self._detail is None:
                resolution_id = meetings.create_resolution(form)
            else:
                resolution_id = self._detail.row.id
                meetings.update_resolution(resolution_id, form)
        except DomainError as error:
            self.errors.show(error)
            return None
        self.load(resolution_id)
        self._notifier.announce(Area.MEETINGS)
        self.saved.emit(resolution_id)
        return resolution_id

    def add_note(self) -> int | None:
        if self._detail is None:
            return None
        self.note_errors.clear()
        try:
            note_id = self._services.meetings.add_follow_up(self._detail.row.id, self.note_text.text(),
                                                            self.note_date.value())
        except DomainError as error:
            self.note_errors.show(error)
            return None
        self.note_text.clear()
        self._notifier.announce(Area.MEETINGS)
        self._reload_follow_ups()
        return note_id

    def attach(self, paths: list[Path]) -> bool:
        if self._detail is None:
            return False
        try:
            self._services.meetings.attach_evidence(self._detail.row.id, paths)
        except (DomainError, OSError) as error:
            show_error(self, self.tr("Attach evidence files"), error)
            return False
        self._notifier.announce(Area.MEETINGS)
        self._reload_follow_ups()
        return True

    # helpers -----------------------------------------------------------------------------------
    def _reload_follow_ups(self) -> None:
        assert self._detail is not None
        self._detail = self._services.meetings.resolution(self._detail.row.id)
        self._show_follow_ups(self._detail)

    def _show_follow_ups(self, detail: ResolutionDetail) -> None:
        self.follow_ups.setRowCount(0)
        for follow_up in detail.follow_ups:
            row = self.follow_ups.rowCount()
            self.follow_ups.insertRow(row)
            for column, text in enumerate((format_date(follow_up.noted_on), follow_up.note,
                                           follow_up.recorded_by)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.follow_ups.setItem(row, column, item)
        self.note_date.set_value(self._services.clock.today())
        self.evidence.set_files(detail.evidence)

    def _show_meeting(self, number: int, held_on: date) -> None:
        self._meeting.setText(self.tr("Meeting {number} of {date}").format(
            number=format_number(number), date=format_date(held_on)))

    def _fill_owners(self, current: str) -> None:
        self.owner.clear()
        self.owner.addItems(self._services.meetings.owners())
        self.owner.setCurrentText(current)

    def _set_status(self, status: ResolutionStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(ResolutionStatus(status).value))
        self._status_changed()

    def _status_changed(self, *_args) -> None:
        self.completed_on.setEnabled(self.status.currentData() == ResolutionStatus.DONE.value)


class ResolutionDialog(QDialog):
    """A new resolution for one meeting; closes once it is saved."""

    def __init__(self, services: AppServices, notifier: ChangeNotifier, meeting: MeetingDetail,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New resolution"))
        self.setMinimumWidth(560)
        self.editor = ResolutionEditor(services, notifier)
        self.editor.start_new(meeting.id, meeting.form.number or 0, meeting.form.held_on)
        self.editor.saved.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addLayout(_buttons(cancel))
