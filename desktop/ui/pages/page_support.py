"""Small pieces the people-and-permissions pages share: a read-only table view and a background call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget
from shiboken6 import isValid

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import DatabaseClosedError
from desktop.tasks import TaskProgress
from desktop.ui.language import translate
from desktop.ui.models.rows_model import RowsTableModel
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets.cards import fit_columns_to_rows_in_sight, sortable_table_view
from desktop.ui.widgets.errors import show_error


def read_only_table(model: RowsTableModel, name: str) -> QTableView:
    view = sortable_table_view()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    fit_columns_to_rows_in_sight(view)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def in_background(page: QWidget, title: str, job: Callable[[], Any], done: Callable[[Any], None]) -> BackgroundTask:
    """Run a service call off the UI thread; ``done`` gets its result, a failure is shown under ``title``."""

    def work(_progress: TaskProgress) -> Any:
        return job()

    def succeeded(result: Any) -> None:
        if isValid(page):
            done(result)

    def failed(error: object) -> None:
        if not isValid(page):  # a page closed meanwhile has no one to tell
            return
        if isinstance(error, DatabaseClosedError):
            return  # the window closed (or signed out) while the job ran: nothing the user needs to hear
        show_error(page, title, error)

    task = BackgroundTask(work)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    return task.start()


OPERATION_LABELS = {
    "insert": QT_TRANSLATE_NOOP("Audit", "Added"),
    "update": QT_TRANSLATE_NOOP("Audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
}


def operation_label(operation: str) -> str:
    """The kind of a change-log entry, translated."""
    return translate("Audit", OPERATION_LABELS[operation]) if operation in OPERATION_LABELS else operation
