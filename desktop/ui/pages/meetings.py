"""The council's meetings and their resolutions (مصوبات): record them, follow them up, see what is overdue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.meetings import ResolutionStatus
from desktop.domain.messages import DomainError
from desktop.meetings.views import MeetingDetail, MeetingRow, ResolutionFilter, ResolutionRow
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import format_date, format_number
from desktop.ui.labels import resolution_status_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.meeting_editors import MeetingEditor, ask
from desktop.ui.pages.resolution_editor import ResolutionDialog, ResolutionEditor
from desktop.ui.status_colors import BAD, GOOD
from desktop.ui.widgets.cards import reading_table, section_title
from desktop.ui.widgets.color_legend import ColorLegend
from desktop.ui.widgets.detail_side import DetailSide
from desktop.ui.widgets.errors import show_error

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def _row_color(row: ResolutionRow) -> QColor | None:
    if row.is_overdue:
        return BAD
    return GOOD if row.status is ResolutionStatus.DONE else None


def _status_legend() -> ColorLegend:
    """What the rows' colours say (the same in both lists of resolutions)."""
    return ColorLegend([(BAD, QCoreApplication.translate("MeetingsPage", "Overdue")),
                        (GOOD, QCoreApplication.translate("MeetingsPage", "Done"))])


def _select_id(view: QTableView, model: RowsTableModel, item_id: int | None) -> bool:
    """Select the row whose value has this id; False when it is not listed."""
    for index, row in enumerate(model.rows()):
        if row.id == item_id:
            # Not view.selectRow(): right to left it misses the row until the view has been laid out.
            first = model.index(index, 0)
            view.selectionModel().setCurrentIndex(first, SELECT_ROW)
            view.scrollTo(first)
            return True
    return False


def _selected(view: QTableView, model: RowsTableModel):
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class MeetingsTab(QWidget):
    """The list of meetings beside the selected meeting's editor and its resolutions."""

    resolution_requested = Signal(int)

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._detail: MeetingDetail | None = None
        self.dialog: ResolutionDialog | None = None
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
        self.resolutions_view.setToolTip(self.tr("Double-click a resolution to follow it up."))
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
        resolution_buttons.addWidget(_status_legend())
        details_layout.addLayout(resolution_buttons)
        details_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        self.side = DetailSide(self.tr("Select a meeting to see it and its resolutions, or press New meeting."),
                               _scrolling(details), splitter, list_share=0.4)
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
        if current is not None and _select_id(self.view, self.model, current):
            self._detail = self._services.meetings.meeting(current)
            self.resolutions.set_rows(self._detail.resolutions)
        elif current is not None:
            self._show(None)

    def select_meeting(self, meeting_id: int) -> bool:
        return _select_id(self.view, self.model, meeting_id)

    def new_meeting(self) -> None:
        self.view.clearSelection()
        self._show(None)
        self.side.show_details()
        self.editor.title.setFocus()

    def delete_meeting(self) -> None:
        row = _selected(self.view, self.model)
        if row is None:
            return
        question = self.tr("Delete meeting {number} with its resolutions ({count})? This cannot be undone.").format(
            number=format_number(row.number), count=format_number(row.resolution_count))
        if not ask(self, self.tr("Delete meeting"), question):
            return
        try:
            self._services.meetings.delete_meeting(row.id)
        except DomainError as error:
            show_error(self, self.tr("Delete meeting"), error)
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
        row = _selected(self.view, self.model)
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
        self.delete_button.setEnabled(_selected(self.view, self.model) is not None)
        self.new_resolution_button.setEnabled(self._detail is not None)

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
            Column(self.tr("Number"), lambda r: format_number(r.number), numeric=True, background=_row_color),
            Column(self.tr("Resolution"), lambda r: r.text, background=_row_color),
            Column(self.tr("Owner"), lambda r: r.owner, background=_row_color),
            Column(self.tr("Deadline"), lambda r: format_date(r.deadline), numeric=True, background=_row_color),
            Column(self.tr("Status"), lambda r: resolution_status_label(r.status), background=_row_color),
        ]


