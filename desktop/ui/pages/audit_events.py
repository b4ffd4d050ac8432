"""The Audit trail page's second tab: the audit events — what changes no user-data row (refusals, exports,
backups, restores, key operations, settings changes) — by login (which never changes) and display name,
filtered by user, kind and Jalali period (``AuditService.events``); a restore's consents (another province's
backup, another installation's database, no account left) in words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.audit.service import AuditEventView, AuditFilter
from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import DomainError
from desktop.store import audit as kinds
from desktop.ui.formatting import format_datetime, format_number, isolate_ltr, list_separator
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.page_support import in_background, read_only_table
from desktop.ui.widgets.errors import describe


class AuditEventsView(QWidget):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._kind_labels = {
            kinds.REFUSED: self.tr("Refused"), kinds.EXPORT_REPORT: self.tr("Report exported"),
            kinds.EXPORT_AUDIT: self.tr("Audit trail exported"), kinds.EXPORT_BUNDLE: self.tr("Bundle exported"),
            kinds.BACKUP_CREATE: self.tr("Backup made"), kinds.RESTORE: self.tr("Backup restored"),
            kinds.KEYS_CREATE: self.tr("Signing key made"), kinds.KEYS_ROTATE: self.tr("Signing key replaced"),
            kinds.SETTING: self.tr("Setting changed"),
        }
        self._outcomes = {"done": self.tr("Done"), "refused": self.tr("Refused")}
        # What a restore was consented to (desktop/backups/restore_consent.py's codes, kept in its detail).
        self._consents = {
            "another-province": self.tr("a backup of another province"),
            "another-database": self.tr("another installation's database"),
            "without-accounts": self.tr("no user account left"),
        }
        self.user = QLineEdit()
        self.user.setObjectName("event_user")
        self.user.setPlaceholderText(self.tr("login or name"))
        self.kind = QComboBox()
        self.kind.setObjectName("event_kind")
        self.kind.addItem(self.tr("Every kind"), None)
        for kind in kinds.EVENT_KINDS:
            self.kind.addItem(self._kind_labels[kind], kind)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period = QLineEdit()
        self.period.setObjectName("event_period")
        self.period.setPlaceholderText(self.tr("e.g. 1405-08 or 1405-H1"))
        self.period.setMaximumWidth(150)
        self.period_error = QLabel()
        self.period_error.setStyleSheet("color: #b00020;")
        show = QPushButton(self.tr("Show"))
        show.setObjectName("show_events")
        show.clicked.connect(self.reload)
        self.events = RowsTableModel([
            Column(self.tr("When"), lambda e: format_datetime(e.happened_at), sort_key=lambda e: e.id),
            Column(self.tr("Login"), lambda e: isolate_ltr(e.login) if e.login else "—"),
            Column(self.tr("Name"), lambda e: e.display_name or "—"),
            Column(self.tr("Event"), lambda e: self._kind_labels.get(e.kind, e.kind)),
            Column(self.tr("Outcome"), lambda e: self._outcomes.get(e.outcome, e.outcome)),
            Column(self.tr("Consent given"), self._consent_text),
            Column(self.tr("Detail"), lambda e: isolate_ltr(e.detail) if e.detail else ""),
        ], self)
        self.view = read_only_table(self.events, "events")
        self.count = QLabel()
        self.count.setObjectName("event_count")
        filters = QHBoxLayout()
        for label, widget in ((self.tr("User"), self.user), (self.tr("Kind"), self.kind),
                              (self.tr("Period"), self.period)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(show)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.period_error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

    def _consent_text(self, event: AuditEventView) -> str:
        """A restore's consents in words; that it needed none, or that it was recorded before restores kept them
        (an empty cell read as "none needed" for those too)."""
        if event.kind != kinds.RESTORE:
            return ""
        if event.consents is None:
            return self.tr("not recorded (an earlier version)")
        if not event.consents:
            return self.tr("none needed")
        return list_separator().join(self._consents.get(code, code) for code in event.consents)

    def current_filter(self) -> AuditFilter | None:
        self.period_error.clear()
        period = None
        if self.period.text().strip():
            try:
                period = JalaliPeriod.parse(self.period.text())
            except DomainError as error:
                self.period_error.setText(describe(error))
                return None
        return AuditFilter(self.user.text().strip() or None, None, self.kind.currentData(), period)

    def reload(self) -> None:
        which = self.current_filter()
        if which is None:
            return
        audit = self._services.audit
        in_background(self, self.tr("Audit trail"), lambda: audit.events(which), self._show_events)

    def _show_events(self, events: list[AuditEventView]) -> None:
        self.events.set_rows(events)
        count = len(events)
        self.count.setText(self.tr("%n event(s) shown, newest first.", "", count).replace(
            str(count), format_number(count)))
