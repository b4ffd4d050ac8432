"""Fast parsers for the cells of import files: numbers, Jalali dates and times, codes and text.

Cells may use Persian (۰-۹) or Arabic-Indic (٠-٩) digits, Arabic ي/ك, ZWNJ and odd spaces. The common case
(plain Latin digits, a date seen before) takes a fast path; anything else is normalised first.

Dates come back in the form the database stores them (ISO text, which also compares correctly as text)
together with their Jalali month index (``jyear * 12 + jmonth - 1``); conversions are cached, since an export
holds few distinct dates. Every parser raises :class:`CellError` carrying a NOOP-marked reason.
"""

from __future__ import annotations

import functools
import math
import re
from datetime import date
from typing import Any

from desktop.domain.jalali import PARSE_YEARS, days_in_month, format_jalali, from_jalali, to_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, AsTyped, ValidationError
from desktop.domain.persian import normalise_text

NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Import", "'{value}' is not a whole number.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "'{value}' is not a number.")
# Not "{value} is negative": a message starting with the minus of its value is taken for a formula by a
# spreadsheet, so the problems CSV put an apostrophe before it (desktop/exports/cells.py).
NEGATIVE = QT_TRANSLATE_NOOP("Import", "The value {value} is negative; it cannot be below zero.")
NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a Jalali date such as 1403/02/05.")
NOT_A_REAL_DATE = QT_TRANSLATE_NOOP("Import", "{value} is not a real Jalali date.")
NOT_A_DATETIME = QT_TRANSLATE_NOOP(
    "Import", "'{value}' is not a Jalali date and time such as 1403/02/05 13:45.")
NOT_A_MONTH = QT_TRANSLATE_NOOP("Import", "'{value}' is not a Jalali month such as 1405/09.")
NOT_A_CODE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a code: use letters, digits, '-' and '_' only.")
TOO_LONG = QT_TRANSLATE_NOOP("Import", "The value is longer than {max} characters.")
MISPLACED_COMMA = QT_TRANSLATE_NOOP(
    "Import", "'{value}' has a comma that does not separate thousands (a thousands separator stands before each "
              "group of three digits, as in 1,234): write a decimal with a decimal point, «٫» or «.», as in 12.5.")
MISPLACED_SPACE = QT_TRANSLATE_NOOP(
    "Import", "'{value}' has a space that does not separate thousands (a space may stand only before each group of "
              "three digits, as in 1 234): is it a mistyped number, or two values in one cell?")
UNDERSCORE = QT_TRANSLATE_NOOP(
    "Import", "'{value}' has an underscore: write a number with digits only, thousands separated by a comma or a "
              "space, as in 1,234.")

DATE_CACHE_SIZE = 1 << 16

_DATE_RE = re.compile(
    r"^(?P<y>\d{4})\s*(?P<sep>[/\-.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})"
    r"(?:(?:\s+|\s*T\s*)(?P<H>\d{1,2})\s*:\s*(?P<M>\d{1,2})(?:\s*:\s*(?P<S>\d{1,2}))?)?$"
)
# The thousands separators (Arabic «٬», the comma, the Arabic comma «،») become ',', checked by _GROUPED before they
# are dropped: '12,5' and '1.234,5' are decimals written with a comma, not 125 and 1.2345. A space (any of them:
# normalise_text makes NBSP, the narrow and thin spaces ' ') is the European and Persian grouping and is checked the
# same way by _SPACED: '12 5' is a typo or two values in one cell, not 125.
_NUMBER_JUNK = str.maketrans({"٬": ",", "\u060c": ",", "\u200c": None, "٫": ".", "\u2212": "-"})
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?[%٪]?")
_SPACED = re.compile(r"[+-]?\d{1,3}(?: \d{3})+(?:\.\d*)?[%٪]?")


class CellError(Exception):
    """A cell could not be read; ``reason`` is an English NOOP message (context "Import") with ``params``."""

    __slots__ = ("reason", "params")

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


# --- numbers ------------------------------------------------------------------------------------------------


def _clean_number(text: str) -> str:
    """``text`` as Python reads a number: Latin digits, '.' for the decimal point, no thousands separators. Only
    reached when ``int``/``float`` refused the cell itself (or read an underscore), and the patterns only for a cell
    with a separator."""
    cleaned = normalise_text(text).translate(_NUMBER_JUNK)
    if "_" in cleaned:  # Python's grouping ('1_000'), which int() and float() accept: no export writes it
        raise CellError(UNDERSCORE, value=AsTyped(text.strip()))
    if " " in cleaned:
        if cleaned.endswith((" %", " ٪")):  # '40 %', the French way: no digits run together
            cleaned = cleaned[:-2] + cleaned[-1]
        if " " in cleaned:
            if _SPACED.fullmatch(cleaned) is None:
                raise CellError(MISPLACED_SPACE, value=AsTyped(text.strip()))
            cleaned = cleaned.replace(" ", "")
    if "," in cleaned:
        if _GROUPED.fullmatch(cleaned) is None:
            raise CellError(MISPLACED_COMMA, value=AsTyped(text.strip()))
        cleaned = cleaned.replace(",", "")
    return cleaned


