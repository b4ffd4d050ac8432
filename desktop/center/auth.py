"""Who may read what at the center (issue 12, "An authenticated center").

* A **province** reads only its own data (directive listing and directives, its chain): the request carries
  ``x-rasad-signature`` (desktop/sync/request_auth.py), signed by the province's *current* key, with a time
  within five minutes of the center's clock and a nonce the center has not seen in that window. Replay
  protection is an in-memory set of recent nonces per key (bounded; a restart forgets it, but a request older than the
  window is refused on its time anyway).
* The center's **staff** read the national views (``/status``, ``/national``) with a bearer token
  (``Authorization: Bearer rasad-staff.<id>.<secret>``) made by ``python -m desktop.center staff-token add``.
  Only a slow salted hash of the secret is stored (scrypt n=2**15, r=8, p=1); a token that verified is
  remembered (by its SHA-256) for a few minutes so a dashboard does not pay the hash on every request, but a
  revoked token is refused at once (its row is read on every request). This is deliberately small: issue 16
  replaces it with staff accounts.

Everything here runs before the endpoint does any work; a refusal is 401 without saying which part failed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from desktop.center import provinces
from desktop.center.models import CenterStaffToken
from desktop.sync import canonical
from desktop.sync.request_auth import MAX_SKEW_SECONDS, parse_header

TOKEN_PREFIX = "rasad-staff"
_TOKEN = re.compile(r"rasad-staff\.([0-9]{1,9})\.([A-Za-z0-9_-]{43})")
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_VERIFIED_FOR_SECONDS = 300.0
MAX_NONCES_PER_KEY = 5_000  # 8 signed requests a second from one province for ten minutes; then refused


class NonceCache:
    """Nonces seen within the skew window, per signing key (thread-safe, bounded): a nonce is good once.

    Each key has its own room, so one province sending a flood of signed requests fills only its own and
    cannot lock the others out; only a genuine (verified) request uses a nonce up."""

    def __init__(self, window_seconds: float = 2 * MAX_SKEW_SECONDS, capacity: int = MAX_NONCES_PER_KEY) -> None:
        self.window = window_seconds
        self.capacity = capacity
        self._seen: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()

    def first_use(self, key_id: str, nonce: str) -> bool:
        now = time.monotonic()
        with self._lock:
            seen = self._seen.setdefault(key_id, {})
            if len(seen) >= self.capacity:
                seen = {n: t for n, t in seen.items() if now - t < self.window}
                self._seen[key_id] = seen
                if len(seen) >= self.capacity:
                    return False  # flooded: refuse rather than forget nonces that are still fresh
            if nonce in seen and now - seen[nonce] < self.window:
                return False
            seen[nonce] = now
            return True


@dataclass(frozen=True)
class NewToken:
    id: int
    name: str
    token: str  # shown once; never stored


@dataclass(frozen=True)
class TokenView:
    id: int
    name: str
    created_at: datetime
    revoked_at: datetime | None


def _hash_secret(secret: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(secret.encode("ascii"))


class CenterAuth:
    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.clock = clock
        self.nonces = NonceCache()
        self._verified: dict[str, float] = {}  # sha256 of a token that verified → until (monotonic)
        self._lock = threading.Lock()

    # -- provinces --------------------------------------------------------------------------------------
    def province_request(self, code: str, header: str | None, method: str, path: str, query: str) -> bool:
        """Whether ``header`` signs exactly this request with ``code``'s current key, fresh and not replayed."""
        signed = parse_header(header)
        if signed is None or abs(self.clock().timestamp() - signed.timestamp) > MAX_SKEW_SECONDS:
            return False
        with self._sessions() as session:
            key = provinces.key_by_id(session, signed.key_id)
        if key is None or key.province != code or key.last_sequence is not None:
            return False
        if not signed.verifies(key.public_key, method, path, query):
            return False
        return self.nonces.first_use(signed.key_id, signed.nonce)  # only a genuine request uses one up

    # -- staff ------------------------------------------------------------------------------------------
    def staff_request(self, authorization: str | None) -> bool:
        """Whether ``Authorization: Bearer <token>`` carries a valid, unrevoked staff token."""
        if not authorization or len(authorization) > 128 or not authorization.startswith("Bearer "):
            return False
        token = authorization[len("Bearer "):].strip()
        match = _TOKEN.fullmatch(token)
        if match is None:
            return False
        with self._sessions() as session:
            row = session.get(CenterStaffToken, int(match.group(1)))
            if row is None or row.revoked_at is not None:
                return False
            stored = row.token_hash
        digest = hashlib.sha256(token.encode("ascii")).hexdigest()
        with self._lock:
            until = self._verified.get(digest)
        if until is not None and until > time.monotonic():
            return True
        try:
            envelope = canonical.loads_strict(stored.encode("utf-8"))
            salt = base64.b64decode(envelope["salt"])
            expected = base64.b64decode(envelope["hash"])
        except (canonical.CanonicalError, KeyError, ValueError, TypeError):
            return False
        if not hmac.compare_digest(_hash_secret(match.group(2), salt), expected):
            return False
        with self._lock:
            if len(self._verified) > 1000:
                self._verified.clear()
            self._verified[digest] = time.monotonic() + _VERIFIED_FOR_SECONDS
        return True

    def add_token(self, name: str) -> NewToken:
        secret = secrets.token_urlsafe(32)  # 43 characters
        salt = secrets.token_bytes(16)
        stored = canonical.dumps({"kdf": "scrypt", **_SCRYPT, "salt": base64.b64encode(salt).decode("ascii"),
                                  "hash": base64.b64encode(_hash_secret(secret, salt)).decode("ascii")})
        with self._sessions.begin() as session:
            row = CenterStaffToken(name=name, token_hash=stored.decode("ascii"), created_at=self.clock(),
                                   revoked_at=None)
            session.add(row)
            session.flush()
            return NewToken(row.id, name, f"{TOKEN_PREFIX}.{row.id}.{secret}")

    def revoke_token(self, token_id: int) -> bool:
        with self._sessions.begin() as session:
            row = session.get(CenterStaffToken, token_id)
            if row is None:
                return False
            if row.revoked_at is None:
                row.revoked_at = self.clock()
            return True

    def tokens(self) -> list[TokenView]:
        with self._sessions() as session:
            return [TokenView(r.id, r.name, r.created_at, r.revoked_at)
                    for r in session.scalars(select(CenterStaffToken).order_by(CenterStaffToken.id))]
