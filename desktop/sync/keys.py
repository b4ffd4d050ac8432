"""The province's Ed25519 signing key: generating one, its key id, and its public half as text.

:func:`fingerprint` is the key id (the first 16 hex digits of SHA-256 of the raw public key) that bundles,
receipts and the center name keys by; :func:`export_public` writes the public key as PEM after a ``Rasad key
id:`` line for registration at the center and :func:`load_public` reads it back, checking that line. Where the
private key is kept is desktop/sync/key_store.py (the OS keyring) and key_files.py (the encrypted file);
its rotation record is rotation_records.py.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.sync.errors import KeyStoreError


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


def private_raw(key: Ed25519PrivateKey) -> bytes:
    """The key's 32 raw bytes - only ever to be sealed (desktop/sync/key_files.py, key_store.py), never stored."""
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


# -- base64 text, as the key file, the keyring and the rotation record keep keys ------------------------

def b64(data: bytes) -> str:
    """Bytes as the base64 text the key files and rotation records hold."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    """The bytes of base64 text read from a file; ValueError for anything else."""
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
