"""Comments on a judicial district's month: choose the district (a district head sees only his own) and the
month, read what was written, add a comment when the role allows (the service decides)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.comments.service import CommentService, CommentView
from desktop.context import AppServices
from desktop.domain.access import Action
from desktop.domain.indicators.periods import month_period
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import DomainError
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import format_datetime
from desktop.ui.models.indicator_ranking import period_label
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.widgets.cards import reading_table, section_title
from desktop.ui.widgets.edit_rights import Right, offer
from desktop.ui.widgets.errors import describe

MONTHS_SHOWN = 24


class CommentsPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self.district = QComboBox()
        self.district.setObjectName("commentDistrict")
        self.month = QComboBox()
        self.month.setObjectName("commentMonth")
        month = JalaliPeriod.containing(PeriodKind.MONTH, services.clock.today())
        for _ in range(MONTHS_SHOWN):
            self.month.addItem(period_label(month), month)
            month = month.previous()
        # It opens on the latest month with statistics (the one a comment is about), not on the month under way,
        # whose figures have not come in yet: the page opened empty.
        latest = services.indicators.latest_month()
        listed = [self.month.itemData(index) for index in range(self.month.count())]
        if latest is not None and month_period(latest) in listed:  # (findData does not compare Python values)
            self.month.setCurrentIndex(listed.index(month_period(latest)))
        self.model = RowsTableModel([
            Column(self.tr("Written on"), lambda c: format_datetime(c.created_at), numeric=True),
            Column(self.tr("By"), lambda c: c.author),
            Column(self.tr("Comment"), lambda c: c.text),
        ], self)
        self.table = reading_table()
        self.table.setObjectName("commentsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)  # a comment is a paragraph: shown whole, rows as tall as they need
        self.text = QPlainTextEdit()
        self.text.setObjectName("commentText")
        self.text.setPlaceholderText(self.tr("Your analysis of this district's figures for the month…"))
        self.text.setMaximumHeight(110)
        self.add_button = QPushButton(self.tr("Add comment"))
        self.add_button.setObjectName("addComment")
        self.add_button.clicked.connect(self.add_comment)
        self.message = QLabel()
        self.message.setObjectName("commentMessage")
        self.message.setWordWrap(True)

        choice = QFormLayout()
        choice.addRow(self.tr("Judicial district"), self.district)
        choice.addRow(self.tr("Month"), self.month)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("District comments")))
        layout.addLayout(choice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        for district in services.organisation.districts():
            self.district.addItem(district.name, district)
        self.district.currentIndexChanged.connect(self.reload)
        self.month.currentIndexChanged.connect(self.reload)
        self.reload()

    def _service(self) -> CommentService:
        return CommentService(self._services.database, self._services.clock, principal=self._services.principal)

    def reload(self) -> None:
        district = self.district.currentData()
        if district is None:
            self.model.set_rows([])
            self.add_button.setEnabled(False)
            self.message.setText(self.tr("There is no judicial district to comment on yet."))
            return
        try:
            rows: list[CommentView] = self._service().comments(district.code, self.month.currentData())
        except DomainError as error:
            rows = []
            self.message.setText(describe(error))
        else:
            self.message.setText("" if rows else self.tr("No comment on this month yet."))
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        right = Right.of(self._services.principal, Action.COMMENT, district.id)
        offer(right, self.add_button)
        # No blank comment for a role that may not write one; the button says why not.
        self.text.setEnabled(right.allowed)
        self.text.setVisible(right.allowed)

    def add_comment(self) -> None:
        district = self.district.currentData()
        if district is None:
            return
        try:
            self._service().add(district.code, self.month.currentData(), self.text.toPlainText())
        except DomainError as error:
            self.message.setText(describe(error))
            return
        self.text.clear()
        self._notifier.announce(Area.ORGANISATION)
        self.reload()
        self.message.setText(self.tr("The comment was recorded."))
