"""A period submitted for approval is locked as an approved one is (docs/access.md, "Lock"): what the chief
justice approves is what the secretary submitted. The comparisons of figures before and after a write - a late
file's backlog carried into the month, a backdated progress report - read today's figures, not a snapshot, so
they protect a submitted period (which has none) too, each with its own message; withdrawing the submission
unlocks it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.approval import ApprovalState, FiguresLocked, PeriodLocked, PlanFiguresLocked
from desktop.imports.service import IMPORTED
from desktop.store.models import ApprovalSnapshot
from desktop.sync.directives import DirectiveInbox
from desktop.sync.keys import generate_private_key
from tests.approvals.conftest import ABAN, BRANCH_HEADERS, MONTHLY_HEADERS, Province, write_csv
from tests.approvals.test_carried_figures_lock import NEW_BRANCH, _figures, _late_mehr_statistics
from tests.sync.test_directives import Center, _content

IN_MEHR = date(2026, 10, 15)  # before Aban, after the activity's 10 % of 2026-10-01


@pytest.fixture
def submitted(province: Province) -> Province:
    registry = write_csv(province.tmp_path / "new-branch.csv", BRANCH_HEADERS,
                         ((NEW_BRANCH, "شعبه ۱۰۲ جعفریه", "02", "عمومی"),))
    assert province.services.imports.import_file(registry, "branches").status == IMPORTED
    province.approvals().submit(ABAN)
    return province


def test_a_late_file_whose_backlog_would_carry_into_a_submitted_month_is_refused(submitted: Province) -> None:
    before = _figures(submitted)
    path = _late_mehr_statistics(submitted, NEW_BRANCH)
    with pytest.raises(FiguresLocked) as refused:
        submitted.services.imports.import_file(path, "monthly")
    assert refused.value.state is ApprovalState.SUBMITTED
    assert refused.value.english() == (
        "Aban 1405 is awaiting approval and its figures are locked, but this change would alter them: through the "
        "backlog carried forward into it or the cases counted in it. Withdraw the submission, or the chief "
        "justice sends it back, before it is changed.")
    assert _figures(submitted) == before
    submitted.approvals().withdraw(ABAN)
    assert submitted.services.imports.import_file(path, "monthly").status == IMPORTED


def test_a_file_with_rows_in_a_submitted_month_is_refused_before_it_is_read(submitted: Province) -> None:
    before = _figures(submitted)
    path = write_csv(submitted.tmp_path / "aban-again.csv", MONTHLY_HEADERS,
                     (("101001", "1405", "8", "51", "40", "300", "60", "10", "20"),))
    with pytest.raises(PeriodLocked) as refused:
        submitted.services.imports.import_file(path, "monthly")
    assert refused.value.english().startswith("Aban 1405 is awaiting approval and its data is locked")
    assert _figures(submitted) == before


def test_a_backdated_report_that_would_change_a_submitted_months_plan_figures_is_refused(
        submitted: Province) -> None:
    with pytest.raises(PlanFiguresLocked) as refused:
        submitted.services.plans.record_progress(submitted.activity, 90, IN_MEHR)
    assert refused.value.state is ApprovalState.SUBMITTED
    assert refused.value.english().startswith("Aban 1405 is awaiting approval and its figures are locked, but this "
                                              "progress report would change its plan figures")
    submitted.services.plans.record_progress(submitted.activity, 10, IN_MEHR)  # the same 10 %: Aban unmoved
    submitted.approvals().withdraw(ABAN)
    submitted.services.plans.record_progress(submitted.activity, 90, IN_MEHR)


def test_a_directive_that_would_move_a_submitted_month_waits_with_its_own_note(submitted: Province) -> None:
    from desktop.sync.directives import PERIOD_SUBMITTED

    key = generate_private_key()
    content = _content(solution="A-S1")
    content["programs"][0]["activities"][0].update(planned_start="2026-10-01", planned_finish="2027-01-01")
    result = DirectiveInbox(submitted.services.database, submitted.services.clock.now).receive(
        Center(key).directive(content), key.public_key(), "QOM")
    held = [note for note in result.notes if note.text == PERIOD_SUBMITTED]
    assert held and "withdrawn or sent back" in held[0].text


def test_submitting_takes_no_snapshot_and_approving_takes_the_submitted_figures(submitted: Province) -> None:
    with submitted.services.database.session() as session:
        assert session.query(ApprovalSnapshot).count() == 0
    figures = submitted.approvals().figures(ABAN)
    assert not figures.frozen
    from desktop.domain.access import Principal, Role

    submitted.approvals(Principal("رئیس کل", Role.CHIEF_JUSTICE, login="chief")).approve(ABAN)
    frozen = submitted.approvals().frozen_figures(ABAN)
    assert frozen is not None and frozen.figures["indicators"] == figures.figures["indicators"]

