"""One idea, one term. A unit whose figures of the period lack some branch's months (carried forward, missing,
or a survey some branch did not answer) is shown but never ranked or compared, and every report calls it by one
name: "incomplete data", «دادهٔ ناقص». The citizens' report once called the province's figure «دادهٔ ناقص» and
the districts beside it in the same table, for the same reason, «دادهٔ ناکافی» ("insufficient data")."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.document import Paragraph, Report, Section, Table
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from tests.reports.sample import sample_report
from tests.reports.test_pdf_extraction import pdfium_text, poppler_text

#: The quarter of the demo in which five districts and the province lack some branch's survey or statistics.
QUARTER = JalaliPeriod.parse("1405-Q2")
#: The term, as typed and as a PDF's text gives it back: the ezafe drawn (heh with yeh above) and copied as typed.
PERSIAN_TERM = re.compile("داده\u0654 ناقص")


def _language(language: str) -> ReportLanguage:
    from desktop.translations import Language, translate

    return ReportLanguage(lambda context, text, **params: translate(Language(language), context, text, **params),
                          rtl=language == "fa")


def _report(database: Database, clock: FixedClock, language: str) -> Report:
    return ReportService(database, clock).build(ReportRequest(ReportKind.CITIZENS, QUARTER), _language(language))


def _survey_texts(report: Report) -> list[str]:
    """The satisfaction section's paragraphs and its table's names, as written into the report."""
    (section,) = [section for section in report.sections
                  if any(isinstance(block, Table) and block.columns[0].title in ("Judicial district", "حوزه قضایی")
                         for block in section.blocks)]
    texts = [block.text for block in section.blocks if isinstance(block, Paragraph)]
    texts += [str(row[0]) for block in section.blocks if isinstance(block, Table) for row in block.rows]
    return texts


def test_the_citizens_report_calls_incomplete_satisfaction_by_one_persian_term(
        demo_database: Database, clock: FixedClock, tmp_path: Path) -> None:
    report = _report(demo_database, clock, "fa")
    texts = _survey_texts(report)
    marked = [text for text in texts if "دادهٔ ناقص" in text]
    # the province's figure, each incomplete district in the table, and the note naming them
    assert len(marked) >= 3, texts
    assert not [text for text in texts if "ناکافی" in text]
    pdf = pdf_bytes(report)
    for text in (poppler_text(pdf, tmp_path), pdfium_text(pdf)):
        assert "ناکافی" not in text
        assert len(PERSIAN_TERM.findall(text)) >= 3


def test_the_english_citizens_report_says_incomplete_data_never_insufficient(
        demo_database: Database, clock: FixedClock, tmp_path: Path) -> None:
    report = _report(demo_database, clock, "en")
    texts = _survey_texts(report)
    assert len([text for text in texts if "incomplete data" in text.lower()]) >= 3, texts
    pdf = pdf_bytes(report)
    for text in (poppler_text(pdf, tmp_path), pdfium_text(pdf)):
        assert "insufficient" not in text.lower()


@pytest.mark.parametrize("language", ["fa", "en"])
def test_no_text_of_the_window_the_reports_or_the_center_says_insufficient_data(language: str) -> None:
    """Every text of the window, the reports and the center: the one term, in both languages."""
    from desktop.translations import Language, catalogue

    found = {key: text for key, text in catalogue(Language(language)).items()
             if "insufficient data" in key[1].lower() or "insufficient data" in text.lower() or "ناکافی" in text}
    assert not found


def test_the_ezafe_is_drawn_and_a_line_holding_it_copies_back_as_typed(tmp_path: Path) -> None:
    """The reshaper drops a hamza above as a diacritic: «دادهٔ ناقص» was printed «داده ناقص». It is drawn as heh
    with yeh above (its joined form after a joining letter) and copied as the two letters typed."""
    from desktop.reports.pdf_text import glyphs

    drawn = glyphs("دادهٔ ناقص، شعبهٔ یکم")
    assert "\u0654" not in "".join(glyph for glyph, _ in drawn)
    assert {"\u06c0", "\ufba5"} <= {glyph for glyph, _ in drawn}  # alone after «د», joined after «ب»
    report = sample_report()
    section = Section("پروندهٔ مختومه", (Paragraph("دادهٔ ناقص: شعبهٔ یکم حوزهٔ قضایی قم"),))
    pdf = pdf_bytes(replace(report, sections=(*report.sections, section)))
    for text in (poppler_text(pdf, tmp_path), pdfium_text(pdf)):
        assert "دادهٔ ناقص: شعبهٔ یکم حوزهٔ قضایی قم" in text
        assert "پروندهٔ مختومه" in text
