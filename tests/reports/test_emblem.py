"""The letterhead's emblem is chosen once (the Settings page or `settings emblem`), checked, and kept in the
database: a report printed afterwards shows it even when the chosen file has moved; a file that is no usable
picture is refused with a message naming it, and nothing is stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.clock import FixedClock
from desktop.domain.access import PermissionDenied, Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import ValidationError
from desktop.reports.emblem import MAX_FILE_BYTES
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import LetterheadRequest, ReportKind, ReportRequest, ReportService
from desktop.store.database import Database, open_database
from desktop.store.models import AuditEvent
from desktop.store.settings import LETTERHEAD_EMBLEM_KEY, get_setting
from tests.reports.conftest import TODAY

LANG = ReportLanguage(rtl=True)
OFFICIAL = ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1"), letterhead=LetterheadRequest())


@pytest.fixture
def database(tmp_path: Path):
    with open_database(tmp_path / "rasad.sqlite3") as opened:
        yield opened


def picture(path: Path, size: tuple[int, int] = (200, 160), image_format: str = "PNG") -> Path:
    Image.new("RGB", size, (29, 53, 87)).save(path, image_format)
    return path


def cover_images(pdf: bytes) -> int:
    """How many image objects the cover page draws."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(pdf)
    try:
        return len(list(document[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])))
    finally:
        document.close()


def events(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


@pytest.mark.parametrize("image_format", ["PNG", "JPEG"])
def test_a_chosen_emblem_is_kept_in_the_database_and_printed_after_its_file_is_gone(
        database: Database, tmp_path: Path, image_format: str) -> None:
    service = ReportService(database, FixedClock(TODAY))
    source = picture(tmp_path / f"emblem.{image_format.lower()}", image_format=image_format)
    assert cover_images(pdf_bytes(service.build(OFFICIAL, LANG))) == 0
    chosen = service.set_emblem(source)
    source.unlink()  # the copy in the database is what reports use
    assert service.emblem() == chosen and (chosen.width, chosen.height) == (200, 160)
    assert cover_images(pdf_bytes(service.build(OFFICIAL, LANG))) == 1
    with database.reading() as session:
        assert get_setting(session, LETTERHEAD_EMBLEM_KEY)["file"] == source.name
    service.clear_emblem()
    assert service.emblem() is None
    assert cover_images(pdf_bytes(service.build(OFFICIAL, LANG))) == 0


def _big(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(MAX_FILE_BYTES))
    return path


def _truncated(path: Path) -> Path:
    data = picture(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(("make", "words"), [
    (lambda p: p / "missing.png", "does not exist"),
    (lambda p: p, "is not a file"),
    (lambda p: (p / "notes.png").write_text("not a picture") and p / "notes.png", "not a PNG or JPEG"),
    (lambda p: picture(p / "emblem.gif", image_format="GIF"), "not a PNG or JPEG"),
    (lambda p: _truncated(p / "cut.png"), "not a PNG or JPEG"),
    (lambda p: picture(p / "tiny.png", (12, 40)), "12×40 pixels"),
    (lambda p: picture(p / "huge.png", (4500, 40)), "4500×40 pixels"),
    (lambda p: _big(p / "big.png"), "at most 2048 KB"),
])
def test_a_file_that_is_no_usable_emblem_is_refused_naming_it_and_nothing_changes(
        database: Database, tmp_path: Path, make, words: str) -> None:
    service = ReportService(database, FixedClock(TODAY))
    kept = service.set_emblem(picture(tmp_path / "kept.png"))
    before = events(database)
    folder = tmp_path / "bad"
    folder.mkdir()
    path = make(folder)
    with pytest.raises(ValidationError) as refused:
        service.set_emblem(path)
    assert words in refused.value.english() and str(path) in refused.value.english()
    assert refused.value.field == "emblem"
    assert service.emblem() == kept and events(database) == before


def test_only_the_secretary_changes_the_emblem_and_each_change_is_audited(database: Database,
                                                                         tmp_path: Path) -> None:
    source = picture(tmp_path / "emblem.png")
    for role in (Role.CHIEF_JUSTICE, Role.VIEWER):
        with pytest.raises(PermissionDenied):
            ReportService(database, FixedClock(TODAY), principal=Principal("کاربر", role)).set_emblem(source)
        with pytest.raises(PermissionDenied):
            ReportService(database, FixedClock(TODAY), principal=Principal("کاربر", role)).clear_emblem()
    assert ReportService(database, FixedClock(TODAY)).emblem() is None
    secretary = ReportService(database, FixedClock(TODAY), principal=Principal("دبیر", Role.SECRETARY))
    chosen = secretary.set_emblem(source)
    secretary.clear_emblem()
    with database.reading() as session:
        details = [e.detail for e in session.scalars(select(AuditEvent).where(AuditEvent.kind == "setting")
                                                     .order_by(AuditEvent.id))]
    assert details == [f"letterhead.emblem: - → emblem.png ({chosen.sha256[:12]})",
                       f"letterhead.emblem: emblem.png ({chosen.sha256[:12]}) → -"]
