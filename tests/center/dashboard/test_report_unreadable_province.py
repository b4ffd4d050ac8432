"""A province whose stored plan the center cannot read (its summary fails) is incomplete data in the national
PDF and XLSX reports - never "no plan data", never zero, never counted or ranked - as the dashboard shows it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.center.report import service as national_report
from desktop.center.report.data import NationalData
from desktop.reports.language import ReportLanguage
from desktop.translations import Language, translate
from tests.center.dashboard.conftest import NOW, plan_unreadable_for

INCOMPLETE_FA = "دادهٔ ناقص"


@pytest.fixture
def data(seeded, monkeypatch) -> NationalData:
    plan_unreadable_for(monkeypatch, "قم")
    return national_report.gather(seeded.center.engine, national_report.half_year("1405-H1"), NOW)


def _lang(language: Language) -> ReportLanguage:
    return ReportLanguage(lambda context, text, **params: translate(language, context, text, **params),
                          rtl=language is Language.PERSIAN)


def test_the_unreadable_province_is_incomplete_data_in_every_table_of_the_workbook(data, tmp_path: Path) -> None:
    assert data.unreadable == {"QOM"}
    lang = _lang(Language.ENGLISH)
    path = national_report.write(national_report.build(data, lang, NOW), tmp_path / "r.xlsx", "xlsx", lang)
    book = load_workbook(path, read_only=True)
    progress = {row[0]: row for row in book["Progress"].iter_rows(values_only=True)}
    assert progress["قم"][4:6] == ("incomplete data", "incomplete data")
    assert isinstance(progress["اصفهان"][5], float)  # the others as ever
    by_province = [row for row in book["Milestones by province"].iter_rows(values_only=True) if row[0] == "قم"]
    assert by_province and all(row[5] == "incomplete data" for row in by_province)
    drivers = [row for row in book["Driver projects"].iter_rows(values_only=True) if row[0] == "قم"]
    assert [row[1] for row in drivers] == ["incomplete data"]
    for target in data.compliance:  # not counted as "no data" among the provinces of the targets
        assert target.provinces == len(data.provinces) - 1


def test_the_pdf_says_incomplete_data_for_the_province_in_persian(data, tmp_path: Path) -> None:
    lang = _lang(Language.PERSIAN)
    path = national_report.write(national_report.build(data, lang, NOW), tmp_path / "r.pdf", "pdf", lang)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    qom = [line for line in text.splitlines() if line.strip().endswith("قم\u202c")]  # a row of a table
    progress = next(line for line in qom if "تأیید نشده" in line and "۳۳۵" in line)  # its activities reported
    assert progress.count(INCOMPLETE_FA) == 2  # PV and EV as now reported, not "—" as if no plan had arrived
    assert sum(INCOMPLETE_FA in line for line in qom) >= 6  # the chart's words, each milestone, the drivers'
    assert "بدون دادهٔ برنامه" not in "\n".join(qom)
