"""The plans page's tree of plans, solutions, operational programs and activities with their PV, EV and SPI (the
model is `desktop.ui.models.plan_tree_model`): its columns' widths, the least width the tree keeps beside the
details and the dates that give way below it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QStyle, QTreeView

from desktop.ui.formatting import format_date
from desktop.ui.models.plan_tree_model import PlanColumn, PlanTreeModel

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


def plan_tree_view(model: PlanTreeModel) -> QTreeView:
    """The tree showing ``model``: one row selected at a time, nothing edited in place; the title takes the room
    left, the owner's column is as wide as the user leaves it and the dates as wide as the widest date."""
    tree = QTreeView()
    tree.setObjectName("planTree")
    tree.setModel(model)
    tree.setSortingEnabled(False)
    tree.setUniformRowHeights(True)
    tree.setIndentation(14)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(PlanColumn.TITLE, QHeaderView.ResizeMode.Stretch)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setSectionResizeMode(PlanColumn.OWNER, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(PlanColumn.OWNER, OWNER_COLUMN_WIDTH)
    for column in (PlanColumn.START, PlanColumn.FINISH):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, _date_column_width(tree, column))
    return tree


def fit_tree(tree: QTreeView, splitter: QSplitter) -> None:
    """The tree's least width and its share of ``splitter``, from its columns as loaded.

    The title keeps its least width beside the other columns as loaded, so making room for the figures never
    squeezes the titles below it. The details beside the tree never scroll sideways (at the window's least width,
    1100 px, the activity's "actual progress" card, cut at the panel's edge, read «۰٫۰٪» for 60 %): they keep the
    width their content needs, and where the tree has less than its columns need it hides its dates (the
    activity's schedule beside it shows them) - never the title or the figures."""
    header = tree.header()
    others = sum(header.sectionSize(column) for column in PlanColumn if column is not PlanColumn.TITLE)
    dates = sum(header.sectionSize(column) for column in DATE_COLUMNS)
    frame = 2 * tree.frameWidth() + tree.verticalScrollBar().sizeHint().width()
    tree.setMinimumWidth(TITLE_COLUMN_MIN_WIDTH + others - dates + frame)
    tree.installEventFilter(_DatesGiveWay(tree, TITLE_WIDTH_BEFORE_THE_DATES_GO + others + frame))
    splitter.setSizes([TITLE_COLUMN_MIN_WIDTH + others + frame, 470])  # at 1366 px the dates and the cards fit


class _DatesGiveWay(QObject):
    """Hides ``tree``'s date columns while it is narrower than ``below`` pixels, and shows them again once wider."""

    def __init__(self, tree: QTreeView, below: int) -> None:
        super().__init__(tree)
        self._tree = tree
        self._below = below

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._tree and event.type() == QEvent.Type.Resize:
            narrow = self._tree.width() < self._below
            for column in DATE_COLUMNS:
                self._tree.setColumnHidden(column, narrow)
        return super().eventFilter(watched, event)
