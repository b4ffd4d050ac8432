"""The chief justice's performance dashboard: pick an indicator, a level, a period and a case type; see the
units ranked with the best and worst highlighted, drill from the province to a district to a branch, and
follow a unit's trend against its district, its province and the threshold.

Drill-down is visible: a single click (or Enter) on a row or on a chart bar opens the unit below; the
breadcrumb above says where the user is and each of its steps goes back; the Level box follows. The table
is `desktop.ui.models.indicator_ranking`, the chart `desktop.ui.charts.ranking_chart`, the row of boxes
`desktop.ui.pages.indicator_choices`, the texts above the table `desktop.ui.pages.indicator_heading` and the trend
under the chart `desktop.ui.pages.indicator_trend`; the first view it opens on (remembered or computed) is
`desktop.ui.pages.indicator_first_view`, where the user is and the ways there and back (the breadcrumb's steps)
`desktop.ui.pages.indicator_drill_down`, the Excel export `desktop.ui.pages.indicator_export`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.domain.access import Action
from desktop.domain.indicators import Unit
from desktop.domain.jalali import PeriodKind
from desktop.domain.messages import DomainError
from desktop.indicators.views import IndicatorTable, IndicatorTrend
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.charts.ranking_chart import RankingChart
from desktop.ui.models.indicator_ranking import (  # noqa: F401 (data_text: re-exported for the tests)
    DATA_COLUMN,
    UNIT_COLUMN,
    WITHIN_COLUMN,
    IndicatorRankingModel,
    data_text,
    format_value,
    period_label,
    shares_one_parent,
)
from desktop.ui.pages.indicator_choices import IndicatorChoices
from desktop.ui.pages.indicator_drill_down import DrillDown, Scope
from desktop.ui.pages.indicator_export import ask_and_export, export_table
from desktop.ui.pages.indicator_first_view import FirstView
from desktop.ui.pages.indicator_heading import IndicatorHeading
from desktop.ui.pages.indicator_trend import TrendPanel
from desktop.ui.status_colors import BAD, GOOD, INCOMPLETE
from desktop.ui.widgets.breadcrumb import Breadcrumb, Crumb
from desktop.ui.widgets.cards import reading_table, stretch_column
from desktop.ui.widgets.color_legend import ColorLegend
from desktop.ui.widgets.errors import show_error

if TYPE_CHECKING:  # the page is handed its services: importing them here would load SQLAlchemy with the page
    from desktop.context import AppServices
    from desktop.ranking.views import FirstRanking

TREND_PERIODS = 12


#: The completeness column is never narrower than this when its text needs more (px).
DATA_COLUMN_LEAST = 160


class IndicatorsPage(QWidget):
    """Built with the services, it shows its first view as computed by ``services.ranking`` (and remembers it
    for the next start). At start it may be built first from the first view remembered in the database
    (:meth:`show_remembered`, read without the database layer: desktop/ui/app.py) and without services; a choice
    or a click meanwhile is kept and followed once :meth:`attach` gives the services, which recompute the first
    view in the background and replace it only if it differs. The trend waits for the services."""

    trend_shown = Signal()  # the trend of the current selection has been drawn (tests, benchmarks)
    waiting_for_database = Signal()  # a choice made before the services are attached: followed once they are
    computed = Signal()  # the remembered first view was recomputed (and replaced if it differed)

    def __init__(self, services: AppServices | None, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._province_name = ""  # from the remembered first view, until the services are attached
        self._first_view = FirstView(self, self._show_first)
        self._first_view.recomputed.connect(self._recomputed)
        self._choice_waiting = False  # the user chose or clicked before the services were attached
        self._drill_down = DrillDown(self, self._province)  # the scope listed and the unit selected in it
        self._table: IndicatorTable | None = None
        self._ranking_chart: RankingChart | None = None

        self.choices = IndicatorChoices()
        # The boxes by their names: what the tests, the screenshots and other pages' links choose with.
        self.indicator, self.level, self.period_kind, self.period, self.case_type = (
            self.choices.indicator, self.choices.level, self.choices.period_kind, self.choices.period,
            self.choices.case_type)
        self.export_button = self.choices.export_button
        if services is None or not services.principal.can(Action.EXPORT):
            self.export_button.hide()  # a viewer may look, not take away (the service refuses him too)
        self.export_button.clicked.connect(self._export)
        self.trend = TrendPanel()
        self.trend_title = self.trend.title
        self.trend.shown.connect(self.trend_shown)

        self.breadcrumb = Breadcrumb()
        self.breadcrumb.crumb_clicked.connect(self._drill_down.crumb_clicked)
        self._heading = IndicatorHeading(self)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet("color: #5c677d;")
        self.hint = QLabel(self.tr("Click a row or a bar (or press Enter) to open the unit below it."))
        self.hint.setStyleSheet("color: #5c677d;")
        # Where the window is narrow the hint wraps onto a second line at the far end, clear of the breadcrumb
        # (at 1100x700 the two ran into each other).
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        crumbs = QHBoxLayout()
        crumbs.setSpacing(24)
        crumbs.addWidget(self.breadcrumb)
        crumbs.addWidget(self.hint, 1)

        self.model = IndicatorRankingModel(self._unit, lambda: self._table.level if self._table else "branch", self,
                                           lambda: self._table.definition if self._table else None)
        self.view = reading_table()
        self.view.setObjectName("ranking")
        self.view.setModel(self.model)
        stretch_column(self.view, UNIT_COLUMN)  # long unit names give way: the last columns stay in sight
        # Columns fit the rows in sight, not the first thousand: sizing 3,000 branches read every cell (a second).
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        self.view.clicked.connect(self._drill)
        self.view.activated.connect(self._drill)  # Enter (and a double-click) on a row
        self.view.selectionModel().currentRowChanged.connect(self._row_selected)
        self._ranking_holder = QVBoxLayout()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view)
        self.color_legend = ColorLegend([(GOOD, self.tr("Best")), (BAD, self.tr("Worst")),
                                         (INCOMPLETE, self.tr("Incomplete data, not ranked"))])
        left_layout.addWidget(self.color_legend)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self._ranking_holder, 3)
        right_layout.addWidget(self.trend_title)
        right_layout.addWidget(self.trend, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([720, 480])

        layout = QVBoxLayout(self)
        layout.addWidget(self.choices)
        layout.addLayout(crumbs)
        layout.addWidget(self.definition)
        layout.addWidget(splitter, 1)

        if services is not None:
            self._first_view.show_computed(services)
        for combo in (self.indicator, self.period, self.case_type):
            combo.currentIndexChanged.connect(self.refresh)
        self.level.currentIndexChanged.connect(self._drill_down.level_changed)
        self.period_kind.currentIndexChanged.connect(self._fill_periods)
        notifier.changed.connect(self._on_changed)

    # the first view: remembered, or computed (indicator_first_view.py) ------------------------
    def show_remembered(self, first: FirstRanking) -> None:
        """Before the services are attached: the first view remembered in the database."""
        self._first_view.show_remembered(first)

    def is_from_snapshot(self) -> bool:
        """The table shown is the remembered one, not yet confirmed by a computation."""
        return self._first_view.from_snapshot

    def attach(self, services: AppServices) -> None:
        """The database is open (the page was built from its remembered first view): recompute it in the
        background; a choice the user made meanwhile is followed now."""
        self._services = services
        # Built from the snapshot, the page did not know the role: the button was hidden until now.
        self.export_button.setVisible(services.principal.can(Action.EXPORT))
        if self._choice_waiting:
            self._choice_waiting = False
            self._first_view.from_snapshot = False
            self._fill_choices()
        self._first_view.recompute(services)

    def _recomputed(self, replacement: FirstRanking | None) -> None:
        """The first view recomputed: shown instead of the remembered one when they differed (``replacement``)."""
        if replacement is not None:
            self._drill_down.selected = None
            self._show_first(replacement)
        else:
            self._draw_trend()  # the trend waited for the services
        self.computed.emit()

    def is_recomputing(self) -> bool:
        return self._first_view.is_recomputing()

    def remember_now(self) -> None:
        """The database's health became known (the background check passed): store the first view computed
        before, which could not be remembered then."""
        self._first_view.remember_now(self._services)

    def _show_first(self, first: FirstRanking) -> None:
        """The boxes set to the first view's choice and choices, its table shown."""
        self._province_name = first.province_name
        choice = first.choice
        self.choices.select(choice, first.case_types, first.months)
        self._drill_down.scope = Scope(choice.level)
        self._show_table(first.table)

    # choices -----------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        if self._services is None:
            self._wait_for_database()
            return
        self.choices.list_case_types(self._services.indicators.case_types())
        self.choices.months = self._services.indicators.available_months()
        self._fill_periods()

    def _on_changed(self, areas: frozenset) -> None:
        if Area.INDICATORS in areas or Area.ORGANISATION in areas:
            self._fill_choices()

    def _fill_periods(self) -> None:
        self.choices.list_periods()
        self.refresh()

    def set_choice(self, *, indicator: str | None = None, level: str | None = None, period: str | None = None,
                   kind: PeriodKind | None = None, case_type: str | None = None) -> None:
        """Choose programmatically (tests, links from other pages), as the user would."""
        self.choices.set_choice(indicator=indicator, level=level, period=period, kind=kind, case_type=case_type)

    # showing -----------------------------------------------------------------------------------
    def current_table(self) -> IndicatorTable | None:
        return self._table

    def is_loaded(self) -> bool:
        """A first view is shown: a ranked table, or the word (computed or remembered) that no statistics have
        been imported yet - what the startup probe and ``--selftest`` wait for."""
        return self._first_view.shown is not None

    def _wait_for_database(self) -> None:
        """A choice or a click before the services are attached: kept, and followed by :meth:`attach`."""
        self._choice_waiting = True
        self.waiting_for_database.emit()

    def refresh(self) -> None:
        if self._services is None:
            self._wait_for_database()
            return
        # The user's own choice from now on: a recomputed first view is not shown.
        self._first_view.from_snapshot = False
        code, period = self.indicator.currentData(), self.choices.chosen_period()
        if not code or period is None:
            self._show_table(None)
            return
        scope = self._drill_down.scope
        try:
            table = self._services.indicators.table(code, scope.level, period, self.case_type.currentData(),
                                                    scope.parent)
        except DomainError as error:
            show_error(self, self.tr("Indicators"), error)
            return
        self._show_table(table)

    def _show_table(self, table: IndicatorTable | None) -> None:
        self._table = table
        self.export_button.setEnabled(table is not None)  # nothing to export before any statistics
        if table is None:
            self.model.set_rows([])
            self.breadcrumb.set_crumbs([Crumb(self.tr("No statistics have been imported yet."), "")])
            return
        self.model.set_rows(self._table.rows)
        # A column repeating one name on every row only takes the room the units' names need on a laptop.
        self.view.setColumnHidden(WITHIN_COLUMN, shares_one_parent(self._table.rows))
        self._fit_data_column()
        self._show_heading()
        self._draw_ranking()
        if self._table.rows and self._drill_down.selected is None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0), self.view.selectionModel().SelectionFlag.ClearAndSelect
                | self.view.selectionModel().SelectionFlag.Rows)
        else:
            self._draw_trend()

    def _fit_data_column(self) -> None:
        """The completeness column, the last, takes what its rows in sight need, or - when a unit lacking many
        months lists them all - what the units' whole names leave of the table, but never less than
        ``DATA_COLUMN_LEAST``: it was pushed off a laptop's screen (in Persian the one saying whether a figure is
        complete, or rests on too few cases to rank). Its text is then elided, whole in its tooltip."""
        header, view = self.view.horizontalHeader(), self.view
        header.setSectionResizeMode(DATA_COLUMN, QHeaderView.ResizeMode.Interactive)

        def needs(column: int) -> int:
            return max(view.sizeHintForColumn(column), header.sectionSizeHint(column))

        others = sum(needs(column) for column in range(self.model.columnCount())
                     if column not in (UNIT_COLUMN, DATA_COLUMN) and not view.isColumnHidden(column))
        room = view.viewport().width() - others - needs(UNIT_COLUMN)
        header.resizeSection(DATA_COLUMN, min(needs(DATA_COLUMN), max(DATA_COLUMN_LEAST, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._table is not None:
            self._fit_data_column()

    def _show_heading(self) -> None:
        assert self._table is not None
        self.breadcrumb.set_crumbs(self.crumbs(), self._period_title())
        self.definition.setText(self._heading.definition_text(self._table))

    def _period_title(self) -> str:
        assert self._table is not None
        return self._heading.period_title(self._table)

    def crumbs(self) -> list[Crumb]:
        """Province › level › district › branch, as far as the user went; keys say where each step goes."""
        return self._drill_down.crumbs()

    def _province(self) -> str:
        """The province's name: its profile's, or the remembered first view's until the services are attached."""
        return self._services.profile().province_name if self._services is not None else self._province_name

    def _unit(self) -> Unit:
        return self._table.definition.unit if self._table else Unit.COUNT

    def _draw_ranking(self) -> None:
        if self._ranking_chart is None:
            self._ranking_chart = RankingChart(self)
            self._ranking_chart.setObjectName("rankingChart")
            self._ranking_chart.unit_clicked.connect(self.open_unit)
            self.trend.follow(self._ranking_chart)
            self._ranking_holder.addWidget(self._ranking_chart)
        assert self._table is not None
        definition = self._table.definition
        self._ranking_chart.draw_rows(self._table.rows, definition.unit, definition.threshold)
        self.trend.ranking_redrawn()

    def ranking_chart(self) -> RankingChart | None:
        return self._ranking_chart

    def _draw_trend(self) -> None:
        """Ask for the selected unit's trend (drawn once the ranking is painted)."""
        if self._table is None or self._drill_down.selected is None:
            return
        if self._services is None or self._first_view.from_snapshot:
            self.trend.say_nothing()  # the trend follows once the services confirmed the table
            return
        services, (level, unit_id), kind = self._services, self._drill_down.selected, self.choices.kind()
        code, case_type = self._table.definition.code, self.case_type.currentData()
        self.trend.ask(lambda: services.indicators.trend(code, level, unit_id, kind, TREND_PERIODS, case_type))

    @property
    def last_trend(self) -> IndicatorTrend | None:
        """The trend of the current selection, once drawn; None while it loads."""
        return self.trend.last

    def is_complete(self) -> bool:
        """Everything drawn from the services: the table confirmed by them (or none to rank) and its trend
        (--selftest and --screenshot wait for it)."""
        return self._services is not None and not self._first_view.from_snapshot and not self.trend_loading()

    def trend_loading(self) -> bool:
        """Whether a trend asked for is still to be drawn."""
        return self._drill_down.selected is not None and self._table is not None and self.trend.last is None

    # selection and drill-down (indicator_drill_down.py) ---------------------------------------
    def _row_selected(self, current, _previous) -> None:
        if not current.isValid() or self._table is None:
            return
        row = self.model.row_at(current.row())
        self._drill_down.selected = (self._table.level, row.unit_id)
        self._draw_trend()
        self.breadcrumb.set_crumbs(self.crumbs(), self._period_title())

    def _drill(self, index: QModelIndex) -> None:
        """A click or Enter on a row: open the unit below it."""
        self._drill_down.open_row(index)

    def open_unit(self, unit_id: int) -> None:
        """From the province to its districts, from a district to its branches; a branch is selected."""
        self._drill_down.open_unit(unit_id)

    def show_unit(self, level: str, unit_id: int, indicator: str = "clearance_rate") -> None:
        """From elsewhere (the overview's units at risk): the latest month, the unit opened."""
        self._drill_down.show_unit(level, unit_id, indicator)

    def drill_into(self, scope: Scope, selected: tuple[str, int] | None = None) -> None:
        self._drill_down.drill_into(scope, selected)

    def back(self) -> None:
        """One step up the breadcrumb."""
        self._drill_down.back()

    # export (indicator_export.py) ---------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        assert self._table is not None
        export_table(self._services, self._table, self._period_title(), path)

    def _export(self) -> None:
        if self._table is None:
            return
        ask_and_export(self, self._table, self.export_to)
