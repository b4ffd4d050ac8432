"""The center holds a province's bundles ahead of a gap only within a window above its last applied sequence and
up to a count and a size (desktop/center/holding.py); beyond that the answer is a signed RETRY that stores
nothing, and the bundle is taken when it is sent again after the gap closed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.center.holding import HeldLimits
from desktop.center.models import CenterBundle
from desktop.center.receipts import verdict_of
from desktop.center.service import CenterService
from desktop.sync import canonical, frame
from desktop.sync.canonical import INT64_MAX
from desktop.sync.keys import export_public
from desktop.sync.refusals import HELD_FULL, HELD_TOO_FAR, recognise
from tests.center.conftest import NOW, Province

MiB = 1024 * 1024


@pytest.fixture
def province() -> Province:
    return Province("THR")


def _open(tmp_path: Path, province: Province, center_key, held: HeldLimits | None = None) -> Iterator[CenterService]:
    tmp_path.mkdir(exist_ok=True)
    service = CenterService(f"sqlite:///{tmp_path / 'center.db'}", center_key, clock=lambda: NOW, held=held)
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    yield service
    service.close()


def _stored(service: CenterService) -> tuple[int, int]:
    with service._sessions() as session:
        return session.execute(select(func.count(), func.coalesce(func.sum(func.length(CenterBundle.data)), 0))
                               .where(CenterBundle.province == "THR")).one()


def _ahead(province: Province, sequence: int, size: int = 0) -> bytes:
    """A genuine signed bundle at ``sequence`` (after a gap), with ``size`` random bytes of extra part."""
    extra = [(f"evidence-{sequence:064x}", os.urandom(size), False)] if size else []
    rows = [{"id": 10_000 + sequence % 1000, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u",
             "table": "progress_update", "row_id": 1, "operation": "insert", "old": None, "new": {"percent": 5.0}}]
    return frame.encode({"payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": "THR",
                         "sequence": sequence, "previous_hash": "0" * 64, "created_at": frame.utc_timestamp(NOW),
                         "app_version": "0.1.0", "schema_version": "0003"},
                        [("changes.json", canonical.dumps({"changes": rows}), True), *extra], province.key)


def test_a_bundle_beyond_the_window_is_answered_retry_and_not_stored(tmp_path, province, center_key) -> None:
    for service in _open(tmp_path, province, center_key, HeldLimits(window=10)):
        assert verdict_of(service.ingest(province.bundle()))[0] == "accepted"  # the chain head is 1
        for sequence in (12, 1_000, INT64_MAX):  # 2**63 - 1 was held, though it could never be applied
            verdict, reason = verdict_of(service.ingest(_ahead(province, sequence)))
            assert verdict == "retry" and recognise(reason).message == HELD_TOO_FAR
        assert _stored(service)[0] == 1  # only the applied bundle
        assert verdict_of(service.ingest(_ahead(province, 11)))[0] == "held"  # the window's last sequence


def test_the_reviewers_flood_of_held_bundles_stores_at_most_the_byte_cap(tmp_path, province, center_key) -> None:
    """40 bundles of 2 MiB at sequence 1000 on were all held (84 MB); now the window and the caps bound them."""
    for service in _open(tmp_path, province, center_key):
        verdicts = [verdict_of(service.ingest(_ahead(province, 1000 + i, 2 * MiB)))[0] for i in range(40)]
        assert verdicts == ["held"] + ["retry"] * 39  # 1001 on are past the window above sequence 0
        assert _stored(service)[1] <= HeldLimits().max_bytes
    for service in _open(tmp_path / "b", province, center_key, HeldLimits(max_bytes=5 * MiB)):
        verdicts = [verdict_of(service.ingest(_ahead(province, 2 + i, 2 * MiB)))[0] for i in range(5)]
        assert verdicts == ["held", "held", "retry", "retry", "retry"]
        assert _stored(service)[1] <= 5 * MiB


def test_past_the_held_count_the_answer_is_retry_and_the_bundle_is_taken_once_the_gap_closes(
        tmp_path, province, center_key) -> None:
    for service in _open(tmp_path, province, center_key, HeldLimits(max_count=2)):
        bundles = [province.bundle() for _ in range(4)]
        assert [verdict_of(service.ingest(b))[0] for b in bundles[1:]] == ["held", "held", "retry"]
        verdict, reason = verdict_of(service.ingest(bundles[3]))  # asking again changes nothing: still full
        assert verdict == "retry" and recognise(reason).message == HELD_FULL
        assert recognise(reason).params == {"count": "2", "sequence": "1"}
        assert verdict_of(service.ingest(bundles[0]))[0] == "accepted"  # the gap closes: 1, then 2 and 3 held
        assert service.status()[0].last_sequence == 3
        assert verdict_of(service.ingest(bundles[3]))[0] == "accepted"  # sent again: it now follows the chain
        assert service.status()[0].last_sequence == 4 and service.status()[0].held == 0
