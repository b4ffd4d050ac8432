"""Files whose shape a person got wrong are refused, never imported in part or in silence: a header naming a
column twice. Each refusal names the file, and the row and column where there is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.imports.service import REJECTED, ImportService
from desktop.store.database import Database
from tests.imports.conftest import SATISFACTION_HEADERS, counts, write_csv

GOOD = ("101001", "1403", "7", "10", "80")


# --- a header naming a column twice ------------------------------------------------------------------------


@pytest.mark.parametrize("second", ["کد شعبه", "branch_code"], ids=["same header", "its English alias"])
def test_a_header_naming_a_column_twice_is_refused_naming_it_and_both_positions(
        service: ImportService, database: Database, tmp_path: Path, second: str) -> None:
    path = write_csv(tmp_path / "dupcol.csv", (*SATISFACTION_HEADERS, second), [(*GOOD, "101002")])
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.file, problem.row, problem.column) == ("dupcol.csv", 1, second)
    assert problem.english() == (f"The column {second} appears twice, as columns 1 and 6: which one holds the "
                                 "values cannot be told. Remove or rename one of them.")


def test_the_kind_is_still_told_from_a_header_naming_a_column_twice(service: ImportService, tmp_path: Path) -> None:
    """The preview guesses the kind as before; it is the import that refuses (so the window lists the problem)."""
    path = write_csv(tmp_path / "dupcol.csv", (*SATISFACTION_HEADERS, "کد شعبه"), [(*GOOD, "101002")])
    preview = service.preview(path)
    assert preview.kind == "satisfaction" and preview.match is not None
    assert preview.match.repeated == (("branch_code", 0, 5),)
