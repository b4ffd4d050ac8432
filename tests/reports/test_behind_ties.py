"""The status report's "Activities most behind schedule" where the ten listed cut through a tie
(tests/behind_ties_support.py): the tie listed by code in natural order, and under the table how many more are
behind and how many of them by the same amount as the last listed - in the report's model and in its PDF."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod
from desktop.organisation.service import OrganisationService
from desktop.planning.views import SolutionForm
from desktop.reports.document import Paragraph, Report, Table
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database, open_database
from tests.behind_ties_support import LISTED, TIED_UNLISTED, UNLISTED, add_tie
from tests.reports.conftest import TODAY
from tests.services.conftest import add_plan, setup_form

H1 = JalaliPeriod.parse("1405-H1")  # described on 1405/06/31 (2026-09-22)
ENGLISH = ReportLanguage(rtl=False)
SAID = (f"{UNLISTED} more activities with a progress report are behind schedule and are not listed, "
        f"{TIED_UNLISTED} of them by the same amount as the last listed.")


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(tmp_path_factory.mktemp("ties") / "ties.sqlite3")
    OrganisationService(database).complete_setup(setup_form())
    plans = AppServices(database, FixedClock(TODAY)).plans
    add_tie(plans, plans.create_solution(SolutionForm(add_plan(database), "S1", "راهکار", None)), "S1-P1")
    yield database
    database.close()


def _report(database: Database) -> Report:
    return ReportService(database, FixedClock(TODAY)).build(ReportRequest(ReportKind.STATUS, H1), ENGLISH)


def test_the_ten_listed_are_the_furthest_then_the_tie_by_code_and_the_rest_of_the_tie_is_counted(
        database: Database) -> None:
    section = next(s for s in _report(database).sections if s.title == "Activities most behind schedule")
    [ranked] = [block for block in section.blocks if isinstance(block, Table)]
    assert tuple(ENGLISH.cells.text(row[0]).split(" › ")[1] for row in ranked.rows) == LISTED
    after = section.blocks[section.blocks.index(ranked) + 1]
    assert isinstance(after, Paragraph) and after.text == SAID


def test_the_pdf_says_how_much_of_the_tie_the_list_leaves_out(database: Database, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    (tmp_path / "status.pdf").write_bytes(pdf_bytes(_report(database)))
    text = subprocess.run(["pdftotext", str(tmp_path / "status.pdf"), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert SAID in " ".join(text.split())
