"""The council's meetings and their resolutions (مصوبات): record them, follow them up, see what is overdue.

The page has two tabs: Meetings (the list of meetings beside the selected one's editor and its resolutions, here)
and Resolutions (every resolution, filtered, beside the selected one's editor: `resolutions_tab.py`); what the two
share - the rows' colours and their legend, selecting a row by its id - is in `meeting_lists.py`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.meetings.views import MeetingDetail, MeetingRow, ResolutionRow
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import format_date, format_number
from desktop.ui.labels import resolution_status_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.meeting_editors import MeetingEditor, ask
from desktop.ui.pages.meeting_lists import row_color, scrolling, select_id, selected, status_legend
from desktop.ui.pages.resolution_editor import ResolutionDialog
from desktop.ui.pages.resolutions_tab import ResolutionsTab
from desktop.ui.widgets.cards import reading_table, section_title
from desktop.ui.widgets.detail_side import DetailSide
from desktop.ui.widgets.edit_rights import Right, offer
from desktop.ui.widgets.errors import show_error


class MeetingsTab(QWidget):
    """The list of meetings beside the selected meeting's editor and its resolutions."""

    resolution_requested = Signal(int)

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._detail: MeetingDetail | None = None
        self.dialog: ResolutionDialog | None = None
        self.edit_right = Right.of(services.principal)  # the services refuse a reader's change anyway
        self.model = RowsTableModel[MeetingRow](self._meeting_columns(), self)
        self.view = reading_table()
        self.view.setObjectName("meetings")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.clicked.connect(self.new_meeting)
        self.delete_button = QPushButton(self.tr("Delete meeting"))
        self.delete_button.clicked.connect(self.delete_meeting)

        self.editor = MeetingEditor(services, notifier)
        self.editor.saved.connect(self._saved)
        self.resolutions = RowsTableModel[ResolutionRow](self._resolution_columns(), self)
        self.resolutions_view = reading_table()
        self.resolutions_view.setObjectName("meetingResolutions")
        self.resolutions_view.setModel(self.resolutions)
        self.resolutions_view.setMinimumHeight(170)
        self.resolutions_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.resolutions_view.setToolTip(self.edit_right.choose(
            self.tr("Double-click a resolution to follow it up."),
            self.tr("Double-click a resolution to see it and its follow-up.")))
        self.resolutions_view.doubleClicked.connect(
            lambda index: self.resolution_requested.emit(self.resolutions.row_at(index.row()).id))
        self.new_resolution_button = QPushButton(self.tr("New resolution"))
        self.new_resolution_button.clicked.connect(self.new_resolution)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.view)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.editor)
        details_layout.addWidget(section_title(self.tr("Resolutions of this meeting")))
        details_layout.addWidget(self.resolutions_view)
        resolution_buttons = QHBoxLayout()
        resolution_buttons.addWidget(self.new_resolution_button)
        resolution_buttons.addStretch(1)
        resolution_buttons.addWidget(status_legend())
        details_layout.addLayout(resolution_buttons)
        details_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        self.side = DetailSide(self.edit_right.choose(
            self.tr("Select a meeting to see it and its resolutions, or press New meeting."),
            self.tr("Select a meeting to see it and its resolutions.")), scrolling(details), splitter, list_share=0.4)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        """Reload the list, keeping the selected meeting; the editor keeps what is being typed."""
        current = self.editor.meeting_id
        self.model.set_rows(self._services.meetings.meetings())
        if current is not None and select_id(self.view, self.model, current):
            self._detail = self._services.meetings.meeting(current)
            self.resolutions.set_rows(self._detail.resolutions)
        elif current is not None:
            self._show(None)

    def select_meeting(self, meeting_id: int) -> bool:
        return select_id(self.view, self.model, meeting_id)

    def new_meeting(self) -> None:
        self.view.clearSelection()
        self._show(None)
        self.side.show_details()
        self.editor.title.setFocus()

    def delete_meeting(self) -> None:
        row = selected(self.view, self.model)
        if row is None:
            return
        # Refused first (a locked period, a reader), not after the user has confirmed a delete that cannot happen.
        refused = self._services.meetings.delete_refusal(row.id)
        if refused is not None:
            show_error(self, self.tr("Delete meeting"), refused)
            self._notifier.announce(Area.MEETINGS)  # the list catches up if it was deleted meanwhile
            return
        question = self.tr("Delete meeting {number} with its resolutions ({count})? This cannot be undone.").format(
            number=format_number(row.number), count=format_number(row.resolution_count))
        if not ask(self, self.tr("Delete meeting"), question):
            return
        try:
            self._services.meetings.delete_meeting(row.id)
        except DomainError as error:  # locked meanwhile: the meeting stays shown (gone: the refresh clears it)
            show_error(self, self.tr("Delete meeting"), error)
        else:
            self._show(None)
        self._notifier.announce(Area.MEETINGS)

    def new_resolution(self) -> ResolutionDialog | None:
        if self._detail is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ResolutionDialog(self._services, self._notifier, self._detail, self)
        self.dialog.open()
        return self.dialog

    def _saved(self, meeting_id: int) -> None:
        self.refresh()
        self.select_meeting(meeting_id)

    def _selection_changed(self, *_args) -> None:
        row = selected(self.view, self.model)
        if row is not None and row.id != self.editor.meeting_id:
            try:
                self._show(self._services.meetings.meeting(row.id))
            except DomainError as error:
                show_error(self, self.tr("Meetings"), error)
        self._update_buttons()

    def _show(self, detail: MeetingDetail | None) -> None:
        self._detail = detail
        if detail is None:
            self.editor.start_new()
            self.resolutions.set_rows([])
            self.side.show_hint()
        else:
            self.editor.load(detail)
            self.resolutions.set_rows(detail.resolutions)
            self.side.show_details()
        self._update_buttons()

    def _update_buttons(self) -> None:
        offer(self.edit_right, self.new_button)
        offer(self.edit_right, self.delete_button, selected(self.view, self.model) is not None)
        offer(self.edit_right, self.new_resolution_button, self._detail is not None)

    def _meeting_columns(self) -> list[Column[MeetingRow]]:
        return [
            Column(self.tr("Number"), lambda r: format_number(r.number), numeric=True),
            Column(self.tr("Date"), lambda r: format_date(r.held_on), numeric=True),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Resolutions"), lambda r: format_number(r.resolution_count), numeric=True),
            Column(self.tr("Open"), lambda r: format_number(r.open_count), numeric=True),
        ]

    def _resolution_columns(self) -> list[Column[ResolutionRow]]:
        return [
            Column(self.tr("Number"), lambda r: format_number(r.number), numeric=True, background=row_color),
            Column(self.tr("Resolution"), lambda r: r.text, background=row_color),
            Column(self.tr("Owner"), lambda r: r.owner, background=row_color),
            Column(self.tr("Deadline"), lambda r: format_date(r.deadline), numeric=True, background=row_color),
            Column(self.tr("Status"), lambda r: resolution_status_label(r.status), background=row_color),
        ]


class MeetingsPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self.meetings_tab = MeetingsTab(services, notifier)
        self.resolutions_tab = ResolutionsTab(services, notifier)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.meetings_tab, self.tr("Meetings"))
        self.tabs.addTab(self.resolutions_tab, self.tr("Resolutions"))
        self.meetings_tab.resolution_requested.connect(self.show_resolution)
        notifier.changed.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_filter(self, open_only: bool, overdue_only: bool, owner: str | None) -> None:
        """Show the resolutions tab with this filter (overdue implies open)."""
        self.tabs.setCurrentWidget(self.resolutions_tab)
        self.resolutions_tab.set_filter(open_only, overdue_only, owner)

    def resolution_rows(self) -> list[ResolutionRow]:
        return self.resolutions_tab.rows()

    def show_resolution(self, resolution_id: int) -> None:
        self.tabs.setCurrentWidget(self.resolutions_tab)
        self.resolutions_tab.show_resolution(resolution_id)

    def refresh(self) -> None:
        self.meetings_tab.refresh()
        self.resolutions_tab.refresh()

    def _on_changed(self, areas: frozenset) -> None:
        if Area.MEETINGS in areas:
            self.refresh()
