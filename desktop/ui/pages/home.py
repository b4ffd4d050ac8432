"""The chief justice's overview: where the province stands, at a glance, and what needs attention.

"Needs attention" lists overdue resolutions, the activities most behind, milestones forecast to be missed and
the units at risk (docs/indicators.md, "Units at risk"); each entry is a link to where it is dealt with
(`link_requested`, handled by the main window). On day one — nothing recorded yet — the figures that would
only alarm (EV 0 %, SPI 0.00) say so instead, and a "Getting started" list points to the first steps."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.indicators.early_warning import UnitAtRisk, UnitNotJudged
from desktop.domain.milestones import ComplianceStatus
from desktop.indicators.views import DataCoverage
from desktop.meetings.views import ResolutionRow
from desktop.overview.views import Overview
from desktop.planning.views import HomeSummary, MilestoneRow
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import (
    format_date,
    format_date_long,
    format_number,
    format_part_of,
    format_percent,
    format_ratio,
    format_year,
    isolate_data,
    list_separator,
    period_label,
    two_lines,
)
from desktop.ui.labels import compliance_label, term_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.home_attention import HomeAttention
from desktop.ui.pages.home_behind import BehindLists
from desktop.ui.pages.home_driver_chart import DriverChart
from desktop.ui.status_colors import COMPLIANCE_COLORS, spi_color
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets.attention import AttentionPanel
from desktop.ui.widgets.cards import FigureCard, reading_table, section_title, stretch_column
from desktop.ui.widgets.edit_rights import ALLOWED, Right
from desktop.ui.widgets.errors import show_error

if TYPE_CHECKING:
    from desktop.context import AppServices
    from desktop.overview.service import ComputedOverview

log = logging.getLogger(__name__)

HOME_AREAS = {Area.PLANS, Area.PROGRESS, Area.MEETINGS, Area.ORGANISATION, Area.INDICATORS}


#: The page's data: the overview's figures (desktop/overview/views.py).
HomeData = Overview


class HomePage(QWidget):
    """Built with the services, it computes its figures in the background. At start it may be built first from
    the overview remembered in the database (``remembered``, read without the database layer: desktop/ui/app.py)
    and without services; :meth:`attach` then gives it the services, and the figures are recomputed and replaced
    only if they differ. It imports neither SQLAlchemy nor matplotlib before it needs them."""

    loaded = Signal()  # figures shown (from a computation or the remembered overview)
    computed = Signal()  # a computation finished, whether the figures changed or not
    activity_requested = Signal(int)
    link_requested = Signal(str)  # an attention or getting-started link: "resolutions:overdue", "unit:branch:7"…

    def __init__(self, services: AppServices | None, notifier: ChangeNotifier, parent: QWidget | None = None, *,
                 remembered: Overview | None = None):
        super().__init__(parent)
        self._services = services
        self._summary: HomeSummary | None = None
        self._data: Overview | None = None
        self._from_snapshot = False  # the figures on screen are the remembered ones, not yet recomputed
        self._remembered_generation: int | None = None  # the data generation the remembered ones were computed at
        self._unremembered: ComputedOverview | None = None  # computed, not yet stored for the next start
        self._task: BackgroundTask | None = None
        self._stale = False
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
        self.getting_started = AttentionPanel(self.tr("Getting started"))
        self.getting_started.setObjectName("gettingStarted")
        self.getting_started.link_activated.connect(self.link_requested.emit)
        self.getting_started.hide()
        self.attention = AttentionPanel(self.tr("Needs attention"))
        self._lists = HomeAttention(self)  # what the two panels list
        self.attention.link_activated.connect(self._attention_link)

        self._milestones = RowsTableModel[MilestoneRow](self._milestone_columns(), self)
        milestone_view = reading_table()
        milestone_view.setModel(self._milestones)
        milestone_view.setObjectName("milestones")
        stretch_column(milestone_view, 0)  # the target's words give way, its figures stay in sight at 1100 px
        self.behind_lists = BehindLists(self)
        self.behind_lists.activity_requested.connect(self.activity_requested.emit)
        self._overdue = RowsTableModel[ResolutionRow](self._overdue_columns(), self)
        overdue_view = reading_table()
        overdue_view.setModel(self._overdue)
        overdue_view.setObjectName("overdue")
        stretch_column(overdue_view, 1)  # deadline and days late stay in sight on a laptop
        chart_holder = QVBoxLayout()
        self.driver_chart = DriverChart(self, chart_holder)

        grid = QGridLayout()
        grid.addWidget(section_title(self.tr("Milestone compliance")), 0, 0)
        grid.addWidget(milestone_view, 1, 0)
        grid.addWidget(section_title(self.tr("Driver projects")), 0, 1)
        # the chart beside the milestones only, the overdue resolutions under both: it stood over three rows and
        # ran below the fold of a 1366x768 laptop
        grid.addLayout(chart_holder, 1, 1)
        grid.addWidget(section_title(self.tr("Overdue resolutions")), 2, 0, 1, 2)
        grid.addWidget(overdue_view, 3, 0, 1, 2)
        self.behind_lists.place(grid, 4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._heading)
        layout.addLayout(cards)
        layout.addWidget(self.getting_started)
        layout.addWidget(self.attention)
        layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        if remembered is not None:
            self.show_remembered(remembered)
        if services is not None:
            self.refresh()

    def show_remembered(self, overview: Overview, generation: int | None = None) -> None:
        """Show the overview remembered in the database (before the services are attached), computed at data
        ``generation`` (None: unknown)."""
        self._show(overview)
        self._from_snapshot = True
        self._remembered_generation = generation

    def attach(self, services: AppServices) -> None:
        """The database is open (the page was built from the remembered overview): recompute the figures."""
        self._services = services
        self.refresh()

    def is_from_snapshot(self) -> bool:
        """The figures shown are the remembered ones, not yet confirmed by a computation."""
        return self._from_snapshot

    # loading -----------------------------------------------------------------------------------
    def is_loaded(self) -> bool:
        return self._summary is not None

    def summary(self) -> HomeSummary | None:
        return self._summary

    def is_refreshing(self) -> bool:
        return self._task is not None or self._stale

    def refresh(self) -> None:
        """Recompute the overview in the background; a change arriving meanwhile triggers one more run."""
        if self._services is None:  # not attached yet: attach() computes
            return
        if self._task is not None:
            self._stale = True
            return
        self._stale = False
        services = self._services

        def job(_progress):
            # One computation, then a separate small write remembering it for the next start; skipped while the
            # database's health is not yet known, or when it is busy (desktop/store/view_snapshots.py).
            computed = services.overview.compute()
            return computed, services.overview.remember(computed)

        self._task = BackgroundTask(job, self)
        self._task.succeeded.connect(self._computed)
        self._task.failed.connect(self._failed)
        self._task.finished.connect(self._task_done)
        self._task.start()

    def _failed(self, error: object) -> None:
        if isValid(self) and self._from_snapshot:
            self._withdraw_remembered()
        # A refresh still running when the window closes fails on the closed database: nobody to tell.
        if isValid(self) and self.window().isVisible():
            show_error(self, self.tr("Overview"), error)

    def _withdraw_remembered(self) -> None:
        """The services could not confirm the remembered figures (a damaged page the snapshot's own read never
        touched, say): they are taken off the page rather than left looking current."""
        self._from_snapshot = False
        self._summary = self._data = None
        self.coverage = None
        self._heading.setText(self.tr("The overview could not be computed."))
        for card in (self._overall, self._planned, self._spi, self._activities, self._overdue_card,
                     self._statistics_card):
            card.set_value("—")
        for model in (self._milestones, self._overdue):
            model.set_rows(())
        self.behind_lists.show(None)
        self.getting_started.hide()
        self.attention.set_items((), "")
        self.driver_chart.withdraw()

    def _task_done(self) -> None:
        self._task = None
        if self._stale:
            self.refresh()

    def _computed(self, result: tuple[ComputedOverview, bool]) -> None:
        computed, remembered = result
        self._unremembered = None if remembered else computed
        was_remembered, self._from_snapshot = self._from_snapshot, False
        if not was_remembered:
            self._show(computed.overview)
        elif computed.overview != self._data:
            if self._remembered_generation is not None and computed.generation != self._remembered_generation:
                # Written meanwhile (another process, between the snapshot's read and this computation).
                log.info("the data changed since the remembered overview was read")
            else:
                # The remembered overview was current by its data generation, yet the data say otherwise: some
                # write did not bump the generation (desktop/store/engine.py). Shown right now, worth a look.
                log.warning("the remembered overview differed from the computed one: a missed invalidation")
            self._show(computed.overview)
        self.computed.emit()

    def remember_now(self) -> None:
        """The database's health became known (the background check passed): store the overview computed
        before, which could not be remembered then."""
        computed, services = self._unremembered, self._services
        if computed is None or services is None or self._task is not None:
            return
        self._unremembered = None
        task = BackgroundTask(lambda _progress: services.overview.remember(computed), self)
        task.start()
        self._remember_task = task

    def _on_changed(self, areas: frozenset) -> None:
        if areas & HOME_AREAS:
            self.refresh()

    # showing -----------------------------------------------------------------------------------
    def _show(self, data: HomeData) -> None:
        summary, overdue = data.summary, data.overdue
        self._summary = summary
        self._data = data
        self.coverage = data.coverage
        self._show_coverage(data.coverage)
        self._heading.setText(self.tr("Where {province} stands on {date}").format(
            province=isolate_data(summary.province_name), date=format_date_long(summary.as_of)))
        overall = summary.overall
        self._planned.set_value(format_percent(overall.planned, 1), self.tr("what the schedule expects by today"))
        if self.no_progress_yet():
            # Day one: EV 0 % and SPI 0.00 would read as a disaster; nothing has been reported yet.
            self._overall.set_value("—", self.tr("No progress has been recorded yet."))
            self._spi.set_value("—", self.tr("Shown once progress is recorded."))
        else:
            self._overall.set_value(format_percent(overall.actual, 1))
            color = spi_color(overall.spi)
            self._spi.set_value(format_ratio(overall.spi), self.tr("1 means on schedule"),
                                color.darker(160).name() if color else None)
        self._activities.set_value(format_part_of(summary.finished_activity_count, summary.activity_count))
        self._overdue_card.set_value(format_number(len(overdue)),
                                     self.tr("open past their deadline today, from every meeting"),
                                     "#b00020" if overdue else None)
        self._milestones.set_rows(summary.milestones)
        self.behind_lists.show(summary)
        self._overdue.set_rows(overdue[:20])
        # A reader is not told to record or import: he is told what is not recorded yet.
        right = Right.of(self._services.principal) if self._services is not None else ALLOWED
        steps = self._lists.getting_started(data, self.no_progress_yet(), right.allowed)
        self.getting_started.set_title(right.choose(self.tr("Getting started"), self.tr("Not recorded yet")))
        self.getting_started.set_items(steps, "")
        self.getting_started.setVisible(bool(steps))
        self.attention.set_items(self._lists.needs_attention(data, self.no_progress_yet()), self.tr(
            "Nothing needs attention: no overdue resolution, no activity far behind, no unit at risk."))
        self.loaded.emit()
        # The chart after the figures have been painted (home_driver_chart.py).
        self.driver_chart.draw_after_paint_of(self._overall, summary, self.no_progress_yet())

    def is_complete(self) -> bool:
        """The figures and the driver-project chart are both shown."""
        return self.is_loaded() and self.driver_chart.drawn

    def no_progress_yet(self) -> bool:
        """Nothing reported at all: no activity has any actual progress."""
        summary = self._summary
        return summary is not None and not summary.overall.actual and not summary.finished_activity_count

    def not_judged(self) -> list[UnitNotJudged]:
        data = self._data
        return list(data.not_judged) if data is not None else []

    def at_risk(self) -> list[UnitAtRisk]:
        data = self._data
        return list(data.at_risk) if data is not None else []

    def _attention_link(self, link: str) -> None:
        if link.startswith("activity:"):
            self.activity_requested.emit(int(link.split(":", 1)[1]))
        else:
            self.link_requested.emit(link)

    def _show_coverage(self, coverage: DataCoverage) -> None:
        """How many branches have complete statistics for the latest month, and which do not (ranked nowhere)."""
        if coverage.period is None:
            self._statistics_card.set_value("—", self.tr("No statistics have been imported yet."))
            return
        names = list_separator().join(unit.name for unit in coverage.incomplete[:5])
        if len(coverage.incomplete) > 5:
            names += " " + self.tr("and {count} more").format(count=format_number(len(coverage.incomplete) - 5))
        note = (self.tr("{month}: incomplete, not ranked: {names}").format(
                    month=period_label(coverage.period), names=names)
                if coverage.incomplete else self.tr("{month}: every branch complete").format(
                    month=period_label(coverage.period)))
        self._statistics_card.set_value(
            format_part_of(coverage.complete, coverage.branches), note,
            "#b00020" if coverage.incomplete else None)

    # columns -----------------------------------------------------------------------------------
    def _milestone_columns(self) -> list[Column[MilestoneRow]]:
        def status_color(row: MilestoneRow):
            return COMPLIANCE_COLORS.get(ComplianceStatus(row.status))

        def target(row: MilestoneRow) -> str:
            return self.tr("{term}: {percent} by the end of {year}").format(
                term=term_label(row.term), percent=format_percent(row.target_percent), year=format_year(row.year))

        return [
            Column(self.tr("Target"), target, tooltip=target),
            Column(self.tr("Value"), lambda r: format_percent(r.value, 1), numeric=True),
            Column(self.tr("Status"), lambda r: compliance_label(ComplianceStatus(r.status)),
                   background=status_color),
            Column(self.tr("Forecast"), lambda r: format_percent(r.projected, 1), numeric=True),
            Column(two_lines(self.tr("Solutions meeting the target")),  # in sight beside the chart at 1100 px
                   lambda r: format_part_of(r.solutions_meeting, r.solutions_total), numeric=True),
        ]

    def _overdue_columns(self) -> list[Column[ResolutionRow]]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Resolution"), lambda r: r.text),
            Column(self.tr("Owner"), lambda r: r.owner),
            Column(self.tr("Deadline"), lambda r: format_date(r.deadline), numeric=True),
            Column(self.tr("Days overdue"), lambda r: format_number(r.days_overdue), numeric=True),
        ]
