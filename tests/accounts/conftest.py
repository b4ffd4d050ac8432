"""Fixtures for the accounts tests: a set-up province, a movable clock, a cheap Argon2id."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.organisation.service import OrganisationService
from desktop.store.database import Database, open_database
from tests.services.conftest import setup_form

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PASSWORD = "باغ انار ۱۴۰۵ سبز"


@dataclass
class MovableClock:
    instant: datetime = START

    def now(self) -> datetime:
        return self.instant

    def today(self) -> date:
        return self.instant.date()

    def advance(self, **delta: float) -> None:
        self.instant += timedelta(**delta)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "t.sqlite3")
    OrganisationService(db).complete_setup(setup_form())
    yield db
    db.close()


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


@pytest.fixture
def hashing() -> PasswordHashing:
    return PasswordHashing(TEST_PARAMETERS)


@pytest.fixture
def accounts(database: Database, clock: MovableClock, hashing: PasswordHashing) -> AccountService:
    return AccountService(database, clock, hashing=hashing)
