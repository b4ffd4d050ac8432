"""Refusals of the sync layer. Only :class:`BundleError` (and its subclasses) leave verification."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.sync.reasons import reason_field

#: Translation context of every sync message.
SYNC_CONTEXT = "Sync"


class SyncError(DomainError):
    """Base of every error raised by ``desktop.sync``; subclasses set ``MESSAGE``."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Synchronisation failed.")

    def __init__(self, message: str | None = None, params: Mapping[str, Any] | None = None, **kw: Any) -> None:
        merged = dict(params or {})
        merged.update(kw)
        if "reason" in merged:  # a reader's code ("truncated") read in the message's language
            merged["reason"] = reason_field(merged["reason"])
        super().__init__(SYNC_CONTEXT, message or self.MESSAGE, merged)


class BundleError(SyncError):
    """A bundle file was refused; nothing in it may be trusted or applied."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle was refused.")


class TooLargeError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle is {size} bytes, more than the limit of {limit} bytes.")


class BadFrameError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle file is damaged or not a bundle ({reason}).")


class UnknownKeyError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle is signed by an unknown key {key_id}.")


class BadSignatureError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle's signature does not match key {key_id}.")


class BadHeaderError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle's header is invalid ({reason}).")


class WrongProvinceError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle is from province {actual}, expected {expected}.")


class WrongPayloadTypeError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The file is a {actual} bundle, expected a {expected} bundle.")


class BadPartError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Part {name} of the bundle is damaged ({reason}).")


class DecompressionBombError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Part {name} of the bundle expands past its limit of {limit} bytes.")


class UnsafePartNameError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle has an unsafe part name {name}.")


class KeyStoreError(SyncError):
    """The province's signing key could not be stored, found or opened."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The signing key could not be used ({reason}).")


class MissingKeyError(KeyStoreError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "No signing key was found in {location}; it is never replaced silently. If "
                                        "this province's key was made in a key file, name that file (on the "
                                        "command line: --key-file FILE).")


class KeyExistsError(KeyStoreError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "A signing key already exists in {location}; it will not be overwritten.")


class WrongPassphraseError(KeyStoreError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The passphrase is wrong, or the key file {path} is damaged.")


class InsecureKeyringError(KeyStoreError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The keyring {backend} is not a secure store; it is refused.")


class RotationError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The key rotation record is invalid ({reason}).")


class RotationNotDeliveredError(SyncError):
    """A signed request refused while a rotation record has not reached the center: the center does not know the
    key that signed it (exit code 6, like any cause the province cannot fix now)."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center does not know this province's current signing key yet: it "
                                        "has not taken {count} key rotation record(s) (not delivered, or "
                                        "refused). Sync again when the center can be reached, or take the record "
                                        "file that bundle export writes (.rasad-keyrot) to the center.")
