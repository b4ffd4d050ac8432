"""Dates on the command line are Jalali or Gregorian, told apart by the year: a Jalali day typed where a
Gregorian one was expected had been stored as that year of the Gregorian calendar (1405 AD) and passed every
check that compares dates, an approved period's lock among them."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cli.dates import cli_date, parse_cli_date
from desktop.domain.messages import ValidationError
from desktop.domain.planning import validate_progress
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: F401 - autouse: English, Qt restored


@pytest.mark.parametrize("typed, day", [
    ("1405-08-15", date(2026, 11, 6)),
    ("۱۴۰۵/۰۸/۱۵", date(2026, 11, 6)),
    ("1405/8/15", date(2026, 11, 6)),
    ("2026-11-06", date(2026, 11, 6)),
    ("1403-12-30", date(2025, 3, 20)),  # 1403 is a leap year
])
def test_a_day_is_read_in_the_calendar_its_year_belongs_to(typed: str, day: date) -> None:
    assert parse_cli_date(typed) == day


@pytest.mark.parametrize("typed", ["1400-12-30", "1405-13-01", "2026-02-30", "0405-08-15", "1700-01-01", "1405-08",
                                   "yesterday", ""])
def test_an_impossible_day_or_a_year_in_neither_calendar_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_cli_date(typed)
    with pytest.raises(argparse.ArgumentTypeError, match="Jalali date such as 1405-08-15"):
        cli_date(typed)


def test_progress_for_a_day_before_1370_is_refused_by_the_rule_itself() -> None:
    """Whatever reads the day (a script, a future form), the domain refuses one six centuries back."""
    with pytest.raises(ValidationError) as raised:
        validate_progress(40, date(1405, 8, 15), today=date(2026, 12, 2))
    assert "before the year 1370" in str(raised.value.english())


def test_plans_progress_on_a_jalali_day_records_that_day_and_says_it(demo_province: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_province / "demo.sqlite3", db)
    code, out, err = run_cli("plans", "progress", "--db", str(db), "--activity", "1", "--percent", "40",
                             "--on", "1405-08-15")
    assert code == 0, err
    assert "recorded: 40.0% on 1405/08/15 (2026-11-06)." in out
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT reported_on FROM progress_update ORDER BY id DESC LIMIT 1").fetchone()
    assert stored == ("2026-11-06",)


def test_a_day_that_is_no_date_is_a_usage_error_naming_the_option(demo_province: Path) -> None:
    code, _out, err = run_cli("plans", "progress", "--db", str(demo_province / "demo.sqlite3"), "--activity", "1",
                              "--percent", "40", "--on", "1405-13-15")
    assert code == 2 and "argument --on: '1405-13-15' is not a date" in err
