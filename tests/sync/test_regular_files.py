"""A pipe (FIFO) or a device named where Rasad reads a file - a key file, a receipt, a directive - is refused at
once as "not a regular file", never waited on: a FIFO had left `python -m desktop.center status --key` and
`python -m desktop directives import` hanging for good."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.sync.errors import KeyStoreError
from desktop.sync.key_files import EncryptedKeyFile
from desktop.sync.regular_files import read_regular

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX file type")


def _finishes(call: Callable[[], Any], seconds: float = 10.0) -> Any:
    """``call()``'s result or the exception it raised; fails if it is still blocked after ``seconds``."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, "blocked on the file"
    return outcome[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "qom.key"
    os.mkfifo(path)
    return path


def test_a_fifo_a_device_and_a_folder_are_refused_and_a_file_is_read(fifo: Path, tmp_path: Path) -> None:
    for path in (fifo, Path("/dev/zero"), tmp_path):
        error = _finishes(lambda path=path: read_regular(path, 10))
        assert isinstance(error, OSError), path
    (tmp_path / "plain").write_bytes(b"0123456789abc")
    assert read_regular(tmp_path / "plain", 11) == b"0123456789a"


def test_a_fifo_given_as_a_key_file_is_not_a_key_file(fifo: Path) -> None:
    error = _finishes(lambda: EncryptedKeyFile(fifo).load("passphrase"))
    assert isinstance(error, KeyStoreError) and "not a regular file" in error.english()


def test_the_centers_status_with_a_fifo_as_its_key_says_so_and_ends(fifo: Path, tmp_path: Path, monkeypatch) -> None:
    import contextlib
    import io

    from desktop.center.cli import main

    monkeypatch.setenv("RASAD_CENTER_PASSPHRASE", "passphrase")
    err = io.StringIO()

    def status() -> int:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            return main(["status", "--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(fifo)])

    assert _finishes(status) == 2 and "not a regular file" in err.getvalue()

