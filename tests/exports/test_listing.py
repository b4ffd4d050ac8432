"""A listing written to a file (the command line's --out) goes through the service's export: refused before any
file or folder is made for a role without the right, else written with its audit event."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.access import PermissionDenied, Principal, Reach, Role
from desktop.exports.listing import Listing, write_listing
from desktop.store.database import Database, open_database
from desktop.store.models import AuditEvent


@pytest.fixture
def database(tmp_path: Path):
    database = open_database(tmp_path / "rasad.sqlite3")
    yield database
    database.close()


def _events(database: Database) -> list[tuple[str, str, str]]:
    with database.reading() as session:
        return [(e.kind, e.outcome, e.detail) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_a_viewer_is_refused_before_the_folder_is_made(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "out" / "plans.csv"
    with pytest.raises(PermissionDenied):
        write_listing(database, Principal("بیننده", Role.VIEWER), target, Listing.of("plans list", "a,b\n", "csv"))
    assert not target.parent.exists() and _events(database) == []  # no recorder set: the refusal alone


def test_a_district_head_may_not_export_every_districts_listing(database: Database, tmp_path: Path) -> None:
    head = Principal("رئیس حوزه", Role.DISTRICT_HEAD, 1)
    with pytest.raises(PermissionDenied):
        write_listing(database, head, tmp_path / "a.json", Listing.of("audit list", "[]", "json"),
                      reach=Reach.ALL_DISTRICTS)
    assert write_listing(database, head, tmp_path / "b.json", Listing.of("plans list", "[]", "json")).exists()


def test_a_listing_is_written_with_its_event_csv_with_a_byte_order_mark(database: Database, tmp_path: Path) -> None:
    target = tmp_path / "plans.csv"
    write_listing(database, Principal("دبیر", Role.SECRETARY), target, Listing.of("plans list", "عنوان\n", "csv"),
                  kind="export.audit")
    assert target.read_bytes() == "\ufeffعنوان\n".encode()
    assert _events(database) == [("export.audit", "done", f"plans list → {target}")]
