"""The center's signed directive listing (issue 12, "Fresh directives").

An unsigned listing lets a man in the middle (or a broken center) starve a province of directives without
anyone noticing: it answers "nothing new" for ever. So the center signs what it lists together with the
moment it listed it; the province keeps the newest moment it verified (desktop/sync/freshness.py) and warns
when it gets old. Format (integers big-endian)::

    magic "RASAD-LISTING\\x00\\x01" | body length (4) | body (canonical JSON) | Ed25519 signature (64)

The signature, by the center's key, covers ``LISTING_DOMAIN + magic + length + body``. Body fields (exactly
these): ``type`` ("directive-listing"), ``version`` (1), ``province``, ``after`` (the sequence asked after),
``issued_at`` (``YYYY-MM-DDTHH:MM:SSZ``), ``directives`` (at most :data:`MAX_ENTRIES` of
``{sequence, bundle_id, file_hash}``, ascending). The province fetches each listed directive and accepts it
only if its file hash is the listed one (and, as always, its own signature verifies).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import canonical, frame
from desktop.sync.errors import SyncError

LISTING_MAGIC = b"RASAD-LISTING\x00\x01"
LISTING_DOMAIN = b"rasad directive listing\x00"
MAX_ENTRIES = 500
MAX_LISTING_BYTES = 256 * 1024  # 500 entries of about 150 bytes, with room
#: A listing dated further ahead than this of the province's clock is refused (clocks drift; not by hours).
MAX_FUTURE = timedelta(minutes=10)
_FIELDS = frozenset({"type", "version", "province", "after", "issued_at", "directives"})
_ENTRY_FIELDS = frozenset({"sequence", "bundle_id", "file_hash"})


class ListingError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's directive listing was refused ({reason}).")


@dataclass(frozen=True)
class ListedDirective:
    sequence: int
    bundle_id: str
    file_hash: str


@dataclass(frozen=True)
class Listing:
    province: str
    after: int
    issued_at: datetime
    directives: tuple[ListedDirective, ...]


def make_listing(center_key: Ed25519PrivateKey, province: str, after: int, issued_at: datetime,
                 directives: list[ListedDirective]) -> bytes:
    body = canonical.dumps({
        "type": "directive-listing", "version": 1, "province": province, "after": after,
        "issued_at": frame.utc_timestamp(issued_at),
        "directives": [{"sequence": d.sequence, "bundle_id": d.bundle_id, "file_hash": d.file_hash}
                       for d in directives[:MAX_ENTRIES]],
    })
    signed = LISTING_MAGIC + len(body).to_bytes(4, "big") + body
    return signed + center_key.sign(LISTING_DOMAIN + signed)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def read_listing(data: bytes, center_key: Ed25519PublicKey, province: str, after: int, now: datetime) -> Listing:
    """The listing in ``data`` after checking its signature (the pinned center key), that it is for
    ``province`` and for the sequence asked after, and that its time is not in the future; else ListingError."""
    start = len(LISTING_MAGIC) + 4
    if len(data) > MAX_LISTING_BYTES or len(data) < start + 64 or data[: len(LISTING_MAGIC)] != LISTING_MAGIC:
        raise ListingError(reason="not a signed listing")
    length = int.from_bytes(data[len(LISTING_MAGIC): start], "big")
    if length != len(data) - start - 64:  # checked before anything reads the body
        raise ListingError(reason="bad length")
    signed, signature = data[: start + length], data[start + length:]
    try:
        center_key.verify(signature, LISTING_DOMAIN + signed)
    except InvalidSignature:
        raise ListingError(reason="the signature does not verify with the pinned center key") from None
    try:
        body = canonical.loads_canonical(data[start: start + length])
    except canonical.CanonicalError:
        raise ListingError(reason="unreadable body") from None
    if not isinstance(body, dict) or set(body) != _FIELDS or body["type"] != "directive-listing" \
            or body["version"] != 1 or not isinstance(body["directives"], list):
        raise ListingError(reason="unexpected fields")
    if body["province"] != province or body["after"] != after:
        raise ListingError(reason="a listing for another request")
    try:
        issued_at = datetime.strptime(str(body["issued_at"]), frame.CREATED_AT_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        raise ListingError(reason="unreadable time") from None
    if issued_at > now + MAX_FUTURE:
        raise ListingError(reason="dated in the future")
    entries = []
    for item in body["directives"][: MAX_ENTRIES + 1]:
        if not isinstance(item, dict) or set(item) != _ENTRY_FIELDS or not _is_int(item["sequence"]) \
                or item["sequence"] <= (entries[-1].sequence if entries else after) \
                or not isinstance(item["bundle_id"], str) or not isinstance(item["file_hash"], str) \
                or len(item["file_hash"]) != 64:
            raise ListingError(reason="an invalid entry")
        entries.append(ListedDirective(item["sequence"], item["bundle_id"], item["file_hash"]))
    if len(entries) > MAX_ENTRIES:
        raise ListingError(reason="too many entries")
    return Listing(province, after, issued_at, tuple(entries))
