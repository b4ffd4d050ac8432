"""`python -m desktop overview` and `report status` on activities behind schedule: a tie cut by the list of ten is
counted, not hidden, and a report for a half-year before any activity starts says so rather than "no schedule"."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.clock import FixedClock  # noqa: E402
from desktop.context import AppServices  # noqa: E402
from desktop.organisation.service import OrganisationService  # noqa: E402
from desktop.planning.views import ActivityForm, ProgramForm, SolutionForm  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from tests.behind_ties_support import LISTED, TIED_UNLISTED, UNLISTED, add_tie  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401
from tests.services.conftest import add_plan, setup_form  # noqa: E402

TODAY = date(2026, 11, 23)


def _province(path: Path) -> AppServices:
    database = open_database(path)
    OrganisationService(database).complete_setup(setup_form())
    return AppServices(database, FixedClock(TODAY))


def test_the_overview_lists_a_tie_by_code_and_counts_what_the_ten_leave_of_it(tmp_path: Path) -> None:
    services = _province(tmp_path / "rasad.sqlite3")
    add_tie(services.plans, services.plans.create_solution(SolutionForm(add_plan(services.database), "S1", "راهکار",
                                                                         None)))
    services.database.close()

    code, out, err = run_cli("overview", "--db", str(tmp_path / "rasad.sqlite3"), "--as-of", TODAY.isoformat())

    assert code == 0, err
    overview = json.loads(out)
    assert tuple(activity["code"] for activity in overview["behind"]) == LISTED
    assert overview["behind_total"] == len(LISTED) + UNLISTED
    assert overview["behind_tied_unlisted"] == TIED_UNLISTED


def test_a_status_report_before_any_activity_starts_says_nothing_was_scheduled_to_start_yet(tmp_path: Path) -> None:
    """H2 1404 ends on 1404/12/29 (2026-03-20); the plan's two activities start later. Its planned progress is a
    real 0 %: the report said "No activities with a schedule or a progress report have been recorded yet"."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    services = _province(tmp_path / "rasad.sqlite3")
    plans = services.plans
    solution = plans.create_solution(SolutionForm(add_plan(services.database), "S1", "راهکار", None))
    program = plans.create_program(ProgramForm(solution, "S1-P1", "برنامه"))
    for number, start in ((1, date(2026, 6, 1)), (2, date(2026, 4, 1))):
        plans.create_activity(ActivityForm(program, str(number), f"فعالیت {number}", 1, start, date(2026, 12, 1)))
    services.database.close()

    code, out, err = run_cli("report", "status", "--db", str(tmp_path / "rasad.sqlite3"), "--period", "1404-H2",
                             "--out", str(tmp_path / "status.pdf"), "--as-of", TODAY.isoformat())

    assert code == 0, err
    text = subprocess.run(["pdftotext", str(tmp_path / "status.pdf"), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    said = " ".join(text.split())
    assert ("On 1404/12/29 the schedule called for no progress yet (planned progress 0.0%): the first of the 2 "
            "scheduled activities starts on 1405/01/12. There is no progress to report for this period.") in said
    assert "No activities with a schedule" not in said
