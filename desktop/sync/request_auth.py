"""Province-signed requests to the center (issue 12, "An authenticated center").

The center answers a read about a province (its directive listing, a directive, its own chain) only to a
request signed with that province's current Ed25519 key. The signature goes in one header::

    x-rasad-signature: v1.<key id>.<unix time>.<nonce>.<signature>

over ``REQUEST_DOMAIN + method NUL path NUL query NUL key id NUL time NUL nonce`` (``query`` exactly as sent,
without ``?``), so a signed request is good for that one method, path and query only. The center refuses it
when the time is more than :data:`MAX_SKEW_SECONDS` away from its clock or when the nonce was seen before
(desktop/center/auth.py) — a recorded request cannot be replayed. Pure functions, no I/O.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync.errors import SyncError
from desktop.sync.keys import fingerprint

AUTH_HEADER = "x-rasad-signature"
REQUEST_DOMAIN = b"rasad signed request v1\x00"
MAX_SKEW_SECONDS = 300
MAX_HEADER_CHARS = 200  # v1 + 16 + up to 12 digits + 32 + 88 base64 + dots: anything longer is refused unread
_HEADER = re.compile(r"v1\.([0-9a-f]{16})\.([0-9]{1,12})\.([0-9a-f]{32})\.([A-Za-z0-9_-]{86}==)")


class RequestRefusedError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center refused this province's signed request. Check that this "
                                        "computer's date and time are right (within five minutes of the "
                                        "center's) and that the center has this province's current key.")


@dataclass(frozen=True)
class SignedRequest:
    key_id: str
    timestamp: int
    nonce: str
    signature: bytes

    def verifies(self, public_key: Ed25519PublicKey, method: str, path: str, query: str) -> bool:
        try:
            public_key.verify(self.signature, _message(method, path, query, self.key_id, self.timestamp,
                                                        self.nonce))
        except InvalidSignature:
            return False
        return True


def _message(method: str, path: str, query: str, key_id: str, timestamp: int, nonce: str) -> bytes:
    return REQUEST_DOMAIN + "\x00".join((method.upper(), path, query, key_id, str(timestamp), nonce)).encode()


def sign_request(key: Ed25519PrivateKey, method: str, path: str, query: str, timestamp: int,
                 nonce: str | None = None) -> str:
    """The header value for ``method path?query`` at ``timestamp`` (unix seconds)."""
    nonce = nonce or secrets.token_hex(16)
    key_id = fingerprint(key.public_key())
    signature = key.sign(_message(method, path, query, key_id, timestamp, nonce))
    return f"v1.{key_id}.{timestamp}.{nonce}.{base64.urlsafe_b64encode(signature).decode('ascii')}"


def parse_header(value: str | None) -> SignedRequest | None:
    """The parts of a header value, or None when it is missing or not exactly of the documented form."""
    if not value or len(value) > MAX_HEADER_CHARS:
        return None
    match = _HEADER.fullmatch(value)
    if match is None:
        return None
    try:
        signature = base64.urlsafe_b64decode(match.group(4))
    except (binascii.Error, ValueError):
        return None
    return SignedRequest(match.group(1), int(match.group(2)), match.group(3), signature)


def signed_headers(key: Ed25519PrivateKey, method: str, url: str, timestamp: int) -> dict[str, str]:
    """The header that signs a request to the full ``url`` (path and query taken from it, as the center sees
    them)."""
    parts = urlsplit(url)
    return {AUTH_HEADER: sign_request(key, method, parts.path, parts.query, timestamp)}
