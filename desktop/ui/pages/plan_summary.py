"""A plan at a glance, shown beside the plans page's tree when a plan is selected: its planned and actual progress
and its schedule performance (PV, EV, SPI), and its solutions with theirs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop.planning.views import PlanNode
from desktop.ui.formatting import format_code, format_number, format_percent, format_ratio
from desktop.ui.labels import term_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.plan_editors import HEADING_STYLE
from desktop.ui.status_colors import UNREPORTED_TEXT, spi_color
from desktop.ui.widgets.cards import FigureCard, reading_table, section_title


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
            Column(self.tr("Actual"), self._actual_text, numeric=True,
                   foreground=lambda n: UNREPORTED_TEXT if n.not_reported else None),
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
        self.actual.set_value(self._actual_text(plan), "", UNREPORTED_TEXT.name() if plan.not_reported else None)
        color = spi_color(progress.spi)
        self.spi.set_value(format_ratio(progress.spi), self.tr("1 means on schedule"),
                           color.darker(160).name() if color else None)
        self._solutions_title.setText(self.tr("Solutions of this plan: {count}").format(
            count=format_number(len(plan.children))))
        self.solutions.set_rows(plan.children)

    def _actual_text(self, node: PlanNode) -> str:
        """Its actual progress; with nothing reported under it by today, "not reported" - never 0 %."""
        return self.tr("not reported") if node.not_reported else format_percent(node.progress.actual, 1)
