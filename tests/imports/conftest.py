"""Fixtures for the import tests: a province with three branches, a fixed clock and file writers."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.clock import FixedClock
from desktop.imports.service import ImportService
from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm
from desktop.store.database import Database, open_database
from desktop.store.models import (
    BranchMonthStat,
    CaseRecord,
    ChangeLog,
    ImportBatch,
    IndicatorMonth,
    SatisfactionMonth,
)

TODAY = date(2025, 1, 1)  # 12 Dey 1403
USER = "کارشناس آمار"

CASE_HEADERS = ("شماره پرونده", "کد شعبه", "نوع پرونده", "تاریخ ثبت", "تاریخ ارجاع", "تاریخ اولین وقت رسیدگی",
                "تعداد جلسات", "تاریخ مختومه")
CASES = (
    ("1001", "101001", "حقوقی", "1403/02/05", "1403/02/05 13:45", "1403/03/01", "2", "1403/05/01"),
    ("1002", "101002", "کیفری", "1403/02/06", "1403/02/07 08:00", "", "", ""),
    ("1003", "102001", "خانواده", "1403/03/10", "", "", "", "1403/06/20"),
)
MONTHLY_HEADERS = ("کد شعبه", "سال", "ماه", "ورودی", "مختومه", "مانده پایان ماه", "میانگین زمان رسیدگی",
                   "میانگین زمان وقت\u200cدهی", "بیشترین زمان وقت\u200cدهی")
SATISFACTION_HEADERS = ("کد شعبه", "سال", "ماه", "تعداد پاسخ", "میانگین رضایت")


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
              encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def count(database: Database, model) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def counts(database: Database) -> dict[str, int]:
    """Rows of every table an import writes (to prove that nothing was)."""
    return {model.__tablename__: count(database, model)
            for model in (CaseRecord, BranchMonthStat, SatisfactionMonth, ImportBatch, IndicatorMonth, ChangeLog)}


def make_database(path: Path) -> Database:
    """A province of three branches in two districts, nothing imported."""
    db = open_database(path)
    OrganisationService(db).complete_setup(SetupForm("QOM", "قم", USER, (
        DistrictDraft("01", "حوزه قضایی قم", (("101001", "شعبه ۱۰۱ حقوقی قم", "حقوقی"),
                                              ("101002", "شعبه ۱۰۲ کیفری قم", "کیفری"))),
        DistrictDraft("02", "حوزه قضایی جعفریه", (("102001", "شعبه ۱۰۱ جعفریه", "عمومی"),)),
    )))
    return db


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = make_database(tmp_path / "t.sqlite3")
    yield db
    db.close()


@pytest.fixture
def service(database: Database) -> ImportService:
    return ImportService(database, FixedClock(TODAY), USER)


@pytest.fixture
def cases_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "cases.csv", CASE_HEADERS, CASES)
