"""Password hashing with Argon2id (argon2-cffi). Only the PHC hash string is ever stored; it carries its
own salt and parameters, so hashes made with older parameters still verify (and are upgraded on sign-in).

:meth:`PasswordHashing.check` verifies against a stand-in hash of the current parameters when there is no
account, so an unknown user name costs as much time as a wrong password. The stand-in is made on the first
check of any kind (not at start, which must stay fast), so even that first attempt costs the same.
"""

from __future__ import annotations

import secrets
import threading

from argon2 import Parameters, PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import RFC_9106_LOW_MEMORY

#: RFC 9106's second recommended option: Argon2id, 3 passes over 64 MiB, 4 lanes (about 0.1 s here).
DEFAULT_PARAMETERS: Parameters = RFC_9106_LOW_MEMORY
#: For tests only: the same algorithm, far cheaper.
TEST_PARAMETERS = Parameters(type=Type.ID, version=19, salt_len=16, hash_len=32, time_cost=1,
                             memory_cost=1024, parallelism=1)


class PasswordHashing:
    def __init__(self, parameters: Parameters = DEFAULT_PARAMETERS) -> None:
        if parameters.type is not Type.ID:
            raise ValueError("passwords are hashed with Argon2id only")
        self._hasher = PasswordHasher.from_parameters(parameters)
        self._dummy: str | None = None
        self._lock = threading.Lock()

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def check(self, stored_hash: str | None, password: str) -> bool:
        """Whether ``password`` matches ``stored_hash``; with ``None`` (no such account) the same work is
        done against the stand-in and the answer is False."""
        with self._lock:
            if self._dummy is None:
                self._dummy = self._hasher.hash(secrets.token_urlsafe(32))
        matched = self._verify(stored_hash or self._dummy, password)
        return matched and stored_hash is not None

    def _verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored_hash: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except InvalidHashError:
            return True
