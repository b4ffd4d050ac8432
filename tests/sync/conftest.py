"""Fixtures of the sending tests; a module that needs another clock or database defines its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.database import Database, open_database
from tests.sync.sending_support import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "rasad.sqlite3", user_name="دبیر")
    yield database
    database.close()
