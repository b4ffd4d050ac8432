"""The report page: choose a report, its period and scope; preview its first pages; save it as PDF or Excel
and its charts as PNG or SVG. The work runs in the background with a progress bar and a Cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.access import Action
from desktop.reports.chart_process import start_chart_process
from desktop.reports.document import Report
from desktop.reports.formats import output_format
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.ui.changes import ChangeNotifier
from desktop.ui.formatting import file_path, format_number
from desktop.ui.language import Language, current_language, translate
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets.cards import section_title
from desktop.ui.widgets.errors import show_error

PREVIEW_PAGES = 3


def report_language() -> ReportLanguage:
    return ReportLanguage(translate, rtl=current_language() is Language.PERSIAN)


class ReportsPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = ReportService(services.database, services.clock, principal=services.principal)
        self._task: BackgroundTask | None = None
        self._built: tuple[ReportRequest, Report] | None = None
        self.last_saved: list[Path] = []

        self.kind = QComboBox()
        # Only the kinds the service would build for this role: a district head's is his district's report (the
        # province-wide ones were offered, previewed and saved, and always refused).
        for kind in self._service.kinds():
            self.kind.addItem(translate("Labels", kind.label), kind.value)
        self.period = QComboBox()
        self.district = QComboBox()
        if services.principal.sees_all_districts:  # a district head's report is his district's, never "all"
            self.district.addItem(self.tr("All districts"), None)
        for code, name in self._service.districts():
            self.district.addItem(name, code)
        self.chart_format = QComboBox()
        self.chart_format.addItem("PNG", "png")
        self.chart_format.addItem("SVG", "svg")
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Judicial district"), self.district)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.excel_button = QPushButton(self.tr("Save as Excel…"))
        self.charts_button = QPushButton(self.tr("Save charts…"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.excel_button, self.charts_button):
            buttons.addWidget(button)
        buttons.addWidget(self.chart_format)
        # A viewer may preview a report, not take it away (the service refuses him too). Only hidden: a widget
        # shown before it has a parent would flash up as a window of its own.
        may_export = services.principal.can(Action.EXPORT)
        if not may_export:
            for widget in (self.pdf_button, self.excel_button, self.charts_button, self.chart_format):
                widget.hide()
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)

        self._pages = QHBoxLayout()
        self.preview_hint = QLabel(self.tr(
            "Choose a report and its period, then press Preview: its first pages appear here. "
            "Save as PDF or Excel writes the whole report.") if may_export else self.tr(
            "Choose a report and its period, then press Preview: its first pages appear here."))
        self.preview_hint.setObjectName("previewHint")
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setStyleSheet("color: #5c677d; font-size: 11pt; padding: 24px;")
        self._pages.addWidget(self.preview_hint, 1)  # replaced by the pages at the first preview
        self._pages.addStretch(1)
        holder = QWidget()
        holder.setLayout(self._pages)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(holder)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Reports")))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(working)
        layout.addWidget(self.message)
        layout.addWidget(self.preview_area, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self._ask_and_save("pdf"))
        self.excel_button.clicked.connect(lambda: self._ask_and_save("xlsx"))
        self.charts_button.clicked.connect(self._ask_and_save_charts)
        self.cancel_button.clicked.connect(self.cancel)
        self._kind_changed()

    # choices -----------------------------------------------------------------------------------
    def request(self) -> ReportRequest:
        kind = ReportKind(self.kind.currentData())
        district = self.district.currentData() if kind is ReportKind.DISTRICT else None
        return ReportRequest(kind, self.period.currentData(), district)

    def _kind_changed(self) -> None:
        kind = ReportKind(self.kind.currentData())
        self.period.clear()
        persian = current_language() is Language.PERSIAN
        for period in self._service.recent_periods(kind):
            self.period.addItem(period.label_fa if persian else period.label_en, period)
        if kind is not ReportKind.STATUS and self.period.count() > 1:
            self.period.setCurrentIndex(1)  # the last complete quarter or month
        self.district.setEnabled(kind is ReportKind.DISTRICT)

    # work --------------------------------------------------------------------------------------
    def is_working(self) -> bool:
        return self._task is not None

    def preview(self) -> None:
        request, service, lang = self.request(), self._service, report_language()
        cached = self._cached(request)

        def job(progress):
            start_chart_process()  # the preview's charts are drawn beside while the figures are read
            report = cached or service.build(request, lang, progress)
            return report, service.preview(report, PREVIEW_PAGES, progress=progress)

        self._start(job, request, self._show_preview)

    def save(self, path: Path) -> None:
        request, service, lang = self.request(), self._service, report_language()
        cached = self._cached(request)

        def job(progress):
            if output_format(path) == "pdf":
                start_chart_process()  # its charts are drawn beside while the figures are read
            report = cached or service.build(request, lang, progress)
            return report, [service.write(report, path, lang, progress)]

        self._start(job, request, self._saved)

    def save_charts(self, folder: Path, image_format: str) -> None:
        request, service, lang = self.request(), self._service, report_language()
        cached = self._cached(request)

        def job(progress):
            report = cached or service.build(request, lang, progress)
            return report, service.save_charts(report, folder, image_format)

        self._start(job, request, self._saved)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _cached(self, request: ReportRequest) -> Report | None:
        return self._built[1] if self._built is not None and self._built[0] == request else None

    def _start(self, job, request: ReportRequest, on_success) -> None:
        if self._task is not None:
            return
        self.message.clear()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._set_buttons(False)
        task = BackgroundTask(job, self)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(lambda result: self._remember(request, result[0]))
        task.succeeded.connect(on_success)
        task.failed.connect(lambda error: show_error(self, self.tr("Reports"), error))
        task.cancelled.connect(lambda: self.message.setText(self.tr("Cancelled; nothing was saved.")))
        task.finished.connect(self._finished)
        self._task = task.start()

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _remember(self, request: ReportRequest, report: Report) -> None:
        self._built = (request, report)

    def _finished(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._set_buttons(True)

    def _set_buttons(self, enabled: bool) -> None:
        for widget in (self.preview_button, self.pdf_button, self.excel_button, self.charts_button, self.kind,
                       self.period, self.district):
            widget.setEnabled(enabled and (widget is not self.district or
                                           self.kind.currentData() == ReportKind.DISTRICT.value))

    # results -----------------------------------------------------------------------------------
    def preview_count(self) -> int:
        return sum(1 for i in range(self._pages.count()) if isinstance(self._pages.itemAt(i).widget(), QLabel))

    def _show_preview(self, result: tuple[Report, list[bytes]]) -> None:
        report, images = result
        while self._pages.count() > 1:
            item = self._pages.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for position, data in enumerate(images):
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #ced4da; background: white;")
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            self._pages.insertWidget(position, label)
        if not report.has_data:
            self.message.setText(self.tr("There is no data for this period; the report says so."))
        elif report.missing:
            self.message.setText(self.tr("This period's report has part of its data: {missing}").format(
                missing=" ".join(report.missing)))

    def _saved(self, result: tuple[Report, list[Path]]) -> None:
        self.last_saved = list(result[1])
        if len(self.last_saved) == 1:
            self.message.setText(self.tr("Saved to {path}").format(path=file_path(str(self.last_saved[0]))))
        else:
            self.message.setText(self.tr("{count} charts saved.").format(count=format_number(len(self.last_saved))))

    def _ask_and_save(self, suffix: str) -> None:
        request = self.request()
        stem = f"{request.kind.value}-{request.period.code}"
        pattern = self.tr("PDF files (*.pdf)") if suffix == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        filename, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"{stem}.{suffix}", pattern)
        if filename:
            path = Path(filename)
            self.save(path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}"))

    def _ask_and_save_charts(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save charts into"))
        if folder:
            self.save_charts(Path(folder), self.chart_format.currentData())
