"""A backup of a damaged database is refused in a sentence of the user's language naming the database - its pages
damaged - on the command line in Persian and English; SQLite's own words ("database disk image is malformed",
"btreeInitPage() returns error code 11") go to the log only, and the database refuses writes from then on."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.backups.service import BackupService  # noqa: E402
from desktop.store.backup_refusals import BackupError  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from tests.accounts.conftest import MovableClock  # noqa: E402
from tests.backups.damaged_database import REFUSAL, SQLITES_WORDS, damaged_database  # noqa: E402
from tests.cli_support import qt_language_restored, run_cli  # noqa: E402, F401

NOW = datetime(2026, 12, 4, 20, 6, tzinfo=UTC)


@pytest.fixture(params=[False, True], ids=["one page", "every page but the first"])
def damaged(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    return damaged_database(tmp_path / "rasad.sqlite3", every_leaf_but_the_first=request.param)


def test_a_damaged_databases_backup_is_refused_in_a_sentence_and_sqlites_words_go_to_the_log(
        damaged: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    with open_database(damaged, create=False) as database:
        with pytest.raises(BackupError) as refused:
            BackupService(database, MovableClock(NOW)).back_up_now()
        assert database.health.report.is_damaged  # it refuses writes from now on, as the sentence says
    assert refused.value.english() == REFUSAL.format(path=damaged)
    assert any(word in caplog.text for word in SQLITES_WORDS)
    assert not list((damaged.parent / "backups").glob("*.sqlite3"))


def test_the_command_line_says_it_in_persian_and_in_english(damaged: Path) -> None:
    code, _, err = run_cli("backup", "create", "--db", str(damaged), "--lang", "en")
    assert code == 1 and " ".join(err.split()) == REFUSAL.format(path=damaged)
    code, _, err = run_cli("backup", "create", "--db", str(damaged), "--lang", "fa")
    assert code == 1 and "در بررسی سالم نبود: برخی از صفحه‌های آن آسیب دیده است" in err and str(damaged) in err
    assert not any(word in err for word in SQLITES_WORDS)
