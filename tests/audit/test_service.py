"""The audit trail: filters by user, table, kind and Jalali period; export; not for a district head."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.audit.service import IRAN_TIME, AuditFilter, AuditService, period_bounds
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.store.database import open_database
from desktop.store.models import Meeting, Province

HEADERS = ("زمان", "کاربر", "جدول", "ردیف", "نوع", "پیش از", "پس از")


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(tmp_path / "t.sqlite3")
    with db.session(user_name="دبیر") as session:
        session.add(Province(code="QOM", name="قم"))
    with db.session(user_name="رئیس کل") as session:
        province = session.query(Province).one()
        province.name = "استان قم"
        session.add(Meeting(number=1, held_on=datetime(2026, 11, 1).date(), title="جلسه", location=""))
    yield db
    db.close()


def test_the_trail_is_filtered_by_user_table_and_kind(database) -> None:
    audit = AuditService(database)
    assert [(e.table_name, e.operation) for e in audit.entries()] == [  # newest first
        ("province", "update"), ("meeting", "insert"), ("province", "insert")]
    assert {e.user_name for e in audit.entries(AuditFilter(user_name="رئیس کل"))} == {"رئیس کل"}
    updates = audit.entries(AuditFilter(table_name="province", operation="update"))
    assert [(e.old_values, e.new_values) for e in updates] == [({"name": "قم"}, {"name": "استان قم"})]
    assert audit.users() == sorted(["دبیر", "رئیس کل"]) and audit.tables() == ["meeting", "province"]


def test_the_trail_is_filtered_by_jalali_period_in_iran_time(database) -> None:
    audit = AuditService(database)
    now = audit.entries()[0].changed_at
    this_month = JalaliPeriod.parse(_month_of(now))
    assert len(audit.entries(AuditFilter(period=this_month))) == 3
    assert audit.entries(AuditFilter(period=JalaliPeriod.parse("1390-01"))) == []


def _month_of(at: datetime) -> str:
    import jdatetime

    local = jdatetime.date.fromgregorian(date=at.astimezone(IRAN_TIME).date())
    return f"{local.year}-{local.month:02d}"


def test_a_jalali_month_starts_at_midnight_in_tehran() -> None:
    start, end = period_bounds(JalaliPeriod.parse("1405-09"))  # Azar 1405 = 22 Nov .. 21 Dec 2026
    assert start == datetime(2026, 11, 21, 20, 30, tzinfo=UTC)
    assert end == datetime(2026, 12, 21, 20, 30, tzinfo=UTC)


def test_the_trail_exports_to_a_right_to_left_workbook(database, tmp_path: Path) -> None:
    path = AuditService(database).export(tmp_path / "audit.xlsx", AuditFilter(table_name="province"),
                                         title="ردپا", headers=HEADERS)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS and len(rows) == 3 and sheet.sheet_view.rightToLeft
    assert "استان قم" in rows[1][6]


def test_a_district_head_can_neither_read_nor_export_the_trail(database, tmp_path: Path) -> None:
    audit = AuditService(database, principal=Principal("h", Role.DISTRICT_HEAD, 1))
    for attempt in (audit.entries, audit.users,
                    lambda: audit.export(tmp_path / "a.xlsx", AuditFilter(), title="t", headers=HEADERS)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert not (tmp_path / "a.xlsx").exists()


def test_a_viewer_reads_the_trail_but_does_not_export_it(database, tmp_path: Path) -> None:
    audit = AuditService(database, principal=Principal("v", Role.VIEWER))
    assert len(audit.entries()) == 3
    with pytest.raises(PermissionDenied):
        audit.export(tmp_path / "a.xlsx", AuditFilter(), title="t", headers=HEADERS)
