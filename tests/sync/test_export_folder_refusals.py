"""Bundles that cannot be written to the folder chosen are refused as the folder's fault (read-only, full), named
by the folder - never by the hidden temporary file - and as a refusal (a SyncError), not an OSError that the
window logs as a failed job with its traceback."""

from __future__ import annotations

import errno
import hashlib
import tempfile
from pathlib import Path

import pytest

from desktop.sync import media
from desktop.sync.errors import SyncError


def test_a_read_only_folder_refuses_the_bundles_naming_the_folder(tmp_path, monkeypatch) -> None:
    def read_only(*, dir: str, prefix: str, suffix: str) -> tuple[int, str]:  # noqa: A002 - mkstemp's name
        raise OSError(errno.EROFS, "Read-only file system", f"{dir}/{prefix}gwebb3ng{suffix}")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    data = b"bundle"
    with pytest.raises(SyncError) as refused:
        media.write_verified(tmp_path / "QOM-000002.rasad-bundle", data, hashlib.sha256(data).hexdigest())
    assert refused.value.english() == f"The bundles could not be written: the folder {tmp_path} is on a read-only disk."
    assert ".tmp" not in refused.value.english()


def test_a_full_disk_while_writing_is_the_folders(tmp_path, monkeypatch) -> None:
    def full(_descriptor: int, _mode: str):  # noqa: ANN202
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(media.os, "fdopen", full)
    with pytest.raises(SyncError) as refused:
        media.write_verified(tmp_path / "QOM-000002.rasad-bundle", b"x", hashlib.sha256(b"x").hexdigest())
    assert refused.value.english() == f"The bundles could not be written: the disk of the folder {tmp_path} is full."
    assert [p.name for p in Path(tmp_path).iterdir()] == []
