"""Hypothesis mutates a valid province bundle at every offset; the center never accepts one and applies nothing.

Each mutated file is ingested by a real center (SQLite): the answer is always a REJECTED receipt signed by the
center, no bundle, change or indicator row is stored, and ``ingest`` itself never raises.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.center.models import CenterBundle, NationalActivity, NationalChange, NationalIndicator
from desktop.center.service import CenterService
from desktop.sync import canonical, frame
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.conftest import Province

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def center(tmp_path_factory):
    service = CenterService(f"sqlite:///{tmp_path_factory.mktemp('center') / 'c.db'}", generate_private_key(),
                            clock=lambda: NOW)
    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    yield service, province.bundle(changes=3)
    service.close()


def _stored(service: CenterService) -> int:
    with service.engine.connect() as connection:
        return sum(connection.scalar(select(func.count()).select_from(model))
                   for model in (CenterBundle, NationalChange, NationalIndicator, NationalActivity))


MUTATIONS = st.tuples(st.sampled_from(["flip", "insert", "delete", "truncate"]), st.integers(0, 10**6),
                      st.integers(0, 255), st.integers(0, 7))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(mutation=MUTATIONS)
def test_no_mutated_bundle_is_ever_accepted_or_applied_by_the_center(center, mutation) -> None:
    service, valid = center
    kind, offset, value, bit = mutation
    data = bytearray(valid)
    offset %= len(data)
    if kind == "flip":
        data[offset] ^= 1 << bit
    elif kind == "insert":
        data.insert(offset, value)
    elif kind == "delete":
        del data[offset]
    else:
        del data[offset:]
    answer = service.ingest(bytes(data))
    receipt = read_receipt(answer, service.public_key, _addressed_to(answer, service))
    # refused: for good, or for now when the flip hit the key id in the clear (an unknown key; nothing kept)
    assert receipt.verdict in (Verdict.REJECTED, Verdict.RETRY), f"{kind} at {offset} was {receipt.verdict}"
    assert _stored(service) == 0


def _addressed_to(receipt: bytes, service: CenterService) -> str:
    """The province a refusal is addressed to: the (untrusted) header's when readable, else 'unknown'. The
    receipt is then read with the center's key, so this only picks which address to check it against."""
    length = int.from_bytes(receipt[frame._PREFIX_LEN - 4: frame._PREFIX_LEN], "big")
    return canonical.loads_strict(receipt[frame._PREFIX_LEN: frame._PREFIX_LEN + length])["province"]


def test_the_unmutated_bundle_is_accepted(center) -> None:
    """The control, run after the mutations: the same bytes untouched are accepted and applied."""
    service, valid = center
    assert read_receipt(service.ingest(valid), service.public_key, "THR").verdict is Verdict.ACCEPTED
    assert _stored(service) > 0
