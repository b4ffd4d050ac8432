"""How numbers and dates look on screen, in the current language (Persian digits, Jalali dates)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from PySide6.QtCore import QCalendar, QCoreApplication, QDate

from desktop.domain import persian
from desktop.domain.jalali import JalaliPeriod
from desktop.ui.language import Language, current_language

JALALI = QCalendar(QCalendar.System.Jalali)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _digits(text: str) -> str:
    return persian.to_persian_digits(text) if current_language() is Language.PERSIAN else text


def localise_digits(text: str) -> str:
    """Digits Qt put in a message (a plural's %n) in the window's digits."""
    return _digits(text)


def format_code(code: str) -> str:
    """A code as the reader sees it (activity ۲.۲, program TD-S01-P۱): its digits in the window's digits."""
    return _digits(code)


def format_date(value: date | None) -> str:
    """A Jalali date as people write it: ۱۴۰۳/۰۲/۰۵ (English: 1403/02/05)."""
    if value is None:
        return "—"
    return _digits(to_qdate(value).toString("yyyy/MM/dd", JALALI))


def format_datetime(value: datetime | None) -> str:
    """A moment in the computer's time zone as a Jalali date and time: ۱۴۰۵/۰۹/۰۲ ۱۲:۳۰."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo is not None else value
    return f"{format_date(local.date())} {_digits(local.strftime('%H:%M'))}"


def format_date_long(value: date | None) -> str:
    if value is None:
        return "—"
    locale = current_language().qlocale
    month = JALALI.monthName(locale, *_jalali_month_year(value))
    year, _month, day = _jalali_parts(value)
    return _digits(f"{day} {month} {year}")


def _jalali_parts(value: date) -> tuple[int, int, int]:
    parts = JALALI.partsFromDate(to_qdate(value))
    return parts.year, parts.month, parts.day


def _jalali_month_year(value: date) -> tuple[int, int]:
    year, month, _day = _jalali_parts(value)
    return month, year


def isolate_ltr(text: str) -> str:
    """A path, address or key id kept left-to-right inside Persian text (embedding LRE … PDF: Qt's text
    layout honours it, while the newer isolates LRI … PDI were shown wrongly)."""
    return f"\u202a{text}\u202c"


def file_name(text: str) -> str:
    """A file name or a path inside a sentence of the window's language. In Persian it is kept left-to-right as one
    unit (in English it is left as it is):

    - a right-to-left mark before it: a message that starts with the name is still a right-to-left paragraph. Qt
      takes a paragraph's direction from its first strong character, the "c" of «1405-08.csv», and laid the whole
      refusal out left to right, its full stop and wrapped words on the wrong side;
    - an embedding (LRE … PDF: Qt draws the isolates LRI … PDI wrongly) keeps it left to right;
    - a left-to-right mark closes each run of Persian words in it: digits after Persian letters are otherwise taken
      for Arabic numbers and drawn into the letters' run («/home/sec/پرونده‌ها/1405-08.xlsx» showed «08-1405»
      before the folder, «آمار-۱۴۰۵-۰۸.csv» its two numbers the wrong way round);
    - a right-to-left mark after it: a figure after it is otherwise drawn into its run («در badbyte.csv: ۱» came out
      as «در ۱ :badbyte.csv»)."""
    if current_language() is not Language.PERSIAN:
        return text
    return f"{RLM}\u202a{_persian_runs_closed(text)}\u202c{RLM}"


RLM, LRM = "\u200f", "\u200e"
#: What may stand between two words of one run of Persian in a name: spaces, digits, joiners, vowel marks.
_INSIDE_A_RUN = frozenset({"WS", "EN", "AN", "BN", "NSM"})


def _persian_runs_closed(text: str) -> str:
    """``text`` with a left-to-right mark after each run of right-to-left letters. A run goes on over spaces and
    digits to the next such letter («شعبه ۲۰۱ گزارش» stays one run, read right to left), and the mark goes after the
    joiners and vowel marks of its last letter (the «ها» of «پرونده‌ها» stays joined)."""
    kinds = [unicodedata.bidirectional(char) for char in text]
    letters = [index for index, kind in enumerate(kinds) if kind in ("R", "AL")]
    ends: list[int] = []
    for position, letter in enumerate(letters):
        following = letters[position + 1] if position + 1 < len(letters) else None
        if following is not None and all(kind in _INSIDE_A_RUN for kind in kinds[letter + 1:following]):
            continue
        end = letter + 1
        while end < len(text) and kinds[end] in ("BN", "NSM"):
            end += 1
        ends.append(end)
    for end in reversed(ends):
        text = f"{text[:end]}{LRM}{text[end:]}"
    return text


def file_path(text: str) -> str:
    """A path inside a sentence that may wrap (a label): kept left-to-right as :func:`file_name`, and never broken
    after one of its slashes - Qt wrapped «… در فایل /» then «tmp/…» on the next line, its leading slash left at
    the far end of the line above. The path then goes to the next line whole (a word joiner after each slash)."""
    return file_name(text.replace("/", "/\u2060").replace("\\", "\\\u2060"))


def format_size(size_bytes: int) -> str:
    """"6 bytes", "1.3 KB", "3 GB" in the window's language (desktop/domain/byte_sizes.py)."""
    from desktop.domain.byte_sizes import byte_size
    from desktop.ui.language import translate

    size = byte_size(size_bytes)
    return translate(size.context, size.message, **size.params)


