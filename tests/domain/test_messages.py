import pytest

from desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    DomainError,
    ErrorCollector,
    ValidationError,
    ValidationErrors,
)


def test_translate_noop_returns_the_source_text_unchanged():
    assert (
        QT_TRANSLATE_NOOP("Validation", "Weight must be greater than zero.")
        == "Weight must be greater than zero."
    )


def test_domain_error_formats_its_parameters_into_the_english_text():
    error = DomainError("Errors", "File {name} is larger than {limit} MB.", {"name": "a.pdf", "limit": 25})
    assert error.context == "Errors"
    assert error.message == "File {name} is larger than {limit} MB."
    assert error.params == {"name": "a.pdf", "limit": 25}
    assert error.english() == "File a.pdf is larger than 25 MB."
    assert str(error) == error.english()


def test_english_falls_back_to_the_source_when_a_parameter_is_missing():
    assert DomainError("Errors", "Missing {thing}").english() == "Missing {thing}"


def test_validation_error_names_its_field_and_uses_the_validation_context():
    error = ValidationError("weight", "Weight must be greater than zero.", {"value": -1})
    assert isinstance(error, DomainError)
    assert (error.field, error.context) == ("weight", "Validation")
    assert error.errors == (error,)


def test_validation_errors_behave_like_the_first_error_and_list_all():
    first = ValidationError("title", "This field must not be empty.")
    second = ValidationError("weight", "Weight must be greater than zero.")
    errors = ValidationErrors([first, second])
    assert isinstance(errors, ValidationError)
    assert errors.field == "title"
    assert errors.errors == (first, second)
    assert errors.fields == ("title", "weight")
    assert errors.for_field("weight") == [second]
    assert len(errors) == 2
    assert errors.english() == "This field must not be empty.\nWeight must be greater than zero."


def test_validation_errors_flatten_nested_aggregates():
    a, b, c = (ValidationError(f, "bad") for f in "abc")
    assert ValidationErrors([ValidationErrors([a, b]), c]).fields == ("a", "b", "c")


def test_validation_errors_need_at_least_one_error():
    with pytest.raises(ValueError):
        ValidationErrors([])


def test_collector_raises_a_single_error_as_itself():
    errors = ErrorCollector()

    def reject(value: int) -> int:
        raise ValidationError("weight", "bad {value}", {"value": value})

    assert errors.check(reject, 3) is None
    with pytest.raises(ValidationError) as caught:
        errors.raise_if_any()
    assert type(caught.value) is ValidationError
    assert caught.value.english() == "bad 3"


def test_collector_raises_several_errors_together_and_passes_values_through():
    errors = ErrorCollector()
    assert errors.check(lambda: 7) == 7
    errors.add(ValidationError("a", "x"))
    errors.add(ValidationError("b", "y"))
    with pytest.raises(ValidationErrors) as caught:
        errors.raise_if_any()
    assert caught.value.fields == ("a", "b")


def test_empty_collector_does_not_raise():
    errors = ErrorCollector()
    assert not errors
    errors.raise_if_any()


def test_a_period_in_a_message_is_named_in_the_messages_language_and_stays_a_persian_string_elsewhere():
    import json
    import pickle

    from desktop.domain.jalali import JalaliPeriod
    from desktop.domain.messages import Bilingual
    from desktop.translations import Language, translate

    mehr = JalaliPeriod.parse("1405-07").message_label
    error = DomainError("Approval", "{period} has never been approved.", {"period": mehr})
    assert error.english() == "Mehr 1405 has never been approved."
    assert translate(Language.ENGLISH, "Approval", "{period} has never been approved.", **error.params) \
        == "Mehr 1405 has never been approved."
    assert "مهر ۱۴۰۵" in translate(Language.PERSIAN, "Approval", "{period} has never been approved.", **error.params)
    # Whatever does not know it (JSON, a log, a pickled message) still gets the name, in Persian.
    assert json.dumps({"period": mehr}, ensure_ascii=False) == '{"period": "مهر ۱۴۰۵"}'
    copied = pickle.loads(pickle.dumps(mehr))
    assert isinstance(copied, Bilingual) and copied == "مهر ۱۴۰۵" and copied.english == "Mehr 1405"
