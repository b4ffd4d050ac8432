"""What an import says besides its rows and problems: a replaced source, withdrawn or moved cases, branches whose
opening month changes what is expected of them. English source texts (Qt's "Import" context), translated when shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual, english_fields

#: Branch codes a note names at most; the others are counted ("… and 88 more"): a first registry adds hundreds.
CODES_NAMED = 10

REPLACED_MONTHLY = QT_TRANSLATE_NOOP(
    "Import", "The case listing replaces the monthly statistics of branch {branch} for {months}.")
WITHDRAWN_NOTE = QT_TRANSLATE_NOOP(
    "Import", "{count} pending cases of branch {branch} are not in this listing any more: marked withdrawn.")
SPARED_NOTE = QT_TRANSLATE_NOOP(
    "Import", "{count} pending cases of branch {branch} are not in this listing, but a later one holds them: left as "
              "they are.")
MOVED_NOTE = QT_TRANSLATE_NOOP(
    "Import", "{count} cases moved from branch {from_branch} to branch {to_branch} on {day}.")
EXPECTED_SINCE_ALWAYS_NOTE = QT_TRANSLATE_NOOP(
    "Import", "Branches {branches} were added without the month they opened: they are counted as missing from every"
    " earlier month, so their districts' earlier periods are incomplete. If they are new branches, import the file"
    " again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.")
EXPECTED_SINCE_ALWAYS_MORE_NOTE = QT_TRANSLATE_NOOP(
    "Import", "Branches {branches} and {more} more were added without the month they opened: they are counted as"
    " missing from every earlier month, so their districts' earlier periods are incomplete. If they are new branches,"
    " import the file again with the column «ماه آغاز به کار» (opened month), e.g. 1405/09.")
STATISTICS_BEFORE_OPENING_NOTE = QT_TRANSLATE_NOOP(
    "Import", "Branch {branch} has statistics from {month}, before {opened}, the month it is said to have opened: they"
    " count in the figures, but its months before {opened} are not expected of it. If it opened earlier, give its"
    " month in the branches file's column «ماه آغاز به کار».")

TITLE_LEFT_OUT_NOTE = QT_TRANSLATE_NOOP(
    "Import", "The column headers of {file} are on row {line}, below a title: the rows above them were not read.")


@dataclass(frozen=True)
class ImportNote:
    """What an import did besides writing rows (a replaced source, withdrawn or moved cases): English source
    text in ``context`` with ``{placeholders}`` filled from ``params`` after translation."""

    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)
    context: str = "Import"

    def english(self) -> str:
        return self.reason.format(**english_fields(self.params))


def listed_codes(codes: Sequence[str]) -> Bilingual:
    """Codes as a message lists them: joined with «، » in Persian and ", " in English (Persian digits are the
    translator's, :func:`desktop.ui.language.translate`)."""
    return Bilingual("، ".join(codes), ", ".join(codes))


def expected_since_always(codes: Sequence[str]) -> ImportNote:
    """The note on branches added without their opening month: the first :data:`CODES_NAMED` codes named, the
    others counted."""
    if len(codes) <= CODES_NAMED:
        return ImportNote(EXPECTED_SINCE_ALWAYS_NOTE, {"branches": listed_codes(codes)})
    return ImportNote(EXPECTED_SINCE_ALWAYS_MORE_NOTE, {"branches": listed_codes(codes[:CODES_NAMED]),
                                                        "more": len(codes) - CODES_NAMED})


def below_a_title(file_name: str, header_line: int) -> ImportNote:
    """The note on a file whose headers were found below a title row (desktop/imports/table_reader.py)."""
    return ImportNote(TITLE_LEFT_OUT_NOTE, {"file": file_name, "line": header_line})
