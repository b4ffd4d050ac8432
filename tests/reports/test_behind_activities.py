"""The activities most behind schedule, as the reports show them. Partial data is normal: an activity with no
progress report by the report date has an unknown actual progress - "not reported", no SPI ("—") -, never 0 %,
and is never ranked against the activities whose progress is known; it is listed apart when its schedule calls
for progress by now. Each activity is named under its program, as the plans page's tree shows it (an activity's
code is its program's own: "2.3" stands in many programs), in the report's digits."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod
from desktop.organisation.service import OrganisationService
from desktop.planning.views import ActivityForm, ProgramForm, SolutionForm
from desktop.reports.document import Paragraph, Section, Table
from desktop.reports.formatting import CellFormat
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database, open_database
from tests.reports.conftest import TODAY
from tests.services.conftest import add_plan, setup_form

H1 = JalaliPeriod.parse("1405-H1")  # ended on 1405/06/31 (2026-09-22): the report describes that day
Q2 = JalaliPeriod.parse("1405-Q2")
DONE_BY_NOW = (date(2026, 1, 1), date(2026, 6, 30))  # planned 100 % by the report date
NOT_YET = (date(2026, 9, 20), date(2027, 9, 20))  # planned well under 10 % by the report date
ENGLISH = ReportLanguage(rtl=False)
PERSIAN_LAYOUT = ReportLanguage(rtl=True)  # English words, Persian layout and digits
BEHIND = "Activities most behind schedule"
LATIN_DIGIT = re.compile("[0-9]")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Two solutions of the Transformation Document, each with a program holding an activity coded "2.3": S1's
    has no progress report, S2's is at 50 % of 100 % planned; S1 also has "1", at 20 % of 100 % (further behind),
    and "3", not reported either but not due yet."""
    database = open_database(tmp_path_factory.mktemp("behind") / "behind.sqlite3")
    OrganisationService(database).complete_setup(setup_form())
    plans = AppServices(database, FixedClock(TODAY)).plans
    for code, leaves in (("S1", [("1", DONE_BY_NOW, 20), ("2.3", DONE_BY_NOW, None), ("3", NOT_YET, None)]),
                         ("S2", [("2.3", DONE_BY_NOW, 50)])):
        solution = plans.create_solution(SolutionForm(add_plan(database, f"TD-{code}"), code, f"راهکار {code}", None))
        program = plans.create_program(ProgramForm(solution, f"{code}-P1", f"برنامه {code}"))
        for activity_code, (start, finish), percent in leaves:
            activity = plans.create_activity(ActivityForm(program, activity_code, f"فعالیت {code} {activity_code}",
                                                          1.0, start, finish))
            if percent is not None:
                plans.record_progress(activity, percent, date(2026, 6, 1))
    yield database
    database.close()


@pytest.fixture(scope="module")
def citizens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A citizens'-rights program with an action reported in the quarter and one never reported."""
    database = open_database(tmp_path_factory.mktemp("citizens") / "citizens.sqlite3")
    OrganisationService(database).complete_setup(setup_form())
    plans = AppServices(database, FixedClock(TODAY)).plans
    solution = plans.create_solution(SolutionForm(add_plan(database, "CR", "citizens_rights"), "CR-P01",
                                                  "صیانت از حقوق شهروندی", None))
    program = plans.create_program(ProgramForm(solution, "CR-P01-1405", "برنامه حقوق شهروندی"))
    for activity_code, percent in (("1.1", 40), ("1.2", None)):
        activity = plans.create_activity(ActivityForm(program, activity_code, f"اقدام {activity_code}", 1.0,
                                                      date(2026, 3, 21), date(2026, 9, 21)))
        if percent is not None:
            plans.record_progress(activity, percent, date(2026, 7, 1))
    yield database
    database.close()


def _section(database: Database, lang: ReportLanguage, kind: ReportKind = ReportKind.STATUS,
             period: JalaliPeriod = H1, title: str = BEHIND) -> Section:
    report = ReportService(database, FixedClock(TODAY)).build(ReportRequest(kind, period), lang)
    return next(section for section in report.sections if section.title == title)


def _actions(database: Database, lang: ReportLanguage) -> Table:
    """The actions of the first citizens'-rights program, in the quarterly report."""
    report = ReportService(database, FixedClock(TODAY)).build(ReportRequest(ReportKind.CITIZENS, Q2), lang)
    return _tables(next(section for section in report.sections if section.title.startswith("Program ")))[0]


