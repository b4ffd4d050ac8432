"""Signed progress bundles (issue 4): the pure-Python cryptographic core.

``frame`` encodes and verifies bundle files, ``canonical`` is the strict JSON they carry, ``keys`` holds
the Ed25519 keys (OS keyring or passphrase-encrypted file) and ``errors`` the refusals. No Qt, no SQL.
"""
