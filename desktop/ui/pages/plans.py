"""Plans and activities: the plan tree beside the details of what is selected (a summary, a form, or an
activity's panel). Every change goes through PlanService; the tree reloads keeping selection and expansion."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.planning.views import NodeKind, PlanNode
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import format_code, format_date, format_number, format_percent, format_ratio
from desktop.ui.labels import term_label
from desktop.ui.models.plan_tree_model import NodeKey, PlanColumn, PlanTreeModel
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.activity_panel import ActivityPanel
from desktop.ui.pages.plan_editors import HEADING_STYLE, ActivityEditor, ProgramEditor, SolutionEditor
from desktop.ui.status_colors import spi_color
from desktop.ui.widgets.cards import FigureCard, reading_table, section_title
from desktop.ui.widgets.errors import show_error
from desktop.ui.widgets.vertical_scroll import VerticalScrollArea

PLAN_AREAS = {Area.PLANS, Area.PROGRESS}
OWNER_COLUMN_WIDTH = 110
DATE_COLUMNS = (PlanColumn.START, PlanColumn.FINISH)
TITLE_COLUMN_MIN_WIDTH = 220  # the title takes the room left; dates and figures stay in sight at 1366 px
#: Below this the title would show little more than a solution's code: the tree's dates give way.
TITLE_WIDTH_BEFORE_THE_DATES_GO = 160


def _date_column_width(tree: QTreeView, column: int) -> int:
    """Room for the widest date in the window's digits and font, or the header if wider: a date column is that wide
    before any activity is expanded (sized to its contents it was squeezed to «Start», then jumped, taking the
    room from the titles)."""
    metrics = tree.fontMetrics()
    widest = max(metrics.horizontalAdvance(format_date(date(1405, month, 28))) for month in range(1, 13))
    # the item view's text margin on each side (QCommonStyle: the focus frame's margin + 1), and a little air
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    return max(tree.header().sectionSizeHint(column), widest + 2 * margin + 6)


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = VerticalScrollArea(widget)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    widget.setContentsMargins(8, 8, 8, 8)
    return scroll


class PlanSummary(QWidget):
    """A plan at a glance: its progress and its solutions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = QLabel()
        self._title.setStyleSheet(HEADING_STYLE)
        self._title.setWordWrap(True)
        self.planned = FigureCard(self.tr("Planned progress (PV)"))
        self.actual = FigureCard(self.tr("Actual progress (EV)"))
        self.spi = FigureCard(self.tr("Schedule performance (SPI)"))
        cards = QHBoxLayout()
        for card in (self.planned, self.actual, self.spi):
            cards.addWidget(card)
        self.solutions = RowsTableModel[PlanNode]([
            Column(self.tr("Code"), lambda n: format_code(n.code)),
            Column(self.tr("Solution"), lambda n: n.title),
            Column(self.tr("Term"), lambda n: term_label(n.term)),
            Column(self.tr("Planned"), lambda n: format_percent(n.progress.planned, 1), numeric=True),
            Column(self.tr("Actual"), lambda n: format_percent(n.progress.actual, 1), numeric=True),
            Column(self.tr("SPI"), lambda n: format_ratio(n.progress.spi), numeric=True,
                   background=lambda n: spi_color(n.progress.spi)),
        ], self)
        table = reading_table()
        table.setObjectName("planSolutions")
        table.setModel(self.solutions)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._solutions_title = section_title("")
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(cards)
        layout.addWidget(self._solutions_title)
        layout.addWidget(table, 1)

    def show_plan(self, plan: PlanNode) -> None:
        self._title.setText(plan.title)
        progress = plan.progress
        self.planned.set_value(format_percent(progress.planned, 1))
        self.actual.set_value(format_percent(progress.actual, 1))
        color = spi_color(progress.spi)
        self.spi.set_value(format_ratio(progress.spi), self.tr("1 means on schedule"),
                           color.darker(160).name() if color else None)
        self._solutions_title.setText(self.tr("Solutions of this plan: {count}").format(
            count=format_number(len(plan.children))))
        self.solutions.set_rows(plan.children)


class PlansPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._announcing = False
        self._reloading = False
        self._shown: NodeKey | None = None

        self.model = PlanTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setModel(self.model)
        self.tree.setSortingEnabled(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlanColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(PlanColumn.OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PlanColumn.OWNER, OWNER_COLUMN_WIDTH)
        for column in (PlanColumn.START, PlanColumn.FINISH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, _date_column_width(self.tree, column))
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_details())

        self.hint = QLabel(self.tr("Select a plan, solution, operational program or activity in the tree "
                                   "to see its details."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #5c677d;")
        self.plan_summary = PlanSummary()
        self.solution_editor = SolutionEditor(services.plans)
        self.program_editor = ProgramEditor(services.plans)
        self.activity_editor = ActivityEditor(services.plans)
        self.activity_panel = ActivityPanel(services)
        for editor in (self.solution_editor, self.program_editor, self.activity_editor, self.activity_panel):
            editor.saved.connect(self._saved)
        self.activity_panel.progress_recorded.connect(self._progress_recorded)
        self.details = QStackedWidget()
        self.details.setObjectName("details")
        self.details.addWidget(self.hint)
        self._summary_scroll = _scrolled(self.plan_summary)
        self.details.addWidget(self._summary_scroll)
        self._scrolls: dict[QWidget, QScrollArea] = {}
        for editor in (self.solution_editor, self.program_editor, self.activity_editor):
            self._scrolls[editor] = _scrolled(editor)
            self.details.addWidget(self._scrolls[editor])
        self.details.addWidget(self.activity_panel)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(splitter, 1)

        notifier.changed.connect(self._on_changed)
        self.solution_editor.set_choices(services.plans.choices())
        self.reload()
        self.tree.expandToDepth(0)
        if not self.tree.currentIndex().isValid() and self.model.rowCount() > 0:
            # The first plan's summary, not a hint in an empty panel beside the tree.
            self.tree.setCurrentIndex(self.model.index(0, 0))
        # The title keeps its least width beside the other columns as loaded, so making room for the figures
        # never squeezes the titles below it. The details beside the tree never scroll sideways (at the window's
        # least width, 1100 px, the activity's "actual progress" card, cut at the panel's edge, read «۰٫۰٪» for
        # 60 %): they keep the width their content needs, and where the tree has less than its columns need it
        # hides its dates (the activity's schedule beside it shows them) - never the title or the figures.
        others = sum(header.sectionSize(column) for column in PlanColumn if column is not PlanColumn.TITLE)
        dates = sum(header.sectionSize(column) for column in DATE_COLUMNS)
        frame = 2 * self.tree.frameWidth() + self.tree.verticalScrollBar().sizeHint().width()
        self.tree.setMinimumWidth(TITLE_COLUMN_MIN_WIDTH + others - dates + frame)
        self._hide_dates_below = TITLE_WIDTH_BEFORE_THE_DATES_GO + others + frame
        self.tree.installEventFilter(self)
        splitter.setSizes([TITLE_COLUMN_MIN_WIDTH + others + frame, 470])  # at 1366 px the dates and the cards fit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.tree and event.type() == QEvent.Type.Resize:
            narrow = self.tree.width() < self._hide_dates_below
            for column in DATE_COLUMNS:
                self.tree.setColumnHidden(column, narrow)
        return super().eventFilter(watched, event)

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName("plansToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def action(name: str, text: str, slot) -> QAction:
            item = QAction(text, self)
            item.setObjectName(name)
            item.triggered.connect(slot)
            toolbar.addAction(item)
            return item

        self.new_solution_action = action("newSolution", self.tr("New solution"), self.new_solution)
        self.new_program_action = action("newProgram", self.tr("New operational program"), self.new_program)
        self.new_activity_action = action("newActivity", self.tr("New activity"), self.new_activity)
        self.new_sub_activity_action = action("newSubActivity", self.tr("New sub-activity"),
                                              self.new_sub_activity)
        toolbar.addSeparator()
        self.delete_action = action("delete", self.tr("Delete"), self.delete_selected)
        toolbar.addSeparator()
        action("expandAll", self.tr("Expand all"), self.tree.expandAll)
        return toolbar

    # the tree ----------------------------------------------------------------------------------
    def current_node(self) -> PlanNode | None:
        return self.model.node_at(self.tree.currentIndex())

    def reload(self, select: NodeKey | None = None) -> None:
        """Read the tree again, keeping what is expanded and selected (or selecting `select`)."""
        current = select or self.model.key_at(self.tree.currentIndex())
        expanded = [self.model.key_at(i) for i in self.model.parent_indexes() if self.tree.isExpanded(i)]
        self._reloading = True
        try:
            self.model.set_tree(self._services.plans.tree())
            for key in expanded:
                if key is not None:
                    self.tree.expand(self.model.index_of(*key))
            if current is not None:
                self._select(current)
        finally:
            self._reloading = False
        self._show_details(force=True)

    def _select(self, key: NodeKey) -> bool:
        index = self.model.index_of(*key)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def select_activity(self, activity_id: int) -> bool:
        """Expand the tree down to this activity and show it (the overview's double-click)."""
        return self._select((NodeKind.ACTIVITY, activity_id))

    def _on_changed(self, areas: frozenset) -> None:
        if not self._announcing and areas & PLAN_AREAS:
            self.reload()

    def _announce(self, area: Area) -> None:
        self._announcing = True
        try:
            self._notifier.announce(area)
        finally:
            self._announcing = False

    # details -----------------------------------------------------------------------------------
    def _show_details(self, force: bool = False) -> None:
        if self._reloading:
            return
        node = self.current_node()
        key = (node.kind, node.id) if node is not None else None
        self._update_actions(node)
        if key == self._shown and not force:
            return
        self._shown = key
        try:
            self._show_node(node)
        except DomainError as error:
            show_error(self, self.tr("Plans and activities"), error)
            self.details.setCurrentWidget(self.hint)

    def _show_node(self, node: PlanNode | None) -> None:
        if node is None:
            self.details.setCurrentWidget(self.hint)
        elif node.kind is NodeKind.PLAN:
            self.plan_summary.show_plan(node)
            self.details.setCurrentWidget(self._summary_scroll)
        elif node.kind is NodeKind.SOLUTION:
            self.solution_editor.load(node.id)
            self._show_editor(self.solution_editor)
        elif node.kind is NodeKind.PROGRAM:
            self.program_editor.load(node.id)
            self._show_editor(self.program_editor)
        else:
            self.activity_panel.show_activity(node.id)
            self.details.setCurrentWidget(self.activity_panel)

    def _show_editor(self, editor: QWidget, *, new: bool = False) -> None:
        if new:
            self._shown = None  # the selected node's own details are no longer on show
        self.details.setCurrentWidget(self._scrolls[editor])

    def shown_editor(self) -> QWidget:
        widget = self.details.currentWidget()
        return widget.widget() if isinstance(widget, QScrollArea) else widget

    def _update_actions(self, node: PlanNode | None) -> None:
        kind = node.kind if node is not None else None
        self.new_solution_action.setEnabled(kind in (NodeKind.PLAN, NodeKind.SOLUTION))
        self.new_program_action.setEnabled(kind in (NodeKind.SOLUTION, NodeKind.PROGRAM))
        self.new_activity_action.setEnabled(kind in (NodeKind.PROGRAM, NodeKind.ACTIVITY))
        self.new_sub_activity_action.setEnabled(kind is NodeKind.ACTIVITY)
        self.delete_action.setEnabled(kind in (NodeKind.SOLUTION, NodeKind.PROGRAM, NodeKind.ACTIVITY))

    # creating ----------------------------------------------------------------------------------
    def _ancestor(self, wanted: NodeKind) -> PlanNode | None:
        node = self.current_node()
        return self.model.ancestor(node.kind, node.id, wanted) if node is not None else None

    def new_solution(self) -> None:
        plan = self._ancestor(NodeKind.PLAN)
        if plan is not None:
            self.solution_editor.load_new(plan.id, plan.title)
            self._show_editor(self.solution_editor, new=True)
            self.solution_editor.code.setFocus()

    def new_program(self) -> None:
        solution = self._ancestor(NodeKind.SOLUTION)
        if solution is not None:
            self.program_editor.load_new(solution.id, solution.title)
            self._show_editor(self.program_editor, new=True)
            self.program_editor.code.setFocus()

    def new_activity(self) -> None:
        """A top-level activity of the selected program, or a sibling of the selected activity."""
        node, program = self.current_node(), self._ancestor(NodeKind.PROGRAM)
        if node is None or program is None:
            return
        if node.kind is NodeKind.ACTIVITY and node.parent_id is not None:
            parent = self.model.node(NodeKind.ACTIVITY, node.parent_id)
            self._new_activity(program.id, node.parent_id, parent.title if parent else program.title)
        else:
            self._new_activity(program.id, None, program.title)

    def new_sub_activity(self) -> None:
        node, program = self.current_node(), self._ancestor(NodeKind.PROGRAM)
        if node is not None and program is not None and node.kind is NodeKind.ACTIVITY:
            self._new_activity(program.id, node.id, node.title)

    def _new_activity(self, program_id: int, parent_id: int | None, under_title: str) -> None:
        self.activity_editor.load_new(program_id, parent_id, under_title, self._services.clock.today())
        self._show_editor(self.activity_editor, new=True)
        self.activity_editor.code.setFocus()

    # after a write -----------------------------------------------------------------------------
    def _saved(self, kind: NodeKind, item_id: int) -> None:
        self._announce(Area.PLANS)
        if kind is NodeKind.SOLUTION:
            self.solution_editor.set_choices(self._services.plans.choices())
        self.reload(select=(kind, item_id))

    def _progress_recorded(self, activity_id: int) -> None:
        self._announce(Area.PROGRESS)
        self.reload()

    # deleting ----------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        node = self.current_node()
        if node is None or node.kind is NodeKind.PLAN:
            return
        questions = {
            NodeKind.SOLUTION: self.tr("Delete the solution “{title}” with its operational programs, "
                                       "activities and their progress history?"),
            NodeKind.PROGRAM: self.tr("Delete the operational program “{title}” with its activities "
                                      "and their progress history?"),
            NodeKind.ACTIVITY: self.tr("Delete the activity “{title}” with its sub-activities "
                                       "and their progress history?"),
        }
        answer = QMessageBox.question(self, self.tr("Delete"), questions[node.kind].format(title=node.title),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self.model.path_to(node.kind, node.id)
        parent = path[-2] if len(path) > 1 else None
        delete = {NodeKind.SOLUTION: self._services.plans.delete_solution,
                  NodeKind.PROGRAM: self._services.plans.delete_program,
                  NodeKind.ACTIVITY: self._services.plans.delete_activity}[node.kind]
        try:
            delete(node.id)
        except DomainError as error:
            show_error(self, self.tr("Delete"), error)
            return
        self._announce(Area.PLANS)
        self.reload(select=(parent.kind, parent.id) if parent else None)
