"""The command line in Persian reads as the window does: fractions with the Persian decimal separator «٫»
(a Latin full stop between Persian digits, «۳۰.۰٪», had been printed), and argparse's own usage errors in
Persian; English as it was. The help of both command lines: tests/test_cli_help.py."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import english, qt_language_restored, run_cli  # noqa: F401 - autouse: English, Qt restored
from tools.ts_files import read_messages

LATIN_POINT_IN_PERSIAN_FIGURE = re.compile(r"[۰-۹]\.[۰-۹]")
PERSIAN_FRACTION = re.compile(r"[۰-۹]+٫[۰-۹]+")


def _copy(demo_province: Path, tmp_path: Path) -> Path:
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_province / "demo.sqlite3", db)
    return db


def test_plans_progress_writes_the_percent_with_the_persian_decimal_separator_in_persian_only(
        demo_province: Path, tmp_path: Path) -> None:
    db = _copy(demo_province, tmp_path)
    code, out, err = run_cli("plans", "progress", "--db", str(db), "--activity", "1", "--percent", "30",
                             "--on", "1405-08-15", "--lang", "fa")
    assert code == 0, err
    assert "۳۰٫۰٪" in out, out
    assert not LATIN_POINT_IN_PERSIAN_FIGURE.search(out), out
    code, out, err = run_cli("plans", "progress", "--db", str(db), "--activity", "1", "--percent", "30",
                             "--on", "1405-08-15", "--lang", "en")
    assert code == 0, err
    assert "recorded: 30.0% on 1405/08/15 (2026-11-06)." in out  # English as it was


def test_generate_files_gives_its_seconds_with_the_persian_decimal_separator_in_persian_only(tmp_path: Path) -> None:
    out_file = tmp_path / "branches.csv"
    code, out, err = run_cli("generate-files", "--kind", "branches", "--rows", "3", "--branches", "3",
                             "--out", str(out_file), "--lang", "fa")
    assert code == 0, err
    figures = out.replace(str(out_file), "")  # the path keeps its own full stop
    assert PERSIAN_FRACTION.search(figures), out
    assert not LATIN_POINT_IN_PERSIAN_FIGURE.search(figures), out
    code, out, err = run_cli("generate-files", "--kind", "branches", "--rows", "3", "--branches", "3",
                             "--out", str(out_file), "--lang", "en")
    assert code == 0, err
    assert re.fullmatch(rf"3 rows written to {re.escape(str(out_file))} in \d+\.\d s\.\n", out), out


# (the command's words, what English says) — each ends in argparse's usage error, exit code 2
USAGE_ERRORS = {
    "not a date": (["plans", "progress", "--db", "x.db", "--activity", "1", "--percent", "4", "--on", "notadate"],
                   "error: argument --on: 'notadate' is not a date: give a Jalali date such as 1405-08-15"),
    "required": (["plans", "progress", "--db", "x.db"],
                 "error: the following arguments are required: --activity, --percent"),
    "invalid choice": (["plans", "progres"], "error: argument ACTION: invalid choice: 'progres' (choose from"),
    "unrecognized": (["plans", "list", "--db", "x.db", "--bogus", "1"], "error: unrecognized arguments: --bogus 1"),
    "expected one": (["plans", "progress", "--db"], "error: argument --db: expected one argument"),
    "not a number": (["plans", "progress", "--db", "x.db", "--activity", "1", "--percent", "abc"],
                     "error: argument --percent: invalid float value: 'abc'"),
    "language": (["plans", "list", "--db", "x.db", "--lang", "de"], "error: argument --lang: invalid choice: 'de'"),
}
ENGLISH_WORD = re.compile(r"\b(?:error|argument|arguments|required|invalid|choice|unrecognized|expected|not a date)\b")


def _error_line(err: str) -> str:
    """The sentence argparse ends with (after its "usage:" lines)."""
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize("words, english_text", USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_a_usage_error_is_said_in_the_users_language_with_exit_code_2(words: list[str], english_text: str) -> None:
    code, out, err = run_cli(*words, "--lang", "fa")
    line = _error_line(err)
    assert code == 2 and out == ""
    assert "خطا:" in line and line.startswith("python -m desktop"), err
    assert err.startswith("استفاده: python -m desktop "), err  # its "usage:" lines too
    assert not ENGLISH_WORD.search(line), line
    option = re.search(r"argument (\S+):", english_text)
    if option:  # the option or command word is named as typed
        assert option.group(1) in line, line
    code, _out, err = run_cli(*words, "--lang", "en")
    assert code == 2 and english_text in _error_line(err), err


def test_a_usage_error_is_in_persian_when_rasad_lang_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_LANG", "fa")
    code, _out, err = run_cli("plans", "progress", "--db", "x.db")
    assert code == 2 and "خطا:" in _error_line(err) and "required" not in err, err


def test_the_real_command_line_says_a_usage_error_in_persian_with_exit_code_2(tmp_path: Path) -> None:
    environment = {**os.environ, "RASAD_LANG": "en", "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "desktop", "plans", "progress", "--db", "x.db", "--activity", "1",
                           "--percent", "4", "--on", "1405-13-15", "--lang", "fa"],
                          capture_output=True, text=True, env=environment, cwd=Path(__file__).parents[1], timeout=60)
    assert done.returncode == 2, done.stderr
    assert "تاریخ نیست" in _error_line(done.stderr) and "--on" in done.stderr, done.stderr


def test_the_persian_argparse_messages_keep_argparse_s_fields() -> None:
    """argparse fills its %-fields after translating (tools/ts_files.py checks only {name} and %1): each must
    stay, but Python's name of a type («float»), which a Persian reader is not shown."""
    from desktop.translated_argparse import HELP_WORDS, MESSAGES

    fields = re.compile(r"%\(\w+\)[sr]|%[sr]")
    messages = [m for m in read_messages(Path(__file__).parents[1] / "i18n" / "rasad_fa.ts")
                if m.context == "Argparse" and m.live]
    assert {m.source for m in messages} == MESSAGES | HELP_WORDS
    assert [m.source for m in messages
            if sorted(fields.findall(m.translations[0])) != sorted(set(fields.findall(m.source)) - {"%(type)s"})] == []


@pytest.mark.parametrize("typed", ["1405-13", "۱۴۰۵-۱۳", "1405-H9"])
def test_a_period_code_the_user_typed_is_echoed_as_typed_in_a_persian_message(typed: str, tmp_path: Path) -> None:
    """«1405-13» had been echoed as «۱۴۰۵-۱۳»: the user must recognise what he typed."""
    code, _out, err = run_cli("report", "district", "--db", str(tmp_path / "none.sqlite3"), "--period", typed,
                              "--out", str(tmp_path / "x.pdf"), "--lang", "fa")
    assert code == 1 and f"«{typed}» کد دوره معتبری نیست" in err, err
