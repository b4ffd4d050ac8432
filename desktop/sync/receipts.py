"""Receipts: the center's signed answer to one province bundle, and how the province checks it.

A receipt is a bundle frame (docs/bundles.md) with payload_type "receipt", signed by the center's key, whose
`province` is the province the receipt is for and whose `sequence` is the acknowledged bundle's sequence. Its one
part, `receipt.json`, is canonical JSON naming the bundle it answers and the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.sync import canonical, frame
from desktop.sync.errors import BadHeaderError, BundleError
from desktop.sync.keys import fingerprint

RECEIPT_PART = "receipt.json"
RECEIPT_MAX_BYTES = 64 * 1024
ZERO_HASH = "0" * 64


class Verdict(StrEnum):
    ACCEPTED = "accepted"  # applied, in order, once
    DUPLICATE = "duplicate"  # already applied: the stored receipt is sent again
    HELD = "held"  # a bundle before it is missing; it will be applied when the gap is filled
    REJECTED = "rejected"  # refused for good (a final refusal); `reason` says why; nothing applied
    RETRY = "retry"  # refused for now, for a cause the province cannot fix (desktop/sync/refusals.py): send again


@dataclass(frozen=True)
class Receipt:
    bundle_id: str
    province: str
    sequence: int
    file_hash: str  # SHA-256 of the bundle file the center received
    verdict: Verdict
    reason: str
    received_at: str  # ISO UTC

    def as_json(self) -> dict[str, Any]:
        return {"bundle_id": self.bundle_id, "province": self.province, "sequence": self.sequence,
                "file_hash": self.file_hash, "verdict": self.verdict.value, "reason": self.reason,
                "received_at": self.received_at}


def make_receipt(receipt: Receipt, center_key: Ed25519PrivateKey, *, app_version: str, schema_version: str,
                 now: datetime) -> bytes:
    """The signed receipt file the center returns (and stores, to send again for a duplicate)."""
    header = {
        "payload_type": "receipt",
        "bundle_id": frame.new_bundle_id(),
        "province": receipt.province,
        "sequence": max(1, receipt.sequence),
        "previous_hash": ZERO_HASH,
        "created_at": frame.utc_timestamp(now),
        "app_version": app_version,
        "schema_version": schema_version,
    }
    return frame.encode(header, [(RECEIPT_PART, canonical.dumps(receipt.as_json()), False)], center_key)


def read_receipt(data: bytes, center_public_key: Ed25519PublicKey, province: str) -> Receipt:
    """Verify a receipt against the pinned center key and return it; BundleError subclasses otherwise."""
    verified = frame.verify(data, public_keys={fingerprint(center_public_key): center_public_key},
                            expected_province=province, expected_payload_type="receipt",
                            max_bytes=RECEIPT_MAX_BYTES, max_uncompressed=RECEIPT_MAX_BYTES)
    if set(verified.parts) != {RECEIPT_PART}:
        raise BadHeaderError(reason="a receipt has exactly one part, receipt.json")
    body = canonical.loads_strict(verified.parts[RECEIPT_PART])
    try:
        receipt = Receipt(
            bundle_id=_text(body, "bundle_id"), province=_text(body, "province"), sequence=int(body["sequence"]),
            file_hash=_text(body, "file_hash"), verdict=Verdict(body["verdict"]), reason=_text(body, "reason"),
            received_at=_text(body, "received_at"))
    except (KeyError, TypeError, ValueError) as error:
        raise BadHeaderError(reason=f"receipt body: {error}") from error
    if set(body) != set(receipt.as_json()) or receipt.province != province:
        raise BadHeaderError(reason="receipt body fields or province do not match")
    return receipt


def _text(body: dict[str, Any], key: str) -> str:
    value = body[key]
    if not isinstance(value, str):
        raise TypeError(f"{key} must be text")
    return value


__all__ = ["BundleError", "Receipt", "Verdict", "make_receipt", "read_receipt"]
