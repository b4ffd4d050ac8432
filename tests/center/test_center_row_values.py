"""A signed bundle whose plan rows hold values the province's app could not have written (a solution's term a
list, a title a number, a percent of 150 ...) is refused whole, before anything is stored, with a receipt naming
the table, the row and the field — never replayed into the national pages (desktop/sync/row_values.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.center.models import CenterBundle, NationalChange
from desktop.sync.receipts import Verdict, read_receipt
from desktop.sync.row_values import bad_value
from tests.center.test_center_namespaces_and_refusals import _flags, _signed


def _change(change_id: int, table: str, new: dict, operation: str = "insert") -> dict:
    return {"id": change_id, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u", "table": table,
            "row_id": 7, "operation": operation, "old": None, "new": new}


SOLUTION = {"plan_id": 1, "code": "S1", "title": "s", "term": "short", "responsible_unit_id": None,
            "executive_manager": "", "driver_project_id": None, "weight": 1.0, "description": ""}


@pytest.mark.parametrize(("table", "new", "field"), [
    ("solution", {**SOLUTION, "term": []}, "term"),
    ("solution", {**SOLUTION, "term": "forever"}, "term"),
    ("solution", {**SOLUTION, "plan_id": [1]}, "plan_id"),
    ("driver_project", {"plan_id": 1, "number": 1, "title": 5, "executor_unit_id": 1}, "title"),
    ("driver_project", {"plan_id": 1, "number": True, "title": "t", "executor_unit_id": 1}, "number"),
    ("plan", {"code": "P1", "title": "p", "kind": "transformation", "weight": -1}, "weight"),
    ("plan", {"code": "P" * 33, "title": "p", "kind": "transformation", "weight": 1}, "code"),
    ("activity", {"program_id": 1, "code": "A1", "title": "a", "weight": 1, "planned_start": "yesterday",
                  "planned_finish": "2026-06-01", "position": 0}, "planned_start"),
    ("activity", {"position": 1.5}, "position"),  # an update carries the changed columns only
    ("progress_update", {"activity_id": 1, "reported_on": "2026-03-01", "percent": 150.0}, "percent"),
    ("progress_update", {"activity_id": 1, "reported_on": "2026-03-01", "percent": 10.0,
                         "recorded_at": {"at": "now"}}, "recorded_at"),
    ("org_unit", {"name": None, "kind": ""}, "name"),
    ("branch", {"district_id": 1, "code": "B1", "name": "b", "opened_month": "۱۴۰۵/۰۱"}, "opened_month"),
], ids=lambda value: value if isinstance(value, str) else "")
def test_a_plan_row_with_a_value_the_province_could_not_write_is_refused_naming_the_field(service, teh, table,
                                                                                           new, field):
    good = _change(1, "progress_update", {"activity_id": 1, "reported_on": "2026-03-01", "percent": 10.0})
    data = _signed(teh, [good, _change(2, table, new, "update" if table == "activity" else "insert")])
    receipt = read_receipt(service.ingest(data), service.public_key, "THR")
    assert receipt.verdict is Verdict.REJECTED
    assert f"change 2: {table} row 7, field {field}:" in receipt.reason
    assert _flags(service, "THR") == ["malformed"]
    with service._sessions() as session:  # nothing of it stored, not even the good change before it
        assert session.scalar(select(func.count()).select_from(NationalChange)) == 0
        assert session.scalar(select(CenterBundle.state)) == "rejected"


def test_the_values_a_province_writes_pass_and_fields_the_center_does_not_know_are_let_through():
    assert bad_value("solution", SOLUTION) is None
    assert bad_value("solution", {**SOLUTION, "term": None, "weight": 2}) is None  # an integer weight is a number
    assert bad_value("activity", {"planned_start": "2026-01-01", "planned_finish": "2026-06-01", "position": 3,
                                  "title": r"$\frac{a}{$"}) is None  # any text is a title
    assert bad_value("progress_update", {"recorded_at": "2026-03-01T08:00:00+00:00", "percent": 100}) is None
    assert bad_value("plan", {"a_column_of_a_newer_app": [1, 2]}) is None
    assert bad_value("indicator_target", {"anything": [1]}) is None  # a table the center never reads back
