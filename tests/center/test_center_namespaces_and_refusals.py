"""Issue 12 at the center: one namespace per province, malformed but signed content refused cleanly and
recorded, the center busy is a retryable refusal, and registration that never re-keys silently."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.center.app import create_app
from desktop.center.models import CenterBundle, CenterFlag, CenterProvinceKey, CenterReceipt, NationalChange
from desktop.center.provinces import AlreadyRegisteredError, KeyInUseError
from desktop.sync import canonical, frame
from desktop.sync.keys import export_public, fingerprint, generate_private_key
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.conftest import NOW, Province


def _receipt(service, data: bytes, province: str):
    return read_receipt(data, service.public_key, province)


def _ingest(service, data: bytes, province: str):
    return _receipt(service, service.ingest(data), province)


def _signed(province: Province, changes: list, *, bundle_id: str | None = None, raw: bytes | None = None) -> bytes:
    """A bundle signed by ``province``'s key with hand-made changes.json (malformed on purpose)."""
    province.sequence += 1
    data = frame.encode({
        "payload_type": "progress", "bundle_id": bundle_id or frame.new_bundle_id(), "province": province.code,
        "sequence": province.sequence, "previous_hash": province.previous, "created_at": frame.utc_timestamp(NOW),
        "app_version": "0.1.0", "schema_version": "0003",
    }, [("changes.json", raw if raw is not None else canonical.dumps({"changes": changes}), True)], province.key)
    province.previous = frame.file_hash(data)
    return data


def _change(change_id: int, new) -> dict:
    return {"id": change_id, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u",
            "table": "progress_update", "row_id": change_id, "operation": "insert", "old": None, "new": new}


def _flags(service, province: str) -> list[str]:
    with service._sessions() as session:
        return list(session.scalars(select(CenterFlag.kind).where(CenterFlag.province == province)))


def _applied(service, province: str) -> list[int]:
    with service._sessions() as session:
        return list(session.scalars(select(CenterBundle.sequence).where(
            CenterBundle.province == province, CenterBundle.state == "applied").order_by(CenterBundle.sequence)))


def _register(service, code: str) -> Province:
    province = Province(code)
    service.register_province(code, code, export_public(province.key.public_key()))
    return province


# -- namespaces ---------------------------------------------------------------------------------------------

def test_a_province_signing_its_bundle_with_qoms_next_id_changes_nothing_for_qom(service):
    qom, isf = _register(service, "QOM"), _register(service, "ISF")
    qom_first = qom.bundle()
    assert _ingest(service, qom_first, "QOM").verdict is Verdict.ACCEPTED
    qom_next = qom.bundle()
    qom_next_id = frame.verify(qom_next, public_keys={}, expected_province="QOM", expected_payload_type="progress",
                               max_bytes=10**7, max_uncompressed=10**8,
                               attested_file_hash=frame.file_hash(qom_next)).header["bundle_id"]
    qom_first_id = frame.verify(qom_first, public_keys={}, expected_province="QOM",
                                expected_payload_type="progress", max_bytes=10**7, max_uncompressed=10**8,
                                attested_file_hash=frame.file_hash(qom_first)).header["bundle_id"]
    # the attack: Isfahan signs its own bundles with Qom's next id and with Qom's applied one
    assert _ingest(service, _signed(isf, [_change(1, {"percent": 1.0})], bundle_id=qom_next_id),
                   "ISF").verdict is Verdict.ACCEPTED
    assert _ingest(service, _signed(isf, [_change(2, {"percent": 2.0})], bundle_id=qom_first_id),
                   "ISF").verdict is Verdict.ACCEPTED

    assert _ingest(service, qom_next, "QOM").verdict is Verdict.ACCEPTED
    again = _ingest(service, qom_first, "QOM")  # Qom's resend still gets Qom's own stored receipt
    assert again.verdict is Verdict.ACCEPTED and again.sequence == 1
    assert _applied(service, "QOM") == [1, 2] and _flags(service, "QOM") == []
    assert _applied(service, "ISF") == [1, 2] and _flags(service, "ISF") == []
    with service._sessions() as session:
        assert session.scalar(select(func.count()).select_from(CenterReceipt)) == 4


