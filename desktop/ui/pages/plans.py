"""Plans and activities: the plan tree beside the details of what is selected (a summary, a form, or an
activity's panel). Every change goes through PlanService; the tree reloads keeping selection and expansion.

The tree's view (its columns' widths and the dates that give way) is `desktop.ui.pages.plan_tree_view`, a plan's
summary `desktop.ui.pages.plan_summary`, the forms `desktop.ui.pages.plan_editors`, an activity's panel
`desktop.ui.pages.activity_panel`, and the toolbar with the question asked before deleting
`desktop.ui.pages.plan_edits`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.planning.views import NodeKind, PlanNode
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.models.plan_tree_model import NodeKey, PlanTreeModel
from desktop.ui.pages.activity_panel import ActivityPanel
from desktop.ui.pages.plan_editors import ActivityEditor, ProgramEditor, SolutionEditor
from desktop.ui.pages.plan_edits import ask_to_delete, build_toolbar, delete_node, enable_actions
from desktop.ui.pages.plan_summary import PlanSummary
from desktop.ui.pages.plan_tree_view import (  # noqa: F401 - TITLE_WIDTH_BEFORE_THE_DATES_GO re-exported for the tests
    TITLE_WIDTH_BEFORE_THE_DATES_GO,
    fit_tree,
    plan_tree_view,
)
from desktop.ui.widgets.edit_rights import Right
from desktop.ui.widgets.errors import show_error
from desktop.ui.widgets.vertical_scroll import VerticalScrollArea

PLAN_AREAS = {Area.PLANS, Area.PROGRESS}


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = VerticalScrollArea(widget)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    widget.setContentsMargins(8, 8, 8, 8)
    return scroll


class PlansPage(QWidget):
    # Set by build_toolbar (desktop/ui/pages/plan_edits.py), enabled by enable_actions for the selected node.
    new_solution_action: QAction
    new_program_action: QAction
    new_activity_action: QAction
    new_sub_activity_action: QAction
    delete_action: QAction

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._announcing = False
        self._reloading = False
        self._shown: NodeKey | None = None
        self.edit_right = Right.of(services.principal)  # what the toolbar offers (the service refuses anyway)

        self.model = PlanTreeModel(self)
        self.tree = plan_tree_view(self.model)
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
        layout.addWidget(build_toolbar(self))
        layout.addWidget(splitter, 1)

        notifier.changed.connect(self._on_changed)
        self.solution_editor.set_choices(services.plans.choices())
        self.reload()
        self.tree.expandToDepth(0)
        if not self.tree.currentIndex().isValid() and self.model.rowCount() > 0:
            # The first plan's summary, not a hint in an empty panel beside the tree.
            self.tree.setCurrentIndex(self.model.index(0, 0))
        fit_tree(self.tree, splitter)

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
        enable_actions(self, node)
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
            # Refused first (its own progress reports, its dates in a locked period), not after the form is filled.
            refused = self._services.plans.sub_activity_refusal(node.id)
            if refused is not None:
                show_error(self, self.tr("New sub-activity"), refused)
                return
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
        # Refused first (a span in a locked period, a reader), not after the user has confirmed it.
        refused = self._services.plans.delete_refusal(node.kind, node.id)
        if refused is not None:
            show_error(self, self.tr("Delete"), refused)
            return
        if not ask_to_delete(self, node):
            return
        path = self.model.path_to(node.kind, node.id)
        parent = path[-2] if len(path) > 1 else None
        if delete_node(self, self._services.plans, node):
            self._announce(Area.PLANS)
            self.reload(select=(parent.kind, parent.id) if parent else None)
