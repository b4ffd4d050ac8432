"""Fixtures for the service tests: file databases under tmp_path, a fixed clock, set-up services and a demo."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm
from desktop.store.database import Database, open_database
from desktop.store.models import ChangeLog, Plan
from tests.demo_support import DEMO_AS_OF

TODAY = DEMO_AS_OF  # 2 Azar 1405 (2026-11-23)
PLANS_YEAR = 1405
USER = "کارشناس آزمون"


def setup_form(*districts: DistrictDraft, user: str = USER) -> SetupForm:
    return SetupForm(
        province_code="QOM",
        province_name="قم",
        user_name=user,
        districts=districts or (
            DistrictDraft("01", "حوزه قضایی قم", (("101001", "شعبه ۱۰۱ دادگاه حقوقی قم", "حقوقی"),
                                                  ("101002", "شعبه ۱۰۲ دادگاه کیفری قم", "کیفری"))),
            DistrictDraft("02", "حوزه قضایی جعفریه", (("102001", "شعبه ۱۰۱ جعفریه", "عمومی"),)),
        ),
    )


def count_rows(database: Database, model) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def change_log(database: Database, table: str | None = None, operation: str | None = None) -> list[ChangeLog]:
    with database.session() as session:
        query = select(ChangeLog).order_by(ChangeLog.id)
        if table:
            query = query.where(ChangeLog.table_name == table)
        if operation:
            query = query.where(ChangeLog.operation == operation)
        return list(session.scalars(query))


def add_plan(database: Database, code: str = "TD", kind: str = "transformation", weight: float = 1.0) -> int:
    """A plan row (the services never create plans: they come from the reference seed)."""
    with database.session() as session:
        plan = Plan(code=code, title=f"برنامه {code}", kind=kind, weight=weight)
        session.add(plan)
        session.flush()
        return plan.id


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "t.sqlite3")
    yield db
    db.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def services(database: Database, clock: FixedClock) -> AppServices:
    """A province set up through the first-run use case, with the reference plans of 1405."""
    OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR)
    return AppServices(database, clock)


@pytest.fixture
def bare_services(database: Database, clock: FixedClock) -> AppServices:
    """A province set up without reference plans: tests add exactly the plan rows they compute by hand."""
    OrganisationService(database).complete_setup(setup_form())
    return AppServices(database, clock)


@pytest.fixture(scope="session")
def demo_template(demo_province: Path) -> Path:
    """The normal demo (``demo.sqlite3``), generated once per run (tests/conftest.py) and read only; each `demo`
    gets its own copy of the folder."""
    return demo_province


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path, clock: FixedClock) -> Iterator[AppServices]:
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    db = open_database(folder / "demo.sqlite3")
    yield AppServices(db, clock, is_demo=True)
    db.close()
