"""The center: key rotation, directive bundles, the consolidated national view, and its own migrations."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, inspect

from desktop.center.app import create_app
from desktop.center.migrate import head_revision, schema_differences
from desktop.center.service import CenterService
from desktop.sync import canonical, directive_content, frame
from desktop.sync.errors import RotationError
from desktop.sync.keys import export_public, fingerprint, generate_private_key
from desktop.sync.listing import read_listing
from desktop.sync.receipts import Verdict, read_receipt
from desktop.sync.rotation_records import rotation_record
from tests.center.conftest import NOW, Province, signed, staff_headers

DIRECTIVES = directive_content.from_json({
    "note": "ابلاغ", "programs": [], "deadlines": [
        {"code": "H1-REPORT", "title": "گزارش شش‌ماهه", "due_on": "2026-12-20", "note": ""}],
    "indicator_targets": [{"indicator": "clearance_rate", "period": "", "target": 1.0, "note": ""}],
})


def _verdict(service: CenterService, data: bytes, province: str = "THR") -> Verdict:
    return read_receipt(service.ingest(data), service.public_key, province).verdict


def test_after_a_rotation_new_bundles_verify_with_the_new_key_and_older_ones_with_the_old(service, teh):
    first, second = teh.bundle(), teh.bundle()  # cut with the old key; the second still travelling
    assert _verdict(service, first) is Verdict.ACCEPTED
    new_key = generate_private_key()
    service.rotate_key("THR", rotation_record(teh.key, new_key, "THR", from_sequence=3))
    old_key, teh.key = teh.key, new_key
    third = teh.bundle()
    assert _verdict(service, second) is Verdict.ACCEPTED  # the old key still covers sequence 2
    assert _verdict(service, third) is Verdict.ACCEPTED
    teh.key = old_key  # the retired key cannot sign sequence 4
    assert _verdict(service, teh.bundle()) is Verdict.REJECTED


def test_a_rotation_record_not_signed_by_the_current_key_is_refused(service, teh):
    intruder, new_key = generate_private_key(), generate_private_key()
    with pytest.raises(RotationError):
        service.rotate_key("THR", rotation_record(intruder, new_key, "THR", from_sequence=1))
    teh.key = new_key
    assert _verdict(service, teh.bundle()) is Verdict.RETRY  # the new key stays unknown: nothing taken


def test_the_same_rotation_record_twice_changes_nothing(service, teh):
    record = rotation_record(teh.key, generate_private_key(), "THR", from_sequence=1)
    first = service.rotate_key("THR", record)
    assert service.rotate_key("THR", record) == first


def test_rotation_over_http(service, teh):
    client = TestClient(create_app(service))
    new_key = generate_private_key()
    response = client.post("/provinces/THR/key-rotations",
                           content=rotation_record(teh.key, new_key, "THR", from_sequence=1))
    assert response.status_code == 200
    forged = client.post("/provinces/THR/key-rotations",
                         content=rotation_record(generate_private_key(), generate_private_key(), "THR",
                                                 from_sequence=1))
    assert forged.status_code == 400 and "signature" in forged.json()["error"]


def test_directives_are_chained_per_province_and_signed_by_the_center(service, teh):
    service.register_province("QOM", "قم", export_public(generate_private_key().public_key()))
    first = service.issue_directive("THR", DIRECTIVES)
    second = service.issue_directive("THR", DIRECTIVES)
    other = service.issue_directive("QOM", DIRECTIVES)
    assert (first.sequence, second.sequence, other.sequence) == (1, 2, 1)
    key = {fingerprint(service.public_key): service.public_key}
    verified = frame.verify(second.data, public_keys=key, expected_province="THR", expected_payload_type="directive",
                            max_bytes=10**6, max_uncompressed=10**7)
    assert verified.header["previous_hash"] == first.file_hash
    assert directive_content.parse(verified.parts["directives.json"]) == DIRECTIVES
    assert [d.sequence for d in service.directives_for("THR", after=1)] == [2]


def test_directives_over_http(service, teh):
    issued = service.issue_directive("THR", DIRECTIVES)
    client = TestClient(create_app(service))
    path = "/provinces/THR/directives"
    assert client.get(f"{path}?after=0").status_code == 401  # a province's directives are for it alone
    answer = client.get(f"{path}?after=0", headers=signed(teh.key, path, "after=0"))
    listing = read_listing(answer.content, service.public_key, "THR", 0, NOW)
    assert [item.sequence for item in listing.directives] == [1] and listing.issued_at == NOW
    assert listing.directives[0].file_hash == issued.file_hash
    assert client.get(f"{path}/1", headers=signed(teh.key, f"{path}/1")).content == issued.data
    assert client.get(f"{path}/2", headers=signed(teh.key, f"{path}/2")).status_code == 404


def _progress_bundle(province: Province, changes: list[dict], month: int, rows: list[dict]) -> bytes:
    province.sequence += 1
    data = frame.encode({
        "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": province.code,
        "sequence": province.sequence, "previous_hash": province.previous, "created_at": frame.utc_timestamp(NOW),
        "app_version": "0.1.0", "schema_version": "0004",
    }, [("changes.json", canonical.dumps({"changes": changes}), True),
        ("indicators.json", canonical.dumps({"months": [month], "rows": rows}), True)], province.key)
    province.previous = frame.file_hash(data)
    return data


def _change(change_id: int, table: str, row_id: int, new: dict, operation: str = "insert") -> dict:
    return {"id": change_id, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u", "table": table,
            "row_id": row_id, "operation": operation, "old": None, "new": new}


def test_the_national_view_shows_each_provinces_progress_and_latest_indicators(service, teh):
    """Its weighted progress is the province's own plan roll-up (a parent activity is made of its sub-activities,
    not one more activity at 0 %), the figure the progress page and the national report show."""
    start = {"planned_start": "2026-01-01", "program_id": 1}
    changes = [
        _change(1, "plan", 1, {"code": "P", "title": "سند", "kind": "transformation", "weight": 1.0}),
        _change(2, "solution", 1, {"plan_id": 1, "code": "S1", "title": "راهکار", "term": "mid", "weight": 1.0}),
        _change(3, "operational_program", 1, {"solution_id": 1, "code": "B1", "title": "برنامه", "weight": 1.0}),
        _change(4, "activity", 9, {"title": "مادر", "weight": 5.0, "planned_finish": "2027-06-01", **start}),
        _change(5, "activity", 10, {"title": "الف", "weight": 3.0, "planned_finish": "2026-06-01", "parent_id": 9,
                                    **start}),
        _change(6, "activity", 11, {"title": "ب", "weight": 1.0, "planned_finish": "2027-06-01", "parent_id": 9,
                                    **start}),
        _change(7, "progress_update", 1, {"activity_id": 10, "percent": 40.0, "reported_on": "2026-05-01"}),
        _change(8, "progress_update", 2, {"activity_id": 10, "percent": 80.0, "reported_on": "2026-10-01"}),
        _change(9, "progress_update", 3, {"activity_id": 11, "percent": 100.0, "reported_on": "2026-10-01"}),
    ]
    rows = [{"month_index": 5, "branch_id": 1, "incoming": 30, "disposed": 33, "pending_end": 100},
            {"month_index": 5, "branch_id": 2, "incoming": 10, "disposed": 7, "pending_end": 50}]
    assert _verdict(service, _progress_bundle(teh, changes, 5, rows)) is Verdict.ACCEPTED
    service.register_province("QOM", "قم", export_public(generate_private_key().public_key()))
    qom, thr = service.national()  # in province-code order
    assert thr.code == "THR" and thr.activities == 2 and thr.reported == 2  # its two sub-activities
    assert thr.weighted_percent == pytest.approx((3 * 80 + 1 * 100) / 4)  # one program: its leaves' weighted mean
    assert thr.overdue == 1  # الف was due 2026-06-01 and is at 80 %
    assert (thr.latest_month, thr.incoming, thr.disposed, thr.pending_end) == (5, 40, 40, 150)
    assert thr.clearance_rate == pytest.approx(1.0)
    assert (qom.activities, qom.weighted_percent, qom.latest_month) == (0, None, None)
    client = TestClient(create_app(service))
    assert client.get("/national").status_code == 401
    body = client.get("/national", headers=staff_headers(service)).json()
    assert body[1]["weighted_percent"] == pytest.approx(85.0) and body[0]["code"] == "QOM"


def test_the_national_view_counts_the_lowest_level_activities_never_a_finished_parent_as_overdue(service, teh):
    """A parent activity is made of its sub-activities and never carries a report of its own: counted as one more
    activity it read as unreported and, once its finish date passed, overdue - though both its sub-activities
    were finished (Qom read 467 activities and 178 overdue where its overview has 365, 95 of them overdue)."""
    start = {"planned_start": "2026-01-01", "program_id": 1}
    changes = [
        _change(1, "plan", 1, {"code": "P", "title": "سند", "kind": "transformation", "weight": 1.0}),
        _change(2, "solution", 1, {"plan_id": 1, "code": "S1", "title": "راهکار", "term": "mid", "weight": 1.0}),
        _change(3, "operational_program", 1, {"solution_id": 1, "code": "B1", "title": "برنامه", "weight": 1.0}),
        _change(4, "activity", 9, {"title": "مادر", "weight": 1.0, "planned_finish": "2026-06-01", **start}),
        _change(5, "activity", 10, {"title": "الف", "weight": 1.0, "planned_finish": "2026-05-01", "parent_id": 9,
                                    **start}),
        _change(6, "activity", 11, {"title": "ب", "weight": 1.0, "planned_finish": "2026-06-01", "parent_id": 9,
                                    **start}),
        _change(7, "activity", 12, {"title": "ج", "weight": 1.0, "planned_finish": "2026-07-01", **start}),
        _change(8, "progress_update", 1, {"activity_id": 10, "percent": 100.0, "reported_on": "2026-05-01"}),
        _change(9, "progress_update", 2, {"activity_id": 11, "percent": 100.0, "reported_on": "2026-06-01"}),
    ]
    assert _verdict(service, _progress_bundle(teh, changes, 5, [])) is Verdict.ACCEPTED
    (thr,) = service.national()
    # الف and ب finished, ج (no report, due 2026-07-01) overdue; مادر is the two finished ones, not a third
    assert (thr.activities, thr.reported, thr.overdue) == (3, 2, 1)
    body = TestClient(create_app(service)).get("/national", headers=staff_headers(service)).json()
    assert (body[0]["activities"], body[0]["reported"], body[0]["overdue"]) == (3, 2, 1)


def test_a_province_silent_longer_than_the_threshold_is_stale(engine_url, center_key):
    moments = [NOW]
    service = CenterService(engine_url, center_key, clock=lambda: moments[0], stale_days=14)
    try:
        teh = Province("THR")
        service.register_province("THR", "تهران", export_public(teh.key.public_key()))
        service.register_province("QOM", "قم", export_public(generate_private_key().public_key()))
        moments[0] = NOW + timedelta(days=10)
        service.ingest(teh.bundle())
        moments[0] = NOW + timedelta(days=20)
        status = {row.code: row for row in service.status()}
        assert not status["THR"].stale and status["QOM"].stale
        assert json.loads(json.dumps([row.as_json() for row in service.status()]))[0]["code"] == "QOM"
    finally:
        service.close()


def test_the_center_schema_is_made_by_its_own_migrations(engine_url, center_key):
    service = CenterService(engine_url, center_key, clock=lambda: NOW)
    try:
        assert schema_differences(service.engine) == []
        with service.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM center_alembic_version").scalar()
        assert version == head_revision()
        assert "alembic_version" not in inspect(service.engine).get_table_names()
    finally:
        service.close()
    again = CenterService(engine_url, center_key, clock=lambda: NOW)  # reopening at head changes nothing
    again.close()


def test_a_center_database_from_a_newer_version_is_refused(tmp_path, center_key):
    from desktop.center.migrate import NewerCenterDatabaseError

    url = f"sqlite:///{tmp_path / 'c.db'}"
    CenterService(url, center_key).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE center_alembic_version SET version_num = 'c999'")
    engine.dispose()
    with pytest.raises(NewerCenterDatabaseError):
        CenterService(url, center_key)


def test_the_approval_state_a_bundle_carries_reaches_the_national_view(service, teh):
    approvals = {"periods": [
        {"period": "1405-H1", "kind": "half", "state": "approved", "decided_by": "رئیس کل",
         "decided_at": "2026-10-01T08:00:00+00:00", "approved_at": "2026-10-01T08:00:00+00:00"},
        {"period": "1405-08", "kind": "month", "state": "submitted", "decided_by": "", "decided_at": None,
         "approved_at": None}]}
    teh.sequence += 1
    data = frame.encode({
        "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": "THR", "sequence": 1,
        "previous_hash": frame.GENESIS_HASH, "created_at": frame.utc_timestamp(NOW), "app_version": "0.1.0",
        "schema_version": "0006"}, [
        ("changes.json", canonical.dumps({"changes": [_change(1, "activity", 1, {"title": "الف"})]}), True),
        ("approvals.json", canonical.dumps(approvals), False)], teh.key)
    assert _verdict(service, data) is Verdict.ACCEPTED
    (thr,) = service.national()
    assert thr.approved_periods == ("1405-H1",)


@pytest.mark.parametrize("periods", [
    [{"period": "1405-H1", "kind": "half", "state": "signed", "decided_by": "", "decided_at": None,
      "approved_at": None}],
    [{"period": "1405-H1", "kind": "half", "state": "approved"}],
    "not a list",
])
def test_a_malformed_approval_part_refuses_the_bundle(service, teh, periods):
    data = frame.encode({
        "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": "THR", "sequence": 1,
        "previous_hash": frame.GENESIS_HASH, "created_at": frame.utc_timestamp(NOW), "app_version": "0.1.0",
        "schema_version": "0006"}, [
        ("changes.json", canonical.dumps({"changes": []}), True),
        ("approvals.json", canonical.dumps({"periods": periods}), False)], teh.key)
    assert _verdict(service, data) is Verdict.REJECTED
    assert service.national()[0].activities == 0
