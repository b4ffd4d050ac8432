"""Persian script helpers: digits, text normalisation and number formatting for display."""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

#: Persian thousands separator (U+066C) and decimal separator (U+066B), and the Persian percent sign.
THOUSANDS_SEPARATOR = "٬"
DECIMAL_SEPARATOR = "٫"
PERCENT_SIGN = "٪"
#: Shown for a missing value.
MISSING = "—"

ZWNJ = "\u200c"
TATWEEL = "\u0640"

_TO_PERSIAN = str.maketrans(LATIN_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)
_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, LATIN_DIGITS * 2)

_LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",  # ARABIC LETTER YEH -> FARSI YEH
        "\u0649": "\u06cc",  # ARABIC LETTER ALEF MAKSURA -> FARSI YEH
        "\u0643": "\u06a9",  # ARABIC LETTER KAF -> KEHEH
        "\u06be": "\u0647",  # HEH DOACHASHMEE (seen in exported text) -> HEH
        TATWEEL: None,
        # invisible direction marks picked up by copy and paste
        "\u200e": None,
        "\u200f": None,
        "\u202a": None,
        "\u202b": None,
        "\u202c": None,
        "\u202d": None,
        "\u202e": None,
        "\u2066": None,
        "\u2067": None,
        "\u2068": None,
        "\u2069": None,
        "\ufeff": None,
    }
)

# Horizontal whitespace, including NBSP, narrow NBSP and the other Unicode spaces.
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ANY_SPACE = re.compile(r"\s+")
_ZWNJ_RUN = re.compile(ZWNJ + "{2,}")
_ZWNJ_AT_EDGE = re.compile(rf"(?:^{ZWNJ}+|{ZWNJ}+$|{ZWNJ}+(?=\s)|(?<=\s){ZWNJ}+)", re.MULTILINE)


def to_persian_digits(text: str | int | float) -> str:
    """Replace Latin and Arabic-Indic digits with Persian ones."""
    return str(text).translate(_TO_PERSIAN)


def to_latin_digits(text: str) -> str:
    """Replace Persian (۰-۹) and Arabic-Indic (٠-٩) digits with Latin ones."""
    return text.translate(_TO_LATIN)


def normalise_text(text: str, *, multiline: bool = False) -> str:
    """Normalise text typed by users or exported by other systems.

    Arabic ي/ى become Persian ی and ك becomes ک (ة is kept); tatweel and direction marks are removed;
    digits become Latin; whitespace (NBSP included) is collapsed to single spaces and trimmed; doubled
    zero-width non-joiners become one and those at the edges of words are dropped. With ``multiline``
    line breaks are kept (each line trimmed, runs of blank lines reduced to one).
    """
    text = text.translate(_LETTERS).translate(_TO_LATIN)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if multiline:
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    else:
        text = _ANY_SPACE.sub(" ", _SPACES.sub(" ", text)).strip()
    text = _ZWNJ_RUN.sub(ZWNJ, text)
    text = _ZWNJ_AT_EDGE.sub("", text)
    return text


def _is_missing(value: float | int | Decimal | None) -> bool:
    if value is None:
        return True
    try:
        return not math.isfinite(value)
    except (TypeError, ValueError):
        return True


def format_number(value: float | int | Decimal | None, decimals: int = 0) -> str:
    """Format for display: Persian digits, '٬' between thousands, '٫' before decimals; None -> '—'.

    Rounds half away from zero (so 2.5 -> ۳), unlike Python's banker's rounding.
    """
    if _is_missing(value):
        return MISSING
    if decimals < 0:
        raise ValueError("decimals must not be negative")
    quantum = Decimal(1).scaleb(-decimals)
    number = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    if number == 0:
        number = abs(number)  # no "-0"
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", THOUSANDS_SEPARATOR)
    text = sign + grouped + (DECIMAL_SEPARATOR + fraction if decimals else "")
    return to_persian_digits(text)


def format_percent(value: float | int | Decimal | None, decimals: int = 0) -> str:
    """A percentage for display, e.g. 40 -> '۴۰٪', 12.345 with 1 decimal -> '۱۲٫۳٪'; None -> '—'."""
    if _is_missing(value):
        return MISSING
    return format_number(value, decimals) + PERCENT_SIGN


class CommaNotThousands(ValueError):
    """'12,5', '1.234,5': a comma that does not stand before groups of three digits - a decimal written the
    European way, which dropping the comma read as 125 (the import's rule too: desktop/imports/parsing.py)."""


class SpaceNotThousands(ValueError):
    """'12 5': a space that does not stand before groups of three digits - a typo, or two values where one was
    asked for, which dropping the space read as 125. A space (NBSP, the narrow and thin spaces too) before groups of
    three digits is the European and Persian grouping, '1 234'."""


#: A number whose commas (any of «٬», «,», «،», made ',') stand before groups of three digits only.
_GROUPED = re.compile("[-+\u2212]?\\d{1,3}(?:,\\d{3})+(?:[.\u066b/]\\d*)?[%\u066a]?")
#: The same with spaces (any of them: normalise_text makes them ' ').
_SPACED = re.compile("[-+\u2212]?\\d{1,3}(?: \\d{3})+(?:[.\u066b/]\\d*)?[%\u066a]?")


def parse_number(text: str) -> float:
    """Read a number typed with Persian, Arabic-Indic or Latin digits and separators.

    Accepts '۱۲٬۳۴۵٫۶', '12,345.6', '1 234', '۴۰٪'. Raises ``ValueError`` when it is not a number (Python's
    '1_000' included), :class:`CommaNotThousands` for a comma that does not separate thousands ('12,5') and
    :class:`SpaceNotThousands` for such a space ('12 5').
    """
    cleaned = normalise_text(text)
    if "_" in cleaned:  # Decimal() reads '1_000' as 1000: no one types that for a number
        raise ValueError(f"not a number: {text!r}")
    if cleaned.endswith((" %", " " + PERCENT_SIGN)):  # '40 %', the French way: no digits run together
        cleaned = cleaned[:-2] + cleaned[-1]
    if " " in cleaned:
        if _SPACED.fullmatch(cleaned) is None:  # normalise_text made the digits Latin
            raise SpaceNotThousands(f"a space that does not separate thousands: {text!r}")
        cleaned = cleaned.replace(" ", "")
    grouped = cleaned.replace(THOUSANDS_SEPARATOR, ",").replace("\u060c", ",")
    if "," in grouped and _GROUPED.fullmatch(to_latin_digits(grouped)) is None:
        raise CommaNotThousands(f"a comma that does not separate thousands: {text!r}")
    cleaned = grouped.replace(",", "")
    cleaned = cleaned.replace(DECIMAL_SEPARATOR, ".").replace("/", ".")
    cleaned = cleaned.rstrip(PERCENT_SIGN + "%").replace("\u2212", "-")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {text!r}")
    return float(number)
