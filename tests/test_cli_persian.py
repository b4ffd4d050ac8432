"""The command line in Persian reads as the window does: fractions with the Persian decimal separator «٫»
(a Latin full stop between Persian digits, «۳۰.۰٪», had been printed), and argparse's own usage errors in
Persian; English as it was."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.cli_support import english, qt_language_restored, run_cli  # noqa: F401 - autouse: English, Qt restored

LATIN_POINT_IN_PERSIAN_FIGURE = re.compile(r"[۰-۹]\.[۰-۹]")
PERSIAN_FRACTION = re.compile(r"[۰-۹]+٫[۰-۹]+")


def _copy(demo_province: Path, tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_province / "demo.sqlite3", db)
    return db


def test_plans_progress_in_persian_writes_the_percent_with_the_persian_decimal_separator(
        demo_province: Path, tmp_path: Path) -> None:
    db = _copy(demo_province, tmp_path)
    code, out, err = run_cli("plans", "progress", "--db", str(db), "--activity", "1", "--percent", "30",
                             "--on", "1405-08-15", "--lang", "fa")
    assert code == 0, err
    assert "۳۰٫۰٪" in out, out
    assert not LATIN_POINT_IN_PERSIAN_FIGURE.search(out), out


def test_plans_progress_in_english_is_unchanged(demo_province: Path, tmp_path: Path) -> None:
    db = _copy(demo_province, tmp_path)
    code, out, err = run_cli("plans", "progress", "--db", str(db), "--activity", "1", "--percent", "30",
                             "--on", "1405-08-15", "--lang", "en")
    assert code == 0, err
    assert "recorded: 30.0% on 1405/08/15 (2026-11-06)." in out


def test_generate_files_in_persian_gives_its_seconds_with_the_persian_decimal_separator(tmp_path: Path) -> None:
    out_file = tmp_path / "branches.csv"
    code, out, err = run_cli("generate-files", "--kind", "branches", "--rows", "3", "--branches", "3",
                             "--out", str(out_file), "--lang", "fa")
    assert code == 0, err
    figures = out.replace(str(out_file), "")  # the path keeps its own full stop
    assert PERSIAN_FRACTION.search(figures), out
    assert not LATIN_POINT_IN_PERSIAN_FIGURE.search(figures), out


def test_generate_files_in_english_gives_its_seconds_as_before(tmp_path: Path) -> None:
    out_file = tmp_path / "branches.csv"
    code, out, err = run_cli("generate-files", "--kind", "branches", "--rows", "3", "--branches", "3",
                             "--out", str(out_file), "--lang", "en")
    assert code == 0, err
    assert re.fullmatch(rf"3 rows written to {re.escape(str(out_file))} in \d+\.\d s\.\n", out), out
