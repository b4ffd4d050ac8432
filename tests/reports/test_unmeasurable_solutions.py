"""Solutions whose progress cannot be measured ("—" everywhere): those with no operational program, and those whose
programs hold no activity - an empty program measures nothing. Adding an empty program to a solution used to take
it out of "solutions without an operational program" (3 → 2) while it still could not be measured, and the status
report then said "2 solutions have no operational program yet; their progress cannot be measured" where 3 could
not. The solutions table's note counts that table's solutions (the Transformation Document's); the data-quality
note counts every plan's, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod
from desktop.organisation.service import OrganisationService
from desktop.planning.views import ActivityForm, ProgramForm, SolutionForm
from desktop.reports.document import Paragraph, Section
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database, open_database
from tests.reports.conftest import TODAY
from tests.services.conftest import add_plan, setup_form

H1 = JalaliPeriod.parse("1405-H1")
ENGLISH = ReportLanguage(rtl=False)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The Transformation Document: S1 measured (a program with an activity), S2 with no program, S3 with one
    empty program; the citizens'-rights plan: C1 with no program."""
    database = open_database(tmp_path_factory.mktemp("unmeasurable") / "unmeasurable.sqlite3")
    OrganisationService(database).complete_setup(setup_form())
    plans = AppServices(database, FixedClock(TODAY)).plans
    document, citizens = add_plan(database, "TD"), add_plan(database, "CR", "citizens_rights")
    measured = plans.create_solution(SolutionForm(document, "S1", "راهکار سنجیده", None))
    program = plans.create_program(ProgramForm(measured, "S1-P1", "برنامهٔ S1"))
    activity = plans.create_activity(ActivityForm(program, "1", "فعالیت", 1.0, date(2026, 1, 1), date(2026, 6, 30)))
    plans.record_progress(activity, 50, date(2026, 6, 1))
    plans.create_solution(SolutionForm(document, "S2", "راهکار بی‌برنامه", None))
    empty = plans.create_solution(SolutionForm(document, "S3", "راهکار با برنامهٔ تهی", None))
    plans.create_program(ProgramForm(empty, "S3-P1", "برنامهٔ تهی"))
    plans.create_solution(SolutionForm(citizens, "C1", "راهکار حقوق شهروندی بی‌برنامه", None))
    yield database
    database.close()


def _notes(database: Database, title: str) -> str:
    report = ReportService(database, FixedClock(TODAY)).build(ReportRequest(ReportKind.STATUS, H1), ENGLISH)
    section: Section = next(section for section in report.sections if section.title == title)
    return " ".join(block.text for block in section.blocks if isinstance(block, Paragraph))


def test_a_solution_whose_only_program_is_empty_is_counted_as_not_measurable(database: Database) -> None:
    summary = AppServices(database, FixedClock(TODAY)).dashboard.home_summary()
    assert summary.unmeasurable_solutions == 3  # S2, S3 and C1: both plans
    assert (summary.solutions_without_program, summary.solutions_without_activity) == (2, 1)


def test_the_solutions_tables_note_counts_its_own_solutions_and_says_why(database: Database) -> None:
    note = _notes(database, "Progress of each solution")
    assert ('The progress of 2 of these solutions cannot be measured yet ("—"): 1 with no operational program, '
            '1 with operational programs but no activity.') in note


def test_the_data_quality_note_counts_every_plans_solutions_and_says_why(database: Database) -> None:
    note = _notes(database, "Data-quality notes")
    assert ("The progress of 3 solutions of the province's plans cannot be measured yet: 2 with no operational "
            "program, 1 with operational programs but no activity.") in note
