"""The bundle file: a signed canonical-JSON header followed by the parts' bytes.

Layout (all integers big-endian; see docs/bundles.md)::

    magic         14 bytes  b"RASAD-BUNDLE\\x00\\x01"
    key_id        16 bytes  ASCII lowercase hex, the signer's fingerprint (in the clear, to find the key)
    header_len     4 bytes  length of the header, at most MAX_HEADER_BYTES
    header         n bytes  canonical JSON (desktop.sync.canonical), the fields of HEADER_FIELDS
    sig_len        2 bytes  always 64
    signature     64 bytes  Ed25519 over magic + key_id + header_len + header
    parts                   each part's stored bytes, concatenated in header order, nothing after

:func:`verify` checks, in this order: size cap, strict frame, known key, signature, strict header parsing
(canonical form, exact field set, types), key id, province, payload type, part names, part lengths and
SHA-256, then bounded decompression. It raises only :class:`~desktop.sync.errors.BundleError` subclasses.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.sync import canonical
from desktop.sync.errors import (
    BadFrameError,
    BadHeaderError,
    BadPartError,
    BadSignatureError,
    DecompressionBombError,
    TooLargeError,
    UnknownKeyError,
    UnsafePartNameError,
    WrongPayloadTypeError,
    WrongProvinceError,
)
from desktop.sync.keys import fingerprint

MAGIC = b"RASAD-BUNDLE\x00\x01"
FORMAT_VERSION = 1
KEY_ID_LEN = 16
SIGNATURE_LEN = 64
MAX_HEADER_BYTES = 256 * 1024
MAX_PARTS = 4096
PAYLOAD_TYPES = frozenset({"progress", "directive", "receipt"})
COMPRESSIONS = frozenset({"zlib", "none"})
GENESIS_HASH = "0" * 64
HEADER_FIELDS = frozenset({
    "format_version", "payload_type", "bundle_id", "province", "key_id", "sequence", "previous_hash",
    "created_at", "app_version", "schema_version", "parts",
})
PART_FIELDS = frozenset({"name", "length", "sha256", "compression", "uncompressed_length"})
CREATED_AT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_PREFIX_LEN = len(MAGIC) + KEY_ID_LEN + 4
_PART_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,95}")
_HEX16 = re.compile(r"[0-9a-f]{16}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID4_HEX = re.compile(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}")
_PROVINCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}")


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose signature, header and parts all checked out."""

    header: Mapping[str, Any]
    parts: dict[str, bytes]
    file_hash: str  # hex SHA-256 of the whole file: the next bundle's previous_hash

    @property
    def sequence(self) -> int:
        return int(self.header["sequence"])

    @property
    def key_id(self) -> str:
        return str(self.header["key_id"])


def new_bundle_id() -> str:
    return uuid.uuid4().hex


def utc_timestamp(moment: datetime) -> str:
    """``moment`` (timezone-aware) as the header's ``created_at`` text."""
    if moment.tzinfo is None:
        raise ValueError("created_at needs a timezone-aware datetime")
    return moment.astimezone(UTC).strftime(CREATED_AT_FORMAT)


def check_part_name(name: Any) -> str:
    """``name`` if it is a safe part name (no paths, drive letters or backslashes), else UnsafePartNameError."""
    if not isinstance(name, str) or not _PART_NAME.fullmatch(name) or ".." in name:
        raise UnsafePartNameError(name=repr(name)[:80])
    return name


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bad(reason: str) -> BadHeaderError:
    return BadHeaderError(reason=reason)


