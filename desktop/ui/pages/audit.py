"""The audit trail: who changed what and when, filtered by user, table, kind of change and Jalali period;
read-only (the database refuses edits of its rows); exported to Excel in the background. A second tab lists the
audit events (refusals, exports, backups, restores, key operations, settings changes: ``audit_events``)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.service import AuditFilter
from desktop.context import AppServices
from desktop.domain.access import Action, Reach, Role
from desktop.domain.indicators.periods import month_period
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.meetings import ResolutionStatus
from desktop.domain.messages import LABEL_CONTEXT, QT_TRANSLATE_NOOP, DomainError
from desktop.domain.table_labels import FIELD_LABEL_CONTEXT, TABLE_LABEL_CONTEXT, field_label, table_label
from desktop.store.changelog import ChangeEntry
from desktop.ui.changes import ChangeNotifier
from desktop.ui.formatting import (
    file_path,
    format_date,
    format_datetime,
    format_number,
    isolate_data,
    isolate_ltr,
    list_separator,
)
from desktop.ui.labels import resolution_status_label
from desktop.ui.language import Language, current_language, translate
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.audit_events import AuditEventsView
from desktop.ui.pages.page_support import OPERATION_LABELS, in_background, operation_label, read_only_table
from desktop.ui.tasks import run_with_progress
from desktop.ui.widgets.edit_rights import Right, offer
from desktop.ui.widgets.errors import describe, show_error

_LATIN = re.compile(r"[A-Za-z0-9]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _table(name: str) -> str:
    return translate(TABLE_LABEL_CONTEXT, table_label(name)) if name else name


def _values(values) -> str:
    """A row's values as a reader expects them: field names in words, Jalali dates, Persian digits, — for none,
    a month as its Jalali name, a status in words; Latin data (file names, fingerprints) isolated left to right."""
    if not values:
        return ""
    return list_separator().join(f"{translate(FIELD_LABEL_CONTEXT, field_label(key))}: {_field_value(key, value)}"
                    for key, value in sorted(values.items()))


def _field_value(key: str, value) -> str:
    if key in ("first_month", "last_month", "opened_month") and isinstance(value, int) and not isinstance(value, bool):
        period = month_period(value)
        return period.label_fa if current_language() is Language.PERSIAN else period.label_en
    if key == "status" and isinstance(value, str) and value in {s.value for s in ResolutionStatus}:
        return resolution_status_label(ResolutionStatus(value))
    if key == "role" and isinstance(value, str) and value in {r.value for r in Role}:
        return translate(LABEL_CONTEXT, Role(value).label)
    if key == "sha256" and isinstance(value, str):
        return _isolated(value[:16] + "…")
    return _value(value)


def _isolated(text: str) -> str:
    """Latin data inside Persian text: kept left to right on its own (first-strong isolate)."""
    return isolate_ltr(text) if _LATIN.search(text) else text


def _value(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("AuditPage", "yes") if value else translate("AuditPage", "no")
    if isinstance(value, int | float):
        return format_number(value, 0 if float(value).is_integer() else 2)
    text = str(value)
    if _ISO_DATE.fullmatch(text):
        return format_date(date.fromisoformat(text))
    if _ISO_MOMENT.match(text):
        try:
            return format_datetime(datetime.fromisoformat(text))
        except ValueError:
            return text
    return isolate_data(_isolated(text))  # Persian data kept in order inside the English window


_YES_NO = (QT_TRANSLATE_NOOP("AuditPage", "yes"), QT_TRANSLATE_NOOP("AuditPage", "no"))


class AuditPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self.user = QComboBox()
        self.user.setObjectName("user")
        self.table_name = QComboBox()
        self.table_name.setObjectName("table")
        self.operation = QComboBox()
        self.operation.setObjectName("operation")
        self.operation.addItem(self.tr("Every kind"), None)
        for key in OPERATION_LABELS:
            self.operation.addItem(operation_label(key), key)
        for combo in (self.user, self.table_name, self.operation):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        self.period = QLineEdit()
        self.period.setObjectName("period")
        self.period.setPlaceholderText(self.tr("e.g. 1405-08 or 1405-H1"))
        self.period.setMaximumWidth(150)
        self.period_error = QLabel()
        self.period_error.setStyleSheet("color: #b00020;")
        show = QPushButton(self.tr("Show"))
        show.setObjectName("show")
        show.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("export")
        self.export_button.clicked.connect(self._export)
        # A viewer reads the trail but may not take it away: disabled, saying why (AuditService.export refuses).
        offer(Right.of(services.principal, Action.EXPORT, Reach.ALL_DISTRICTS), self.export_button)
        self.entries = RowsTableModel([
            Column(self.tr("When"), lambda e: format_datetime(e.changed_at), sort_key=lambda e: e.id),
            Column(self.tr("User"), lambda e: e.user_name),
            Column(self.tr("Table"), lambda e: _table(e.table_name)),
            Column(self.tr("Row"), lambda e: format_number(e.row_id), numeric=True),
            Column(self.tr("Kind of change"), lambda e: operation_label(e.operation)),
            Column(self.tr("Before"), lambda e: _values(e.old_values)),
            Column(self.tr("After"), lambda e: _values(e.new_values)),
        ], self)
        self.view = read_only_table(self.entries, "entries")
        self.count = QLabel()
        self.count.setObjectName("count")

        filters = QHBoxLayout()
        for label, widget in ((self.tr("User"), self.user), (self.tr("Table"), self.table_name),
                              (self.tr("Kind"), self.operation), (self.tr("Period"), self.period)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(show)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        changes = QWidget(self)
        changes_layout = QVBoxLayout(changes)
        changes_layout.addLayout(filters)
        changes_layout.addWidget(self.period_error)
        changes_layout.addWidget(self.view, 1)
        changes_layout.addWidget(self.count)
        self.events = AuditEventsView(services, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("audit_tabs")
        self.tabs.addTab(changes, self.tr("Changes"))
        self.tabs.addTab(self.events, self.tr("Events: refusals, exports, backups, keys, settings"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self._events_loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._load_choices()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.events and not self._events_loaded:
            self._events_loaded = True  # read when first shown; "Show" reads again
            self.events.reload()

    def _load_choices(self) -> None:
        audit = self._services.audit
        in_background(self, self.tr("Audit trail"), lambda: (audit.users(), audit.tables()), self._show_choices)

    def _show_choices(self, choices: tuple[list[str], list[str]]) -> None:
        users, tables = choices
        for combo, values, every in ((self.user, users, self.tr("Every user")),
                                     (self.table_name, tables, self.tr("Every table"))):
            combo.clear()
            combo.addItem(every, None)
            for value in values:
                combo.addItem((_table(value) if combo is self.table_name else value) or "—", value)
        self.reload()

    def current_filter(self) -> AuditFilter | None:
        self.period_error.clear()
        period = None
        if self.period.text().strip():
            try:
                period = JalaliPeriod.parse(self.period.text())
            except DomainError as error:
                self.period_error.setText(describe(error))
                return None
        return AuditFilter(self.user.currentData(), self.table_name.currentData(), self.operation.currentData(),
                           period)

    def reload(self) -> None:
        which = self.current_filter()
        if which is None:
            return
        audit = self._services.audit
        in_background(self, self.tr("Audit trail"), lambda: audit.entries(which), self._show_entries)

    def _show_entries(self, entries: list[ChangeEntry]) -> None:
        self.entries.set_rows(entries)
        count = len(entries)
        self.count.setText(self.tr("%n change(s) shown, newest first.", "", count).replace(
            str(count), format_number(count)))

    def _export(self) -> None:
        which = self.current_filter()
        if which is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit-trail.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export_to(Path(name), which)

    def export_to(self, path: Path, which: AuditFilter):
        audit = self._services.audit
        headers = [self.tr("When"), self.tr("User"), self.tr("Table"), self.tr("Row"), self.tr("Kind of change"),
                   self.tr("Before"), self.tr("After")]
        title = self.tr("Audit trail")

        def job(_progress):
            return audit.export(path, which, title=title, headers=headers, moment=format_datetime,
                                operation=operation_label, right_to_left=current_language() is Language.PERSIAN)

        return run_with_progress(self, self.tr("Exporting the audit trail…"), job,
                                 lambda written: self.count.setText(
                                     self.tr("Saved to {path}").format(path=file_path(str(written)))),
                                 lambda error: show_error(self, title, error), cancellable=False)
