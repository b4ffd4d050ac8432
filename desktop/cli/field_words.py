"""The field a refused value belongs to, named in words after the command line's message: «… Check the period.»
(the window marks the field itself; the command line had ended the sentence with its identifier, «… [period]»).

The keys are the ``field`` of the domain's :class:`~desktop.domain.messages.ValidationError`; a field not named
here adds nothing (an identifier is never shown)."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP

#: The sentence after the message; ``{field}`` is one of :data:`FIELD_WORDS`, translated.
CHECK_FIELD = QT_TRANSLATE_NOOP("Cli", "Check {field}.")

FIELD_WORDS: dict[str, str] = {
    "period": QT_TRANSLATE_NOOP("Cli", "the period"),
    "out": QT_TRANSLATE_NOOP("Cli", "the output file"),
    "format": QT_TRANSLATE_NOOP("Cli", "the file format"),
    "date": QT_TRANSLATE_NOOP("Cli", "the date"),
    "held_on": QT_TRANSLATE_NOOP("Cli", "the meeting's date"),
    "deadline": QT_TRANSLATE_NOOP("Cli", "the deadline"),
    "completed_on": QT_TRANSLATE_NOOP("Cli", "the completion date"),
    "noted_on": QT_TRANSLATE_NOOP("Cli", "the note's date"),
    "reported_on": QT_TRANSLATE_NOOP("Cli", "the progress report's date"),
    "planned_finish": QT_TRANSLATE_NOOP("Cli", "the planned finish"),
    "number": QT_TRANSLATE_NOOP("Cli", "the number"),
    "note": QT_TRANSLATE_NOOP("Cli", "the note"),
    "text": QT_TRANSLATE_NOOP("Cli", "the text"),
    "title": QT_TRANSLATE_NOOP("Cli", "the title"),
    "name": QT_TRANSLATE_NOOP("Cli", "the name"),
    "display_name": QT_TRANSLATE_NOOP("Cli", "the display name"),
    "user_name": QT_TRANSLATE_NOOP("Cli", "the user's name"),
    "login": QT_TRANSLATE_NOOP("Cli", "the user name"),
    "password": QT_TRANSLATE_NOOP("Cli", "the password"),
    "new_password": QT_TRANSLATE_NOOP("Cli", "the new password"),
    "password_again": QT_TRANSLATE_NOOP("Cli", "the repeated password"),
    "code": QT_TRANSLATE_NOOP("Cli", "the code"),
    "district_code": QT_TRANSLATE_NOOP("Cli", "the district's code"),
    "province_code": QT_TRANSLATE_NOOP("Cli", "the province's code"),
    "branch_code": QT_TRANSLATE_NOOP("Cli", "the branch's code"),
    "branch_name": QT_TRANSLATE_NOOP("Cli", "the branch's name"),
    "district": QT_TRANSLATE_NOOP("Cli", "the judicial district"),
    "districts": QT_TRANSLATE_NOOP("Cli", "the judicial districts"),
    "branches": QT_TRANSLATE_NOOP("Cli", "the branches"),
    "parent": QT_TRANSLATE_NOOP("Cli", "the parent activity"),
    "percent": QT_TRANSLATE_NOOP("Cli", "the percentage"),
    "weight": QT_TRANSLATE_NOOP("Cli", "the weight"),
    "target": QT_TRANSLATE_NOOP("Cli", "the target"),
    "term": QT_TRANSLATE_NOOP("Cli", "the solution's term"),
    "unit_type": QT_TRANSLATE_NOOP("Cli", "the unit type"),
    "kind": QT_TRANSLATE_NOOP("Cli", "the kind of unit"),
    "reason": QT_TRANSLATE_NOOP("Cli", "the reason"),
    "office_hours": QT_TRANSLATE_NOOP("Cli", "the office hours"),
    "earliest_year": QT_TRANSLATE_NOOP("Cli", "the earliest registration year"),
    "emblem": QT_TRANSLATE_NOOP("Cli", "the emblem's picture"),
}


def field_sentence(field: str, translate) -> str:  # noqa: ANN001 - output.translated
    """«Check the period.» in this run's language, or '' for a field without words."""
    words = FIELD_WORDS.get(field)
    if words is None:
        return ""
    return translate("Cli", CHECK_FIELD, field=translate("Cli", words))
