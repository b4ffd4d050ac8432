"""A damaged database is said in words of the user's language - its pages damaged, its indexes out of step with its
rows, the file cut short - with what to do (restore its newest backup), when writes are refused and when opening
refuses it; SQLite's own English ("database disk image is malformed", "row 1 missing from index …", "Page 137 is
never used") goes to the log only, and `db check --details` prints it for whoever is asked to look into the file."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.store.database import open_database
from desktop.store.errors import DatabaseCorruptError
from desktop.store.health import DatabaseDamagedError
from desktop.store.models import Meeting, Province
from desktop.translations import Language, translate
from tests.backups.damaged_database import damaged_database
from tests.cli_support import qt_language_restored, run_cli  # noqa: F401
from tests.damage import overwrite_leaf_pages

from .test_health import _filled, _index_out_of_step, _pages_lost, _unrecorded

#: SQLite's words for the damage below, which the user never reads.
SQLITES_WORDS = ("malformed", "btreeInitPage", "missing from index", "never used", "***", "bytes of")
PAGES = "some of its pages are damaged (its disk may be failing)"
INDEXES = "some of its indexes no longer match its rows (a write cut short, or its disk failing)"
REFUSED = "The database “{path}” is damaged: {reason}. No change is saved into it; restore its newest backup."


def _said(error: DatabaseDamagedError | DatabaseCorruptError) -> tuple[str, str]:
    return error.english(), translate(Language.PERSIAN, error.context, error.message, **error.params)


def _refused_write(path: Path) -> DatabaseDamagedError:
    with open_database(path, create=False) as database:
        database.health.check()
        with pytest.raises(DatabaseDamagedError) as refused, database.session() as session:
            session.add(Province(code="TEH", name="تهران"))
    return refused.value


@pytest.mark.parametrize(("damage", "reason", "persian"), [
    (lambda path: overwrite_leaf_pages(path, "meeting"), PAGES, "برخی از صفحه‌های آن آسیب دیده است"),
    (_index_out_of_step, INDEXES, "برخی از نمایه‌های آن دیگر با ردیف‌هایش نمی‌خواند"),
    (_pages_lost, PAGES, "برخی از صفحه‌های آن آسیب دیده است"),
], ids=["a leaf page overwritten", "an index out of step with its table", "pages used by nothing"])
def test_a_refused_write_says_what_is_wrong_in_words_and_logs_sqlites_findings(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: Callable[[Path], None], reason: str,
        persian: str) -> None:
    caplog.set_level(logging.INFO)
    path = _unrecorded(_filled(tmp_path))
    damage(path)
    english, in_persian = _said(_refused_write(path))
    assert english == REFUSED.format(path=path, reason=reason)
    assert in_persian.startswith(f"پایگاه داده «{path}» آسیب دیده است: {persian}")
    assert "تازه‌ترین نسخهٔ پشتیبان آن را بازگردانید" in in_persian
    assert not any(word in text for word in SQLITES_WORDS for text in (english, in_persian))
    assert sum("is damaged:" in record.getMessage() for record in caplog.records) == 1  # once, when found
    assert any(word in caplog.text for word in SQLITES_WORDS)


def test_a_read_that_meets_a_damaged_page_is_said_in_words(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    path = damaged_database(tmp_path / "rasad.sqlite3", every_leaf_but_the_first=True)
    with open_database(path, create=False) as database:
        with pytest.raises(DatabaseDamagedError) as refused, database.session() as session:
            session.scalars(select(Meeting.title)).all()
    assert refused.value.english() == REFUSED.format(path=path, reason=PAGES)
    assert "malformed" in caplog.text


def test_a_file_cut_short_is_refused_at_opening_with_its_sizes_not_sqlites_words(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    path = _filled(tmp_path)
    os.truncate(path, path.stat().st_size // 2)
    with pytest.raises(DatabaseCorruptError) as refused:
        open_database(path, create=False)
    english, in_persian = _said(refused.value)
    assert english.startswith(f"The database “{path}” is damaged and was not opened: it was cut short and only ")
    assert english.endswith("(a copy interrupted, or its disk failing). Restore its newest backup.")
    assert " KB of its " in english and "کیلوبایت" in in_persian
    assert "تازه‌ترین نسخهٔ پشتیبان آن را بازگردانید" in in_persian
    assert "bytes of" not in english and "the file is cut short" in caplog.text


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    return damaged_database(tmp_path / "rasad.sqlite3", every_leaf_but_the_first=False)


def test_db_check_says_the_damage_in_words_in_english_and_persian_and_how_to_see_sqlites(damaged: Path) -> None:
    code, _, err = run_cli("db", "check", "--db", str(damaged), "--lang", "en")
    assert code == 7
    sentence, hint = err.strip().splitlines()[-2:]
    assert sentence == REFUSED.format(path=damaged, reason=PAGES)
    assert hint == "To see what SQLite found, run the same command with --details."
    code, _, err = run_cli("db", "check", "--db", str(damaged), "--lang", "fa")
    assert code == 7
    assert f"پایگاه داده «{damaged}» آسیب دیده است: برخی از صفحه‌های آن آسیب دیده است" in err
    assert "--details" in err
    assert not any(word in err for word in SQLITES_WORDS)


def test_db_check_with_details_prints_what_sqlite_found_after_the_sentence(damaged: Path) -> None:
    code, _, err = run_cli("db", "check", "--db", str(damaged), "--details", "--lang", "en")
    assert code == 7
    lines = err.strip().splitlines()
    found = lines.index("What SQLite found:")
    assert lines[found - 1] == REFUSED.format(path=damaged, reason=PAGES)
    assert lines[found + 1] == "  database disk image is malformed"


def test_db_check_of_a_file_refused_at_opening_exits_as_damaged_with_its_details(tmp_path: Path) -> None:
    path = _filled(tmp_path)
    os.truncate(path, path.stat().st_size // 2)
    code, _, err = run_cli("db", "check", "--db", str(path), "--details", "--lang", "en")
    assert code == 7
    assert "is damaged and was not opened: it was cut short" in err
    assert "  the file is cut short: " in err
