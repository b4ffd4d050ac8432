"""A program whose activities tie: twelve behind by the same amount (planned 100 %, reported 20 %), one further
behind (10 %) and one less (50 %), created in an order that is neither their codes' nor their ids' text order -
for the tests of how the lists of activities most behind schedule order a tie and say where they cut it."""

from __future__ import annotations

from datetime import date

from desktop.planning.service import PlanService
from desktop.planning.views import ActivityForm, ProgramForm

#: Planned 100 % on any day from 2026-06-30 on (the H1 1405 report's date and the overview's TODAY alike).
DONE_BY_NOW = (date(2026, 1, 1), date(2026, 6, 30))
REPORTED_ON = date(2026, 6, 1)
#: The tie's codes in the order they are created.
TIED = ("2.10", "2.9", "10", "2", "1", "2.1", "11", "3", "9", "12", "4", "5")
#: Further behind (gap 90) and less (gap 50) than the tie (gap 80).
FURTHER, LESS = "7", "8"
#: The ten listed, in order: the one further behind, then the tie by its codes in their natural order.
LISTED = ("7", "1", "2", "2.1", "2.9", "2.10", "3", "4", "5", "9")
#: Left out: three of the tie ("10", "11", "12") and the one less behind.
UNLISTED, TIED_UNLISTED = 4, 3


def add_tie(plans: PlanService, solution_id: int, program_code: str = "TD-S01-P9") -> dict[str, int]:
    """The fourteen activities in a new program of ``solution_id``; their ids by code."""
    program = plans.create_program(ProgramForm(solution_id, program_code, "برنامهٔ هم‌تراز"))
    ids = {}
    for code, percent in ((FURTHER, 10), *((code, 20) for code in TIED), (LESS, 50)):
        ids[code] = plans.create_activity(ActivityForm(program, code, f"فعالیت {code}", 1, *DONE_BY_NOW))
        plans.record_progress(ids[code], percent, REPORTED_ON)
    return ids
