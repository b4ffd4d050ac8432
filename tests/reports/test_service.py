"""The three reports built from the demo province, written as PDF and Excel, and their charts saved alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import DomainError, ValidationError
from desktop.reports.document import Figures, Number, Paragraph, Table
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from desktop.tasks import TaskCancelled, TaskProgress

LANG = ReportLanguage(rtl=True)  # English source words, Persian layout and digits


@pytest.fixture
def service(demo_database: Database, clock: FixedClock) -> ReportService:
    return ReportService(demo_database, clock)


def _build(service: ReportService, kind: str, period: str, district: str | None = None):
    return service.build(ReportRequest(ReportKind(kind), JalaliPeriod.parse(period), district), LANG)


def _section(report, title: str):
    return next(s for s in report.sections if s.title == title)


def test_the_status_report_has_every_section_the_follow_up_center_asks_for(service: ReportService) -> None:
    report = _build(service, "status", "1405-H1")
    assert [s.title for s in report.sections] == [
        "Summary", "Milestone compliance", "The ten driver projects", "Progress of each solution",
        "Activities most behind schedule", "Council resolutions and their fulfilment", "Branch performance indicators",
        "Data-quality notes"]
    drivers = next(b for b in _section(report, "The ten driver projects").blocks if isinstance(b, Table))
    assert len(drivers.rows) == 10
    milestones = next(b for b in _section(report, "Milestone compliance").blocks if isinstance(b, Table))
    assert len(milestones.rows) == 3
    assert {c.name for c in report.charts()} >= {"driver-projects", "trend-clearance_rate"}


def test_the_status_report_lists_overdue_resolutions_of_the_period(service: ReportService) -> None:
    report = _build(service, "status", "1405-H1")
    overdue = [b for b in _section(report, "Council resolutions and their fulfilment").blocks
               if isinstance(b, Table) and b.sheet == "Overdue resolutions"][0]
    days = [row[-1].value for row in overdue.rows]
    assert days == sorted(days, reverse=True) and all(d > 0 for d in days)


def test_a_period_with_no_data_says_so_instead_of_empty_tables(service: ReportService) -> None:
    report = _build(service, "status", "1390-H1")
    assert not report.has_data
    texts = [b.text for s in report.sections for b in s.blocks if isinstance(b, Paragraph)]
    assert any("no progress to report" in text for text in texts)
    assert any("No branch statistics" in text for text in texts)
    assert not any(isinstance(b, Table) and not b.rows and not b.empty_text for s in report.sections for b in s.blocks)
    for kind, period in (("citizens", "1390-Q1"), ("district", "1390-01")):
        assert not _build(service, kind, period).has_data


def test_a_citizens_report_with_its_survey_but_no_program_progress_has_data_in_part(service: ReportService) -> None:
    """1403-Q3, before the programs' progress was recorded: its survey page shows the quarter's respondents, yet
    the report was announced as having no data at all."""
    report = _build(service, "citizens", "1403-Q3")
    survey = _section(report, "Satisfaction survey")
    assert any(isinstance(b, Table) and b.rows for b in survey.blocks)
    assert report.has_data
    assert report.missing == ("No progress of the citizens'-rights programs has been recorded for this quarter.",)
    assert _build(service, "citizens", "1405-Q2").missing == ()


def slashed_counts(report) -> list[str]:
    """Every text cell and key figure of ``report`` that writes a count of a whole as «۱۰ / ۱۹»."""
    from desktop.reports.document import Figures

    cells = [value for s in report.sections for b in s.blocks if isinstance(b, Figures) for _label, value in b.items]
    cells += [cell for _section, table in report.tables() for row in table.rows for cell in row]
    return [cell for cell in cells if isinstance(cell, str) and re.search("[0-9۰-۹] / [0-9۰-۹]", cell)]


def test_the_status_report_writes_a_count_of_a_whole_as_n_of_m(service: ReportService) -> None:
    """«۴۸ / ۳۴۱ فعالیت‌های پایان‌یافته» and the milestones' «۱۰ / ۱۹» beside the window's «۴۸ از ۳۴۱»."""
    report = _build(service, "status", "1405-H1")
    assert slashed_counts(report) == []
    summary = next(b for b in _section(report, "Summary").blocks if isinstance(b, Figures))
    assert re.fullmatch("[۰-۹]+ of [۰-۹]+", dict(summary.items)["Finished activities"])
    milestones = next(b for b in _section(report, "Milestone compliance").blocks if isinstance(b, Table))
    assert all(re.fullmatch("[۰-۹]+ of [۰-۹]+", row[-1]) for row in milestones.rows)


def test_the_citizens_report_covers_the_nine_programs_and_the_survey(service: ReportService) -> None:
    report = _build(service, "citizens", "1405-Q2")
    programs = [s for s in report.sections if s.title.startswith("Program ")]
    assert len(programs) == 9
    assert report.sections[-1].title == "Satisfaction survey"
    actions = next(b for b in programs[0].blocks if isinstance(b, Table))
    assert len(actions.rows) == 5 and {row[4] for row in actions.rows} <= {
        "Done", "On schedule", "Behind schedule", "Not started"}


def test_the_district_report_ranks_each_districts_branches_with_the_change(service: ReportService) -> None:
    report = _build(service, "district", "1405-07", "02")
    table = [b for b in report.sections[0].blocks if isinstance(b, Table)][1]
    ranks = [row[0] for row in table.rows if row[0] is not None]
    assert ranks == sorted(ranks) and ranks[0] == 1
    change = table.columns.index(next(c for c in table.columns if c.title == "Change in Clearance rate"))
    assert any(isinstance(row[change], Number) and row[change].signed and row[change].value is not None
               for row in table.rows)
    everything = _build(service, "district", "1405-07")
    assert len(everything.sections) == 2 + len(service.districts())  # the overview, units at risk, each district


def test_an_unknown_district_or_a_period_of_the_wrong_kind_is_refused(service: ReportService) -> None:
    with pytest.raises(DomainError):
        _build(service, "district", "1405-07", "99")
    with pytest.raises(ValidationError):
        _build(service, "status", "1405-Q1")


def test_every_report_is_written_as_pdf_and_excel(service: ReportService, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    report = _build(service, "status", "1405-H1")
    pdf = service.write(report, tmp_path / "status.pdf", LANG)
    assert pdf.read_bytes().startswith(b"%PDF")
    workbook = load_workbook(service.write(report, tmp_path / "status.xlsx", LANG))
    assert all(sheet.sheet_view.rightToLeft for sheet in workbook.worksheets)
    solutions = workbook["Solutions"]
    assert isinstance(solutions.cell(2, 6).value, float)  # the actual percent, a number
    milestones = workbook["Milestones"]
    assert milestones.cell(2, 2).value == "۱۴۰۳/۱۲/۳۰"  # a Jalali date, as text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["status.pdf", "status.xlsx"]


def test_every_chart_is_saved_alone_as_png_or_svg(service: ReportService, tmp_path: Path) -> None:
    report = _build(service, "status", "1405-H1")
    pngs = service.save_charts(report, tmp_path / "png", "png")
    svgs = service.save_charts(report, tmp_path / "svg", "svg")
    assert len(pngs) == len(svgs) == len(report.charts())
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
    assert all(b"<svg" in p.read_bytes()[:500] for p in svgs)


def test_the_preview_shows_the_first_pages_as_pictures(service: ReportService) -> None:
    pages = service.preview(_build(service, "citizens", "1405-Q2"), pages=2)
    assert len(pages) == 2 and all(page.startswith(b"\x89PNG") for page in pages)


def test_building_a_report_can_be_cancelled(service: ReportService) -> None:
    progress = TaskProgress()
    progress.cancel()
    with pytest.raises(TaskCancelled):
        service.build(ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")), LANG, progress)


def test_a_file_that_is_neither_pdf_nor_excel_is_refused(service: ReportService, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        service.write(_build(service, "citizens", "1405-Q2"), tmp_path / "report.docx", LANG)
    assert list(tmp_path.iterdir()) == []


def test_the_citizens_actions_are_numbered_in_persian_digits(service: ReportService) -> None:
    from desktop.reports.formatting import CellFormat

    report = _build(service, "citizens", "1405-Q2")
    actions = next(b for b in report.sections[1].blocks if isinstance(b, Table))
    assert [CellFormat().text(row[0]) for row in actions.rows[:3]] == ["۱", "۲", "۳"]


def _at_risk_table(report) -> Table:
    return next(b for b in _section(report, "Units at risk").blocks if isinstance(b, Table))


def test_the_district_report_lists_the_units_at_risk_the_overview_shows_with_the_reason(
        service: ReportService, demo_database: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from desktop.indicators.at_risk import units_at_risk_now
    from desktop.indicators.service import IndicatorService

    indicators = IndicatorService(demo_database)
    overview = units_at_risk_now(indicators)  # what the home page's "Needs attention" lists
    assert overview
    latest = indicators.available_months()[-1]
    report = _build(service, "district", latest.code)
    table = _at_risk_table(report)
    assert [row[0] for row in table.rows] == [unit.name for unit in overview]
    reason = [c.title for c in table.columns].index("Reason")
    for row, unit in zip(table.rows, overview, strict=True):
        expected = {"backlog_growing": "backlog grew three months running",
                    "clearance_low": "clearance under 100 % three months running"}
        assert row[reason] == "; ".join(expected[r] for r in unit.reasons)
    sheet = load_workbook(service.write(report, tmp_path / "district.xlsx", LANG))["Units at risk"]
    names = [row[0] for row in sheet.iter_rows(values_only=True)]
    assert all(unit.name in names for unit in overview)


def test_a_past_months_district_report_looks_at_the_three_months_ending_with_it_in_its_districts_only(
        service: ReportService, demo_database: Database) -> None:
    from desktop.indicators.at_risk import units_at_risk_now
    from desktop.indicators.service import IndicatorService

    month = JalaliPeriod.parse("1405-07")
    everywhere = units_at_risk_now(IndicatorService(demo_database), until=month)
    assert [row[0] for row in _at_risk_table(_build(service, "district", "1405-07")).rows] == \
        [unit.name for unit in everywhere]
    code, name = service.districts()[1]
    own = [unit.name for unit in everywhere
           if (unit.level == "district" and unit.name == name) or (unit.level == "branch" and unit.parent_name == name)]
    one = _build(service, "district", "1405-07", code)
    assert [row[0] for row in _at_risk_table(one).rows] == own
