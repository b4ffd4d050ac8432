"""What is wrong with an import file: the problems the checkers report (each with its row, column and reason,
docs/indicators.md "Import rules"), their messages, and the problems of a file's columns and sheets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, english_fields
from desktop.imports.columns import HeaderMatch, field_spec
from desktop.imports.table_reader import IMPORT_CONTEXT, TableReader, listed_sheets

#: At most this many problems are kept (all are counted).
MAX_STORED_PROBLEMS = 10_000
CASE_NUMBER_MAX_LENGTH = 64
LABEL_MAX_LENGTH = 100

VALUE_REQUIRED = QT_TRANSLATE_NOOP("Import", "A value is required.")
COLUMN_MISSING = QT_TRANSLATE_NOOP("Import", "The column {column} is missing.")
UNKNOWN_BRANCH = QT_TRANSLATE_NOOP("Import", "There is no branch with the code {value}.")
IN_FUTURE = QT_TRANSLATE_NOOP("Import", "The date {value} is in the future.")
MONTH_IN_FUTURE = QT_TRANSLATE_NOOP("Import", "The month {value} is in the future.")
REFERRED_BEFORE_REGISTERED = QT_TRANSLATE_NOOP(
    "Import", "The case is referred ({value}) before it was registered ({registered}).")
DISPOSED_BEFORE_REGISTERED = QT_TRANSLATE_NOOP(
    "Import", "The case is disposed of ({value}) before it was registered ({registered}).")
HEARING_BEFORE_REFERRED = QT_TRANSLATE_NOOP(
    "Import", "The first hearing ({value}) is before the referral ({referred}).")
HEARING_BEFORE_REGISTERED = QT_TRANSLATE_NOOP(
    "Import", "The first hearing ({value}) is before the registration ({registered}).")
DUPLICATE_CASE = QT_TRANSLATE_NOOP("Import", "The case number {value} appears more than once in the file.")
DUPLICATE_BRANCH = QT_TRANSLATE_NOOP("Import", "The branch code {value} appears more than once in the file.")
DUPLICATE_MONTH = QT_TRANSLATE_NOOP(
    "Import", "Branch {value} has more than one row for the month {month} in the file.")
MAX_BELOW_AVERAGE = QT_TRANSLATE_NOOP(
    "Import", "The longest scheduling time ({value}) is shorter than the average ({average}).")
MONTH_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Import", "The month must be between 1 and 12, not {value}.")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a Jalali year such as 1403.")
TOO_EARLY = QT_TRANSLATE_NOOP(
    "Import", "The date {value} is before {earliest}, the earliest plausible year (a setting).")
YEAR_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Import", "The year {value} is before {earliest}, the earliest plausible year (a setting).")
COVERED_BY_LISTING = QT_TRANSLATE_NOOP(
    "Import", "Branch {value}'s figures for {month} come from a case listing, which takes precedence over "
              "monthly statistics; this row is refused.")
OLDER_THAN_STORED = QT_TRANSLATE_NOOP(
    "Import", "Case {value} comes from {file}, a later export than this file: there case {evidence} ended on {ended} "
              "(disposed of or withdrawn), while this file, whose data on its branch runs only to {latest}, still "
              "shows it pending. This row would turn newer data back: it is refused.")
MOVED_SINCE_STORED = QT_TRANSLATE_NOOP(
    "Import", "Case {value} comes from {file}, a later export than this file: there case {evidence} had left branch "
              "{left} for branch {now} by {ended}, while this file, whose data on branch {left} runs only to {latest}, "
              "still shows it pending there. This row would turn newer data back: it is refused.")
#: Database setting: the earliest plausible Jalali year of a registration (default 1370).
EARLIEST_YEAR_SETTING = "import.earliest_year"
#: The default earliest plausible registration year (setting ``import.earliest_year``).
DEFAULT_EARLIEST_YEAR = 1370
PERCENT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Import", "The satisfaction average must be between 0 and 100, not {value}.")
WIDE_ROW = QT_TRANSLATE_NOOP(
    "Import", "This row has {count} values but the header has {columns} columns: the values after column "
              "{columns} belong to no column (a delimiter inside a value without quotes?).")
REPEATED_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "The column {column} appears twice, as columns {first} and {second}: which one holds the values "
              "cannot be told. Remove or rename one of them.")
ONLY_FIRST_SHEET = QT_TRANSLATE_NOOP(
    "Import", "Only the first sheet of a workbook is read: '{sheet}' in {file}. Its other sheets ({sheets}) are "
              "not read; move the data to the first sheet, or save its sheet as a file of its own.")


NO_HEADER_KNOWN = QT_TRANSLATE_NOOP(
    "Import", "None of the column headers of {file} is known. Is it the right kind of file, and was it read "
              "in the right encoding ({encoding})?")
# A workbook has no encoding to get wrong; a title above its headers is what people do.
NO_HEADER_KNOWN_IN_WORKBOOK = QT_TRANSLATE_NOOP(
    "Import", "None of the cells of row {line} of {file}, the first row of its first sheet, is a known column "
              "header. Is it the right kind of file? The column headers must be on the first row, with no title "
              "above them.")
HEADERS_FURTHER_DOWN = QT_TRANSLATE_NOOP(
    "Import", "None of the cells of row {line} of {file}, the first row of its first sheet, is a known column "
              "header: the headers seem to be on row {headers}. Remove the rows above them.")
HEADERS_FURTHER_DOWN_IN_CSV = QT_TRANSLATE_NOOP(
    "Import", "None of the cells of row {line} of {file}, its first row, is a known column header: the headers seem "
              "to be on row {headers}. Remove the rows above them.")


@dataclass(frozen=True)
class ImportProblem:
    """One problem of an import file: ``row`` is the line a person sees (header = 1; 0 for the whole file),
    ``column`` the header as written in the file. ``reason`` is English source text in ``context`` with
    ``{placeholders}`` filled from ``params`` after translation."""

    file: str
    row: int
    column: str
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)
    context: str = IMPORT_CONTEXT

    def english(self) -> str:
        try:
            return self.reason.format(**english_fields(self.params))  # a list of sheet names in English
        except (KeyError, IndexError, ValueError):
            return self.reason


class Problems:
    """Collects problems: keeps the first :data:`MAX_STORED_PROBLEMS`, counts them all and the rows."""

    def __init__(self, limit: int = MAX_STORED_PROBLEMS) -> None:
        self.limit = limit
        self.stored: list[ImportProblem] = []
        self.count = 0
        self.rows = 0  # rows with at least one problem

    def add(self, problem: ImportProblem) -> None:
        self.count += 1
        if len(self.stored) < self.limit:
            self.stored.append(problem)

    def only(self, problem: ImportProblem) -> None:
        """``problem`` alone: a file that cannot be read to its end is refused for that, whatever its rows so far
        had (none of them goes in, valid or not)."""
        self.stored = [problem]
        self.count = 1
        self.rows = 0

    def __bool__(self) -> bool:
        return self.count > 0


def header_problems(file_name: str, match: HeaderMatch, header_line: int = 1,
                    headers: Sequence[str] = (), sheets: Sequence[str] = ()) -> list[ImportProblem]:
    """One problem per column two columns name (at their header, ``headers`` as in the file) and per required
    column the file lacks; with the latter, a workbook of several ``sheets`` also says that only its first sheet
    was read."""
    problems = []
    for name, first, second in match.repeated:
        shown = headers[second] if second < len(headers) else field_spec(match.kind, name).persian
        problems.append(ImportProblem(file_name, header_line, shown, REPEATED_COLUMN,
                                      {"column": shown, "first": first + 1, "second": second + 1}))
    if match.missing_required and len(sheets) > 1:
        problems.append(only_first_sheet(file_name, sheets, header_line))
    for name in match.missing_required:
        spec = field_spec(match.kind, name)
        problems.append(ImportProblem(file_name, header_line, spec.persian, COLUMN_MISSING,
                                      {"column": f"{spec.persian} ({spec.english})"}))
    return problems


def only_first_sheet(file_name: str, sheets: Sequence[str], row: int = 0) -> ImportProblem:
    """That a workbook's first sheet, and only it, was read: said where its columns are not the expected ones
    (its data may be on another sheet)."""
    return ImportProblem(file_name, row, "", ONLY_FIRST_SHEET,
                         {"file": file_name, "sheet": sheets[0], "sheets": listed_sheets(sheets[1:])})



def no_header_known(file_name: str, reader: TableReader) -> ImportProblem:
    """That none of a file's headers is known: its headers may be below its first row, a row further down holding
    some of them (:attr:`TableReader.headers_hint`); else a CSV file may have been read in the wrong encoding, and a
    workbook's headers must be on its first row."""
    line = reader.header_line
    if reader.headers_hint is not None:
        return ImportProblem(file_name, line, "", HEADERS_FURTHER_DOWN if reader.format == "xlsx"
                             else HEADERS_FURTHER_DOWN_IN_CSV,
                             {"file": file_name, "line": line, "headers": reader.headers_hint})
    if reader.format != "xlsx":
        return ImportProblem(file_name, line, "", NO_HEADER_KNOWN,
                             {"file": file_name, "encoding": reader.encoding or reader.format})
    return ImportProblem(file_name, line, "", NO_HEADER_KNOWN_IN_WORKBOOK, {"file": file_name, "line": line})
