"""The national report's use cases: build it for a half-year, write it as PDF or Excel (atomically); the
dashboard's download (for a signed-in member of the center's staff, refused and audited by the rules of
desktop/center/staff)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.center.report.data import NationalData, gather_national
from desktop.center.report.document import build_national_report
from desktop.center.staff import Action, StaffContext, audit, check, visible_provinces
from desktop.domain.jalali import JalaliPeriod, PeriodKind, format_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.reports.document import Report
from desktop.reports.language import ReportLanguage
from desktop.translations import Language, translate

FORMATS = ("pdf", "xlsx")


class NoDataError(ValidationError):
    """No province to report on: none registered yet, or none among those the account may see."""

    def __init__(self, limited: bool = False) -> None:
        if limited:
            message = QT_TRANSLATE_NOOP(
                "Validation", "None of the provinces this account may see is registered: there is nothing to report.")
        else:
            message = QT_TRANSLATE_NOOP(
                "Validation", "The center has no registered province yet: there is nothing to report.")
        super().__init__("period", message, {})


def half_year(code: str, today: date | None = None) -> JalaliPeriod:
    """``1405-H1`` (Persian digits accepted) as a period; ValidationError naming the field otherwise, and for a
    half-year that has not begun by ``today`` (the province's reports refuse it the same way: nothing to report)."""
    period = JalaliPeriod.parse(code.strip())
    if period.kind is not PeriodKind.HALF:
        raise ValidationError("period", QT_TRANSLATE_NOOP(
            "Validation", "This report covers a half-year, such as 1404-H1."), {"code": period.code})
    if today is not None and period.start > today:
        raise ValidationError("period", QT_TRANSLATE_NOOP(
            "Validation", "{period} has not begun yet (it begins on {start}): there is nothing to report."),
            {"period": period.message_label, "start": format_jalali(period.start, persian_digits=False)})
    return period


def output_format(path: Path, given: str | None = None) -> str:
    """The format asked for, else the file's extension; ValidationError for anything else."""
    chosen = (given or Path(path).suffix.lstrip(".")).lower()
    if chosen not in FORMATS:
        raise ValidationError("out", QT_TRANSLATE_NOOP(
            "Validation", "Save the report as a .pdf or .xlsx file, not {name}."), {"name": Path(path).name})
    return chosen


def gather(engine: Engine, period: JalaliPeriod, now: datetime, stale_days: int = 14,
           only: frozenset[str] | None = None) -> NationalData:
    """The report's figures, read in one transaction (a consistent picture while bundles keep arriving);
    ``only`` limits them to a provincial liaison's provinces."""
    with Session(engine) as session, session.begin():
        data = gather_national(session, period, now, stale_days, only)
    if not data.provinces:
        raise NoDataError(limited=only is not None)
    return data


def build(data: NationalData, lang: ReportLanguage, now: datetime, reason_text=None) -> Report:  # noqa: ANN001
    return build_national_report(data, lang, now.date(), reason_text or (lambda reason: reason))


def write(report: Report, path: Path, fmt: str, lang: ReportLanguage) -> Path:
    """Write the report; a temporary file renamed into place, so a failure leaves no partial file
    (desktop/exports/files.py); ExportError with the reason."""
    if fmt == "pdf":
        from desktop.reports.pdf_writer import write_pdf

        return write_pdf(report, path)
    from desktop.reports.excel_writer import write_excel

    return write_excel(report, path, lang(QT_TRANSLATE_NOOP("Reports", "Summary")))


def report_bytes(report: Report, fmt: str, lang: ReportLanguage) -> bytes:
    """The report as bytes (the dashboard's download)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="rasad-national-") as folder:
        path = write(report, Path(folder) / f"{report.file_stem}.{fmt}", fmt, lang)
        return path.read_bytes()


def recent_half_years(today: date, count: int) -> list[JalaliPeriod]:
    """The half-year under way and the ``count - 1`` before it, newest first (what the dashboard offers)."""
    period = JalaliPeriod.containing(PeriodKind.HALF, today)
    periods = [period]
    while len(periods) < count:
        period = period.previous()
        periods.append(period)
    return periods


@dataclass(frozen=True)
class ReportFile:
    file_name: str
    media_type: str
    data: bytes


MEDIA_TYPES = {"pdf": "application/pdf",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def dashboard_report(accounts, staff: StaffContext, period_code: str, fmt: str, now: datetime, stale_days: int,  # noqa: ANN001 - StaffAccounts
                     language: Language, *, address: str = "") -> ReportFile:
    """The report for the dashboard's download: refused (Refused, audited by the page) unless the role allows
    Action.download_report; a liaison's holds only his provinces. The download is audited as allowed."""
    check(staff, Action.download_report)
    period = half_year(period_code, now.date())
    if fmt not in FORMATS:
        raise ValidationError("format", QT_TRANSLATE_NOOP("Validation", "Choose PDF or Excel."), {})
    lang = ReportLanguage(lambda context, text, **params: translate(language, context, text, **params),
                          rtl=language is Language.PERSIAN)
    with accounts.read() as session:
        data = gather_national(session, period, now, stale_days, visible_provinces(staff))
    if not data.provinces:
        raise NoDataError(limited=visible_provinces(staff) is not None)
    report = build(data, lang, now, lambda reason: reason_in(language, reason))
    made = ReportFile(f"{report.file_stem}.{fmt}", MEDIA_TYPES[fmt], report_bytes(report, fmt, lang))
    with accounts.write() as session:
        audit.record(session, staff, Action.download_report, f"{period.code}.{fmt}", audit.Outcome.ALLOWED,
                     address=address, at=now)
    return made


def reason_in(language: Language, reason: str) -> str:
    """A stored refusal reason (an English text of desktop/sync/refusals.py) in ``language``."""
    from desktop.sync.refusals import recognise

    known = recognise(reason)
    return translate(language, "Sync", known.message, **known.params) if known else reason
