"""Translatable messages and the errors that carry them below the UI.

User-visible text is written in English and marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` collects it into ``i18n/rasad_fa.ts``. Errors keep the *untranslated* source text,
its translation context and its parameters; the UI and CLI translate with
``desktop.ui.language.translate(error.context, error.message, **error.params)`` (the center with
``desktop.translations.translate``), which fill a :class:`Bilingual` field in the message's language and leave an
:class:`AsTyped` field (an echo of the user's own input) exactly as it was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

#: Context of validation messages (the first argument of their ``QT_TRANSLATE_NOOP``).
VALIDATION_CONTEXT = "Validation"
#: Context of enum labels (``SolutionTerm.label``, ``ResolutionStatus.label`` ...).
LABEL_CONTEXT = "Labels"

T = TypeVar("T")


class Bilingual(str):
    """A message field that is a name in two languages (a period: «مهر ۱۴۰۵» / "Mehr 1405"). It is the Persian
    form as a ``str``, so that JSON and any reader unaware of it still get a name; English messages take
    :attr:`english` (:func:`english_fields`)."""

    english: str

    def __new__(cls, persian: str, english: str) -> Bilingual:
        value = super().__new__(cls, persian)
        value.english = english
        return value

    def __reduce__(self) -> tuple[type[Bilingual], tuple[str, str]]:
        return Bilingual, (str(self), self.english)


class AsTyped(str):
    """A message field that echoes what the user typed or a file held (a period code given on the command line, a
    cell of an import file): shown exactly as typed in every language. A Persian message puts the digits of its
    other fields into Persian ones, but not these: «1405-H9» typed with Latin digits is not shown as «۱۴۰۵-H9»,
    nor «۱۴۰۵-۱۳» typed in Persian ones as «1405-13» - the user must recognise his input."""

    __slots__ = ()


def english_fields(params: Mapping[str, Any]) -> dict[str, Any]:
    """``params`` as an English message shows them: each :class:`Bilingual` field in its English form, each
    :class:`DomainError` field (the reason inside a message: "… could not be copied: {reason}") as its message."""
    return {key: value.english if isinstance(value, Bilingual) else value.english()
            if isinstance(value, DomainError) else value for key, value in params.items()}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class DomainError(Exception):
    """A rule was broken. Carries an English source message with ``{name}`` placeholders."""

    def __init__(self, context: str, message: str, params: Mapping[str, Any] | None = None) -> None:
        self.context = context
        self.message = message
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(self.english())

    def english(self) -> str:
        """The message in English with its parameters filled in."""
        try:
            return self.message.format(**english_fields(self.params))
        except (KeyError, IndexError, ValueError):
            return self.message


class ValidationError(DomainError):
    """A value the user entered is not acceptable; ``field`` names the offending field (e.g. ``"weight"``)."""

    def __init__(
        self,
        field: str,
        message: str,
        params: Mapping[str, Any] | None = None,
        *,
        context: str = VALIDATION_CONTEXT,
    ) -> None:
        self.field = field
        super().__init__(context, message, params)

    @property
    def errors(self) -> tuple[ValidationError, ...]:
        """Every individual error (just this one); :class:`ValidationErrors` lists several."""
        return (self,)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.field for e in self.errors))


class ValidationErrors(ValidationError):
    """Several fields failed at once. Behaves like its first error, and lists all of them in ``errors``.

    Catching :class:`ValidationError` therefore catches both; iterate ``exc.errors`` to mark every field.
    """

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        flat: list[ValidationError] = []
        for error in errors:
            flat.extend(error.errors)
        if not flat:
            raise ValueError("ValidationErrors needs at least one error")
        self._errors = tuple(flat)
        first = flat[0]
        super().__init__(first.field, first.message, first.params, context=first.context)

    @property
    def errors(self) -> tuple[ValidationError, ...]:
        return self._errors

    def for_field(self, field: str) -> list[ValidationError]:
        return [e for e in self._errors if e.field == field]

    def english(self) -> str:
        if not hasattr(self, "_errors"):
            return super().english()
        return "\n".join(ValidationError.english(e) for e in self._errors)

    def __iter__(self) -> Iterator[ValidationError]:
        return iter(self._errors)

    def __len__(self) -> int:
        return len(self._errors)


class ErrorCollector:
    """Validate several fields and report every problem at once.

    >>> errors = ErrorCollector()
    >>> title = errors.check(validate_title, text, "title")   # None if it failed
    >>> errors.raise_if_any()
    """

    def __init__(self) -> None:
        self._errors: list[ValidationError] = []

    def add(self, error: ValidationError) -> None:
        self._errors.extend(error.errors)

    def check(self, rule: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call ``rule``; on :class:`ValidationError` remember it and return ``None``."""
        try:
            return rule(*args, **kwargs)
        except ValidationError as error:
            self.add(error)
            return None

    @property
    def errors(self) -> tuple[ValidationError, ...]:
        return tuple(self._errors)

    def __bool__(self) -> bool:
        return bool(self._errors)

    def raise_if_any(self) -> None:
        """Raise the single error, or :class:`ValidationErrors` when there are several."""
        if len(self._errors) == 1:
            raise self._errors[0]
        if self._errors:
            raise ValidationErrors(self._errors)
