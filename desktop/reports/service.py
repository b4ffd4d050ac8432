"""Use cases of the report page and the `report` command: build a report, write it as PDF or Excel, save
its charts, preview its first pages."""

from __future__ import annotations

import functools
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal, Reach
from desktop.domain.jalali import JalaliPeriod, PeriodKind, format_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.reports.document import Letterhead, Report
from desktop.reports.emblem import EmblemPicture
from desktop.reports.formats import output_format
from desktop.reports.language import ReportLanguage
from desktop.store.database import Database
from desktop.tasks import NO_PROGRESS, TaskProgress


class ReportKind(StrEnum):
    STATUS = "status"
    CITIZENS = "citizens"
    DISTRICT = "district"

    @property
    def period_kind(self) -> PeriodKind:
        return _PERIODS[self]

    @property
    def label(self) -> str:
        return _LABELS[self]


_PERIODS = {ReportKind.STATUS: PeriodKind.HALF, ReportKind.CITIZENS: PeriodKind.QUARTER,
            ReportKind.DISTRICT: PeriodKind.MONTH}
_LABELS = {
    ReportKind.STATUS: QT_TRANSLATE_NOOP("Labels", "Six-monthly status report"),
    ReportKind.CITIZENS: QT_TRANSLATE_NOOP("Labels", "Quarterly citizens'-rights report"),
    ReportKind.DISTRICT: QT_TRANSLATE_NOOP("Labels", "Monthly district statistics"),
}
@dataclass(frozen=True)
class LetterheadRequest:
    """Print the report as an official document: the letter's number and classification (empty: a dotted
    line to fill by hand); its date is the day the report is prepared."""

    number: str = ""
    classification: str = ""


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    period: JalaliPeriod
    district_code: str | None = None  # the district report only; None = every district
    letterhead: LetterheadRequest | None = None


def check_request(request: ReportRequest, today: date) -> None:
    """A period of the report's kind that has begun by ``today`` (the one under way is reported up to today); a
    period still to come has nothing to report, and is refused rather than written as an empty report."""
    expected = request.kind.period_kind
    if request.period.kind is not expected:
        raise ValidationError("period", {
            PeriodKind.HALF: QT_TRANSLATE_NOOP("Validation", "This report covers a half-year, such as 1404-H1."),
            PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Validation", "This report covers a quarter, such as 1404-Q2."),
            PeriodKind.MONTH: QT_TRANSLATE_NOOP("Validation", "This report covers a month, such as 1404-07."),
        }[expected], {"code": request.period.code})
    if request.period.start > today:
        raise ValidationError("period", QT_TRANSLATE_NOOP(
            "Validation", "{period} has not begun yet (it begins on {start}): there is nothing to report."),
            {"period": request.period.message_label, "start": format_jalali(request.period.start, persian_digits=False)})


def _emblem_name(picture: EmblemPicture | None) -> str:
    """An emblem as the audit trail names it: its file and the start of its SHA-256, or «-» for none."""
    return f"{picture.file_name} ({picture.sha256[:12]})" if picture is not None else "-"


class ReportService(ActsForPrincipal):
    """Reports for :attr:`principal`: the six-monthly and citizens' reports are province-wide (not a district
    head's); the district report of a district head is his own district's, without the province total."""

    def __init__(self, database: Database, clock: Clock, *, principal: Principal | None = None):
        self._database = database
        self._clock = clock
        self._act_for(principal)

    def kinds(self) -> list[ReportKind]:
        """The kinds of report :attr:`principal` may build, in the page's order: a district head only his
        district's (the others are province-wide); what the Reports page offers."""
        return [kind for kind in ReportKind if self.principal.can(Action.VIEW, self._reach(kind))]

    def _reach(self, kind: ReportKind) -> int | Reach:
        """What building a report of ``kind`` reads: every district, or for the district report the principal's
        own district (every district for a province-wide role, who may name any)."""
        if kind is ReportKind.DISTRICT:
            own = self.principal.visible_district
            return Reach.ALL_DISTRICTS if own is None else own
        return Reach.ALL_DISTRICTS

    def build(self, request: ReportRequest, lang: ReportLanguage, progress: TaskProgress = NO_PROGRESS) -> Report:
        report = self._build(request, lang, progress)
        if request.letterhead is None:
            return report
        return replace(report, letterhead=self._letterhead(request.letterhead, report, lang))

    def _letterhead(self, request: LetterheadRequest, report: Report, lang: ReportLanguage) -> Letterhead:
        picture = self.emblem()
        blank = "……………………"
        fields = ((lang(QT_TRANSLATE_NOOP("Reports", "Number")), request.number.strip() or blank),
                  (lang(QT_TRANSLATE_NOOP("Reports", "Date")), lang.cells.date(self._clock.today())),
                  (lang(QT_TRANSLATE_NOOP("Reports", "Classification")), request.classification.strip() or blank))
        return Letterhead(lang(QT_TRANSLATE_NOOP("Reports", "In the name of the Most High")), report.province,
                          fields, picture.data if picture is not None else None)

    # the letterhead's emblem (a setting of the database: docs/reports.md, "Official form") ----------------
    def emblem(self) -> EmblemPicture | None:
        """The emblem stored in the database; an older database's setting may still hold a file's path, read
        while that file is there."""
        from desktop.reports.emblem import EmblemPicture, read_emblem_file
        from desktop.store.settings import LETTERHEAD_EMBLEM_KEY, get_setting

        with self._database.reading() as session:
            value = get_setting(session, LETTERHEAD_EMBLEM_KEY)
        if isinstance(value, str) and value:
            try:
                return read_emblem_file(Path(value))
            except ValidationError:  # the file went away or is no picture: the letterhead goes without it
                return None
        return EmblemPicture.from_setting(value)

    def set_emblem(self, path: Path) -> EmblemPicture:
        """Check the picture in ``path`` and keep a copy of it in the database (the file may then move or go).
        The secretary's right (editing the province's data); an audit event names the old and the new file."""
        from desktop.reports.emblem import read_emblem_file

        self.principal.require(Action.EDIT)
        picture = read_emblem_file(Path(path))
        self._store_emblem(picture)
        return picture

    def clear_emblem(self) -> None:
        """Print the letterhead without an emblem from now on."""
        self.principal.require(Action.EDIT)
        self._store_emblem(None)

    def _store_emblem(self, picture: EmblemPicture | None) -> None:
        from desktop.store.audit import SETTING, record_event
        from desktop.store.settings import LETTERHEAD_EMBLEM_KEY, delete_setting, set_setting

        before = self.emblem()
        with self._database.session() as session:
            if picture is None:
                delete_setting(session, LETTERHEAD_EMBLEM_KEY)
            else:
                set_setting(session, LETTERHEAD_EMBLEM_KEY, picture.to_setting())
            record_event(session, self.principal, SETTING,
                         f"{LETTERHEAD_EMBLEM_KEY}: {_emblem_name(before)} → {_emblem_name(picture)}")

    def _build(self, request: ReportRequest, lang: ReportLanguage, progress: TaskProgress) -> Report:
        today = self._clock.today()
        check_request(request, today)
        if request.kind is not ReportKind.DISTRICT:  # the district report's district is checked as it is read
            self.principal.require(Action.VIEW, self._reach(request.kind))
        if request.kind is ReportKind.STATUS:
            from desktop.reports.status import build_status_report
            from desktop.reports.status_data import gather_status

            return build_status_report(gather_status(self._database, request.period, today, progress), lang, today)
        if request.kind is ReportKind.CITIZENS:
            from desktop.reports.citizens import build_citizens_report
            from desktop.reports.citizens_data import gather_citizens

            return build_citizens_report(gather_citizens(self._database, request.period, today, progress), lang,
                                         today)
        from desktop.reports.district import build_district_report
        from desktop.reports.district_data import gather_district

        data = gather_district(self._database, request.period, request.district_code, today, progress,
                               self.principal)
        return build_district_report(data, lang, today)

    def write(self, report: Report, path: Path, lang: ReportLanguage, progress: TaskProgress = NO_PROGRESS) -> Path:
        """Write as PDF or Excel by the file's suffix; atomically (no partial file on failure), and recorded:
        the file appears only with its audit event (desktop/exports/files.py)."""
        self.principal.require(Action.EXPORT)
        record = functools.partial(self._recorded, report.title)
        if output_format(path) == "pdf":
            from desktop.reports.pdf_writer import write_pdf

            return write_pdf(report, path, progress, record)
        from desktop.reports.excel_writer import write_excel

        return write_excel(report, path, lang(QT_TRANSLATE_NOOP("Reports", "Summary")), record)

    def _recorded(self, title: str, written: Path) -> AbstractContextManager[None]:
        from desktop.store.audit import EXPORT_REPORT, event_recorded

        return event_recorded(self._database, self.principal, EXPORT_REPORT, f"{title} → {written}")

    def save_charts(self, report: Report, folder: Path, image_format: str = "png") -> list[Path]:
        """The report's charts as image files: an export like the report itself - its right first (not a
        viewer's), and an audit event; images whose event cannot be recorded are removed again."""
        self.principal.require(Action.EXPORT)
        from desktop.reports.chart_files import save_charts
        from desktop.store.audit import EXPORT_REPORT, record_event

        written = save_charts(report, folder, image_format)
        try:
            with self._database.session() as session:
                record_event(session, self.principal, EXPORT_REPORT,
                             f"{report.title}: {len(written)} charts → {Path(folder)}")
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        return written

    def save_picture(self, path: Path, picture: bytes, what: str) -> Path:
        """A chart of the window (``what``: its title), as PNG or SVG bytes the window drew, written to ``path``:
        an export - its right first (not a viewer's), and the file only with its ``export.report`` event."""
        self.principal.require(Action.EXPORT)
        from desktop.exports.files import write_atomically

        return write_atomically(Path(path), lambda: picture, functools.partial(self._recorded, what or "chart"))

    @staticmethod
    def preview(report: Report, pages: int = 3, dpi: int = 70, progress: TaskProgress = NO_PROGRESS) -> list[bytes]:
        """The first ``pages`` pages as PNG images."""
        from desktop.reports.pdf_writer import pdf_bytes
        from desktop.reports.preview import render_pages

        return render_pages(pdf_bytes(report, progress), pages, dpi)

    def recent_periods(self, kind: ReportKind, count: int = 8) -> list[JalaliPeriod]:
        """The periods a user most likely wants, newest first: the one under way and those before it."""
        period = JalaliPeriod.containing(kind.period_kind, self._clock.today())
        periods = [period]
        while len(periods) < count:
            period = period.previous()
            periods.append(period)
        return periods

    def districts(self) -> list[tuple[str, str]]:
        """(code, name) of every district the principal sees, by code."""
        from sqlalchemy import text

        own = self.principal.visible_district
        with self._database.engine.connect() as connection:
            return [(row[1], row[2]) for row in connection.execute(
                text("SELECT id, code, name FROM district ORDER BY code")) if own is None or row[0] == own]