def _pdf_lines(database: Database, tmp_path: Path) -> list[str]:
    """The status report's lines as the reader of the PDF copies them (poppler, laid out)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    report = ReportService(database, FixedClock(TODAY)).build(ReportRequest(ReportKind.STATUS, H1), ENGLISH)
    (tmp_path / "status.pdf").write_bytes(pdf_bytes(report))
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(tmp_path / "status.pdf"), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    return [line.strip() for line in text.splitlines()]


def _line(lines: list[str], title: str) -> str:
    """The one line of the most-behind tables naming the activity «فعالیت <title>»."""
    [line] = [line for line in lines if f"{title} " in line and "—" in line]
    return line


def _tables(section: Section) -> list[Table]:
    return [block for block in section.blocks if isinstance(block, Table)]


def _read(lang: ReportLanguage, row: tuple) -> list[str]:
    """A row's cells as the reader reads them."""
    return [lang.cells.text(cell) for cell in row]


def _row(lang: ReportLanguage, section: Section, title: str) -> list[str]:
    return next(_read(lang, row) for table in _tables(section) for row in table.rows if row[1] == title)


def test_an_activity_without_a_progress_report_reads_not_reported_with_no_spi_never_zero(
        database: Database) -> None:
    section = _section(database, ENGLISH)
    code, _title, _solution, _owner, _finish, planned, actual, spi = _row(ENGLISH, section, "فعالیت S1 2.3")
    assert (planned, actual, spi) == ("100.0%", "not reported", "—")
    reported = _row(ENGLISH, section, "فعالیت S2 2.3")
    assert reported[-3:] == ["100.0%", "50.0%", "0.50"]  # a known actual keeps its figures


def test_activities_without_a_progress_report_are_listed_apart_not_ranked_with_the_known_ones(
        database: Database) -> None:
    section = _section(database, ENGLISH)
    ranked, unreported = _tables(section)
    # ranked by the gap between planned and actual: 80 points, then 50; the unknown one is not among them
    assert [row[1] for row in ranked.rows] == ["فعالیت S1 1", "فعالیت S2 2.3"]
    # due and not reported: listed apart; "3" is not reported either but its schedule asks for nothing yet
    assert [row[1] for row in unreported.rows] == ["فعالیت S1 2.3"]
    note = " ".join(block.text for block in section.blocks if isinstance(block, Paragraph) and block.note)
    assert "shown as \"not reported\", never as 0%, and is not ranked with the others" in note


def test_two_activities_with_the_same_code_in_different_solutions_are_told_apart(database: Database) -> None:
    section = _section(database, ENGLISH)
    assert _row(ENGLISH, section, "فعالیت S1 2.3")[0] == "S1-P1 › 2.3"
    assert _row(ENGLISH, section, "فعالیت S2 2.3")[0] == "S2-P1 › 2.3"


def test_a_persian_report_writes_the_activities_codes_in_persian_digits(database: Database) -> None:
    codes = [row[0] for table in _tables(_section(database, PERSIAN_LAYOUT)) for row in table.rows]
    assert codes == ["S۱-P۱ › ۱", "S۲-P۱ › ۲.۳", "S۱-P۱ › ۲.۳"]
    assert not any(LATIN_DIGIT.search(code) for code in codes)


def test_a_persian_report_writes_the_solutions_codes_in_persian_digits(database: Database) -> None:
    solutions = _tables(_section(database, PERSIAN_LAYOUT, title="Progress of each solution"))[0]
    assert [row[0] for row in solutions.rows] == ["S۱", "S۲"]


def test_the_pdf_reads_not_reported_with_no_spi(database: Database, tmp_path: Path) -> None:
    lines = _pdf_lines(database, tmp_path)
    assert re.search(r"100\.0%\s+not reported\s+—$", _line(lines, "S1 2.3"))
    assert re.search(r"100\.0%\s+50\.0%\s+0\.50$", _line(lines, "S2 2.3"))
    assert not any("0.00" in line for line in lines)


def test_the_pdf_names_each_activity_under_its_program(database: Database, tmp_path: Path) -> None:
    lines = _pdf_lines(database, tmp_path)
    assert _line(lines, "S1 2.3").startswith("S1-P1 › 2.3 ")
    assert _line(lines, "S2 2.3").startswith("S2-P1 › 2.3 ")


def test_the_citizens_report_reads_not_reported_for_an_action_without_a_progress_report(
        citizens: Database) -> None:
    rows = {row[1]: _read(ENGLISH, row) for row in _actions(citizens, ENGLISH).rows}
    assert rows["اقدام 1.2"][3] == "not reported"
    assert rows["اقدام 1.1"][3] == "40.0%"


def test_the_citizens_report_writes_the_actions_codes_in_persian_digits(citizens: Database) -> None:
    assert [row[0] for row in _actions(citizens, PERSIAN_LAYOUT).rows] == ["۱.۱", "۱.۲"]


def test_a_code_is_written_in_the_reports_digits() -> None:
    assert CellFormat(persian_digits=True).code("TD-S01-P1") == "TD-S۰۱-P۱"
    assert CellFormat(persian_digits=False).code("TD-S01-P1") == "TD-S01-P1"
