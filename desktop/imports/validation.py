"""Checking the rows of an import file (docs/indicators.md, "Input files" and "Import rules").

A checker turns batches of ``(line, cells)`` into records ready for the database and reports every problem
as an :class:`ImportProblem`. Records are plain tuples in the column order of their table (listed on each
checker), with dates as stored (ISO text) and the branch as its id.

Case listings take a fast path: a row that is entirely well-formed is converted with as few calls as possible;
any doubt sends it to the careful path, which checks each cell on its own and reports all its problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.organisation import CODE_MAX_LENGTH, validate_name
from desktop.imports.case_checker import CaseChecker
from desktop.imports.columns import FileKind
from desktop.imports.month_checkers import MonthlyChecker, SatisfactionChecker
from desktop.imports.parsing import (
    parse_code,
    parse_month,
    parse_text,
)
from desktop.imports.problems import (
    DUPLICATE_BRANCH,
    LABEL_MAX_LENGTH,
)
from desktop.imports.row_checker import (
    BAD_CELL,
    RowChecker,
)


def _branch_code(text: str) -> str:
    code = parse_code(text)
    if len(code) > CODE_MAX_LENGTH:
        raise ValidationError("branch_code", QT_TRANSLATE_NOOP(
            "Validation", "A code may have at most {max} characters."), {"max": CODE_MAX_LENGTH})
    return code


class BranchChecker(RowChecker):
    """Records: (branch_code, branch_name, district code or name, unit_type, opened month index or None)."""

    kind = FileKind.BRANCHES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: set[str] = set()

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        code = self.cell(line, cells, "branch_code", _branch_code)
        if code not in (None, BAD_CELL):
            if code in self.seen:
                self.problem(line, "branch_code", DUPLICATE_BRANCH, value=code)
            self.seen.add(code)
        name = self.cell(line, cells, "branch_name", lambda t: validate_name(t, "branch_name"))
        district = self.cell(line, cells, "district", lambda t: validate_name(t, "district"))
        unit_type = self.cell(line, cells, "unit_type", lambda t: parse_text(t, LABEL_MAX_LENGTH))
        opened = self.cell(line, cells, "opened_month", parse_month)
        if self._row_failed:
            return None
        return (code, name, district, unit_type or "", opened)


CHECKERS: dict[FileKind, type[RowChecker]] = {
    FileKind.CASES: CaseChecker,
    FileKind.MONTHLY: MonthlyChecker,
    FileKind.SATISFACTION: SatisfactionChecker,
    FileKind.BRANCHES: BranchChecker,
}
