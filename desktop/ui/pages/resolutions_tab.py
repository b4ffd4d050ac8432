"""The meetings page's Resolutions tab: every resolution, filtered by state (all, active, overdue) and owner, with
how many are shown, beside the selected one's editor. The overview's links (the overdue resolutions, one resolution)
and a resolution double-clicked on the Meetings tab show it here, widening the filter when it is not listed. The
class keeps its name, so its texts keep their "ResolutionsTab" context in the translations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.meetings.views import ResolutionFilter, ResolutionRow
from desktop.ui.changes import ChangeNotifier
from desktop.ui.formatting import format_date, format_number
from desktop.ui.labels import resolution_status_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.meeting_lists import row_color, scrolling, select_id, selected, status_legend
from desktop.ui.pages.resolution_editor import ResolutionEditor
from desktop.ui.widgets.cards import reading_table
from desktop.ui.widgets.detail_side import DetailSide
from desktop.ui.widgets.edit_rights import Right
from desktop.ui.widgets.errors import show_error


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
        hint = Right.of(services.principal).choose(self.tr("Select a resolution to follow it up."),
                                                   self.tr("Select a resolution to see it and its follow-up."))
        self.side = DetailSide(hint, scrolling(self.editor), splitter, list_share=0.6)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        self.color_legend = status_legend()
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
        if shown is not None and not select_id(self.view, self.model, shown) and not self._exists(shown):
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

    def show_resolution(self, resolution_id: int) -> None:
        """Show this resolution, widening the filter when it is not listed."""
        if not select_id(self.view, self.model, resolution_id):
            self.set_filter(False, False, None)
            select_id(self.view, self.model, resolution_id)
        if self.editor.resolution_id != resolution_id:
            self._open(resolution_id)

    def _selection_changed(self, *_args) -> None:
        row = selected(self.view, self.model)
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
                numeric=True, background=row_color),
            Column(self.tr("Number"), lambda r: format_number(r.number), numeric=True, background=row_color),
            Column(self.tr("Resolution"), lambda r: r.text, background=row_color, tooltip=lambda r: r.text),
            Column(self.tr("Owner"), lambda r: r.owner, background=row_color),
            Column(self.tr("Deadline"), lambda r: format_date(r.deadline), numeric=True, background=row_color),
            Column(self.tr("Status"), lambda r: resolution_status_label(r.status), background=row_color),
            Column(self.tr("Days overdue"), overdue, numeric=True, background=row_color),
        ]