# -- malformed but signed -----------------------------------------------------------------------------------

@pytest.mark.parametrize("new", [[1, 2], "text", 5], ids=["list", "string", "number"])
def test_a_change_whose_value_is_not_an_object_is_a_recorded_final_refusal(service, teh, new):
    data = _signed(teh, [_change(1, new)])
    receipt = _ingest(service, data, "THR")
    assert receipt.verdict is Verdict.REJECTED and "not an object" in receipt.reason
    assert _flags(service, "THR") == ["malformed"]
    with service._sessions() as session:
        stored = session.scalar(select(CenterBundle).where(CenterBundle.province == "THR"))
        assert (stored.state, stored.sequence) == ("rejected", 1)
        assert session.scalar(select(func.count()).select_from(NationalChange)) == 0
    assert service.ingest(data) == service.ingest(data)  # a resend gets the stored receipt, nothing more
    assert _flags(service, "THR") == ["malformed"]


def test_a_change_id_reused_from_an_earlier_bundle_is_refused_and_nothing_of_it_applied(service, teh):
    assert _ingest(service, _signed(teh, [_change(1, {"percent": 10.0}), _change(2, {"percent": 20.0})]),
                   "THR").verdict is Verdict.ACCEPTED
    receipt = _ingest(service, _signed(teh, [_change(3, {"percent": 30.0}), _change(2, {"percent": 99.0})]), "THR")
    assert receipt.verdict is Verdict.REJECTED and "change id 2 was applied in an earlier bundle" in receipt.reason
    assert _flags(service, "THR") == ["malformed"] and _applied(service, "THR") == [1]
    with service._sessions() as session:
        assert sorted(session.scalars(select(NationalChange.change_id))) == [1, 2]


def test_a_held_bundle_that_cannot_be_applied_is_refused_when_its_turn_comes(service, teh):
    first = _signed(teh, [_change(1, {"percent": 10.0})])
    second = _signed(teh, [_change(2, {"percent": 20.0})])
    third = _signed(teh, [_change(2, {"percent": 30.0})])  # reuses bundle 2's change id
    assert _ingest(service, third, "THR").verdict is Verdict.HELD
    assert _ingest(service, first, "THR").verdict is Verdict.ACCEPTED
    assert _ingest(service, second, "THR").verdict is Verdict.ACCEPTED  # applies, then refuses the held 3
    assert _ingest(service, third, "THR").verdict is Verdict.REJECTED  # its stored receipt now says so
    assert _applied(service, "THR") == [1, 2] and _flags(service, "THR") == ["malformed"]


def test_duplicate_keys_inside_changes_json_are_refused(service, teh):
    raw = b'{"changes":[{"id":1,"id":1,"changed_at":"x","user_name":"u","table":"t","row_id":1,' \
          b'"operation":"insert","old":null,"new":{}}]}'
    receipt = _ingest(service, _signed(teh, [], raw=raw), "THR")
    assert receipt.verdict is Verdict.REJECTED and "changes.json" in receipt.reason
    assert _flags(service, "THR") == ["malformed"]


def test_http_answers_a_malformed_batch_with_receipts_never_500_and_the_rest_goes_on(service, teh):
    client = TestClient(create_app(service), raise_server_exceptions=False)
    bad = client.post("/bundles", content=_signed(teh, [_change(1, "not an object")]))
    assert bad.status_code == 200 and _receipt(service, bad.content, "THR").verdict is Verdict.REJECTED
    other = _register(service, "QOM")
    good = client.post("/bundles", content=other.bundle())
    assert good.status_code == 200 and _receipt(service, good.content, "QOM").verdict is Verdict.ACCEPTED


