"""The plans page's toolbar and its deleting: a new solution, operational program, activity or sub-activity under
the node selected in the tree, deleting the selected node, expanding the whole tree; each action enabled where the
selected node allows it; the question asked before a node is deleted with everything under it, and the deleting
through PlanService. Its texts stay in the "PlansPage" context of the translations."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QToolBar, QWidget

from desktop.domain.messages import DomainError
from desktop.planning.views import NodeKind, PlanNode
from desktop.ui.widgets.edit_rights import offer
from desktop.ui.widgets.errors import show_error

if TYPE_CHECKING:
    from desktop.planning.service import PlanService
    from desktop.ui.pages.plans import PlansPage


def build_toolbar(page: PlansPage) -> QToolBar:
    """``page``'s toolbar; sets its ``new_solution_action``, ``new_program_action``, ``new_activity_action``,
    ``new_sub_activity_action`` and ``delete_action`` (enabled by :func:`enable_actions`)."""
    toolbar = QToolBar()
    toolbar.setObjectName("plansToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def action(name: str, text: str, slot: Callable[[], object]) -> QAction:
        item = QAction(text, page)
        item.setObjectName(name)
        item.triggered.connect(slot)
        toolbar.addAction(item)
        return item

    page.new_solution_action = action("newSolution", QCoreApplication.translate("PlansPage", "New solution"),
                                      page.new_solution)
    page.new_program_action = action("newProgram",
                                     QCoreApplication.translate("PlansPage", "New operational program"),
                                     page.new_program)
    page.new_activity_action = action("newActivity", QCoreApplication.translate("PlansPage", "New activity"),
                                      page.new_activity)
    page.new_sub_activity_action = action("newSubActivity",
                                          QCoreApplication.translate("PlansPage", "New sub-activity"),
                                          page.new_sub_activity)
    toolbar.addSeparator()
    page.delete_action = action("delete", QCoreApplication.translate("PlansPage", "Delete"), page.delete_selected)
    toolbar.addSeparator()
    action("expandAll", QCoreApplication.translate("PlansPage", "Expand all"), page.tree.expandAll)
    return toolbar


def enable_actions(page: PlansPage, node: PlanNode | None) -> None:
    """``page``'s actions that apply to ``node``, the node selected (None: nothing is) enabled, the others not;
    none for a role that may not edit, each saying why (``page.edit_right``)."""
    kind = node.kind if node is not None else None
    right = page.edit_right
    offer(right, page.new_solution_action, kind in (NodeKind.PLAN, NodeKind.SOLUTION))
    offer(right, page.new_program_action, kind in (NodeKind.SOLUTION, NodeKind.PROGRAM))
    offer(right, page.new_activity_action, kind in (NodeKind.PROGRAM, NodeKind.ACTIVITY))
    offer(right, page.new_sub_activity_action, kind is NodeKind.ACTIVITY)
    offer(right, page.delete_action, kind in (NodeKind.SOLUTION, NodeKind.PROGRAM, NodeKind.ACTIVITY))


def ask_to_delete(parent: QWidget, node: PlanNode) -> bool:
    """Whether the user says yes to deleting ``node`` (a solution, program or activity) with what is under it and
    their progress history."""
    questions = {
        NodeKind.SOLUTION: QCoreApplication.translate(
            "PlansPage", "Delete the solution “{title}” with its operational programs, "
                         "activities and their progress history?"),
        NodeKind.PROGRAM: QCoreApplication.translate(
            "PlansPage", "Delete the operational program “{title}” with its activities "
                         "and their progress history?"),
        NodeKind.ACTIVITY: QCoreApplication.translate(
            "PlansPage", "Delete the activity “{title}” with its sub-activities "
                         "and their progress history?"),
    }
    answer = QMessageBox.question(parent, QCoreApplication.translate("PlansPage", "Delete"),
                                  questions[node.kind].format(title=node.title),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def delete_node(parent: QWidget, plans: PlanService, node: PlanNode) -> bool:
    """``node`` deleted by ``plans``, or why not shown over ``parent``: whether it was."""
    delete = {NodeKind.SOLUTION: plans.delete_solution,
              NodeKind.PROGRAM: plans.delete_program,
              NodeKind.ACTIVITY: plans.delete_activity}[node.kind]
    try:
        delete(node.id)
    except DomainError as error:
        show_error(parent, QCoreApplication.translate("PlansPage", "Delete"), error)
        return False
    return True
