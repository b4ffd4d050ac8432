"""Signed progress bundles (issue 4): the pure-Python cryptographic core.

``frame`` encodes and verifies bundle files, ``canonical`` is the strict JSON they carry, ``keys`` holds
the Ed25519 keys and their key ids, ``key_store`` where the signing key is kept (the OS keyring or
``key_files``, the passphrase-encrypted file), ``rotation_records`` a key's rotation record and ``errors`` the
refusals. No Qt, no SQL.
"""