def test_a_busy_center_answers_retry_and_stores_nothing(service, teh, monkeypatch):
    data = teh.bundle()

    def locked(*args, **kwargs):
        raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))

    monkeypatch.setattr(service, "_ingest_verified", locked)
    receipt = _ingest(service, data, "THR")
    assert receipt.verdict is Verdict.RETRY and "busy" in receipt.reason
    monkeypatch.undo()
    assert _ingest(service, data, "THR").verdict is Verdict.ACCEPTED


# -- registration ---------------------------------------------------------------------------------------------

def test_registering_a_key_another_province_uses_is_a_clean_refusal(service, teh):
    with pytest.raises(KeyInUseError) as refused:
        service.register_province("QOM", "قم", export_public(teh.key.public_key()))
    assert "THR" in refused.value.english()
    assert _ingest(service, teh.bundle(), "THR").verdict is Verdict.ACCEPTED  # Tehran is untouched


def test_re_keying_needs_replace_and_is_recorded(service, teh):
    assert _ingest(service, teh.bundle(), "THR").verdict is Verdict.ACCEPTED
    new_key = generate_private_key()
    with pytest.raises(AlreadyRegisteredError):
        service.register_province("THR", "تهران", export_public(new_key.public_key()))
    assert _ingest(service, teh.bundle(), "THR").verdict is Verdict.ACCEPTED  # the old key still signs
    service.register_province("THR", "تهران", export_public(teh.key.public_key()))  # same key: a no-op
    service.register_province("THR", "تهران", export_public(new_key.public_key()), replace=True)
    with service._sessions() as session:
        rows = session.execute(select(CenterProvinceKey.how, CenterProvinceKey.first_sequence,
                                      CenterProvinceKey.last_sequence).where(CenterProvinceKey.province == "THR")
                               .order_by(CenterProvinceKey.id)).all()
    assert [tuple(row) for row in rows] == [("registration", 1, 2), ("replacement", 3, None)]
    teh.key = new_key
    assert _ingest(service, teh.bundle(), "THR").verdict is Verdict.ACCEPTED



def test_a_center_database_at_c002_keeps_its_receipts_when_it_gains_province_namespaces(engine_url, center_key):
    """Migration c003: stored receipts get their province from their bundle; a duplicate still gets its own."""
    from alembic import command
    from sqlalchemy import MetaData, create_engine

    from desktop.center.migrate import alembic_config
    from desktop.center.service import CenterService

    engine = create_engine(engine_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "c002")
    province = Province("THR")
    first = province.bundle()
    header = frame.verify(first, public_keys={}, expected_province="THR", expected_payload_type="progress",
                          max_bytes=10**7, max_uncompressed=10**8, attested_file_hash=frame.file_hash(first)).header
    pem, key_id = export_public(province.key.public_key()).decode(), fingerprint(province.key.public_key())
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:  # what a c002 center held: one province, one applied bundle, its receipt
        connection.execute(tables.tables["center_province"].insert().values(
            code="THR", name="THR", public_key=pem, key_id=key_id, registered_at=NOW, active=True))
        connection.execute(tables.tables["center_province_key"].insert().values(
            province="THR", key_id=key_id, public_key=pem, first_sequence=1, last_sequence=None, added_at=NOW,
            how="registration"))
        connection.execute(tables.tables["center_bundle"].insert().values(
            province="THR", sequence=1, bundle_id=header["bundle_id"], file_hash=frame.file_hash(first),
            previous_hash=frame.GENESIS_HASH, received_at=NOW, state="applied", reason="", data=first))
        connection.execute(tables.tables["center_receipt"].insert().values(
            bundle_id=header["bundle_id"], data=b"the receipt stored at c002"))
    engine.dispose()
    service = CenterService(engine_url, center_key, clock=lambda: NOW)  # upgrades to head
    try:
        assert service.ingest(first) == b"the receipt stored at c002"  # the duplicate finds it in THR's namespace
        with service._sessions() as session:
            assert session.execute(select(CenterReceipt.province, CenterReceipt.bundle_id)).all() == [
                ("THR", header["bundle_id"])]
    finally:
        service.close()
