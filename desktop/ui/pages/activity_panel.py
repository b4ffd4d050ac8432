"""One activity: where it sits, its schedule, planned against actual progress, the (append-only) progress
history with its evidence, and a form to record a new progress report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.planning.views import ActivityDetail, EvidenceRef, ProgressEntry
from desktop.ui.charts.progress_charts import draw_progress_history
from desktop.ui.formatting import format_code, format_date, format_number, format_percent, format_ratio
from desktop.ui.language import Language, current_language
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.plan_editors import ActivityEditor
from desktop.ui.status_colors import UNREPORTED_TEXT, spi_color
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets.cards import FigureCard, reading_table
from desktop.ui.widgets.edit_rights import Right, offer
from desktop.ui.widgets.evidence_list import EvidenceList
from desktop.ui.widgets.file_attachments import FileAttachments
from desktop.ui.widgets.form_errors import FormErrors
from desktop.ui.widgets.jalali_date_edit import JalaliDateEdit
from desktop.ui.widgets.vertical_scroll import VerticalScrollArea

TITLE_STYLE = "font-size: 14pt; font-weight: bold; color: #1d3557;"
CRUMB_STYLE = "color: #5c677d;"


class ActivityPanel(QWidget):
    saved = Signal(object, int)  # the schedule was saved: NodeKind.ACTIVITY, id
    progress_recorded = Signal(int)  # activity id

    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._detail: ActivityDetail | None = None
        self._task: BackgroundTask | None = None
        self._chart = None  # created the first time an activity is shown (matplotlib is slow to import)
        self.edit_right = Right.of(services.principal)  # the service refuses a reader's report anyway

        self._crumbs = QLabel()
        self._crumbs.setObjectName("breadcrumb")
        self._crumbs.setStyleSheet(CRUMB_STYLE)
        self._crumbs.setWordWrap(True)
        self._title = QLabel()
        self._title.setObjectName("activityTitle")
        self._title.setStyleSheet(TITLE_STYLE)
        self._title.setWordWrap(True)

        self._planned = FigureCard(self.tr("Planned progress (PV)"))
        self._actual = FigureCard(self.tr("Actual progress (EV)"))
        self._spi = FigureCard(self.tr("Schedule performance (SPI)"))
        cards = QHBoxLayout()
        for card in (self._planned, self._actual, self._spi):
            cards.addWidget(card)

        self.schedule = ActivityEditor(services.plans, with_heading=False)
        self.schedule.saved.connect(self.saved)
        schedule_box = QGroupBox(self.tr("Schedule"))
        QVBoxLayout(schedule_box).addWidget(self.schedule)
        self._chart_box = QGroupBox(self.tr("Planned and actual progress over time"))
        self._chart_layout = QVBoxLayout(self._chart_box)

        self.history = RowsTableModel[ProgressEntry](self._history_columns(), self)
        self._history_view = reading_table()
        self._history_view.setObjectName("history")
        self._history_view.setModel(self.history)
        self._history_view.setMinimumHeight(150)
        # The note and who recorded it share the room left, elided (whole in their tooltips): the recorder's
        # full name fitted to its content had pushed its own column out of the panel.
        self._history_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._history_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._history_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._history_box = QGroupBox(self.tr("Progress history"))
        QVBoxLayout(self._history_box).addWidget(self._history_view)
        self.stored_evidence = FileAttachments(services.plans.evidence_path, can_attach=False)
        self.stored_evidence.setMaximumHeight(110)
        self._evidence_box = QGroupBox(self.tr("Evidence attached to this activity"))
        QVBoxLayout(self._evidence_box).addWidget(self.stored_evidence)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._crumbs)
        layout.addWidget(self._title)
        layout.addLayout(cards)
        layout.addWidget(self._chart_box)
        layout.addWidget(self._history_box)
        layout.addWidget(self._build_record_box())
        layout.addWidget(self._evidence_box)
        layout.addWidget(schedule_box)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content))

    def _build_record_box(self) -> QGroupBox:
        self.record_box = QGroupBox(self.tr("Record progress"))
        self.record_box.setObjectName("recordProgress")
        self._leaf_note = QLabel(self.tr(
            "This activity has sub-activities: its progress is computed from theirs. "
            "Record progress on the sub-activities."))
        self._leaf_note.setWordWrap(True)
        self._leaf_note.setStyleSheet(CRUMB_STYLE)
        self.reported_on = JalaliDateEdit()
        self.reported_on.setObjectName("reported_on")
        self.percent = QDoubleSpinBox()
        self.percent.setObjectName("percent")
        self.percent.setRange(0.0, 100.0)
        self.percent.setDecimals(1)
        self.percent.setSuffix("٪" if current_language() is Language.PERSIAN else "%")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.evidence = EvidenceList()
        self.record_button = QPushButton(self.tr("Record progress"))
        self.record_button.setObjectName("record")
        self.record_button.clicked.connect(self.record)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.record_errors = FormErrors(self._form)
        self._form.addRow(self.tr("Date"), self.reported_on)
        self._form.addRow(self.tr("Percent complete"), self.percent)
        self._form.addRow(self.tr("Note"), self.note)
        self._form.addRow(self.tr("Evidence files"), self.evidence)
        for field, widget in (("reported_on", self.reported_on), ("percent", self.percent),
                              ("note", self.note), ("evidence", self.evidence)):
            self.record_errors.bind(field, widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        offer(self.edit_right, self.record_button)
        self._record_form = QWidget()
        self._record_form.setLayout(self._form)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._record_fields = QWidget()
        fields = QVBoxLayout(self._record_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self._record_form)
        fields.addLayout(buttons)
        layout = QVBoxLayout(self.record_box)
        layout.addWidget(self._leaf_note)
        layout.addWidget(self._record_fields)
        return self.record_box

    # showing -----------------------------------------------------------------------------------
    def activity_id(self) -> int | None:
        return self._detail.id if self._detail else None

    def detail(self) -> ActivityDetail | None:
        return self._detail

    def show_activity(self, activity_id: int) -> None:
        detail = self._services.plans.activity(activity_id)
        switched = self._detail is None or self._detail.id != activity_id
        self._detail = detail
        self._crumbs.setText(self.tr("{plan} › {solution} › {program}").format(
            plan=detail.plan_title, solution=detail.solution_title, program=detail.program_title))
        self._title.setText(self.tr("{code}  {title}").format(code=format_code(detail.form.code),
                                                              title=detail.form.title))
        progress = detail.progress
        self._planned.set_value(format_percent(progress.planned, 1))
        if detail.not_reported:  # nothing reported by today: its progress is not known, never 0 %
            self._actual.set_value(self.tr("not reported"), self.tr("no progress report yet"),
                                   UNREPORTED_TEXT.name())
        else:
            self._actual.set_value(format_percent(progress.actual, 1))
        color = spi_color(progress.spi)
        self._spi.set_value(format_ratio(progress.spi), self.tr("1 means on schedule"),
                            color.darker(160).name() if color else None)
        self.schedule.show_form(detail.id, detail.form)
        self.history.set_rows(detail.history)
        self.stored_evidence.set_files(_all_evidence(detail.history))
        self._draw_chart(detail)
        self._history_box.setVisible(detail.is_leaf or bool(detail.history))
        self._evidence_box.setVisible(detail.is_leaf or bool(self.stored_evidence.files()))
        self.record_box.setEnabled(detail.is_leaf)
        self._leaf_note.setVisible(not detail.is_leaf)
        # A reader gets no blank report to fill in, only the command saying why not.
        self._record_form.setVisible(detail.is_leaf and self.edit_right.allowed)
        self._record_fields.setVisible(detail.is_leaf)
        if switched:
            self._reset_record_form()

    def _reset_record_form(self) -> None:
        self.record_errors.clear()
        self.reported_on.set_value(self._services.clock.today())
        latest = self._latest_percent()
        self.percent.setValue(latest if latest is not None else 0.0)
        self.note.clear()
        self.evidence.clear()

    def _draw_chart(self, detail: ActivityDetail) -> None:
        from desktop.ui.charts.loading import when_charts_loaded

        # Drawn unless another activity was shown meanwhile (while matplotlib was being imported).
        when_charts_loaded(self, self.tr("Activity"),
                           lambda: self._draw_loaded_chart(detail) if self._detail is detail else None)

    def _draw_loaded_chart(self, detail: ActivityDetail) -> None:
        from desktop.ui.charts.canvas import ChartWidget

        if self._chart is None:
            self._chart = ChartWidget(self, height_inches=2.6)
            self._chart.setObjectName("historyChart")
            self._chart.setMinimumHeight(220)
            self._chart_layout.addWidget(self._chart)
        draw_progress_history(self._chart, detail.series, self._services.clock.today(),
                              planned_label=self.tr("Planned"), actual_label=self.tr("Actual"))

    def chart(self):
        return self._chart

    # recording ---------------------------------------------------------------------------------
    def _latest_percent(self) -> float | None:
        if self._detail is None or not self._detail.history:
            return None
        return self._detail.history[-1].percent

    def is_recording(self) -> bool:
        return self._task is not None

    def record(self) -> None:
        """Ask the service to add a progress report (in the background: evidence files are copied)."""
        if self._detail is None or self._task is not None:
            return
        self.record_errors.clear()
        activity_id = self._detail.id
        percent, reported_on = self.percent.value(), self.reported_on.value()
        note, files = self.note.text(), self.evidence.paths()
        latest = self._latest_percent()
        if latest is not None and percent < latest and not self._confirm_decrease(latest, percent):
            return
        plans = self._services.plans

        def job(_progress) -> int:
            return plans.record_progress(activity_id, percent, reported_on, note, files)

        self.record_button.setEnabled(False)
        self._task = BackgroundTask(job, self)
        self._task.succeeded.connect(lambda _update_id: self._recorded(activity_id))
        self._task.failed.connect(self.record_errors.show)
        self._task.finished.connect(self._record_done)
        self._task.start()

    def _confirm_decrease(self, latest: float, percent: float) -> bool:
        answer = QMessageBox.question(self, self.tr("Record progress"), self.tr(
            "The new figure, {new}, is lower than the last one reported, {old}. "
            "Record it as a correction?").format(new=format_percent(percent, 1), old=format_percent(latest, 1)))
        return answer == QMessageBox.StandardButton.Yes

    def _recorded(self, activity_id: int) -> None:
        if self._detail is not None and self._detail.id == activity_id:
            self.note.clear()
            self.evidence.clear()
        self.progress_recorded.emit(activity_id)

    def _record_done(self) -> None:
        self._task = None
        offer(self.edit_right, self.record_button)

    # columns -----------------------------------------------------------------------------------
    def _history_columns(self) -> list[Column[ProgressEntry]]:
        return [
            Column(self.tr("Date"), lambda e: format_date(e.reported_on), numeric=True),
            Column(self.tr("Percent"), lambda e: format_percent(e.percent, 1), numeric=True),
            Column(self.tr("Note"), lambda e: e.note, tooltip=lambda e: e.note),
            Column(self.tr("Recorded by"), lambda e: e.recorded_by, tooltip=lambda e: e.recorded_by),
            Column(self.tr("Evidence"), lambda e: format_number(len(e.evidence)), numeric=True,
                   tooltip=lambda e: "\n".join(ref.original_name for ref in e.evidence)),
        ]


def _all_evidence(history: tuple[ProgressEntry, ...]) -> list[EvidenceRef]:
    """Every file attached across the history, newest report first, each file once."""
    seen: dict[str, EvidenceRef] = {}
    for entry in reversed(history):
        for ref in entry.evidence:
            seen.setdefault(ref.sha256, ref)
    return list(seen.values())

