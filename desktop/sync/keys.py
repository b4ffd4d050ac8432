"""The province's Ed25519 signing key: generation, fingerprint, storage and rotation.

Storage (:class:`KeyStore`): the OS keyring through ``keyring`` when its backend is a real secure store,
otherwise an :class:`EncryptedKeyFile` (Argon2id 64 MiB × 3 passes × 4 lanes → AES-256-GCM;
envelope fields are authenticated as associated data; older scrypt files are read and upgraded). Refused keyring backends (:func:`is_secure_backend`): ``keyring``'s
``fail`` and ``null`` backends, anything from ``keyrings.alt`` (plaintext, base64 "file" and registry
stores), any class named ``*Plaintext*``, a backend with priority <= 0, and a chainer containing any of
these. A missing key is never replaced: loading raises :class:`MissingKeyError`, creating over an existing
key raises :class:`KeyExistsError`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import canonical
from desktop.sync.errors import (
    InsecureKeyringError,
    KeyExistsError,
    KeyStoreError,
    MissingKeyError,
    RotationError,
    SyncError,
    WrongPassphraseError,
)

KEYRING_SERVICE = "rasad-signing-key"
KEY_FILE_FORMAT = "rasad-key-file"
#: Version 2: Argon2id (RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes). Version 1 (scrypt
#: n=2**15, r=8, p=1) is still read, and rewritten as version 2 the first time it opens (issue 12).
KEY_FILE_VERSION = 2
ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_LANES = 64 * 1024, 3, 4
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # version 1 files only
_KDF_FIELDS = {
    1: {"version": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
    2: {"version": 2, "kdf": "argon2id", "memory_kib": ARGON2_MEMORY_KIB, "iterations": ARGON2_ITERATIONS,
        "lanes": ARGON2_LANES},
}
_MAX_KEY_FILE_BYTES = 16 * 1024


# -- keys and fingerprints ---------------------------------------------------------------------------

def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """The key id: the first 16 hex digits of SHA-256 of the raw 32-byte public key."""
    return hashlib.sha256(public_raw(public_key)).hexdigest()[:16]


def export_public(public_key: Ed25519PublicKey) -> bytes:
    """The public key as PEM preceded by a ``Rasad key id:`` line, for registration at the center."""
    pem = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return f"Rasad key id: {fingerprint(public_key)}\n".encode("ascii") + pem


_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PUBLIC KEY-----")
_KEY_ID_LINE = re.compile(rb"^Rasad key id: ([0-9a-f]{16})\r?$", re.MULTILINE)


def load_public(data: bytes) -> Ed25519PublicKey:
    """Read :func:`export_public` output (or a bare PEM); the key id line, when present, must match."""
    block = _PEM_BLOCK.search(data)
    if block is None:
        raise KeyStoreError(reason="no public key found")
    try:
        key = serialization.load_pem_public_key(block.group(0))
    except ValueError:
        raise KeyStoreError(reason="unreadable public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise KeyStoreError(reason="not an Ed25519 public key")
    line = _KEY_ID_LINE.search(data)
    if line is not None and line.group(1).decode("ascii") != fingerprint(key):
        raise KeyStoreError(reason="the key id does not match the key")
    return key


def _private_raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


# -- atomic owner-only files ---------------------------------------------------------------------------

def write_new_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (which must not exist) via a synced 0600 temp file and ``os.replace``.

    On any failure the temp file is removed, so no partial file ever carries the final name.
    """
    path = Path(path)
    if path.exists():
        raise KeyExistsError(location=str(path))
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with contextlib.suppress(AttributeError, NotImplementedError):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():  # re-check just before the rename (another process may have created it)
            raise KeyExistsError(location=str(path))
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_parent(path)


def _fsync_parent(path: Path) -> None:
    """Make a rename in ``path``'s folder durable (POSIX; elsewhere the rename is all we can do)."""
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


# -- the encrypted key file ------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kdf(passphrase: str, salt: bytes, version: int = KEY_FILE_VERSION) -> bytes:
    if version == 1:
        return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    return Argon2id(salt=salt, length=32, iterations=ARGON2_ITERATIONS, lanes=ARGON2_LANES,
                    memory_cost=ARGON2_MEMORY_KIB).derive(passphrase.encode("utf-8"))


