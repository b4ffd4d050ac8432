"""Approval of periods: each month and half-year of a Jalali year with its state; submit (once the period is
over), withdraw a submission, approve, send back and reopen as the role allows (the service decides); what changed since the last approval: the figures that
differ from the approved ones, with their causes (``approval_changes``), and the change-log entries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.approvals.service import ChangedSinceApproval, PeriodStatus
from desktop.context import AppServices
from desktop.domain.access import Action, Reach
from desktop.domain.approval import ApprovalState, first_submission_day
from desktop.domain.jalali import PeriodKind, to_jalali
from desktop.domain.messages import LABEL_CONTEXT, DomainError
from desktop.domain.table_labels import TABLE_LABEL_CONTEXT, table_label
from desktop.store.changelog import ChangeEntry
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import format_datetime, format_number
from desktop.ui.language import Language, current_language, translate
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.approval_changes import FigureChangesView
from desktop.ui.pages.page_support import in_background, operation_label, read_only_table
from desktop.ui.widgets.errors import describe

STATE_COLOURS = {ApprovalState.APPROVED: "#d8f3dc", ApprovalState.SUBMITTED: "#fff3bf",
                 ApprovalState.RETURNED: "#ffe3e3", ApprovalState.REOPENED: "#e7f5ff"}


class ApprovalPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        who = services.principal
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1395, 1430)
        self.year.setValue(to_jalali(services.clock.today())[0])
        self.year.valueChanged.connect(self.reload)
        self.periods = RowsTableModel([
            # A half-year is listed above its six months, in bold: it heads them (it is submitted after the last).
            Column(self.tr("Period"), self._period_label, bold=lambda s: s.period.kind is PeriodKind.HALF),
            Column(self.tr("State"), self._state_label,
                   background=lambda s: QColor(STATE_COLOURS[s.state]) if s.state in STATE_COLOURS else None),
            Column(self.tr("Submitted by"), lambda s: s.submitted_by or "—"),
            Column(self.tr("Decided by"), lambda s: s.decided_by or "—"),
            Column(self.tr("Decided on"), lambda s: format_datetime(s.decided_at)),
            Column(self.tr("Changes since approval"),
                   lambda s: format_number(s.changes_since_approval) if s.approved_at else "—", numeric=True),
            Column(self.tr("Reason"), lambda s: s.reason or ""),
        ], self)
        self.table = read_only_table(self.periods, "periods")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.changes = RowsTableModel([
            Column(self.tr("When"), lambda e: format_datetime(e.changed_at)),
            Column(self.tr("User"), lambda e: e.user_name),
            Column(self.tr("Table"), lambda e: translate(TABLE_LABEL_CONTEXT, table_label(e.table_name))),
            Column(self.tr("Kind of change"), lambda e: operation_label(e.operation)),
            Column(self.tr("Row"), lambda e: format_number(e.row_id), numeric=True),
        ], self)
        self.changes_view = read_only_table(self.changes, "changes")
        self.changes_title = QLabel(self.tr("Select an approved period to see what changed since its approval."))
        self.changes_title.setWordWrap(True)
        self.figure_changes = FigureChangesView(self)
        self.change_tabs = QTabWidget(self)
        self.change_tabs.setObjectName("change_tabs")
        self.change_tabs.addTab(self.figure_changes, self.tr("Figures changed since approval"))
        self.change_tabs.addTab(self.changes_view, self.tr("Change log since approval"))

        self.submit_button = QPushButton(self.tr("Submit for approval"), self)
        self.withdraw_button = QPushButton(self.tr("Withdraw submission"), self)
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.send_back_button = QPushButton(self.tr("Send back…"), self)
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        for button, name, action, handler in (
                (self.submit_button, "submit", Action.SUBMIT, self._submit),
                (self.withdraw_button, "withdraw", Action.SUBMIT, self._withdraw),
                (self.approve_button, "approve", Action.APPROVE, self._approve),
                (self.send_back_button, "send_back", Action.APPROVE, self._send_back),
                (self.reopen_button, "reopen", Action.REOPEN, self._reopen)):
            button.setObjectName(name)
            button.setVisible(who.can(action))
            button.clicked.connect(handler)
        self._sees_changes = who.can(Action.VIEW, Reach.ALL_DISTRICTS)
        self._comparing: tuple | None = None  # the period whose figures are being compared, while it runs

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        for button in (self.submit_button, self.withdraw_button, self.approve_button, self.send_back_button,
                       self.reopen_button):
            top.addWidget(button)
        note = QLabel(self.tr(
            "The secretary submits a month or a half-year once it is over; its data is locked while it awaits "
            "approval, until the secretary withdraws the submission or the chief justice sends it back. The chief "
            "justice approves it, which keeps its data locked. Only the chief justice reopens an approved period, "
            "giving a reason."))
        note.setWordWrap(True)
        lower = QWidget(self)  # parented before setVisible: never a window of its own
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.changes_title)
        lower_layout.addWidget(self.change_tabs, 1)
        lower.setVisible(self._sees_changes)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        self._selection_changed()
        self.reload()

    # data --------------------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year.value()
        service = self._services.approvals
        in_background(self, self.tr("Approval"), lambda: service.periods(year), self._show_periods)

    def _show_periods(self, rows: list[PeriodStatus]) -> None:
        selected = self.selected()
        self.periods.set_rows(rows)
        if selected is None:
            # The page opens on the latest period that is over - the one a secretary submits next or a chief justice
            # decides - in view: on a laptop's screen the year's fourteen rows do not all fit.
            over = [index for index, row in enumerate(rows) if self.is_over(row)]
            if over:
                self.table.setCurrentIndex(self.periods.index(over[-1], 0))
                self.table.scrollTo(self.periods.index(over[-1], 0))
        else:
            for index, row in enumerate(rows):
                if row.period == selected.period:
                    self.table.setCurrentIndex(self.periods.index(index, 0))
        self._selection_changed()

    def selected(self) -> PeriodStatus | None:
        index = self.table.currentIndex()
        return self.periods.row_at(index.row()) if index.isValid() else None

    def select_period(self, code: str) -> None:
        for index, row in enumerate(self.periods.rows()):
            if row.period.code == code:
                self.table.setCurrentIndex(self.periods.index(index, 0))
                self._selection_changed()
                return

    def _selection_changed(self) -> None:
        status = self.selected()
        state = status.state if status else None
        self.submit_button.setEnabled(state in (ApprovalState.OPEN, ApprovalState.RETURNED, ApprovalState.REOPENED)
                                      and status is not None and self.is_over(status))
        self.withdraw_button.setEnabled(state is ApprovalState.SUBMITTED)
        self.approve_button.setEnabled(state is ApprovalState.SUBMITTED and status is not None
                                       and self.is_over(status))
        self.send_back_button.setEnabled(state is ApprovalState.SUBMITTED)
        self.reopen_button.setEnabled(state is ApprovalState.APPROVED)
        self.changes.set_rows([])
        if status is None or status.approved_at is None or not self._sees_changes:
            self.changes_title.setText(self.tr("Select an approved period to see what changed since its approval."))
            self.figure_changes.clear("")
            return
        service = self._services.approvals
        period = status.period
        in_background(self, self.tr("Approval"), lambda: service.changes_since_approval(period),
                      lambda entries: self._show_changes(status, entries))
        asked = (period, status.approved_at, status.decided_at)
        if self._comparing == asked:  # the same comparison is under way (recomputing every figure takes a while)
            return
        self._comparing = asked
        self.figure_changes.clear(self.tr("Comparing today's figures with the approved ones…"))
        task = in_background(self, self.tr("Approval"), lambda: _figure_changes(service, period),
                             lambda changed: self._show_figure_changes(status, changed))
        task.finished.connect(lambda: self._compared(asked))

    def _compared(self, asked: tuple) -> None:
        if isValid(self) and self._comparing == asked:
            self._comparing = None

    def _show_figure_changes(self, status: PeriodStatus, changed: ChangedSinceApproval | DomainError) -> None:
        current = self.selected()
        if current is None or current.period != status.period:
            return  # another period was selected meanwhile
        if isinstance(changed, DomainError):  # approved before Rasad kept the approved figures
            self.figure_changes.clear(describe(changed))
        else:
            self.figure_changes.show_changes(changed, self._period_label(status).strip(),
                                             approved_now=status.state is ApprovalState.APPROVED)

    def _show_changes(self, status: PeriodStatus, entries: list[ChangeEntry]) -> None:
        self.changes.set_rows(entries)
        if status.state is ApprovalState.APPROVED:
            text = self.tr("{count} change(s) to {period} since it was approved on {date}.")
        else:
            text = self.tr("{count} change(s) to {period} since it was last approved on {date} (it was reopened "
                           "since).")
        self.changes_title.setText(text.format(count=format_number(len(entries)),
                                               period=self._period_label(status).strip(),
                                               date=format_datetime(status.approved_at)))

    # steps -------------------------------------------------------------------------------------
    def _submit(self) -> None:
        self._step(lambda service, period: service.submit(period))

    def _withdraw(self) -> None:
        self._step(lambda service, period: service.withdraw(period))

    def _approve(self) -> None:
        self._step(lambda service, period: service.approve(period))

    def _send_back(self) -> None:
        reason = self._ask_reason(self.tr("Send back"))
        if reason is not None:
            self._step(lambda service, period: service.send_back(period, reason))

    def _reopen(self) -> None:
        reason = self._ask_reason(self.tr("Reopen"))
        if reason is not None:
            self._step(lambda service, period: service.reopen(period, reason))

    def _ask_reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, self.tr("Reason (it is kept in the audit trail):"))
        return text if ok else None

    def _step(self, step) -> None:
        status = self.selected()
        if status is None:
            return
        service = self._services.approvals
        in_background(self, self.tr("Approval"), lambda: step(service, status.period), self._stepped)

    def _stepped(self, _status: PeriodStatus) -> None:
        self._notifier.announce(Area.SYNC)  # an approval step is a change to send
        self.reload()

    def is_over(self, status: PeriodStatus) -> bool:
        """Its last day has passed: only then is it submitted or approved (the service says so too)."""
        return first_submission_day(status.period) <= self._services.clock.today()

    def is_future(self, status: PeriodStatus) -> bool:
        """A period that has not begun yet: nothing to submit, so not "open"."""
        return status.state is ApprovalState.OPEN and status.period.start > self._services.clock.today()

    def _state_label(self, status: PeriodStatus) -> str:
        if self.is_future(status):
            return self.tr("Not begun yet")
        return translate(LABEL_CONTEXT, status.label)

    @staticmethod
    def _period_label(status: PeriodStatus) -> str:
        period = status.period
        label = period.label_fa if current_language() is Language.PERSIAN else period.label_en
        return label if period.kind is PeriodKind.HALF else f"    {label}"



def _figure_changes(service, period) -> ChangedSinceApproval | DomainError:  # noqa: ANN001
    """The figure differences, or the service's reason why there are none to compare (shown in place, not in a
    message box on every selection)."""
    try:
        return service.figure_changes(period)
    except DomainError as error:
        return error
