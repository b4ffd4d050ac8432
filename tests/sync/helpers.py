"""Builders for sync tests: valid bundles, and hand-made frames signed properly (to reach later checks)."""

from __future__ import annotations

import hashlib
import zlib
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.sync import frame
from desktop.sync.keys import fingerprint

PROVINCE = "THR"
LIMITS: dict[str, Any] = {"max_bytes": 10_000_000, "max_uncompressed": 50_000_000}


def header_fields(**overrides: Any) -> dict[str, Any]:
    fields = {
        "payload_type": "progress",
        "bundle_id": "0123456789ab4def8123456789abcdef",
        "province": PROVINCE,
        "sequence": 1,
        "previous_hash": frame.GENESIS_HASH,
        "created_at": "2025-03-21T08:30:00Z",
        "app_version": "1.4.0",
        "schema_version": "0002",
    }
    fields.update(overrides)
    return fields


def make_bundle(key: Ed25519PrivateKey, parts=None, **overrides: Any) -> bytes:
    if parts is None:
        parts = [("changes.json", b'{"rows":[1,2,3]}' * 20, True), ("evidence-1.pdf", b"%PDF-1.7 tiny", False)]
    return frame.encode(header_fields(**overrides), parts, key)


def part_entry(name: str, body: bytes, *, compression: str = "none", uncompressed_length: int | None = None):
    return {"name": name, "length": len(body), "sha256": hashlib.sha256(body).hexdigest(),
            "compression": compression,
            "uncompressed_length": len(body) if uncompressed_length is None else uncompressed_length}


def signed_frame(key: Ed25519PrivateKey, header_bytes: bytes, body: bytes, *, key_id: str | None = None) -> bytes:
    """A frame around arbitrary header bytes, correctly signed by ``key``."""
    kid = (key_id or fingerprint(key.public_key())).encode("ascii")
    signed = frame.MAGIC + kid + len(header_bytes).to_bytes(4, "big") + header_bytes
    return signed + (64).to_bytes(2, "big") + key.sign(signed) + body


def full_header(key: Ed25519PrivateKey, parts: list[dict[str, Any]], **overrides: Any) -> dict[str, Any]:
    return {**header_fields(**overrides), "format_version": 1, "key_id": fingerprint(key.public_key()),
            "parts": parts}


def zlib_part(name: str, raw: bytes, declared: int | None = None):
    body = zlib.compress(raw, 9)
    return part_entry(name, body, compression="zlib",
                      uncompressed_length=len(raw) if declared is None else declared), body