class EncryptedKeyFile:
    """A private key encrypted with a passphrase in a small versioned JSON envelope (owner-only file)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def exists(self) -> bool:
        return self.path.exists()

    def save(self, key: Ed25519PrivateKey, passphrase: str, *, version: int = KEY_FILE_VERSION) -> None:
        write_new_file_atomically(self.path, self._envelope(key, passphrase, version))

    @staticmethod
    def _envelope(key: Ed25519PrivateKey, passphrase: str, version: int = KEY_FILE_VERSION) -> bytes:
        if not passphrase:
            raise KeyStoreError(reason="an empty passphrase is not allowed")
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        envelope: dict[str, Any] = {
            "format": KEY_FILE_FORMAT, **_KDF_FIELDS[version], "salt": _b64(salt),
            "cipher": "aes-256-gcm", "nonce": _b64(nonce), "key_id": fingerprint(key.public_key()),
        }
        aad = canonical.dumps(envelope)
        envelope["ciphertext"] = _b64(AESGCM(_kdf(passphrase, salt, version)).encrypt(nonce, _private_raw(key),
                                                                                      aad))
        return canonical.dumps(envelope)

    def _upgrade(self, key: Ed25519PrivateKey, passphrase: str) -> None:
        """Rewrite an older file with the current KDF (same key, same passphrase): a new file is written and
        synced under a temporary name, then renamed over the old one, so a crash leaves one or the other."""
        # a name of its own: two processes opening the same old file at once each write a complete file
        staged = self.path.with_name(f"{self.path.name}.upgrade-{secrets.token_hex(4)}")
        try:
            write_new_file_atomically(staged, self._envelope(key, passphrase))
            os.replace(staged, self.path)
            _fsync_parent(self.path)
        except OSError:  # a read-only folder: the old file still works; it is upgraded another time
            with contextlib.suppress(OSError):
                staged.unlink()

    def replace(self, key: Ed25519PrivateKey, passphrase: str) -> None:
        """Put ``key`` in place of the current one (rotation): the old file is kept beside it as
        ``<name>.retired-<old key id>`` and the new one is written to a temporary name first, so a crash
        leaves either the old key or the new one under the final name, never a partial file."""
        old = self.load(passphrase)
        retired = self.retired_path(fingerprint(old.public_key()))
        if not retired.exists():
            write_new_file_atomically(retired, self.path.read_bytes())
        staged = EncryptedKeyFile(self.path.with_name(f"{self.path.name}.next"))
        with contextlib.suppress(FileNotFoundError):
            staged.path.unlink()
        staged.save(key, passphrase)
        os.replace(staged.path, self.path)
        _fsync_parent(self.path)

    def create(self, passphrase: str) -> Ed25519PrivateKey:
        """A new key saved under ``passphrase``; refuses when a key file already exists."""
        if self.exists():
            raise KeyExistsError(location=str(self.path))
        key = generate_private_key()
        self.save(key, passphrase)
        return key

    def load(self, passphrase: str) -> Ed25519PrivateKey:
        try:
            with open(self.path, "rb") as handle:
                data = handle.read(_MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError:
            raise MissingKeyError(location=str(self.path)) from None
        except OSError as exc:
            raise KeyStoreError(reason=f"cannot read {self.path}: {exc.strerror}") from None
        try:
            envelope = canonical.loads_strict(data[:_MAX_KEY_FILE_BYTES])
            version = envelope.get("version") if isinstance(envelope, dict) else None
            if version not in _KDF_FIELDS or isinstance(version, bool):
                raise KeyStoreError(reason=f"{self.path} is not a supported key file")
            expected = {"format": KEY_FILE_FORMAT, **_KDF_FIELDS[version], "cipher": "aes-256-gcm"}
            if any(envelope.get(k) != v for k, v in expected.items()) or set(envelope) != {
                    *expected, "salt", "nonce", "key_id", "ciphertext"}:
                raise KeyStoreError(reason=f"{self.path} is not a supported key file")
            ciphertext = _unb64(envelope.pop("ciphertext"))
            salt, nonce = _unb64(envelope["salt"]), _unb64(envelope["nonce"])
            if len(nonce) != 12 or len(salt) < 16:
                raise KeyStoreError(reason=f"{self.path} is not a supported key file")
        except (canonical.CanonicalError, ValueError, binascii.Error):
            raise KeyStoreError(reason=f"{self.path} is not a supported key file") from None
        try:
            raw = AESGCM(_kdf(passphrase, salt, version)).decrypt(nonce, ciphertext, canonical.dumps(envelope))
        except InvalidTag:
            raise WrongPassphraseError(path=str(self.path)) from None
        key = Ed25519PrivateKey.from_private_bytes(raw)
        if fingerprint(key.public_key()) != envelope["key_id"]:
            raise WrongPassphraseError(path=str(self.path))
        if version < KEY_FILE_VERSION:
            self._upgrade(key, passphrase)
        return key

    def retired_path(self, key_id: str) -> Path:
        return self.path.with_name(f"{self.path.name}.retired-{key_id}")

    def erase_retired(self, key_id: str) -> bool:
        """Remove the retired key ``key_id`` (its rotation reached the center); whether a file was removed.
        The file is overwritten with zeros and synced before it is unlinked (on a journalled or copy-on-write
        file system the old blocks may survive; the key in them is still encrypted with the passphrase)."""
        path = self.retired_path(key_id)
        try:
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
        except FileNotFoundError:
            return False
        _fsync_parent(path)
        return True


# -- the keyring -------------------------------------------------------------------------------------------

def _describe(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure_backend(backend: Any) -> bool:
    """Whether ``backend`` is a real secure store (see the module docstring for what is refused)."""
    cls = type(backend)
    module, name = cls.__module__, cls.__qualname__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    if "plaintext" in name.lower() or "plaintext" in module.lower():
        return False
    if module.startswith("keyring.backends.chainer"):
        inner = list(getattr(backend, "backends", []))
        return bool(inner) and all(is_secure_backend(b) for b in inner)
    try:
        priority = float(getattr(cls, "priority", 0))
    except Exception:  # noqa: BLE001 - a backend's priority property may raise when it is unusable
        return False
    return priority > 0


class KeyStore:
    """The signing key of ``name`` (e.g. the province code): in the keyring if secure, else in ``fallback``.

    ``backend`` defaults to ``keyring.get_keyring()``; pass one in tests. ``passphrase`` is used only by
    the file fallback (``uses_keyring`` tells the UI whether to ask for it).
    """

    def __init__(self, name: str, fallback: EncryptedKeyFile, backend: Any = None) -> None:
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self.name = name
        self.fallback = fallback
        self.backend = backend if is_secure_backend(backend) else None
        self.refused_backend = None if self.backend is not None else _describe(backend)
        #: Set when a secure-looking keyring raised and the key file was used instead (say it to the user).
        self.notice: KeyringUnusableNotice | None = None

    def _keyring_failed(self, exc: Exception) -> None:
        """A keyring backend that raises (no D-Bus session, a locked or broken store) is given up for this
        store's life: the encrypted key file is used instead, and :attr:`notice` says so."""
        self.notice = KeyringUnusableNotice(backend=_describe(self.backend), reason=type(exc).__name__)
        self.refused_backend = _describe(self.backend)
        self.backend = None

    @property
    def uses_keyring(self) -> bool:
        return self.backend is not None

    @property
    def location(self) -> str:
        return f"keyring {KEYRING_SERVICE}/{self.name}" if self.backend is not None else str(self.fallback.path)

    def _keyring_get(self) -> str | None:
        """The stored text; raises _KeyringUnusable (after switching to the key file) if the backend raises."""
        assert self.backend is not None
        try:
            return self.backend.get_password(KEYRING_SERVICE, self.name)
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
            self._keyring_failed(exc)
            raise _KeyringUnusable() from None

    def exists(self) -> bool:
        if self.backend is not None:
            try:
                return self._keyring_get() is not None
            except _KeyringUnusable:
                pass
        return self.fallback.exists()

    def create(self, passphrase: str | None = None) -> Ed25519PrivateKey:
        """A new key, stored; refuses when one already exists (never overwrites)."""
        if self.backend is not None:
            try:
                if self._keyring_get() is not None:
                    raise KeyExistsError(location=self.location)
            except _KeyringUnusable:
                pass
        if self.backend is None:
            return self.fallback.create(self._need(passphrase))
        key = generate_private_key()
        try:
            self.backend.set_password(KEYRING_SERVICE, self.name, _b64(_private_raw(key)))
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
            self._keyring_failed(exc)
            return self.fallback.create(self._need(passphrase))
        if fingerprint(self.load().public_key()) != fingerprint(key.public_key()):
            raise KeyStoreError(reason="the keyring did not keep the key")
        return key

    def load(self, passphrase: str | None = None) -> Ed25519PrivateKey:
        if self.backend is not None:
            try:
                stored = self._keyring_get()
            except _KeyringUnusable:
                stored = None
        if self.backend is None:
            return self.fallback.load(self._need(passphrase))
        if stored is None:
            raise MissingKeyError(location=self.location)
        try:
            raw = _unb64(stored)
            return Ed25519PrivateKey.from_private_bytes(raw)
        except (ValueError, binascii.Error):
            raise KeyStoreError(reason="the key in the keyring is damaged") from None

    def replace(self, key: Ed25519PrivateKey, passphrase: str | None = None) -> None:
        """Store ``key`` in place of the current key (rotation only; the old key is kept as retired)."""
        if self.backend is None:
            self.fallback.replace(key, self._need(passphrase))
            return
        old = self.load()
        try:
            self.backend.set_password(KEYRING_SERVICE, f"{self.name}.retired-{fingerprint(old.public_key())}",
                                      _b64(_private_raw(old)))
            self.backend.set_password(KEYRING_SERVICE, self.name, _b64(_private_raw(key)))
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
            raise KeyStoreError(reason=f"keyring: {type(exc).__name__}") from None
        if fingerprint(self.load().public_key()) != fingerprint(key.public_key()):
            raise KeyStoreError(reason="the keyring did not keep the key")

    def erase_retired(self, key_id: str) -> bool:
        """Erase the retired key ``key_id`` once the center has its rotation (a key kept only to be safe
        until then); whether there was one. A keyring entry is deleted; a retired key file is overwritten and
        removed (both are looked for: the key may have been rotated while the other store was in use)."""
        erased = False
        if self.backend is not None:
            try:
                if self.backend.get_password(KEYRING_SERVICE, f"{self.name}.retired-{key_id}") is not None:
                    self.backend.delete_password(KEYRING_SERVICE, f"{self.name}.retired-{key_id}")
                    erased = True
            except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
                self._keyring_failed(exc)
        return self.fallback.erase_retired(key_id) or erased

    @staticmethod
    def _need(passphrase: str | None) -> str:
        if not passphrase:
            raise KeyStoreError(reason="the key file needs a passphrase")
        return passphrase


