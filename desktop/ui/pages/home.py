"""The chief justice's overview: where the province stands, at a glance."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.milestones import ComplianceStatus
from desktop.indicators.views import DataCoverage
from desktop.meetings.views import ResolutionFilter, ResolutionRow
from desktop.planning.views import BehindActivity, HomeSummary, MilestoneRow
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.charts.progress_charts import draw_driver_projects
from desktop.ui.formatting import (
    format_date,
    format_date_long,
    format_number,
    format_percent,
    format_ratio,
    format_year,
)
from desktop.ui.labels import compliance_label, term_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.indicators import period_label
from desktop.ui.status_colors import COMPLIANCE_COLORS, spi_color
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets.cards import FigureCard, reading_table, section_title
from desktop.ui.widgets.errors import show_error

HOME_AREAS = {Area.PLANS, Area.PROGRESS, Area.MEETINGS, Area.ORGANISATION, Area.INDICATORS}


class HomePage(QWidget):
    loaded = Signal()
    activity_requested = Signal(int)

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._summary: HomeSummary | None = None
        self._task: BackgroundTask | None = None
        self._stale = False
        self._chart = None
        notifier.changed.connect(self._on_changed)

        self._heading = QLabel(self.tr("Loading the overview…"))
        self._heading.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1d3557;")
        self._overall = FigureCard(self.tr("Actual progress (EV)"))
        self._planned = FigureCard(self.tr("Planned progress (PV)"))
        self._spi = FigureCard(self.tr("Schedule performance (SPI)"))
        self._activities = FigureCard(self.tr("Finished activities"))
        self._overdue_card = FigureCard(self.tr("Overdue resolutions"))
        self._statistics_card = FigureCard(self.tr("Branches with complete statistics"))
        self._statistics_card.setObjectName("statisticsCoverage")
        cards = QHBoxLayout()
        for card in (self._overall, self._planned, self._spi, self._activities, self._overdue_card,
                     self._statistics_card):
            cards.addWidget(card)

        self._milestones = RowsTableModel[MilestoneRow](self._milestone_columns(), self)
        milestone_view = reading_table()
        milestone_view.setModel(self._milestones)
        milestone_view.setObjectName("milestones")
        self._behind = RowsTableModel[BehindActivity](self._behind_columns(), self)
        self._behind_view = reading_table()
        self._behind_view.setModel(self._behind)
        self._behind_view.setObjectName("behind")
        self._behind_view.doubleClicked.connect(self._open_behind)
        self._overdue = RowsTableModel[ResolutionRow](self._overdue_columns(), self)
        overdue_view = reading_table()
        overdue_view.setModel(self._overdue)
        overdue_view.setObjectName("overdue")
        self._chart_holder = QVBoxLayout()

        grid = QGridLayout()
        grid.addWidget(section_title(self.tr("Milestone compliance")), 0, 0)
        grid.addWidget(milestone_view, 1, 0)
        grid.addWidget(section_title(self.tr("Driver projects")), 0, 1)
        grid.addLayout(self._chart_holder, 1, 1, 3, 1)
        grid.addWidget(section_title(self.tr("Overdue resolutions")), 2, 0)
        grid.addWidget(overdue_view, 3, 0)
        grid.addWidget(section_title(self.tr("Ten activities most behind schedule")), 4, 0, 1, 2)
        grid.addWidget(self._behind_view, 5, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._heading)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    # loading -----------------------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return self._summary is not None

    def summary(self) -> HomeSummary | None:
        return self._summary

    def is_refreshing(self) -> bool:
        return self._task is not None or self._stale

    def refresh(self) -> None:
        """Recompute the overview in the background; a change arriving meanwhile triggers one more run."""
        if self._task is not None:
            self._stale = True
            return
        self._stale = False
        services = self._services

        def job(_progress):
            summary = services.dashboard.home_summary()
            overdue = services.meetings.resolutions(ResolutionFilter(only_overdue=True))
            return summary, overdue, services.indicators.coverage()

        self._task = BackgroundTask(job, self)
        self._task.succeeded.connect(self._show)
        self._task.failed.connect(lambda error: show_error(self, self.tr("Overview"), error))
        self._task.finished.connect(self._task_done)
        self._task.start()

    def _task_done(self) -> None:
        self._task = None
        if self._stale:
            self.refresh()

    def _on_changed(self, areas: frozenset) -> None:
        if areas & HOME_AREAS:
            self.refresh()

    # showing -----------------------------------------------------------------------------------
    def _show(self, result: tuple[HomeSummary, list[ResolutionRow], DataCoverage]) -> None:
        summary, overdue, coverage = result
        self._summary = summary
        self.coverage = coverage
        self._show_coverage(coverage)
        self._heading.setText(self.tr("Where {province} stands on {date}").format(
            province=summary.province_name, date=format_date_long(summary.as_of)))
        overall = summary.overall
        self._overall.set_value(format_percent(overall.actual, 1))
        self._planned.set_value(format_percent(overall.planned, 1))
        color = spi_color(overall.spi)
        self._spi.set_value(format_ratio(overall.spi), self.tr("1 means on schedule"),
                            color.darker(160).name() if color else None)
        self._activities.set_value(
            f"{format_number(summary.finished_activity_count)} / {format_number(summary.activity_count)}")
        self._overdue_card.set_value(format_number(len(overdue)), "",
                                     "#b00020" if overdue else None)
        self._milestones.set_rows(summary.milestones)
        self._behind.set_rows(summary.behind)
        self._overdue.set_rows(overdue[:20])
        self._draw_chart(summary)
        self.loaded.emit()

    def _show_coverage(self, coverage: DataCoverage) -> None:
        """How many branches have complete statistics for the latest month, and which do not (ranked nowhere)."""
        if coverage.period is None:
            self._statistics_card.set_value("—", self.tr("No statistics have been imported yet."))
            return
        names = "، ".join(unit.name for unit in coverage.incomplete[:5])
        if len(coverage.incomplete) > 5:
            names += " " + self.tr("and {count} more").format(count=format_number(len(coverage.incomplete) - 5))
        note = (self.tr("{month}: incomplete, not ranked: {names}").format(
                    month=period_label(coverage.period), names=names)
                if coverage.incomplete else self.tr("{month}: every branch complete").format(
                    month=period_label(coverage.period)))
        self._statistics_card.set_value(
            f"{format_number(coverage.complete)} / {format_number(coverage.branches)}", note,
            "#b00020" if coverage.incomplete else None)

    def _draw_chart(self, summary: HomeSummary) -> None:
        from desktop.ui.charts.canvas import ChartWidget

        if self._chart is None:
            self._chart = ChartWidget(self, height_inches=4.2)
            self._chart.setObjectName("driverChart")
            self._chart_holder.addWidget(self._chart)
        draw_driver_projects(self._chart, summary.driver_projects,
                             planned_label=self.tr("Planned"), actual_label=self.tr("Actual"))

    def _open_behind(self, index) -> None:
        self.activity_requested.emit(self._behind.row_at(index.row()).id)

    # columns -----------------------------------------------------------------------------------
    def _milestone_columns(self) -> list[Column[MilestoneRow]]:
        def status_color(row: MilestoneRow):
            return COMPLIANCE_COLORS.get(ComplianceStatus(row.status))

        return [
            Column(self.tr("Target"), lambda r: self.tr("{term}: {percent} by the end of {year}").format(
                term=term_label(r.term), percent=format_percent(r.target_percent),
                year=format_year(r.year))),
            Column(self.tr("Value"), lambda r: format_percent(r.value, 1), numeric=True),
            Column(self.tr("Status"), lambda r: compliance_label(ComplianceStatus(r.status)),
                   background=status_color),
            Column(self.tr("Forecast"), lambda r: format_percent(r.projected, 1), numeric=True),
            Column(self.tr("Solutions meeting the target"), lambda r: f"{format_number(r.solutions_meeting)} / "
                   f"{format_number(r.solutions_total)}", numeric=True),
        ]

    def _behind_columns(self) -> list[Column[BehindActivity]]:
        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Activity"), lambda r: r.title),
            Column(self.tr("Solution"), lambda r: r.solution_title),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Planned finish"), lambda r: format_date(r.planned_finish), numeric=True),
            Column(self.tr("Planned"), lambda r: format_percent(r.progress.planned), numeric=True),
            Column(self.tr("Actual"), lambda r: format_percent(r.progress.actual), numeric=True),
            Column(self.tr("SPI"), lambda r: format_ratio(r.progress.spi), numeric=True,
                   background=lambda r: spi_color(r.progress.spi)),
        ]

    def _overdue_columns(self) -> list[Column[ResolutionRow]]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Resolution"), lambda r: r.text),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Deadline"), lambda r: format_date(r.deadline), numeric=True),
            Column(self.tr("Days overdue"), lambda r: format_number(r.days_overdue), numeric=True),
        ]

