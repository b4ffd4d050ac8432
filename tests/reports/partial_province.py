"""A small province with partial data, as the reports meet it: three branches in two districts, monthly statistics
for Farvardin-Shahrivar 1403 where one branch filed only up to Tir (Mordad and Shahrivar carried forward), and a
satisfaction survey of Tir answered by two of the three branches."""

from __future__ import annotations

from pathlib import Path

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.imports.service import IMPORTED, ImportService
from desktop.store.database import Database
from tests.imports.conftest import (
    MONTHLY_HEADERS,
    SATISFACTION_HEADERS,
    TODAY,
    USER,
    make_database,
    write_csv,
)
from tests.imports.test_figures_at_the_edges import monthly_row

#: 101001 and 101002 are in district 01 «حوزه قضایی قم», 102001 alone in district 02 «حوزه قضایی جعفریه».
QOM, JAFARIYEH = "حوزه قضایی قم", "حوزه قضایی جعفریه"
LATE_BRANCH = "شعبه 102 کیفری قم"  # 101002: Mordad and Shahrivar carried forward
TIR, SHAHRIVAR, H1 = JalaliPeriod.parse("1403-04"), JalaliPeriod.parse("1403-06"), JalaliPeriod.parse("1403-H1")


def partial_province(folder: Path) -> Database:
    """Every branch's backlog grows and fewer cases are disposed of than come in, month after month: each would
    be at risk on its figures, were they complete."""
    database = make_database(folder / "partial.sqlite3")
    service = ImportService(database, FixedClock(TODAY), USER)
    rows = [monthly_row("101001", month, 10, 8, 50 + 10 * month) for month in range(1, 7)]
    rows += [monthly_row("101002", month, 10, 8, 30 + 10 * month) for month in range(1, 5)]
    rows += [monthly_row("102001", month, 10, 8, 20 + 10 * month) for month in range(1, 7)]
    assert service.import_file(write_csv(folder / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED
    survey = [("101001", "1403", "4", "10", "90"), ("102001", "1403", "4", "10", "40")]  # 101002 did not answer
    assert service.import_file(write_csv(folder / "s.csv", SATISFACTION_HEADERS, survey),
                               "satisfaction").status == IMPORTED
    return database