def parse_int(text: str) -> int:
    """A whole number: '12', '۱۲', '١٢', '1,200', '۱٬۲۰۰', '12.0' (not '12,0': a comma separates thousands only)."""
    try:
        value = int(text)  # int() itself reads Persian and Arabic-Indic digits and trims spaces
        if "_" not in text:  # ...and reads '1_000' as 1000: _clean_number refuses it
            return value
    except ValueError:
        pass
    cleaned = _clean_number(text)
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        value = float(cleaned)
    except ValueError:
        raise CellError(NOT_A_WHOLE_NUMBER, value=AsTyped(text.strip())) from None
    if not value.is_integer():
        raise CellError(NOT_A_WHOLE_NUMBER, value=AsTyped(text.strip()))
    return int(value)


def parse_count(text: str) -> int:
    """A whole number ≥ 0."""
    value = parse_int(text)
    if value < 0:
        raise CellError(NEGATIVE, value=value)
    return value


def parse_float(text: str) -> float:
    """A finite number: '12.5', '۱۲٫۵', '1,200.5', '40%' (not '12,5': a comma separates thousands only)."""
    try:
        value = float(text)
        if "_" in text:  # float() reads '1_000.5': _clean_number refuses it
            raise ValueError
    except ValueError:
        cleaned = _clean_number(text).rstrip("%٪")
        try:
            value = float(cleaned)
        except ValueError:
            raise CellError(NOT_A_NUMBER, value=AsTyped(text.strip())) from None
    if not math.isfinite(value):
        raise CellError(NOT_A_NUMBER, value=AsTyped(text.strip()))
    return value


def parse_non_negative(text: str) -> float:
    """A finite number ≥ 0."""
    value = parse_float(text)
    if value < 0:
        raise CellError(NEGATIVE, value=text.strip())
    return value


# --- dates --------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=DATE_CACHE_SIZE)
def _jalali_day(year: int, month: int, day: int) -> tuple[str, int] | None:
    """(ISO Gregorian date, month index) of a Jalali day, None when it does not exist."""
    if year not in PARSE_YEARS or not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return None
    try:
        gregorian = from_jalali(year, month, day)
    except ValidationError:
        return None
    return gregorian.isoformat(), year * 12 + month - 1


@functools.lru_cache(maxsize=DATE_CACHE_SIZE)
def _normalised_date(text: str) -> tuple[str, int, str] | tuple[str, dict[str, Any]]:
    """Parse normalised text: (ISO date, month index, 'HH:MM:SS' or '') or (reason, params)."""
    match = _DATE_RE.match(text)
    if match is None or int(match["y"]) not in PARSE_YEARS:
        return NOT_A_DATE, {"value": text}
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    day = _jalali_day(y, m, d)
    if day is None:
        return NOT_A_REAL_DATE, {"value": f"{y}/{m:02d}/{d:02d}"}
    clock = ""
    if match["H"] is not None:
        hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
        if hour > 23 or minute > 59 or second > 59:
            return NOT_A_DATETIME, {"value": text}
        clock = f"{hour:02d}:{minute:02d}:{second:02d}"
    return day[0], day[1], clock


date_cache: dict[str, tuple[str, int, str] | tuple[str, dict[str, Any]]] = {}
time_cache: dict[str, str | None] = {}


def raw_date(text: str) -> tuple[str, int, str] | tuple[str, dict[str, Any]]:
    """Parse raw cell text, cached by that text (a plain dict: the fastest look-up; bounded in size)."""
    parsed = date_cache.get(text)
    if parsed is None:
        parsed = _normalised_date(normalise_text(text))
        if len(date_cache) >= DATE_CACHE_SIZE:
            date_cache.clear()
        date_cache[text] = parsed
    return parsed


def clock_of(text: str) -> str | None:
    """'13:45' → '13:45:00' (None when it is not a time of day), cached."""
    clock = time_cache.get(text, "")
    if clock == "":
        parsed = _normalised_date(normalise_text(f"1400/01/01 {text}"))
        clock = parsed[2] if len(parsed) == 3 and parsed[2] else None  # type: ignore[misc]
        if len(time_cache) >= DATE_CACHE_SIZE:
            time_cache.clear()
        time_cache[text] = clock
    return clock


