"""The center's signed receipts: the answer to a bundle, to a file that failed verification, the verdict of one read
back for the log, and a stored receipt signed again by the center's current key (desktop/sync/receipts.py holds
their format)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.sync import canonical, frame
from desktop.sync.errors import BundleError
from desktop.sync.keys import fingerprint
from desktop.sync.progress_content import is_int
from desktop.sync.receipts import RECEIPT_MAX_BYTES, RECEIPT_PART, Receipt, Verdict, make_receipt

APP_VERSION = "0.1.0"
CENTER_SCHEMA_VERSION = "center-1"
#: where a signed file (a bundle or a receipt, desktop/sync/frame.py) names the key that signed it
KEY_ID_SLICE = slice(len(frame.MAGIC), len(frame.MAGIC) + frame.KEY_ID_LEN)


def receipt_for(center_key: Ed25519PrivateKey, *, bundle_id: str, province: str, sequence: int, file_hash: str,
                verdict: Verdict, reason: str, now: datetime) -> bytes:
    """The receipt for one bundle, signed by ``center_key``."""
    receipt = Receipt(bundle_id=bundle_id, province=province, sequence=sequence, file_hash=file_hash,
                      verdict=verdict, reason=reason, received_at=frame.utc_timestamp(now))
    return make_receipt(receipt, center_key, app_version=APP_VERSION,
                        schema_version=CENTER_SCHEMA_VERSION, now=now)


def refusal_receipt(center_key: Ed25519PrivateKey, data: bytes, reason: str, now: datetime,
                    verdict: Verdict = Verdict.REJECTED, *, max_bytes: int) -> bytes:
    """A REJECTED (or RETRY) receipt for a bundle that failed verification; nothing is stored or applied.

    It is addressed to the province the (untrusted) header claims when that can be read, so the sender
    can learn why; it names the file by its hash and asserts nothing else.
    """
    province, bundle_id, sequence = "unknown", "", 1
    try:
        if len(data) <= max_bytes and len(data) > frame._PREFIX_LEN:
            length = int.from_bytes(data[frame._PREFIX_LEN - 4: frame._PREFIX_LEN], "big")
            if length > frame.MAX_HEADER_BYTES:  # unverified: never parse more than the format allows
                raise ValueError("header too long")
            header = canonical.loads_strict(data[frame._PREFIX_LEN: frame._PREFIX_LEN + length])
            if isinstance(header.get("province"), str) and frame._PROVINCE.fullmatch(header["province"]):
                province = header["province"]
            if isinstance(header.get("bundle_id"), str) and frame._UUID4_HEX.fullmatch(header["bundle_id"]):
                bundle_id = header["bundle_id"]
            if is_int(header.get("sequence")) and header["sequence"] >= 1:
                sequence = header["sequence"]
    except (canonical.CanonicalError, ValueError):
        pass
    return receipt_for(center_key, bundle_id=bundle_id, province=province, sequence=sequence,
                       file_hash=frame.file_hash(data), verdict=verdict, reason=reason, now=now)


def verdict_of(receipt: bytes) -> tuple[str, str]:
    """(verdict, reason) of a receipt this center just made or stored, for the log (our own bytes)."""
    try:
        verified = frame.verify(receipt, public_keys={}, expected_province=None, expected_payload_type="receipt",
                                max_bytes=RECEIPT_MAX_BYTES, max_uncompressed=RECEIPT_MAX_BYTES,
                                attested_file_hash=frame.file_hash(receipt))
        body = canonical.loads_strict(verified.parts[RECEIPT_PART])
        return str(body["verdict"]), str(body["reason"])
    except (BundleError, canonical.CanonicalError, KeyError):  # a log line must never break an ingest
        return "unknown", ""


def current_receipt(center_key: Ed25519PrivateKey, data: bytes, clock: Callable[[], datetime]) -> bytes:
    """``data`` (a receipt this center stored) signed by ``center_key``, the center's current key: a receipt stored
    before a rotation of the center's key is signed again with the same content, so a province that moved its pin
    can read it when it is sent again (a duplicate, the chain after a restore)."""
    if data[KEY_ID_SLICE] == fingerprint(center_key.public_key()).encode("ascii"):
        return data
    verified = frame.verify(data, public_keys={}, expected_province=None, expected_payload_type="receipt",
                            max_bytes=RECEIPT_MAX_BYTES, max_uncompressed=RECEIPT_MAX_BYTES,
                            attested_file_hash=frame.file_hash(data))  # our own stored bytes
    body = canonical.loads_strict(verified.parts[RECEIPT_PART])
    receipt = Receipt(bundle_id=body["bundle_id"], province=body["province"], sequence=body["sequence"],
                      file_hash=body["file_hash"], verdict=Verdict(body["verdict"]), reason=body["reason"],
                      received_at=body["received_at"])
    return make_receipt(receipt, center_key, app_version=APP_VERSION,
                        schema_version=CENTER_SCHEMA_VERSION, now=clock())
