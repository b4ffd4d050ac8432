"""A report shows the state on its report date: a closed period printed again on any later day reads the same,
whatever happened to its resolutions since."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.meetings import ResolutionStatus
from desktop.meetings.service import MeetingService
from desktop.meetings.views import MeetingForm, ResolutionForm
from desktop.reports.document import Figures, Table
from desktop.reports.formatting import CellFormat
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database, open_database

LANG = ReportLanguage(rtl=True)
H1_1405 = JalaliPeriod.parse("1405-H1")  # 2026-03-21 .. 2026-09-22
RESOLUTIONS = "Council resolutions and their fulfilment"


def _figures_and_tables(database: Database, today: date) -> list:
    report = ReportService(database, FixedClock(today)).build(ReportRequest(ReportKind.STATUS, H1_1405), LANG)
    assert report.as_of == H1_1405.end
    return [(section.title, block) for section in report.sections for block in section.blocks
            if isinstance(block, (Figures, Table))]


def test_a_closed_half_year_printed_on_two_later_days_gives_identical_figures(tmp_path: Path) -> None:
    with open_database(tmp_path / "rasad.sqlite3") as database:
        meetings = MeetingService(database, FixedClock(date(2026, 6, 1)))
        meeting = meetings.create_meeting(MeetingForm(date(2026, 5, 20), "جلسهٔ شورا"))
        ids = [meetings.create_resolution(ResolutionForm(meeting, f"مصوبهٔ {n}", "معاونت", date(2026, 7, 1)))
               for n in range(4)]
        MeetingService(database, FixedClock(date(2026, 6, 25))).set_status(  # done within the half-year
            ids[0], ResolutionStatus.DONE, date(2026, 6, 20))
        first = _figures_and_tables(database, date(2026, 9, 25))

        later = MeetingService(database, FixedClock(date(2026, 10, 30)))
        later.set_status(ids[1], ResolutionStatus.DONE, date(2026, 10, 29))
        later.set_status(ids[2], ResolutionStatus.CANCELLED)
        later.set_status(ids[3], ResolutionStatus.IN_PROGRESS)
        second = _figures_and_tables(database, date(2026, 11, 23))

    assert second == first
    figures = next(block for title, block in first if title == RESOLUTIONS and isinstance(block, Figures))
    shown = [CellFormat().text(value) for _label, value in figures.items]
    assert shown[:4] == ["۴", "۱", "۳", "۳"]  # adopted, done, open, overdue