def _refused(parsed: tuple[str, dict[str, Any]], text: str) -> CellError:
    """The error of a date that could not be read: the cell as it was typed when the message quotes it (the cached
    result holds it normalised, Persian digits made Latin), else the day it names."""
    reason, params = parsed
    if reason in (NOT_A_DATE, NOT_A_DATETIME):
        return CellError(reason, **{**params, "value": AsTyped(text.strip())})
    return CellError(reason, **params)


def parse_date(text: str) -> tuple[str, int]:
    """A Jalali date ('۱۴۰۳/۰۲/۰۵', '1403-2-5', '1403/02/05', a time after it is ignored) →
    (ISO Gregorian date, month index)."""
    parsed = date_cache.get(text) or raw_date(text)
    if len(parsed) == 2:
        raise _refused(parsed, text)
    return parsed[0], parsed[1]  # type: ignore[return-value]


def parse_datetime(text: str) -> tuple[str, str, int]:
    """A Jalali date and time ('1403/02/05 13:45') → (ISO timestamp as stored, ISO date, month index)."""
    head, space, tail = text.partition(" ")
    if space:  # the common '1403/02/05 13:45': date and time parsed (and cached) apart
        day = date_cache.get(head) or raw_date(head)
        clock = time_cache.get(tail) or clock_of(tail)
        if clock is not None and len(day) == 3:
            return f"{day[0]} {clock}.000000", day[0], day[1]  # type: ignore[return-value]
    parsed = raw_date(text)
    if len(parsed) == 2:
        raise _refused(parsed, text)
    if not parsed[2]:
        raise CellError(NOT_A_DATETIME, value=AsTyped(text.strip()))
    return f"{parsed[0]} {parsed[2]}.000000", parsed[0], parsed[1]  # type: ignore[return-value]


@functools.lru_cache(maxsize=4096)
def month_of_iso(iso: str) -> int:
    """The Jalali month index of an ISO Gregorian date (as stored in the database)."""
    y, m, _ = to_jalali(date.fromisoformat(iso[:10]))
    return y * 12 + m - 1


def day_label(iso: str) -> str:
    """'1405/07/25' for an ISO Gregorian date (as stored in the database); Persian digits are the message's."""
    return format_jalali(date.fromisoformat(iso[:10]), persian_digits=False)


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


_MONTH_RE = re.compile(r"^(?P<y>\d{4})\s*[/\-.]\s*(?P<m>\d{1,2})$")


def parse_month(text: str) -> int:
    """A Jalali month ('1405/09', '۱۴۰۵-۹') or a day of it ('1405/09/15') → its month index."""
    normalised = normalise_text(text).strip()
    match = _MONTH_RE.match(normalised)
    if match is None:
        try:
            return parse_date(normalised)[1]
        except CellError:
            raise CellError(NOT_A_MONTH, value=AsTyped(text.strip())) from None
    year, month = int(match["y"]), int(match["m"])
    if year not in PARSE_YEARS or not 1 <= month <= 12:
        raise CellError(NOT_A_MONTH, value=AsTyped(text.strip()))
    return month_index(year, month)


def month_label(index: int) -> str:
    """'1403/02' for a month index."""
    return f"{index // 12}/{index % 12 + 1:02d}"


# --- text ---------------------------------------------------------------------------------------------------


def parse_text(text: str, max_length: int = 0) -> str:
    """Normalised text (Persian ی/ک, Latin digits, collapsed spaces and ZWNJ); may be ''."""
    if text.isascii():
        value = text if text.isalnum() else " ".join(text.split())
    else:
        value = normalise_text(text)
    if max_length and len(value) > max_length:
        raise CellError(TOO_LONG, max=max_length)
    return value


@functools.lru_cache(maxsize=4096)
def parse_label(text: str) -> str:
    """Normalised text of a column with few distinct values (case type, district), cached."""
    return normalise_text(text)


@functools.lru_cache(maxsize=8192)
def _code(text: str) -> str | None:
    value = normalise_text(text)
    if value and all(ch.isalnum() or ch in "-_" for ch in value):
        return value
    return None


def parse_code(text: str) -> str:
    """A code: letters, digits, '-' and '_' ('' when empty)."""
    if text.isascii() and text.isalnum():
        return text
    if not text.strip():
        return ""
    value = _code(text)
    if value is None:
        raise CellError(NOT_A_CODE, value=AsTyped(text.strip()))
    return value
