import math
from datetime import date

import pytest

from desktop.domain.messages import ValidationError, ValidationErrors
from desktop.domain.planning import (
    MAX_WEIGHT,
    PlanKind,
    SolutionTerm,
    validate_activity,
    validate_percent,
    validate_progress,
    validate_title,
    validate_weight,
)

D1, D2 = date(2024, 4, 1), date(2024, 6, 30)


def test_terms_have_english_labels_and_persian_names():
    assert [t.value for t in SolutionTerm] == ["short", "mid", "long"]
    assert SolutionTerm.SHORT.label == "Short-term"
    assert SolutionTerm.LONG.label_fa == "بلندمدت"
    assert PlanKind.CITIZENS_RIGHTS == "citizens_rights"


@pytest.mark.parametrize(
    "text,term",
    [("mid", SolutionTerm.MID), ("Mid-term", SolutionTerm.MID), ("میان مدت", SolutionTerm.MID),
     ("میان\u200cمدت", SolutionTerm.MID), ("کوتاه‌مدت", SolutionTerm.SHORT), ("LONG", SolutionTerm.LONG),
     ("", None), (None, None)],
)  # fmt: skip
def test_term_parses_values_and_labels(text, term):
    assert SolutionTerm.parse(text) == term


def test_unknown_term_is_refused():
    with pytest.raises(ValidationError) as caught:
        SolutionTerm.parse("forever")
    assert caught.value.field == "term"


def test_title_is_normalised_and_required():
    assert validate_title("  برنامه  عملياتي ") == "برنامه عملیاتی"
    with pytest.raises(ValidationError) as caught:
        validate_title("\u00a0", "expected_results")
    assert caught.value.field == "expected_results"


def test_title_has_a_maximum_length():
    with pytest.raises(ValidationError) as caught:
        validate_title("x" * 11, max_length=10)
    assert caught.value.params == {"max": 10}


@pytest.mark.parametrize("weight", [0, -1, math.nan, math.inf, None, True, "abc"])
def test_weight_must_be_a_finite_number_above_zero(weight):
    with pytest.raises(ValidationError) as caught:
        validate_weight(weight)
    assert caught.value.field == "weight"


@pytest.mark.parametrize("weight", [10_000.5, 1e308, "1e308"])
def test_weight_above_the_limit_is_refused_naming_it(weight):
    """Two weights of 1e308 made a roll-up's total infinite (and its PV and EV a false 0 %)."""
    with pytest.raises(ValidationError) as caught:
        validate_weight(weight)
    assert caught.value.field == "weight" and caught.value.english().startswith("Weight must be at most 10000:")


def test_weight_up_to_the_limit_is_accepted():
    assert validate_weight(MAX_WEIGHT) == MAX_WEIGHT == 10_000


def test_weight_accepts_numbers_and_persian_text():
    assert validate_weight(3) == 3.0
    assert validate_weight("۲٫۵") == 2.5


def test_percent_must_lie_between_0_and_100():
    assert validate_percent(0) == 0 and validate_percent(100) == 100
    for bad in (-0.1, 100.1):
        with pytest.raises(ValidationError, match="between 0 and 100"):
            validate_percent(bad)


def test_valid_activity_returns_normalised_fields():
    checked = validate_activity(" طراحی  سامانه ", "2", D1, D2)
    assert (checked.title, checked.weight, checked.planned_start, checked.planned_finish) == (
        "طراحی سامانه",
        2.0,
        D1,
        D2,
    )


def test_activity_may_start_and_finish_on_the_same_day():
    assert validate_activity("x", 1, D1, D1).planned_finish == D1


def test_activity_finish_before_start_is_blamed_on_the_finish():
    with pytest.raises(ValidationError) as caught:
        validate_activity("x", 1, D2, D1)
    assert caught.value.field == "planned_finish"


def test_activity_reports_every_bad_field_at_once():
    with pytest.raises(ValidationErrors) as caught:
        validate_activity("", 0, None, None)
    assert caught.value.fields == ("title", "weight", "planned_start", "planned_finish")


def test_progress_in_range_on_or_before_today_is_accepted():
    checked = validate_progress("۴۵", D1, today=D1)
    assert (checked.percent, checked.reported_on, checked.decreased) == (45.0, D1, False)


def test_progress_lower_than_before_is_allowed_but_flagged():
    assert validate_progress(30, D1, today=D2, previous_percent=50).decreased is True
    assert validate_progress(50, D1, today=D2, previous_percent=50).decreased is False


def test_progress_for_a_future_date_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_progress(10, D2, today=D1)
    assert caught.value.field == "reported_on"


def test_progress_above_100_and_missing_date_are_both_reported():
    with pytest.raises(ValidationErrors) as caught:
        validate_progress(120, None, today=D1)
    assert caught.value.fields == ("percent", "reported_on")


@pytest.mark.parametrize(("validate", "text"), [(validate_weight, "12,5"), (validate_percent, "۱۲٬۵")])
def test_a_decimal_written_with_a_comma_is_refused_naming_the_field_not_read_without_it(validate, text):
    """A weight typed '12,5' was read as 125: every comma was dropped as a thousands separator."""
    with pytest.raises(ValidationError) as refused:
        validate(text)
    assert refused.value.field in ("weight", "percent")
    assert "has a comma that does not separate thousands" in refused.value.english()
    assert str(refused.value.params["value"]) == text  # echoed as typed


@pytest.mark.parametrize(("validate", "text"), [(validate_weight, "12 5"), (validate_percent, "۱۲\u00a0۵")])
def test_a_space_that_separates_no_thousands_is_refused_naming_the_field_not_read_without_it(validate, text):
    """A weight typed '12 5' was read as 125: every space was dropped."""
    with pytest.raises(ValidationError) as refused:
        validate(text)
    assert refused.value.field in ("weight", "percent")
    assert "has a space that does not separate thousands" in refused.value.english()
    assert str(refused.value.params["value"]) == text
