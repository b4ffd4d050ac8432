"""One writer per province across processes on PostgreSQL (desktop/center/locking.py): a bounded wait that ends
in "busy" (HTTP 503 + Retry-After, nothing stored), and registrations, directives and the first migration that
stay unique when several center processes do them at once (each service here has its own engine and pool, as
a separate `serve` process would)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text

from desktop.center.app import create_app
from desktop.center.locking import CenterBusy, province_lock_key
from desktop.center.models import CenterBundle, CenterDirective, CenterProvince, metadata
from desktop.center.service import CenterService
from desktop.sync import frame
from desktop.sync.directive_content import Directives
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.conftest import NOW, PG_URL, Province

pytestmark = pytest.mark.skipif(not PG_URL, reason="the cross-process lock tests need RASAD_TEST_POSTGRES_URL "
                                                   "(run under tools/with_postgres.sh)")


def _wipe() -> None:
    engine = create_engine(str(PG_URL))
    metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS center_alembic_version")
    engine.dispose()


@pytest.fixture
def url() -> str:
    _wipe()
    return str(PG_URL)


@pytest.fixture
def two(url: str, center_key) -> Iterator[tuple[CenterService, CenterService]]:
    first = CenterService(url, center_key, clock=lambda: NOW, lock_timeout_seconds=0.5)
    second = CenterService(url, center_key, clock=lambda: NOW, lock_timeout_seconds=0.5)
    yield first, second
    first.close()
    second.close()


def test_an_ingest_that_cannot_have_its_provinces_lock_in_time_is_503_with_retry_after_and_stores_nothing(
        two, center_key) -> None:
    service, _ = two
    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    data = province.bundle()
    client = TestClient(create_app(service))
    holder = create_engine(str(PG_URL))
    try:
        with holder.begin() as connection:  # another process ingesting THR for longer than the bounded wait
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": province_lock_key("THR")})
            busy = client.post("/bundles", content=data)
            assert busy.status_code == 503 and busy.headers["retry-after"] == "30"
            other = Province("QOM")  # another province is not held up
            service.register_province("QOM", "قم", export_public(other.key.public_key()))
            assert client.post("/bundles", content=other.bundle()).status_code == 200
    finally:
        holder.dispose()
    with service.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(CenterBundle).where(
            CenterBundle.province == "THR")) == 0
    accepted = client.post("/bundles", content=data)  # the lock released: the same bytes go through, once
    assert read_receipt(accepted.content, center_key.public_key(), "THR").verdict is Verdict.ACCEPTED


def test_a_command_that_cannot_have_the_lock_in_time_says_busy_instead_of_hanging(two) -> None:
    service, _ = two
    service.register_province("THR", "تهران", export_public(generate_private_key().public_key()))
    holder = create_engine(str(PG_URL))
    try:
        with holder.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": province_lock_key("THR")})
            with pytest.raises(CenterBusy):
                service.issue_directive("THR", Directives(note="برنامه"))
    finally:
        holder.dispose()


def test_two_processes_registering_the_same_new_provinces_at_once_both_succeed_once(two) -> None:
    keys = {f"P{n:02d}": export_public(generate_private_key().public_key()) for n in range(12)}
    barrier = threading.Barrier(2)

    def register_all(service: CenterService) -> list[str]:
        barrier.wait()
        return [service.register_province(code, code, key) for code, key in keys.items()]

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(register_all, two)
    assert first == second
    with two[0].engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(CenterProvince)) == len(keys)


def test_directives_issued_by_two_processes_at_once_get_unique_sequences_in_one_chain(two) -> None:
    two[0].register_province("THR", "تهران", export_public(generate_private_key().public_key()))
    barrier = threading.Barrier(2)

    def issue(service: CenterService) -> list[int]:
        barrier.wait()
        return [service.issue_directive("THR", Directives(note="برنامه")).sequence
                for _ in range(6)]

    with ThreadPoolExecutor(2) as pool:
        sequences = [n for batch in pool.map(issue, two) for n in batch]
    assert sorted(sequences) == list(range(1, 13))
    with two[0].engine.connect() as connection:
        rows = connection.execute(select(CenterDirective.sequence, CenterDirective.data)
                                  .order_by(CenterDirective.sequence)).all()
    previous = frame.GENESIS_HASH
    for _, data in rows:  # one chain: each names the file before it
        header_len = int.from_bytes(data[frame._PREFIX_LEN - 4: frame._PREFIX_LEN], "big")
        assert json.loads(data[frame._PREFIX_LEN: frame._PREFIX_LEN + header_len])["previous_hash"] == previous
        previous = frame.file_hash(bytes(data))


def test_two_processes_starting_at_once_on_an_empty_database_migrate_it_once(url: str, center_key) -> None:
    barrier = threading.Barrier(3)

    def start(_: int) -> str:
        barrier.wait()
        service = CenterService(url, center_key, clock=lambda: NOW)
        try:
            return service.readiness().revision or ""
        finally:
            service.close()

    pool = ThreadPoolExecutor(3)
    try:  # without the migration lock they wait on each other's CREATE TABLE for ever: bounded here
        revisions = list(pool.map(start, range(3), timeout=60))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    assert len(set(revisions)) == 1 and revisions[0]


def test_one_rotation_record_delivered_to_two_processes_at_once_makes_one_key_change(two) -> None:
    from desktop.center.models import CenterProvinceKey
    from desktop.sync.rotation_records import rotation_record

    old, new = generate_private_key(), generate_private_key()
    two[0].register_province("THR", "تهران", export_public(old.public_key()))
    record = rotation_record(old, new, "THR", from_sequence=5)
    barrier = threading.Barrier(2)

    def rotate(service: CenterService) -> str:
        barrier.wait()
        return service.rotate_key("THR", record)

    with ThreadPoolExecutor(2) as pool:
        first, second = pool.map(rotate, two)
    assert first == second
    with two[0].engine.connect() as connection:
        keys = connection.execute(select(CenterProvinceKey.first_sequence, CenterProvinceKey.last_sequence)
                                  .order_by(CenterProvinceKey.first_sequence)).all()
    assert [tuple(row) for row in keys] == [(1, 4), (5, None)]


def test_a_key_rotated_by_another_process_between_verify_and_apply_is_refused_not_applied(two, monkeypatch) -> None:
    """The key is read before the province's lock is had; another process may rotate it meanwhile. The bundle is
    judged again under the lock, by the key that now covers its sequence."""
    from desktop.sync.rotation_records import rotation_record

    service, other = two
    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    first = province.bundle()
    assert read_receipt(service.ingest(first), service.public_key, "THR").verdict is Verdict.ACCEPTED
    late = province.bundle()  # sequence 2, signed by the key about to be rotated out from sequence 2
    verify = service._verify

    def verify_then_rotate(data: bytes):  # noqa: ANN202
        verified = verify(data)
        monkeypatch.setattr(service, "_verify", verify)  # once
        other.rotate_key("THR", rotation_record(province.key, generate_private_key(), "THR", from_sequence=2))
        return verified

    monkeypatch.setattr(service, "_verify", verify_then_rotate)
    receipt = read_receipt(service.ingest(late), service.public_key, "THR")
    assert receipt.verdict is Verdict.REJECTED and "rotated out" in receipt.reason
    with service.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(CenterBundle).where(
            CenterBundle.state == "applied")) == 1
