"""Dates given on the command line: Jalali (the users' calendar) or Gregorian, told apart by the year.

A Jalali day typed where a Gregorian one was expected (``--on 1405-08-15``) had been read as the year 1405 of the
Gregorian calendar: stored six centuries back, it passed every check that compares dates (an approved period's,
"not in the future") and changed an approved month's figures."""

from __future__ import annotations

import argparse
import re
from datetime import date

# The Gregorian years a date given to Rasad can be in (the Jalali ones are jalali.PARSE_YEARS).
GREGORIAN_YEARS = range(1900, 2200)
_DAY = re.compile(r"^\s*(\d{4})\s*[-/]\s*(\d{1,2})\s*[-/]\s*(\d{1,2})\s*$")


def parse_cli_date(text: str) -> date:
    """``text`` as a day: a Jalali date (year 1200-1599: «۱۴۰۵/۰۸/۱۵», 1405-8-15) or a Gregorian one (year
    1900-2199: 2026-11-06); '-' or '/' between the parts, Persian or Latin digits. Raises ValueError on anything
    else, an impossible day or a year in neither range. The domain is imported here, not with the module: every
    command's parser is built when the window starts."""
    from desktop.domain.jalali import PARSE_YEARS, parse_jalali
    from desktop.domain.messages import ValidationError
    from desktop.domain.persian import normalise_text

    match = _DAY.match(normalise_text(text or ""))
    if match is None:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    try:
        if year in PARSE_YEARS:
            return parse_jalali(f"{year}/{month}/{day}")
        if year in GREGORIAN_YEARS:
            return date(year, month, day)
    except ValidationError:
        raise ValueError(text) from None
    raise ValueError(text)


def cli_date(text: str) -> date:
    """:func:`parse_cli_date` as an argparse type (a refusal is argparse's usage error, exit 2, in the user's
    language: desktop/cli/usage.py)."""
    try:
        return parse_cli_date(text)
    except ValueError:
        from desktop.cli.usage import translated
        from desktop.domain.messages import QT_TRANSLATE_NOOP, AsTyped

        raise argparse.ArgumentTypeError(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "'{value}' is not a date: give a Jalali date such as 1405-08-15 or a Gregorian one such as "
                   "2026-11-06"), value=AsTyped(text))) from None


cli_date.__name__ = "date"  # argparse names the type in its own messages
