"""What the system said is named in the message's language: a Persian message about a folder given for a file
no longer ends in "Is a directory"."""

from __future__ import annotations

import errno
from pathlib import Path

from desktop.domain.messages import Bilingual, english_fields
from desktop.domain.system_errors import describe_os_error


def test_a_common_cause_is_named_in_both_languages() -> None:
    reason = describe_os_error(IsADirectoryError(errno.EISDIR, "Is a directory", "/tmp"))
    assert isinstance(reason, Bilingual)
    assert str(reason) == "این یک پوشه است، نه فایل"
    assert english_fields({"reason": reason}) == {"reason": "it is a folder, not a file"}


def test_another_cause_keeps_the_systems_text() -> None:
    assert describe_os_error(OSError(errno.ECONNRESET, "Connection reset by peer")) == "Connection reset by peer"


def test_an_import_of_a_folder_says_so_in_persian(tmp_path: Path, qapp) -> None:  # a QApplication, as the other tests expect
    from desktop.store.database import open_database
    from tests.cli_support import run_cli

    open_database(tmp_path / "r.sqlite3").close()
    folder = tmp_path / "exports"
    folder.mkdir()
    code, _, err = run_cli("--lang", "fa", "import", "--db", str(tmp_path / "r.sqlite3"), str(folder))
    assert code == 1 and "این یک پوشه است، نه فایل" in err and "directory" not in err