class ResolutionsTab(QWidget):
    """Every resolution, filtered by state and owner, beside the selected one's editor."""

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._which = ResolutionFilter()
        self.choice = QButtonGroup(self)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for index, text in enumerate((self.tr("All"), self.tr("Active"), self.tr("Overdue"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.choice.addButton(button, index)
            filters.addWidget(button)
        self.choice.idClicked.connect(lambda _id: self._filter_changed())
        self.owner = QComboBox()
        self.owner.setObjectName("ownerFilter")
        self.owner.setMinimumContentsLength(24)
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.activated.connect(lambda _index: self._filter_changed())
        self.count = QLabel()
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("Owner:")))
        filters.addWidget(self.owner)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.model = RowsTableModel[ResolutionRow](self._columns(), self)
        self.view = reading_table()
        self.view.setObjectName("resolutions")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.editor = ResolutionEditor(services, notifier)
        self.editor.saved.connect(lambda _id: self.refresh())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        self.side = DetailSide(self.tr("Select a resolution to follow it up."), _scrolling(self.editor), splitter,
                               list_share=0.6)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        self.color_legend = _status_legend()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.color_legend)
        self.refresh()

    # filtering ---------------------------------------------------------------------------------
    def set_filter(self, open_only: bool, overdue_only: bool, owner: str | None) -> None:
        self.choice.button(2 if overdue_only else 1 if open_only else 0).setChecked(True)
        self._fill_owners(owner)
        self._filter_changed()

    def current_filter(self) -> ResolutionFilter:
        return self._which

    def _filter_changed(self) -> None:
        choice = self.choice.checkedId()
        self._which = ResolutionFilter(only_open=choice == 1, only_overdue=choice == 2,
                                       owner=self.owner.currentData())
        self._reload_rows()

    def _fill_owners(self, current: str | None) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for owner in self._services.meetings.owners():
            self.owner.addItem(owner, owner)
        index = self.owner.findData(current) if current else 0
        self.owner.setCurrentIndex(max(index, 0))

    # loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_owners(self.owner.currentData())
        self._which = ResolutionFilter(self._which.only_open, self._which.only_overdue, self.owner.currentData())
        self._reload_rows()

    def _reload_rows(self) -> None:
        rows = self._services.meetings.resolutions(self._which)
        self.model.set_rows(rows)
        self.count.setText(self.tr("Resolutions shown: {count}").format(count=format_number(len(rows))))
        shown = self.editor.resolution_id
        if shown is not None and not _select_id(self.view, self.model, shown) and not self._exists(shown):
            self.editor.forget()
            self.side.show_hint()

    def _exists(self, resolution_id: int) -> bool:
        try:
            self._services.meetings.resolution(resolution_id)
        except DomainError:
            return False
        return True

    def rows(self) -> list[ResolutionRow]:
        return self.model.rows()

    def select_resolution(self, resolution_id: int) -> bool:
        return _select_id(self.view, self.model, resolution_id)

    def show_resolution(self, resolution_id: int) -> None:
        """Show this resolution, widening the filter when it is not listed."""
        if not _select_id(self.view, self.model, resolution_id):
            self.set_filter(False, False, None)
            _select_id(self.view, self.model, resolution_id)
        if self.editor.resolution_id != resolution_id:
            self._open(resolution_id)

    def _selection_changed(self, *_args) -> None:
        row = _selected(self.view, self.model)
        if row is not None and row.id != self.editor.resolution_id:
            self._open(row.id)

    def _open(self, resolution_id: int) -> None:
        try:
            self.editor.load(resolution_id)
        except DomainError as error:
            show_error(self, self.tr("Resolutions"), error)
            return
        self.side.show_details()

    def _columns(self) -> list[Column[ResolutionRow]]:
        def overdue(row: ResolutionRow) -> str:
            return format_number(row.days_overdue) if row.is_overdue else ""

        return [
            Column(self.tr("Meeting"), lambda r: self.tr("{number} — {date}").format(
                number=format_number(r.meeting_number), date=format_date(r.meeting_held_on)),
                numeric=True, background=_row_color),
            Column(self.tr("Number"), lambda r: format_number(r.number), numeric=True, background=_row_color),
            Column(self.tr("Resolution"), lambda r: r.text, background=_row_color, tooltip=lambda r: r.text),
            Column(self.tr("Owner"), lambda r: r.owner, background=_row_color),
            Column(self.tr("Deadline"), lambda r: format_date(r.deadline), numeric=True, background=_row_color),
            Column(self.tr("Status"), lambda r: resolution_status_label(r.status), background=_row_color),
            Column(self.tr("Days overdue"), overdue, numeric=True, background=_row_color),
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
