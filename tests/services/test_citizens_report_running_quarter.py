"""The citizens' report of a quarter still running says the month its survey figures run to (the demo's statistics
end with Aban 1405: the third quarter of 1405 has two of its three months); a whole quarter says nothing of it."""

from __future__ import annotations

from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.document import Paragraph
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService


def _survey_notes(demo: AppServices, period: str) -> str:
    report = ReportService(demo.database, demo.clock).build(
        ReportRequest(ReportKind.CITIZENS, JalaliPeriod.parse(period)), ReportLanguage(rtl=False))
    (section,) = [section for section in report.sections if section.title == "Satisfaction survey"]
    return " ".join(block.text for block in section.blocks if isinstance(block, Paragraph)).replace("\u200e", "")


def test_the_citizens_report_of_a_running_quarter_says_the_month_its_survey_runs_to(demo: AppServices) -> None:
    assert "The figures of Q3 1405 run through the end of Aban 1405" in _survey_notes(demo, "1405-Q3")
    assert "run through the end of" not in _survey_notes(demo, "1405-Q2")
