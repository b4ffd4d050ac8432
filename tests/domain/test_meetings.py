from datetime import date

import pytest

from desktop.domain.meetings import (
    ResolutionStatus,
    allowed_transitions,
    days_overdue,
    is_overdue,
    is_reopening,
    summarise_resolutions,
    validate_meeting,
    validate_resolution,
    validate_status_change,
)
from desktop.domain.messages import ValidationError, ValidationErrors

MEETING = date(2024, 5, 1)
DEADLINE = date(2024, 6, 1)
TODAY = date(2024, 6, 11)


@pytest.mark.parametrize("status", [ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS])
def test_active_resolution_past_its_deadline_is_overdue(status):
    assert is_overdue(status, DEADLINE, TODAY)
    assert days_overdue(status, DEADLINE, TODAY) == 10


@pytest.mark.parametrize("status", [ResolutionStatus.DONE, ResolutionStatus.CANCELLED])
def test_finished_resolutions_are_never_overdue(status):
    assert not is_overdue(status, DEADLINE, TODAY)
    assert days_overdue(status, DEADLINE, TODAY) == 0


def test_a_resolution_due_today_or_without_deadline_is_not_overdue():
    assert not is_overdue(ResolutionStatus.OPEN, TODAY, TODAY)
    assert not is_overdue(ResolutionStatus.OPEN, None, TODAY)
    assert is_overdue("open", DEADLINE, TODAY)  # stored string values work too


def test_statuses_have_labels():
    assert ResolutionStatus.IN_PROGRESS.label == "In progress"
    assert ResolutionStatus.IN_PROGRESS.value == "in_progress"


def test_valid_meeting_is_normalised():
    checked = validate_meeting(MEETING, " جلسه  شورای قضايي ", TODAY)
    assert (checked.held_on, checked.title) == (MEETING, "جلسه شورای قضایی")


def test_meeting_in_the_future_or_without_title_is_refused():
    with pytest.raises(ValidationErrors) as caught:
        validate_meeting(date(2024, 7, 1), "", TODAY)
    assert caught.value.fields == ("held_on", "title")
    with pytest.raises(ValidationError) as single:
        validate_meeting(None, "جلسه", TODAY)
    assert single.value.field == "held_on"


def test_resolution_deadline_must_not_precede_the_meeting():
    with pytest.raises(ValidationError) as caught:
        validate_resolution("پیگیری", "معاون", date(2024, 4, 30), MEETING)
    assert caught.value.field == "deadline"
    assert validate_resolution("پیگیری", "معاون", MEETING, MEETING).deadline == MEETING
    assert validate_resolution("پیگیری", "معاون", None, MEETING).deadline is None


def test_resolution_needs_text_and_owner():
    with pytest.raises(ValidationErrors) as caught:
        validate_resolution(" ", None, None, MEETING)
    assert caught.value.fields == ("text", "owner")


def test_any_status_may_change_to_any_other():
    assert allowed_transitions(ResolutionStatus.CANCELLED) == {
        ResolutionStatus.OPEN,
        ResolutionStatus.IN_PROGRESS,
        ResolutionStatus.DONE,
    }
    assert is_reopening(ResolutionStatus.CANCELLED, ResolutionStatus.OPEN)
    assert is_reopening(ResolutionStatus.DONE, ResolutionStatus.IN_PROGRESS)
    assert not is_reopening(ResolutionStatus.OPEN, ResolutionStatus.DONE)


def test_done_needs_a_completion_date_between_meeting_and_today():
    assert validate_status_change(ResolutionStatus.DONE, DEADLINE, MEETING, TODAY) == DEADLINE
    for completed_on in (None, date(2024, 4, 1), date(2024, 7, 1)):
        with pytest.raises(ValidationError) as caught:
            validate_status_change(ResolutionStatus.DONE, completed_on, MEETING, TODAY)
        assert caught.value.field == "completed_on"


def test_other_statuses_clear_the_completion_date():
    assert validate_status_change(ResolutionStatus.OPEN, DEADLINE, MEETING, TODAY) is None


def test_summary_counts_statuses_and_overdue():
    summary = summarise_resolutions(
        [
            (ResolutionStatus.OPEN, DEADLINE),  # overdue
            (ResolutionStatus.IN_PROGRESS, date(2024, 7, 1)),
            (ResolutionStatus.DONE, DEADLINE),
            (ResolutionStatus.CANCELLED, None),
        ],
        TODAY,
    )
    counts = (summary.open, summary.in_progress, summary.done, summary.cancelled, summary.overdue)
    assert counts == (1, 1, 1, 1, 1)
    assert summary.total == 4
    assert summary.completion_percent == pytest.approx(100 / 3)  # 1 done of 3 not cancelled
    assert summarise_resolutions([], TODAY).completion_percent is None