def _check_header(header: Mapping[str, Any]) -> None:
    """Exact field set, types and formats; raises BadHeaderError or UnsafePartNameError."""
    if set(header) != HEADER_FIELDS:
        missing = sorted(HEADER_FIELDS - set(header))
        extra = sorted(set(header) - HEADER_FIELDS)
        raise _bad(f"fields missing {missing}, unexpected {extra}")
    if not _is_int(header["format_version"]) or header["format_version"] != FORMAT_VERSION:
        raise _bad("unsupported format_version")
    if not isinstance(header["payload_type"], str) or header["payload_type"] not in PAYLOAD_TYPES:
        raise _bad("unknown payload_type")
    for field, pattern in (("bundle_id", _UUID4_HEX), ("province", _PROVINCE), ("key_id", _HEX16),
                           ("previous_hash", _HEX64), ("app_version", _VERSION), ("schema_version", _VERSION)):
        value = header[field]
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise _bad(f"invalid {field}")
    if not _is_int(header["sequence"]) or header["sequence"] < 1:
        raise _bad("invalid sequence")
    created = header["created_at"]
    try:
        if not isinstance(created, str) or datetime.strptime(created, CREATED_AT_FORMAT).strftime(
                CREATED_AT_FORMAT) != created:
            raise _bad("invalid created_at")
    except ValueError:
        raise _bad("invalid created_at") from None
    parts = header["parts"]
    if not isinstance(parts, list) or len(parts) > MAX_PARTS:
        raise _bad("invalid parts")
    seen: set[str] = set()
    for part in parts:
        if not isinstance(part, dict) or set(part) != PART_FIELDS:
            raise _bad("invalid part entry")
        name = check_part_name(part["name"])
        if name in seen:
            raise BadPartError(name=name, reason="duplicate part")
        seen.add(name)
        if not _is_int(part["length"]) or part["length"] < 0:
            raise BadPartError(name=name, reason="invalid length")
        if not _is_int(part["uncompressed_length"]) or part["uncompressed_length"] < 0:
            raise BadPartError(name=name, reason="invalid uncompressed length")
        if not isinstance(part["sha256"], str) or not _HEX64.fullmatch(part["sha256"]):
            raise BadPartError(name=name, reason="invalid sha256")
        if not isinstance(part["compression"], str) or part["compression"] not in COMPRESSIONS:
            raise BadPartError(name=name, reason="unknown compression")
        if part["compression"] == "none" and part["uncompressed_length"] != part["length"]:
            raise BadPartError(name=name, reason="length mismatch")


def encode(
    header_fields: Mapping[str, Any],
    parts: Sequence[tuple[str, bytes, bool]],
    private_key: Ed25519PrivateKey,
) -> bytes:
    """A signed bundle file.

    ``header_fields`` holds payload_type, bundle_id, province, sequence, previous_hash, created_at,
    app_version and schema_version; format_version, key_id and parts are filled in here. Each part is
    ``(name, raw bytes, compress)``. Raises BundleError subclasses for an invalid header or part list.
    """
    key_id = fingerprint(private_key.public_key())
    given = dict(header_fields)
    for computed in ("format_version", "key_id", "parts"):
        if computed in given:
            raise _bad(f"{computed} is filled in by encode")
    entries: list[dict[str, Any]] = []
    stored: list[bytes] = []
    for name, raw, compress in parts:
        raw = bytes(raw)
        body = zlib.compress(raw, 6) if compress else raw
        entries.append({
            "name": name,
            "length": len(body),
            "sha256": hashlib.sha256(body).hexdigest(),
            "compression": "zlib" if compress else "none",
            "uncompressed_length": len(raw),
        })
        stored.append(body)
    header = {**given, "format_version": FORMAT_VERSION, "key_id": key_id, "parts": entries}
    _check_header(header)
    try:
        header_bytes = canonical.dumps(header)
    except canonical.CanonicalError as exc:
        raise _bad(exc.reason) from None
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise _bad("header too large")
    signed = MAGIC + key_id.encode("ascii") + len(header_bytes).to_bytes(4, "big") + header_bytes
    signature = private_key.sign(signed)
    return signed + SIGNATURE_LEN.to_bytes(2, "big") + signature + b"".join(stored)


def _decompress(name: str, body: bytes, declared: int, cap: int) -> bytes:
    """Inflate ``body`` producing at most ``min(declared, cap)`` bytes: bounded memory and time."""
    limit = min(declared, cap)
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(body, limit + 1)
    except zlib.error:
        raise BadPartError(name=name, reason="corrupt compressed data") from None
    if len(out) > limit:
        raise DecompressionBombError(name=name, limit=limit)
    if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise BadPartError(name=name, reason="incomplete or trailing compressed data")
    if len(out) != declared:
        raise BadPartError(name=name, reason="uncompressed length mismatch")
    return out