def isolate_data(text: str) -> str:
    """Persian data (a name, a title) inside the English window kept right-to-left on its own, so the English
    around it keeps its order ("User: (نمایشی) دبیر" no more). In Persian nothing is needed.

    The embedding (RLE … PDF) orders the data; a left-to-right mark on each side closes it off, so that figures
    and commas between two Persian titles («title (0.00), title (0.00)») are not drawn into one right-to-left run
    that swaps the titles and moves each figure to the other side (the overview's list of activities behind)."""
    if current_language() is Language.PERSIAN or not any("\u0600" <= c <= "\u06ff" for c in text):
        return text
    return f"\u200e\u202b{text}\u202c\u200e"


def list_separator() -> str:
    """What separates the items of a list in the window's language: «، » in Persian, ", " in English."""
    return "، " if current_language() is Language.PERSIAN else ", "


def paragraph(text: str) -> str:
    """Text whose first letters may be Latin (a key id, a file name) still laid out right-to-left in Persian:
    Qt takes a label's direction from its first strong character, so a right-to-left mark goes first."""
    return f"\u200f{text}" if current_language() is Language.PERSIAN else text


def format_number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    if current_language() is Language.PERSIAN:
        return persian.format_number(value, decimals)
    return f"{value:,.{decimals}f}"


def format_year(year: int) -> str:
    """A year as people write it: no thousands separator (۱۴۰۳, 1403)."""
    return _digits(str(year))


def format_percent(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    if current_language() is Language.PERSIAN:
        return persian.format_percent(value, decimals)
    return f"{value:.{decimals}f}%"


def format_ratio(value: float | None, decimals: int = 2) -> str:
    return format_number(value, decimals)


def format_part_of(count: int, total: int) -> str:
    """"6 of 19" / «۶ از ۱۹»: how many of a whole, in the one form every page uses (the indicators' "7 of 7
    branches complete" beside the overview's "6 / 19" read as two notations)."""
    return QCoreApplication.translate("Formatting", "{count} of {total}").format(
        count=format_number(count), total=format_number(total))


def period_label(period: JalaliPeriod) -> str:
    """A Jalali period's name in the window's language ("آبان ۱۴۰۵" / "Aban 1405")."""
    return period.label_fa if current_language() is Language.PERSIAN else period.label_en


def two_lines(text: str) -> str:
    """``text`` broken into two lines at the space nearest its middle (unchanged without a space): a column
    header of several words ("Pending at end", «مانده پایان دوره») then takes the width of its longer half, not of
    the whole, and the names beside it keep that room."""
    spaces = [position for position, character in enumerate(text) if character == " "]
    if not spaces:
        return text
    middle = len(text) / 2
    cut = min(spaces, key=lambda position: abs(position - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"
