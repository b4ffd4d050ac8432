"""Jalali (Persian solar) calendar: conversion, parsing, formatting and reporting periods.

The database and every rule work in Gregorian ``date``; Jalali is for people. Periods follow the Jalali
year: quarters are months 1-3, 4-6, 7-9, 10-12 and halves are months 1-6 and 7-12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

import jdatetime

from desktop.domain.messages import QT_TRANSLATE_NOOP, AsTyped, Bilingual, ValidationError
from desktop.domain.persian import MISSING, normalise_text, to_persian_digits

MONTH_NAMES_FA: tuple[str, ...] = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
MONTH_NAMES_EN: tuple[str, ...] = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)  # fmt: skip
ORDINALS_FA: tuple[str, ...] = ("اول", "دوم", "سوم", "چهارم")

_DATE_FORMAT_MESSAGE = QT_TRANSLATE_NOOP("Validation", "Enter a Jalali date such as 1403/02/05.")
_NOT_REAL_MESSAGE = QT_TRANSLATE_NOOP("Validation", "{date} is not a real Jalali date.")

# Years :func:`parse_jalali` accepts; a Gregorian '2024-04-24' typed by mistake is refused, not read as Jalali.
PARSE_YEARS = range(1200, 1600)

_DATE_RE = re.compile(
    r"^(?P<y>\d{4})\s*(?P<sep>[/\-.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})"
    r"(?:(?:\s+|\s*T\s*)(?P<H>\d{1,2})\s*:\s*(?P<M>\d{1,2})(?:\s*:\s*(?P<S>\d{1,2}))?)?$"
)


# --- conversion -------------------------------------------------------------------------------------------


def to_jalali(d: date) -> tuple[int, int, int]:
    """Gregorian date -> (year, month, day) in the Jalali calendar."""
    j = jdatetime.date.fromgregorian(date=d)
    return j.year, j.month, j.day


def is_leap_year(year: int) -> bool:
    """Whether Esfand of this Jalali year has 30 days (1403 does, 1404 does not)."""
    return jdatetime.date(year, 1, 1).isleap()


def days_in_month(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap_year(year) else 29


def from_jalali(year: int, month: int, day: int) -> date:
    """(year, month, day) in Jalali -> Gregorian date; ValidationError(field="date") if impossible."""
    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, TypeError, OverflowError):
        raise ValidationError("date", _NOT_REAL_MESSAGE, {"date": f"{year}/{month:0>2}/{day:0>2}"}) from None


def jalali_year_start(year: int) -> date:
    """1 Farvardin of the Jalali year (Nowruz)."""
    return from_jalali(year, 1, 1)


def jalali_year_end(year: int) -> date:
    """The last day of Esfand of the Jalali year (the 30th in leap years, else the 29th)."""
    return from_jalali(year, 12, days_in_month(year, 12))


# --- parsing ----------------------------------------------------------------------------------------------


def _match(text: str, field: str) -> re.Match[str]:
    match = _DATE_RE.match(normalise_text(text or ""))
    if match is None or int(match["y"]) not in PARSE_YEARS:
        raise ValidationError(field, _DATE_FORMAT_MESSAGE, {"text": text})
    return match


def _date_of(match: re.Match[str], field: str) -> date:
    try:
        return from_jalali(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValidationError as error:
        raise ValidationError(field, error.message, error.params) from None


def parse_jalali(text: str, field: str = "date") -> date:
    """Read a Jalali date such as '۱۴۰۳/۰۲/۰۵', '1403-2-5' or '1403/02/05 13:45' (the time is ignored).

    Persian, Arabic-Indic or Latin digits and spaces around separators are accepted. Raises
    ValidationError(field) on anything else or an impossible date.
    """
    match = _match(text, field)
    if match["H"] is not None:
        _time_of(match, text, field)
    return _date_of(match, field)


def _time_of(match: re.Match[str], text: str, field: str) -> time:
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValidationError(field, _DATE_FORMAT_MESSAGE, {"text": text})
    return time(hour, minute, second)


def parse_jalali_datetime(text: str, field: str = "date") -> datetime:
    """Like :func:`parse_jalali` but keeps the time of day (midnight when there is none). Naive result."""
    match = _match(text, field)
    moment = _time_of(match, text, field) if match["H"] is not None else time()
    return datetime.combine(_date_of(match, field), moment)


# --- formatting -------------------------------------------------------------------------------------------


def format_jalali(d: date | None, persian_digits: bool = True, sep: str = "/") -> str:
    """'۱۴۰۳/۰۲/۰۵' (or '1403/02/05' without Persian digits); None -> '—'. A datetime shows its date."""
    if d is None:
        return MISSING
    y, m, day = to_jalali(d.date() if isinstance(d, datetime) else d)
    text = f"{y:04d}{sep}{m:02d}{sep}{day:02d}"
    return to_persian_digits(text) if persian_digits else text


def format_jalali_datetime(moment: datetime | None, persian_digits: bool = True) -> str:
    """'۱۴۰۳/۰۲/۰۵ ۱۳:۴۵'; None -> '—'. The caller converts UTC to local time first."""
    if moment is None:
        return MISSING
    text = f"{format_jalali(moment, persian_digits=False)} {moment:%H:%M}"
    return to_persian_digits(text) if persian_digits else text


def format_jalali_long(d: date | None, persian_digits: bool = True) -> str:
    """'۵ اردیبهشت ۱۴۰۳'; None -> '—'."""
    if d is None:
        return MISSING
    y, m, day = to_jalali(d)
    text = f"{day} {MONTH_NAMES_FA[m - 1]} {y}"
    return to_persian_digits(text) if persian_digits else text


# --- periods ----------------------------------------------------------------------------------------------


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"

    @property
    def months(self) -> int:
        """How many Jalali months one period of this kind spans."""
        return _MONTHS[self]

    @property
    def per_year(self) -> int:
        return 12 // _MONTHS[self]

    @property
    def label(self) -> str:
        return _PERIOD_KIND_LABELS[self]


_MONTHS = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.HALF: 6, PeriodKind.YEAR: 12}
_PERIOD_KIND_LABELS = {
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("Labels", "Month"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("Labels", "Quarter"),
    PeriodKind.HALF: QT_TRANSLATE_NOOP("Labels", "Half-year"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("Labels", "Year"),
}

_CODE_RE = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{1,2})|[Qq](?P<q>\d)|[Hh](?P<h>\d)))?$")
_PERIOD_MESSAGE = QT_TRANSLATE_NOOP(
    "Validation", "'{code}' is not a period code such as 1403-07, 1403-Q2, 1403-H1 or 1403."
)


@dataclass(frozen=True, order=True)
class JalaliPeriod:
    """A Jalali month, quarter, half-year or year. ``index`` counts from 1 within the year (1 for a year)."""

    kind: PeriodKind
    year: int
    index: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PeriodKind(self.kind))
        if not 1 <= self.index <= self.kind.per_year or not 1 <= self.year <= 9376:
            raise ValidationError(
                "period", _PERIOD_MESSAGE, {"code": f"{self.year}/{self.kind}/{self.index}"}
            )

    @property
    def first_month(self) -> int:
        return (self.index - 1) * self.kind.months + 1

    @property
    def last_month(self) -> int:
        return self.index * self.kind.months

    @property
    def start(self) -> date:
        return from_jalali(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        """The last day of the period (inclusive)."""
        return from_jalali(self.year, self.last_month, days_in_month(self.year, self.last_month))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def described_on(self, today: date) -> date:
        """The day a report, a snapshot or a table of the period describes: its last day, or today while it is
        under way."""
        return min(self.end, today)

    def next(self) -> JalaliPeriod:
        if self.index < self.kind.per_year:
            return JalaliPeriod(self.kind, self.year, self.index + 1)
        return JalaliPeriod(self.kind, self.year + 1, 1)

    def previous(self) -> JalaliPeriod:
        if self.index > 1:
            return JalaliPeriod(self.kind, self.year, self.index - 1)
        return JalaliPeriod(self.kind, self.year - 1, self.kind.per_year)

    @property
    def label_fa(self) -> str:
        """'مهر ۱۴۰۳', 'سه‌ماهه دوم ۱۴۰۳', 'نیم‌سال اول ۱۴۰۳' or 'سال ۱۴۰۳'."""
        year = to_persian_digits(self.year)
        if self.kind is PeriodKind.MONTH:
            return f"{MONTH_NAMES_FA[self.index - 1]} {year}"
        if self.kind is PeriodKind.QUARTER:
            return f"سه‌ماهه {ORDINALS_FA[self.index - 1]} {year}"
        if self.kind is PeriodKind.HALF:
            return f"نیم‌سال {ORDINALS_FA[self.index - 1]} {year}"
        return f"سال {year}"

    @property
    def label_en(self) -> str:
        """'Mehr 1403', 'Q2 1403', 'H1 1403' or '1403'."""
        if self.kind is PeriodKind.MONTH:
            return f"{MONTH_NAMES_EN[self.index - 1]} {self.year}"
        if self.kind is PeriodKind.YEAR:
            return str(self.year)
        return f"{'Q' if self.kind is PeriodKind.QUARTER else 'H'}{self.index} {self.year}"

    @property
    def message_label(self) -> Bilingual:
        """Its name as a message field: Persian in a Persian message, English in an English one."""
        return Bilingual(self.label_fa, self.label_en)

    @property
    def code(self) -> str:
        """'1403-07', '1403-Q2', '1403-H1' or '1403'; :meth:`parse` reads it back."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.index:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind is PeriodKind.HALF:
            return f"{self.year}-H{self.index}"
        return str(self.year)

    @classmethod
    def parse(cls, code: str) -> JalaliPeriod:
        """Inverse of :attr:`code` (Persian digits accepted); ValidationError(field="period") on junk."""
        match = _CODE_RE.match(normalise_text(code or "").replace(" ", ""))
        if match is None:
            raise ValidationError("period", _PERIOD_MESSAGE, {"code": AsTyped(code)})
        year = int(match["y"])
        try:
            if match["m"] is not None:
                return cls(PeriodKind.MONTH, year, int(match["m"]))
            if match["q"] is not None:
                return cls(PeriodKind.QUARTER, year, int(match["q"]))
            if match["h"] is not None:
                return cls(PeriodKind.HALF, year, int(match["h"]))
            return cls(PeriodKind.YEAR, year, 1)
        except ValidationError:
            raise ValidationError("period", _PERIOD_MESSAGE, {"code": AsTyped(code)}) from None

    @classmethod
    def containing(cls, kind: PeriodKind, d: date) -> JalaliPeriod:
        """The period of ``kind`` that ``d`` falls in."""
        kind = PeriodKind(kind)
        year, month, _ = to_jalali(d)
        return cls(kind, year, (month - 1) // kind.months + 1)

    def __str__(self) -> str:
        return self.code


def periods_between(kind: PeriodKind, start: date, end: date) -> list[JalaliPeriod]:
    """Every period of ``kind`` overlapping [start, end], in order; empty if end < start."""
    if end < start:
        return []
    period = JalaliPeriod.containing(kind, start)
    last = JalaliPeriod.containing(kind, end)
    periods = [period]
    while period != last:
        period = period.next()
        periods.append(period)
    return periods
