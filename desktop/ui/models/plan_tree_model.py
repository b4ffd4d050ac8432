"""The plan tree as an item model: plan → solution → operational program → activities (any depth).

The service's tree (frozen `PlanNode`s) is flattened once per reset into numbered slots; an index carries its
slot number as `internalId`, so `parent()`, `node_at()` and `index_of()` are list and dict look-ups.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import IntEnum
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from desktop.planning.views import NodeKind, PlanNode
from desktop.ui.formatting import format_code, format_date, format_number, format_percent, format_ratio
from desktop.ui.labels import term_label
from desktop.ui.status_colors import SPI_GOOD, SPI_WARN, UNREPORTED_TEXT, spi_color

Index = QModelIndex | QPersistentModelIndex
Span = tuple[date | None, date | None]
NodeKey = tuple[NodeKind, int]

NodeRole = Qt.ItemDataRole.UserRole + 1
_ROOT = 0  # slot of the invisible root


class PlanColumn(IntEnum):
    TITLE = 0
    TERM = 1
    WEIGHT = 2
    PLANNED = 3
    ACTUAL = 4
    SPI = 5
    OWNER = 6
    START = 7
    FINISH = 8


NUMERIC_COLUMNS = (PlanColumn.WEIGHT, PlanColumn.PLANNED, PlanColumn.ACTUAL, PlanColumn.SPI,
                   PlanColumn.START, PlanColumn.FINISH)


def format_weight(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 2)


class PlanTreeModel(QAbstractItemModel):
    NodeRole = NodeRole
    # What a model cleared by Python's cycle collector (while Qt may still ask it, its view destroyed in the same
    # collection) answers with: an empty tree, no titles (tests/ui/test_rows_model_teardown.py).
    _titles: Mapping[PlanColumn, str] = MappingProxyType({})
    _tooltips: Mapping[PlanColumn, str] = MappingProxyType({})
    _nodes: Sequence[PlanNode | None] = (None,)
    _parents: Sequence[int] = (_ROOT,)
    _rows: Sequence[int] = (0,)
    _children: Sequence[Sequence[int]] = ((),)
    _slots: Mapping[NodeKey, int] = MappingProxyType({})
    _spans: Sequence[Span] = ((None, None),)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._titles = {
            PlanColumn.TITLE: self.tr("Title"),
            PlanColumn.TERM: self.tr("Term"),
            PlanColumn.WEIGHT: self.tr("Weight"),
            PlanColumn.PLANNED: self.tr("Planned"),
            PlanColumn.ACTUAL: self.tr("Actual"),
            PlanColumn.SPI: self.tr("SPI"),
            PlanColumn.OWNER: self.tr("Owner"),
            PlanColumn.START: self.tr("Start"),
            PlanColumn.FINISH: self.tr("Finish"),
        }
        self._tooltips = {
            PlanColumn.PLANNED: self.tr("Planned progress (PV) today"),
            PlanColumn.ACTUAL: self.tr("Actual progress (EV) reported"),
            PlanColumn.SPI: self.tr("Schedule performance index: actual ÷ planned; 1 means on schedule. Green from "
                                    "{good}, yellow from {warn}, red below.").format(
                good=format_ratio(SPI_GOOD), warn=format_ratio(SPI_WARN)),
            PlanColumn.START: self.tr("Planned start"),
            PlanColumn.FINISH: self.tr("Planned finish"),
        }
        self._clear_index()

    def _clear_index(self) -> None:
        self._nodes, self._parents, self._rows, self._children, self._slots = [None], [_ROOT], [0], [[]], {}
        self._spans = [(None, None)]

    # loading -----------------------------------------------------------------------------------
    def set_tree(self, plans: Sequence[PlanNode]) -> None:
        self.beginResetModel()
        nodes: list[PlanNode | None] = [None]
        parents: list[int] = [_ROOT]
        rows: list[int] = [0]
        children: list[list[int]] = [[]]
        slots: dict[NodeKey, int] = {}
        stack = [(_ROOT, row, node) for row, node in reversed(list(enumerate(plans)))]
        while stack:
            parent, row, node = stack.pop()
            slot = len(nodes)
            nodes.append(node)
            parents.append(parent)
            rows.append(row)
            children.append([])
            children[parent].append(slot)
            slots[(node.kind, node.id)] = slot
            stack.extend((slot, r, child) for r, child in reversed(list(enumerate(node.children))))
        self._nodes, self._parents, self._rows, self._children, self._slots = nodes, parents, rows, children, slots
        self._spans = _planned_spans(nodes, children)
        self.endResetModel()

    # look-ups ----------------------------------------------------------------------------------
    def _slot(self, index: Index) -> int | None:
        """The slot an index points at, None when invalid or not in the tree (any more)."""
        if not index.isValid():
            return None
        slot = index.internalId()
        return slot if 0 < slot < len(self._nodes) else None

    def node_at(self, index: Index) -> PlanNode | None:
        slot = self._slot(index)
        return None if slot is None else self._nodes[slot]

    def key_at(self, index: Index) -> NodeKey | None:
        node = self.node_at(index)
        return (node.kind, node.id) if node is not None else None

    def index_of(self, kind: NodeKind, item_id: int, column: int = 0) -> QModelIndex:
        slot = self._slots.get((kind, item_id))
        if slot is None:
            return QModelIndex()
        return self.createIndex(self._rows[slot], column, slot)

    def node(self, kind: NodeKind, item_id: int) -> PlanNode | None:
        slot = self._slots.get((kind, item_id))
        return self._nodes[slot] if slot is not None else None

    def path_to(self, kind: NodeKind, item_id: int) -> list[PlanNode]:
        """The nodes from the plan down to this one (empty when it is not in the tree)."""
        slot = self._slots.get((kind, item_id))
        path: list[PlanNode] = []
        while slot is not None and slot != _ROOT:
            node = self._nodes[slot]
            assert node is not None
            path.append(node)
            slot = self._parents[slot]
        return path[::-1]

    def ancestor(self, kind: NodeKind, item_id: int, wanted: NodeKind) -> PlanNode | None:
        return next((n for n in self.path_to(kind, item_id) if n.kind is wanted), None)

    def node_count(self) -> int:
        return len(self._nodes) - 1

    def keys(self) -> list[NodeKey]:
        """Every node's (kind, id), depth first in display order."""
        return list(self._slots)

    def parent_indexes(self) -> list[QModelIndex]:
        """The index of every node that has children (to save and restore what is expanded)."""
        return [self.createIndex(self._rows[slot], 0, slot)
                for slot in range(1, len(self._nodes)) if self._children[slot]]

    # QAbstractItemModel ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        slot = self._slot(parent) if parent.isValid() else _ROOT
        if slot is None or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        children = self._children[slot]
        if not (0 <= row < len(children) and 0 <= column < len(PlanColumn)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        slot = self._slot(index)
        if slot is None:
            return QModelIndex()
        parent = self._parents[slot]
        if parent == _ROOT:
            return QModelIndex()
        return self.createIndex(self._rows[parent], 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        slot = self._slot(parent) if parent.isValid() else _ROOT
        if slot is None or (parent.isValid() and parent.column() != 0):
            return 0
        return len(self._children[slot])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(PlanColumn)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles.get(PlanColumn(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips.get(PlanColumn(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node_at(index)
        if node is None:
            return None
        column = PlanColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column in (PlanColumn.START, PlanColumn.FINISH) and node.kind is not NodeKind.ACTIVITY:
                return self._span_text(index, column)
            return self._text(node, column)
        if role == NodeRole:
            return (node.kind, node.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (PlanColumn.START, PlanColumn.FINISH) and node.kind is not NodeKind.ACTIVITY:
                return self._span_tooltip(column)
            return self._text(node, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column is PlanColumn.ACTUAL and node.not_reported:
            return QBrush(UNREPORTED_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and column is PlanColumn.SPI:
            color = spi_color(node.progress.spi)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.PLAN:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _span_text(self, index: Index, column: PlanColumn) -> str:
        """A solution's, a program's or a plan's dates: the span of its activities («—» when none is dated)."""
        slot = self._slot(index)
        start, finish = self._spans[slot] if slot is not None else (None, None)
        day = start if column is PlanColumn.START else finish
        return format_date(day) if day is not None else "—"

    def _span_tooltip(self, column: PlanColumn) -> str:
        return (self.tr("Earliest planned start of its activities") if column is PlanColumn.START
                else self.tr("Latest planned finish of its activities"))

    @staticmethod
    def _text(node: PlanNode, column: PlanColumn) -> str:
        match column:
            case PlanColumn.TITLE:
                return f"{format_code(node.code)}  {node.title}" if node.code else node.title
            case PlanColumn.TERM:
                return term_label(node.term) if node.kind is NodeKind.SOLUTION else ""
            case PlanColumn.WEIGHT:
                return format_weight(node.weight)
            case PlanColumn.PLANNED:
                return format_percent(node.progress.planned, 1)
            case PlanColumn.ACTUAL:
                if node.not_reported:  # nothing reported by today (under it): not known, never 0 %
                    return QCoreApplication.translate("PlanTreeModel", "not reported")
                return format_percent(node.progress.actual, 1)
            case PlanColumn.SPI:
                return format_ratio(node.progress.spi)
            case PlanColumn.OWNER:
                return node.owner
            case PlanColumn.START:
                return format_date(node.planned_start) if node.kind is NodeKind.ACTIVITY else ""
            case PlanColumn.FINISH:
                return format_date(node.planned_finish) if node.kind is NodeKind.ACTIVITY else ""
        return ""


def _planned_spans(nodes: Sequence[PlanNode | None], children: Sequence[Sequence[int]]) -> list[Span]:
    """Per slot, the earliest planned start and the latest planned finish of the activities at or below it (an
    activity's own dates when it has them). Children come after their parent in the slots: filled backwards."""
    spans: list[Span] = [(None, None)] * len(nodes)
    for slot in range(len(nodes) - 1, 0, -1):
        node = nodes[slot]
        starts = [spans[child][0] for child in children[slot]]
        finishes = [spans[child][1] for child in children[slot]]
        if node is not None and node.kind is NodeKind.ACTIVITY:
            starts.append(node.planned_start)
            finishes.append(node.planned_finish)
        known_starts = [day for day in starts if day is not None]
        known_finishes = [day for day in finishes if day is not None]
        spans[slot] = (min(known_starts) if known_starts else None, max(known_finishes) if known_finishes else None)
    return spans
