from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from desktop.sync import key_files, key_store, keys, rotation_records
from desktop.sync.errors import (
    InsecureKeyringError,
    KeyExistsError,
    KeyStoreError,
    MissingKeyError,
    RotationError,
    WrongPassphraseError,
)


class MemoryKeyring(KeyringBackend):
    """A secure-looking in-memory backend for tests."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        del self.store[(service, username)]


def test_fingerprint_is_the_first_16_hex_of_sha256_of_the_raw_public_key() -> None:
    import hashlib

    key = Ed25519PrivateKey.generate().public_key()
    assert keys.fingerprint(key) == hashlib.sha256(keys.public_raw(key)).hexdigest()[:16]


def test_the_exported_public_key_reads_back_and_names_its_fingerprint() -> None:
    key = Ed25519PrivateKey.generate().public_key()
    exported = keys.export_public(key)
    assert exported.startswith(f"Rasad key id: {keys.fingerprint(key)}\n".encode())
    assert keys.fingerprint(keys.load_public(exported)) == keys.fingerprint(key)
    other = keys.fingerprint(Ed25519PrivateKey.generate().public_key())
    with pytest.raises(KeyStoreError):
        keys.load_public(exported.replace(keys.fingerprint(key).encode(), other.encode()))


def test_a_secure_keyring_keeps_the_key_and_refuses_to_overwrite_it(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = key_store.KeyStore("THR", key_files.EncryptedKeyFile(tmp_path / "key.json"), backend=backend)
    assert store.uses_keyring
    with pytest.raises(MissingKeyError):
        store.load()
    key = store.create()
    assert keys.fingerprint(store.load().public_key()) == keys.fingerprint(key.public_key())
    with pytest.raises(KeyExistsError):
        store.create()
    assert not (tmp_path / "key.json").exists()


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_fail_and_null_keyrings_are_refused_and_the_encrypted_file_is_used(tmp_path: Path, backend) -> None:
    assert not key_store.is_secure_backend(backend)
    with pytest.raises(InsecureKeyringError):
        key_store.require_secure_backend(backend)
    store = key_store.KeyStore("THR", key_files.EncryptedKeyFile(tmp_path / "key.json"), backend=backend)
    assert not store.uses_keyring and store.refused_backend
    key = store.create("correct horse")
    assert keys.fingerprint(store.load("correct horse").public_key()) == keys.fingerprint(key.public_key())


def test_a_plaintext_backend_is_refused_by_its_name() -> None:
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    assert not key_store.is_secure_backend(plaintext())
    assert key_store.is_secure_backend(MemoryKeyring())


def test_the_encrypted_key_file_round_trips_with_owner_only_permissions(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    key = key_files.EncryptedKeyFile(path).create("پسورد امن")
    loaded = key_files.EncryptedKeyFile(path).load("پسورد امن")
    assert keys.fingerprint(loaded.public_key()) == keys.fingerprint(key.public_key())
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["key.json"]
    assert b"private" not in path.read_bytes()


def test_a_wrong_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    key_file = key_files.EncryptedKeyFile(tmp_path / "key.json")
    key_file.create("right")
    with pytest.raises(WrongPassphraseError):
        key_file.load("wrong")


def test_a_tampered_key_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    key_files.EncryptedKeyFile(path).create("right")
    path.write_bytes(path.read_bytes().replace(b'"memory_kib":65536', b'"memory_kib":1024'))
    with pytest.raises(KeyStoreError):
        key_files.EncryptedKeyFile(path).load("right")


def test_a_missing_key_file_is_never_replaced(tmp_path: Path) -> None:
    key_file = key_files.EncryptedKeyFile(tmp_path / "key.json")
    with pytest.raises(MissingKeyError):
        key_file.load("x")
    assert not key_file.exists()
    key_file.create("x")
    before = key_file.path.read_bytes()
    with pytest.raises(KeyExistsError):
        key_file.create("x")
    with pytest.raises(KeyExistsError):
        key_file.save(Ed25519PrivateKey.generate(), "x")
    assert key_file.path.read_bytes() == before


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:
    def boom(fd):
        raise OSError("disk full")

    monkeypatch.setattr(key_files.os, "fsync", boom)
    with pytest.raises(OSError):
        key_files.EncryptedKeyFile(tmp_path / "key.json").create("x")
    assert list(tmp_path.iterdir()) == []


def test_a_rotation_record_signed_by_both_keys_verifies() -> None:
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    record = rotation_records.rotation_record(old, new, "THR", from_sequence=1)
    announced = rotation_records.verify_rotation(record, old_public_key=old.public_key(), expected_province="THR")
    assert keys.fingerprint(announced) == keys.fingerprint(new.public_key())
    with pytest.raises(RotationError):
        rotation_records.verify_rotation(record, old_public_key=old.public_key(), expected_province="ISF")


@pytest.mark.parametrize("which", ["old", "new"])
def test_a_rotation_record_with_one_wrong_signature_is_refused(which: str) -> None:
    old, new, intruder = (Ed25519PrivateKey.generate() for _ in range(3))
    genuine = rotation_records.rotation_record(old, new, "THR", from_sequence=1)
    forged = (rotation_records.rotation_record(intruder, new, "THR", from_sequence=1) if which == "old"
              else rotation_records.rotation_record(old, intruder, "THR", from_sequence=1))
    # splice the forged signature into the genuine record
    record = genuine[:-128] + (forged[-128:-64] + genuine[-64:] if which == "old" else genuine[-128:-64]
                               + forged[-64:])
    with pytest.raises(RotationError):
        rotation_records.verify_rotation(record, old_public_key=old.public_key(), expected_province="THR")
    with pytest.raises(RotationError):
        rotation_records.verify_rotation(genuine[:-1], old_public_key=old.public_key(), expected_province="THR")


def test_a_rotation_record_says_from_which_bundle_the_new_key_signs() -> None:
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    record = rotation_records.read_rotation(rotation_records.rotation_record(old, new, "THR", from_sequence=7),
                                old_public_key=old.public_key(), expected_province="THR")
    assert record.from_sequence == 7 and record.old_key_id == keys.fingerprint(old.public_key())
    assert keys.fingerprint(record.new_public_key) == keys.fingerprint(new.public_key())


def test_rotating_the_key_file_keeps_the_old_key_as_retired(tmp_path) -> None:
    key_file = key_files.EncryptedKeyFile(tmp_path / "p.key")
    old = key_file.create("گذرواژه")
    new = Ed25519PrivateKey.generate()
    key_file.replace(new, "گذرواژه")
    assert keys.fingerprint(key_file.load("گذرواژه").public_key()) == keys.fingerprint(new.public_key())
    retired = key_files.EncryptedKeyFile(tmp_path / f"p.key.retired-{keys.fingerprint(old.public_key())}")
    assert keys.fingerprint(retired.load("گذرواژه").public_key()) == keys.fingerprint(old.public_key())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["p.key", retired.path.name])


# -- issue 12: a stronger KDF, old files still readable; keyring failures; retired keys erased -------------

def test_a_new_key_file_uses_argon2id_and_an_old_scrypt_file_opens_and_is_upgraded_on_use(tmp_path) -> None:
    from desktop.sync import canonical

    fresh = key_files.EncryptedKeyFile(tmp_path / "new.key")
    fresh.create("رمز")
    envelope = canonical.loads_strict(fresh.path.read_bytes())
    assert (envelope["version"], envelope["kdf"], envelope["memory_kib"]) == (2, "argon2id", 64 * 1024)

    old_file = key_files.EncryptedKeyFile(tmp_path / "old.key")
    key = Ed25519PrivateKey.generate()
    old_file.save(key, "رمز", version=1)  # what the previous release wrote: scrypt n=2**15
    assert canonical.loads_strict(old_file.path.read_bytes())["n"] == 2**15
    assert keys.fingerprint(old_file.load("رمز").public_key()) == keys.fingerprint(key.public_key())
    upgraded = canonical.loads_strict(old_file.path.read_bytes())
    assert (upgraded["version"], upgraded["kdf"]) == (2, "argon2id")
    assert keys.fingerprint(old_file.load("رمز").public_key()) == keys.fingerprint(key.public_key())
    assert stat.S_IMODE(old_file.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.key", "old.key"]  # no staging file left


def test_a_wrong_passphrase_on_an_old_file_does_not_upgrade_it(tmp_path) -> None:
    old_file = key_files.EncryptedKeyFile(tmp_path / "old.key")
    old_file.save(Ed25519PrivateKey.generate(), "رمز", version=1)
    before = old_file.path.read_bytes()
    with pytest.raises(WrongPassphraseError):
        old_file.load("غلط")
    assert old_file.path.read_bytes() == before


class BrokenKeyring(MemoryKeyring):
    """Looks secure (priority 5) but raises on use, like a Secret Service without a D-Bus session."""

    def get_password(self, service, username):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service, username, password):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")


def test_a_keyring_that_raises_falls_back_to_the_key_file_with_a_notice(tmp_path) -> None:
    store = key_store.KeyStore("QOM", key_files.EncryptedKeyFile(tmp_path / "QOM.rasad-key"), backend=BrokenKeyring())
    assert store.uses_keyring and store.notice is None  # it looked usable
    assert not store.exists()  # asked the keyring, which raised: the file is used from now on
    assert not store.uses_keyring and store.notice is not None
    assert "BrokenKeyring" in store.notice.english() and "RuntimeError" in store.notice.english()
    created = key_store.KeyStore("QOM", key_files.EncryptedKeyFile(tmp_path / "QOM.rasad-key"), backend=BrokenKeyring())
    key = created.create("رمز")  # the keyring raises on create too: the key goes to the encrypted file
    assert created.notice is not None and (tmp_path / "QOM.rasad-key").exists()
    again = key_store.KeyStore("QOM", key_files.EncryptedKeyFile(tmp_path / "QOM.rasad-key"), backend=BrokenKeyring())
    assert keys.fingerprint(again.load("رمز").public_key()) == keys.fingerprint(key.public_key())


def test_erasing_a_retired_key_removes_the_file_and_the_keyring_entry(tmp_path) -> None:
    key_file = key_files.EncryptedKeyFile(tmp_path / "p.key")
    old = key_file.create("رمز")
    key_file.replace(Ed25519PrivateKey.generate(), "رمز")
    old_id = keys.fingerprint(old.public_key())
    assert key_file.retired_path(old_id).exists()
    assert key_file.erase_retired(old_id) and not key_file.retired_path(old_id).exists()
    assert not key_file.erase_retired(old_id)  # already gone
    backend = MemoryKeyring()
    store = key_store.KeyStore("QOM", key_files.EncryptedKeyFile(tmp_path / "q.key"), backend=backend)
    first = store.create()
    store.replace(Ed25519PrivateKey.generate())
    retired_user = f"QOM.retired-{keys.fingerprint(first.public_key())}"
    assert (key_store.KEYRING_SERVICE, retired_user) in backend.store
    assert store.erase_retired(keys.fingerprint(first.public_key()))
    assert (key_store.KEYRING_SERVICE, retired_user) not in backend.store
    assert store.load() is not None  # the current key stays


def test_a_missing_key_says_where_it_looked_and_how_to_name_a_key_file(tmp_path: Path) -> None:
    """A reviewer made the key with `keys init --key-file krm.key`, then ran `sync` without it: told only that no
    key was found in the default file, he had no way to know what to give."""
    from desktop.translations import Language, translate

    missing = key_files.EncryptedKeyFile(tmp_path / "KRM.rasad-key")
    with pytest.raises(MissingKeyError) as refused:
        missing.load("a passphrase")
    error = refused.value
    assert "KRM.rasad-key" in error.english() and "--key-file FILE" in error.english()
    assert "--key-file FILE" in translate(Language.PERSIAN, error.context, error.message, **error.params)
