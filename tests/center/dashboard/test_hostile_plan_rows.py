"""One province's plan data never takes the national pages down for everyone: a title typed as "$...$" is drawn
as typed (never parsed as math), a row stored with a value of the wrong type (before the ingest checked values)
is left out and the province marked, and a province whose plan cannot be summarised is shown as unreadable.
Nor can one province rename a driver project of the Transformation Document for the whole country."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from desktop.center import national
from desktop.center.app import create_app
from desktop.center.dashboard.progress import national_progress
from desktop.center.models import NationalChange
from desktop.center.web.app import DashboardSettings
from desktop.domain.reference import DRIVER_PROJECTS
from desktop.store.models import DriverProject, Plan
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.dashboard.conftest import NOW, plan_unreadable_for, staff
from tests.center.staff_support import PASSWORD, cheap_hashing

MATH = r"$\frac{a}{$"


@pytest.fixture(scope="module")
def client(seeded) -> TestClient:
    application = create_app(seeded.center, dashboard=DashboardSettings(hashing=cheap_hashing()))
    application.state.staff_accounts.add("viewer", "viewer", "viewer", PASSWORD)
    result = TestClient(application, base_url="https://testserver", follow_redirects=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', result.get("/login").text).group(1)
    assert result.post("/login", data={"csrf_token": token, "user_name": "viewer", "password": PASSWORD,
                                       "next": "/dashboard/progress"}).status_code == 303
    return result


def _send(seeded, code: str) -> None:
    """The province's next bundle, cut by its own outbox and ingested."""
    outbox = Outbox(seeded.provinces[code], seeded.clock.tick)
    entry = outbox.cut(seeded.keys[code], code, "0.1.0")
    receipt = read_receipt(seeded.center.ingest(outbox.data(entry.id)), seeded.center.public_key, code)
    assert receipt.verdict is Verdict.ACCEPTED, receipt.reason


def test_driver_projects_titled_as_math_are_drawn_as_typed_and_cannot_rename_the_documents_own(seeded, client):
    with seeded.provinces["QOM"].session() as session:  # what a secretary may type in the window
        first = session.scalar(select(DriverProject).where(DriverProject.number == 1))
        first.title = MATH
        session.add(DriverProject(plan_id=first.plan_id, number=11, title=MATH, executor_unit_id=first.executor_unit_id))
        session.scalar(select(Plan).limit(1)).title = MATH
    _send(seeded, "QOM")
    page = client.get("/dashboard/progress")
    assert page.status_code == 200 and "<svg" in page.text
    assert client.get("/dashboard/progress?province=QOM").status_code == 200
    with seeded.center._sessions() as session:
        drivers = {d.number: d.title for d in national_progress(session, staff(), NOW, 14).drivers}
    assert drivers[1] == DRIVER_PROJECTS[0].title  # the document's title, not Qom's
    assert drivers[11] == MATH  # a project of Qom's own keeps Qom's title
    for kind in ("pdf", "xlsx"):
        assert client.get("/dashboard/report/download", params={"period": "1405-H1", "format": kind}).status_code == 200


def _store_row(seeded, code: str, table: str, row_id: int, values: str) -> None:
    """A row as a bundle applied before the center checked row values stored it."""
    with seeded.center._sessions.begin() as session:
        last = session.scalar(select(func.max(NationalChange.change_id)).where(NationalChange.province == code))
        session.add(NationalChange(province=code, change_id=last + 1, table_name=table, row_id=row_id,
                                   operation="update", new_values=values, changed_at="2026-11-01T08:00:00+00:00"))


def test_a_stored_row_of_the_wrong_type_is_left_out_and_the_national_views_still_answer(seeded, client, caplog):
    with seeded.center._sessions() as session:
        solution = session.scalar(select(NationalChange.row_id).where(
            NationalChange.province == "ISF", NationalChange.table_name == "solution").limit(1))
    _store_row(seeded, "ISF", "solution", solution, '{"term": []}')
    with seeded.center._sessions() as session:
        views = {view.code: view for view in national_progress(session, staff(), NOW, 14).provinces}
        rows = {row.code: row for row in national.national(session, NOW, 14)}  # `python -m desktop.center national`
    assert views["ISF"].unreadable_rows == 1 and views["ISF"].summary is not None  # the rest of Isfahan shown
    assert views["QOM"].unreadable_rows == 0 and views["QOM"].summary is not None
    assert rows["ISF"].weighted_percent is not None
    assert f"solution row {solution}, field term: not text" in caplog.text
    page = client.get("/dashboard/progress")
    assert page.status_code == 200 and "ردیف ذخیره‌شده خوانا نبود" in page.text
    assert client.get("/dashboard/progress?province=ISF").status_code == 200
    for kind in ("pdf", "xlsx"):
        assert client.get("/dashboard/report/download", params={"period": "1405-H1", "format": kind}).status_code == 200


def test_a_province_whose_plan_cannot_be_summarised_is_shown_unreadable_and_the_others_as_ever(seeded, client,
                                                                                               monkeypatch):
    plan_unreadable_for(monkeypatch, "قم")
    with seeded.center._sessions() as session:
        views = {view.code: view for view in national_progress(session, staff(), NOW, 14).provinces}
    assert views["QOM"].unreadable and views["QOM"].summary is None
    assert views["ISF"].summary is not None and not views["ISF"].unreadable
    with seeded.center._sessions() as session:  # not counted among the targets' provinces "without plan data"
        targets = national_progress(session, staff(), NOW, 14).milestones
    assert all(target.provinces == len(views) - 1 for target in targets)
    page = client.get("/dashboard/progress")
    assert page.status_code == 200 and "داده‌های برنامه این استان خوانا نیست" in page.text
    assert "داده‌های برنامه این استان خوانا نیست" in client.get("/dashboard/progress?province=QOM").text
