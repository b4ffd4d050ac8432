"""Receipts: signed by the center, read only with the pinned center key, for the right province."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.sync.errors import BundleError, UnknownKeyError, WrongPayloadTypeError, WrongProvinceError
from desktop.sync.frame import verify
from desktop.sync.receipts import Receipt, Verdict, make_receipt, read_receipt

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
RECEIPT = Receipt(bundle_id="ab" * 16, province="QOM", sequence=7, file_hash="cd" * 32,
                  verdict=Verdict.ACCEPTED, reason="", received_at="2026-11-23T09:00:00Z")


def signed(center: Ed25519PrivateKey, receipt: Receipt = RECEIPT) -> bytes:
    return make_receipt(receipt, center, app_version="0.1.0", schema_version="0003", now=NOW)


def test_a_receipt_signed_by_the_pinned_center_key_reads_back_unchanged() -> None:
    center = Ed25519PrivateKey.generate()
    assert read_receipt(signed(center), center.public_key(), "QOM") == RECEIPT


def test_a_receipt_signed_by_another_key_is_refused() -> None:
    with pytest.raises(UnknownKeyError):
        read_receipt(signed(Ed25519PrivateKey.generate()), Ed25519PrivateKey.generate().public_key(), "QOM")


def test_a_receipt_for_another_province_is_refused() -> None:
    center = Ed25519PrivateKey.generate()
    with pytest.raises(WrongProvinceError):
        read_receipt(signed(center), center.public_key(), "THR")


def test_a_receipt_posted_as_a_progress_bundle_is_refused() -> None:
    from desktop.sync.keys import fingerprint

    center = Ed25519PrivateKey.generate()
    with pytest.raises(WrongPayloadTypeError):
        verify(signed(center), public_keys={fingerprint(center.public_key()): center.public_key()},
               expected_province="QOM", expected_payload_type="progress", max_bytes=1 << 20,
               max_uncompressed=1 << 20)


@pytest.mark.parametrize("offset", [0, 20, 40, 100, -10, -1])
def test_a_damaged_receipt_is_refused(offset: int) -> None:
    center = Ed25519PrivateKey.generate()
    data = bytearray(signed(center))
    data[offset] ^= 0x01
    with pytest.raises(BundleError):
        read_receipt(bytes(data), center.public_key(), "QOM")
