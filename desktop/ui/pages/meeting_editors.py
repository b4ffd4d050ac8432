"""Editing one meeting: its date, title, attendees and agenda (resolutions: `resolution_editor.py`).

The editors gather what the user typed into the service's forms and show the service's answer; the rules
(dates, required text, completion dates) live in `desktop.domain.meetings` and `MeetingService`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.meetings.views import MeetingDetail, MeetingForm
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import JALALI, format_number, to_qdate
from desktop.ui.language import current_language
from desktop.ui.widgets.cards import section_title
from desktop.ui.widgets.edit_rights import Right, offer, read_only
from desktop.ui.widgets.form_errors import FormErrors
from desktop.ui.widgets.jalali_date_edit import JalaliDateEdit

EDITABLE = QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed \
    | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question; tests replace it."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class OptionalDateEdit(JalaliDateEdit):
    """A Jalali date that may be left empty (shown as "—"); its calendar opens on today's month."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.setMinimumDate(QDate(1989, 12, 31))
        self.setSpecialValueText("—")
        self.clear_value()
        self.calendarWidget().installEventFilter(self)

    def optional_value(self) -> date | None:
        return None if self.date() == self.minimumDate() else self.value()

    def set_optional_value(self, value: date | None) -> None:
        self.clear_value() if value is None else self.set_value(value)

    def clear_value(self) -> None:
        self.setDate(self.minimumDate())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show and self.optional_value() is None:
            parts = JALALI.partsFromDate(to_qdate(self._today()))
            self.calendarWidget().setCurrentPage(parts.year, parts.month)
        return super().eventFilter(watched, event)


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class MeetingEditor(QWidget):
    """Number, date, title, location, attendees (name, role) and agenda items of one meeting."""

    saved = Signal(int)

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._meeting_id: int | None = None
        self._heading = section_title(self.tr("New meeting"))
        self.number = QSpinBox()
        self.number.setLocale(_number_locale())
        self.number.setRange(0, 99999)
        self.number.setSpecialValueText(self.tr("Next free number"))
        if self.isRightToLeft():  # digits alone are laid out left to right and went to the left edge
            self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                     | Qt.AlignmentFlag.AlignVCenter)
        self.held_on = JalaliDateEdit()
        self.title = QLineEdit()
        self.location = QLineEdit()
        self.attendees = QTableWidget(0, 2)
        self.attendees.setObjectName("attendees")
        self.attendees.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.attendees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.attendees.verticalHeader().setVisible(False)
        self.attendees.setEditTriggers(EDITABLE)
        self.attendees.setMinimumHeight(150)
        self.agenda = QListWidget()
        self.agenda.setObjectName("agenda")
        self.agenda.setEditTriggers(EDITABLE)
        self.agenda.setMinimumHeight(110)
        add_attendee, remove_attendee = QPushButton(self.tr("Add attendee")), QPushButton(self.tr("Remove"))
        add_attendee.clicked.connect(lambda: self.add_attendee("", "", edit=True))
        remove_attendee.clicked.connect(lambda: self.attendees.removeRow(self.attendees.currentRow()))
        add_item, remove_item = QPushButton(self.tr("Add agenda item")), QPushButton(self.tr("Remove"))
        add_item.clicked.connect(lambda: self.add_agenda_item("", edit=True))
        remove_item.clicked.connect(lambda: self.agenda.takeItem(self.agenda.currentRow()))
        self.save_button = QPushButton(self.tr("Save meeting"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Date:"), self.held_on)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Location:"), self.location)
        attendees_box = QVBoxLayout()
        attendees_box.addWidget(self.attendees)
        attendees_box.addLayout(_buttons(add_attendee, remove_attendee))
        form.addRow(self.tr("Attendees:"), attendees_box)
        agenda_box = QVBoxLayout()
        agenda_box.addWidget(self.agenda)
        agenda_box.addLayout(_buttons(add_item, remove_item))
        form.addRow(self.tr("Agenda:"), agenda_box)
        self.errors = FormErrors(form)
        for field, widget in (("number", self.number), ("held_on", self.held_on), ("title", self.title)):
            self.errors.bind(field, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addLayout(form)
        layout.addLayout(_buttons(self.save_button))
        # A reader sees the meeting as recorded: nothing to type into, the commands saying why not.
        self.edit_right = Right.of(services.principal)
        read_only(self.edit_right, self.number, self.held_on, self.title, self.location, self.attendees,
                  self.agenda)
        for button in (add_attendee, remove_attendee, add_item, remove_item, self.save_button):
            offer(self.edit_right, button)
        self.start_new()

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def start_new(self) -> None:
        self._meeting_id = None
        self._heading.setText(self.tr("New meeting"))
        self.errors.clear()
        self.number.setValue(0)
        self.held_on.set_value(self._services.clock.today())
        for line in (self.title, self.location):
            line.clear()
        self.attendees.setRowCount(0)
        self.agenda.clear()

    def load(self, detail: MeetingDetail) -> None:
        self._meeting_id = detail.id
        form = detail.form
        self._heading.setText(self.tr("Meeting {number}").format(number=format_number(form.number)))
        self.errors.clear()
        self.number.setValue(form.number or 0)
        self.held_on.set_value(form.held_on)
        self.title.setText(form.title)
        self.location.setText(form.location)
        self.attendees.setRowCount(0)
        for name, role in form.attendees:
            self.add_attendee(name, role)
        self.agenda.clear()
        for text in form.agenda:
            self.add_agenda_item(text)

    def add_attendee(self, name: str, role: str, *, edit: bool = False) -> None:
        row = self.attendees.rowCount()
        self.attendees.insertRow(row)
        self.attendees.setItem(row, 0, QTableWidgetItem(name))
        self.attendees.setItem(row, 1, QTableWidgetItem(role))
        if edit:
            self.attendees.setCurrentCell(row, 0)
            self.attendees.editItem(self.attendees.item(row, 0))

    def add_agenda_item(self, text: str, *, edit: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | item.flags().ItemIsEditable)
        self.agenda.addItem(item)
        if edit:
            self.agenda.setCurrentItem(item)
            self.agenda.editItem(item)

    def form(self) -> MeetingForm:
        def cell(row: int, column: int) -> str:
            item = self.attendees.item(row, column)
            return item.text() if item is not None else ""

        return MeetingForm(
            held_on=self.held_on.value(), title=self.title.text(), number=self.number.value() or None,
            location=self.location.text(),
            attendees=tuple((cell(r, 0), cell(r, 1)) for r in range(self.attendees.rowCount())),
            agenda=tuple(self.agenda.item(i).text() for i in range(self.agenda.count())))

    def save(self) -> int | None:
        """Create or update the meeting; on a refusal show it at its field and return None."""
        self.errors.clear()
        meetings = self._services.meetings
        try:
            if self._meeting_id is None:
                meeting_id = meetings.create_meeting(self.form())
            else:
                meeting_id = self._meeting_id
                meetings.update_meeting(meeting_id, self.form())
        except DomainError as error:
            self.errors.show(error)
            return None
        self.load(meetings.meeting(meeting_id))
        self._notifier.announce(Area.MEETINGS)
        self.saved.emit(meeting_id)
        return meeting_id


def _number_locale() -> QLocale:
    locale = current_language().qlocale
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale
