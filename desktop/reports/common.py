"""Pieces every report shares: page furniture, the cover lines, period labels, progress cells."""

from __future__ import annotations

from datetime import date

from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.planning.views import Progress
from desktop.reports.document import Cell, Chrome, Column, Number, NumberKind
from desktop.reports.language import ReportLanguage


def chrome(lang: ReportLanguage) -> Chrome:
    return Chrome(
        page=lang(QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")),
        prepared_on=lang(QT_TRANSLATE_NOOP("Reports", "Prepared on {date}")),
        signature=lang(QT_TRANSLATE_NOOP(
            "Reports", "Approved by the provincial chief justice — signature and date: ………………………")),
        no_data=lang(QT_TRANSLATE_NOOP("Reports", "There is no data for this period.")),
        contents=lang(QT_TRANSLATE_NOOP("Reports", "Contents")),
        unbounded=lang.cells.unbounded,
    )


def missing_parts(lang: ReportLanguage, parts: tuple[tuple[bool, str], ...]) -> tuple[str, ...]:
    """Of a report's ``parts`` - (whether it has data, the sentence said in its place without) - the sentences of
    those without, when another has data (:attr:`Report.missing`); none when no part has any: the report then
    has no data at all, which is said as such."""
    absent = [text for present, text in parts if not present]
    return () if len(absent) == len(parts) else tuple(lang(text) for text in absent)


def period_label(lang: ReportLanguage, period: JalaliPeriod) -> str:
    return period.label_fa if lang.rtl else period.label_en


def cover_lines(lang: ReportLanguage, today: date, as_of: date) -> tuple[str, ...]:
    lines = [lang(QT_TRANSLATE_NOOP("Reports", "Situation on {date}"), date=lang.cells.date(as_of))]
    lines.append(lang(QT_TRANSLATE_NOOP("Reports", "Prepared on {date}"), date=lang.cells.date(today)))
    return tuple(lines)


def province_line(lang: ReportLanguage, province: str) -> str:
    if not province:
        return lang(QT_TRANSLATE_NOOP("Reports", "Provincial judicial council"))
    return lang(QT_TRANSLATE_NOOP("Reports", "Provincial judicial council of {province}"), province=province)


def percent(value: float | None, decimals: int = 1) -> Number:
    return Number(value, NumberKind.PERCENT, decimals)


def ratio(value: float | None) -> Number:
    return Number(value, NumberKind.RATIO, 2)


def progress_columns(lang: ReportLanguage) -> tuple[Column, ...]:
    return (Column(lang(QT_TRANSLATE_NOOP("Reports", "Planned")), 0.8, True),
            Column(lang(QT_TRANSLATE_NOOP("Reports", "Actual")), 0.8, True),
            Column(lang(QT_TRANSLATE_NOOP("Reports", "SPI")), 0.6, True))


def progress_cells(progress: Progress) -> tuple[Number, Number, Number]:
    return percent(progress.planned), percent(progress.actual), ratio(progress.spi)


def activity_progress_cells(lang: ReportLanguage, progress: Progress, reported: bool) -> tuple[Cell, Cell, Cell]:
    """An activity's planned, actual and SPI cells. Without a progress report by the report date its actual
    progress is unknown - "not reported", its SPI "—" -, never 0 % (the overview's roll-up counts it as 0 % in its
    parents' means; the activity itself is not known to be at 0 %)."""
    if reported:
        return progress_cells(progress)
    return percent(progress.planned), not_reported(lang), ratio(None)


def not_reported(lang: ReportLanguage) -> str:
    """What an activity's actual progress reads without a progress report by the report date."""
    return lang(QT_TRANSLATE_NOOP("Reports", "not reported"))


def activity_code(lang: ReportLanguage, program_code: str, code: str) -> str:
    """An activity named as the plans page's tree names it, under its program: "TD-S01-P1 › 2.3" (an activity's
    code is its program's own: "2.3" stands in many programs), in the report's digits."""
    return lang(QT_TRANSLATE_NOOP("Reports", "{program} › {activity}"), program=lang.cells.code(program_code),
                activity=lang.cells.code(code))


def unmeasurable_reasons(lang: ReportLanguage, without_program: int, without_activity: int) -> str:
    """Why solutions cannot be measured, in words: how many have no operational program and how many have
    programs with no activity in them (an empty program measures nothing), the parts with none left out."""
    reasons = []
    if without_program:
        reasons.append(lang(QT_TRANSLATE_NOOP("Reports", "{count} with no operational program"),
                            count=lang.cells.number(without_program)))
    if without_activity:
        reasons.append(lang(QT_TRANSLATE_NOOP("Reports", "{count} with operational programs but no activity"),
                            count=lang.cells.number(without_activity)))
    return ("، " if lang.rtl else ", ").join(reasons)