def verify(
    data: bytes,
    *,
    public_keys: Mapping[str, Ed25519PublicKey],
    expected_province: str | None,
    expected_payload_type: str,
    max_bytes: int,
    max_uncompressed: int,
    attested_file_hash: str | None = None,
) -> VerifiedBundle:
    """Check ``data`` completely (order in the module docstring) and return its parts, or raise BundleError.

    ``public_keys`` maps key ids (fingerprints) to the keys registered for the expected sender;
    ``expected_province`` None accepts any province (the center, which then checks the key's owner).
    ``attested_file_hash``: instead of the signer's key, the SHA-256 of the whole file as stated by a document
    already verified with a pinned key (the center's signed receipt for it, when a province takes its own
    bundles back from the center after a restore); the file must have exactly that hash.
    """
    data = bytes(data)
    # 1. size cap
    if len(data) > max_bytes:
        raise TooLargeError(size=len(data), limit=max_bytes)
    # 2. strict frame
    if len(data) < _PREFIX_LEN or data[: len(MAGIC)] != MAGIC:
        raise BadFrameError(reason="not a Rasad bundle")
    key_bytes = data[len(MAGIC): len(MAGIC) + KEY_ID_LEN]
    try:
        key_id = key_bytes.decode("ascii")
    except UnicodeDecodeError:
        raise BadFrameError(reason="invalid key id") from None
    if not _HEX16.fullmatch(key_id):
        raise BadFrameError(reason="invalid key id")
    header_len = int.from_bytes(data[_PREFIX_LEN - 4: _PREFIX_LEN], "big")
    if header_len == 0 or header_len > MAX_HEADER_BYTES:
        raise BadFrameError(reason="invalid header length")
    header_end = _PREFIX_LEN + header_len
    if len(data) < header_end + 2 + SIGNATURE_LEN:
        raise BadFrameError(reason="truncated")
    if int.from_bytes(data[header_end: header_end + 2], "big") != SIGNATURE_LEN:
        raise BadFrameError(reason="invalid signature length")
    signature = data[header_end + 2: header_end + 2 + SIGNATURE_LEN]
    body_start = header_end + 2 + SIGNATURE_LEN
    if attested_file_hash is not None:
        # 3-4. the bytes are those a verified document vouches for
        if hashlib.sha256(data).hexdigest() != attested_file_hash:
            raise BadFrameError(reason="not the attested file")
    else:
        # 3. known key
        public_key = public_keys.get(key_id)
        if public_key is None:
            raise UnknownKeyError(key_id=key_id)
        # 4. signature over magic + key id + header length + header
        try:
            public_key.verify(signature, data[:header_end])
        except InvalidSignature:
            raise BadSignatureError(key_id=key_id) from None
    # 5. strict header parsing
    try:
        header = canonical.loads_canonical(data[_PREFIX_LEN:header_end])
    except canonical.CanonicalError as exc:
        raise _bad(exc.reason) from None
    _check_header(header)
    if header["key_id"] != key_id:
        raise _bad("key id differs from the frame")
    # 6. province and payload type
    if expected_province is not None and header["province"] != expected_province:
        raise WrongProvinceError(actual=header["province"], expected=expected_province)
    if header["payload_type"] != expected_payload_type:
        raise WrongPayloadTypeError(actual=header["payload_type"], expected=expected_payload_type)
    # 7. part lengths and hashes (the body must be exactly the listed parts)
    entries = header["parts"]
    if sum(p["length"] for p in entries) != len(data) - body_start:
        raise BadFrameError(reason="parts do not fill the file exactly")
    total_uncompressed = sum(p["uncompressed_length"] for p in entries)
    if total_uncompressed > max_uncompressed:
        raise DecompressionBombError(name="*", limit=max_uncompressed)
    bodies: list[tuple[dict[str, Any], bytes]] = []
    offset = body_start
    for part in entries:
        body = data[offset: offset + part["length"]]
        offset += part["length"]
        if hashlib.sha256(body).hexdigest() != part["sha256"]:
            raise BadPartError(name=part["name"], reason="SHA-256 mismatch")
        bodies.append((part, body))
    # 8. bounded decompression
    parts: dict[str, bytes] = {}
    budget = max_uncompressed
    for part, body in bodies:
        if part["compression"] == "zlib":
            raw = _decompress(part["name"], body, part["uncompressed_length"], budget)
        else:
            raw = body
        budget -= len(raw)
        parts[part["name"]] = raw
    return VerifiedBundle(header=header, parts=parts, file_hash=hashlib.sha256(data).hexdigest())


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