class _KeyringUnusable(Exception):
    """Internal: the keyring raised; the store has switched to the key file."""


class KeyringUnusableNotice(SyncError):
    """Not raised: what a store tells the user after it fell back from a failing keyring to the key file."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The system keyring ({backend}) could not be used ({reason}); the "
                                        "encrypted key file is used instead.")


def require_secure_backend(backend: Any) -> None:
    """Raise :class:`InsecureKeyringError` unless ``backend`` is secure (for callers that insist on it)."""
    if not is_secure_backend(backend):
        raise InsecureKeyringError(backend=_describe(backend))


# -- rotation ------------------------------------------------------------------------------------------------

ROTATION_MAGIC = b"RASAD-KEYROT\x00\x01"
_ROT_OLD = b"rasad key rotation: old key\x00"
_ROT_NEW = b"rasad key rotation: new key\x00"
_ROTATION_FIELDS = frozenset({"type", "version", "province", "old_key_id", "new_key_id", "new_public_key",
                              "from_sequence"})


@dataclass(frozen=True)
class RotationRecord:
    province: str
    old_key_id: str
    new_public_key: Ed25519PublicKey
    from_sequence: int  # the first bundle signed with the new key


def rotation_record(old_private: Ed25519PrivateKey, new_private: Ed25519PrivateKey, province: str, *,
                    from_sequence: int) -> bytes:
    """``magic + len(4) + canonical JSON + sig(old) + sig(new)``; each key signs a domain-separated body.

    Bundles from ``from_sequence`` on are signed with the new key; earlier ones stay valid with the old one.
    """
    if from_sequence < 1:
        raise RotationError(reason="from_sequence must be at least 1")
    new_public = new_private.public_key()
    body = canonical.dumps({
        "type": "key-rotation", "version": 1, "province": province,
        "old_key_id": fingerprint(old_private.public_key()), "new_key_id": fingerprint(new_public),
        "new_public_key": _b64(public_raw(new_public)), "from_sequence": from_sequence,
    })
    signed = ROTATION_MAGIC + len(body).to_bytes(4, "big") + body
    return signed + old_private.sign(_ROT_OLD + signed) + new_private.sign(_ROT_NEW + signed)


def verify_rotation(data: bytes, *, old_public_key: Ed25519PublicKey, expected_province: str) -> Ed25519PublicKey:
    """The new public key announced by ``data``, after checking both signatures; else RotationError."""
    return read_rotation(data, old_public_key=old_public_key, expected_province=expected_province).new_public_key


def rotation_province(data: bytes) -> str:
    """The province a rotation record names, read WITHOUT checking it (only to find whose key checks it)."""
    data = bytes(data)
    start = len(ROTATION_MAGIC) + 4
    try:
        if data[: len(ROTATION_MAGIC)] != ROTATION_MAGIC:
            raise RotationError(reason="not a rotation record")
        length = int.from_bytes(data[len(ROTATION_MAGIC): start], "big")
        province = canonical.loads_strict(data[start: start + min(length, 4096)]).get("province")
    except canonical.CanonicalError:
        raise RotationError(reason="unreadable record") from None
    if not isinstance(province, str) or not province:
        raise RotationError(reason="unreadable record")
    return province


def read_rotation(data: bytes, *, old_public_key: Ed25519PublicKey, expected_province: str) -> RotationRecord:
    """The rotation ``data`` announces, after checking both signatures; else RotationError."""
    data = bytes(data)
    start = len(ROTATION_MAGIC) + 4
    if len(data) < start or data[: len(ROTATION_MAGIC)] != ROTATION_MAGIC:
        raise RotationError(reason="not a rotation record")
    length = int.from_bytes(data[len(ROTATION_MAGIC): start], "big")
    if len(data) != start + length + 128 or length > 4096:
        raise RotationError(reason="bad length")
    signed, sig_old, sig_new = data[: start + length], data[start + length: -64], data[-64:]
    try:
        old_public_key.verify(sig_old, _ROT_OLD + signed)
    except InvalidSignature:
        raise RotationError(reason="the old key's signature is wrong") from None
    try:
        body = canonical.loads_canonical(data[start: start + length])
        if set(body) != _ROTATION_FIELDS or body["type"] != "key-rotation" or body["version"] != 1:
            raise RotationError(reason="unexpected fields")
        new_public = Ed25519PublicKey.from_public_bytes(_unb64(body["new_public_key"]))
    except (canonical.CanonicalError, ValueError, binascii.Error):
        raise RotationError(reason="unreadable record") from None
    try:
        new_public.verify(sig_new, _ROT_NEW + signed)
    except InvalidSignature:
        raise RotationError(reason="the new key's signature is wrong") from None
    if body["province"] != expected_province:
        raise RotationError(reason="another province's record")
    if body["old_key_id"] != fingerprint(old_public_key) or body["new_key_id"] != fingerprint(new_public):
        raise RotationError(reason="key ids do not match the keys")
    sequence = body["from_sequence"]
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise RotationError(reason="invalid from_sequence")
    return RotationRecord(province=body["province"], old_key_id=body["old_key_id"], new_public_key=new_public,
                          from_sequence=sequence)
