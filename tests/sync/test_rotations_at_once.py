"""Two key rotations at once follow one another: the second rotates from the key the first made, so the
center can follow the chain of records (two rotations from the same old key forked it, and the province was left
signing with a key the center would never accept)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from keyring.backends import fail as fail_backend

from desktop.store.database import open_database
from desktop.store.settings import set_setting
from desktop.sync.key_files import EncryptedKeyFile
from desktop.sync.key_store import KeyStore
from desktop.sync.keys import fingerprint
from desktop.sync.rotation import pending_rotations, rotation_key_ids

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "a long enough passphrase"

ROTATE = textwrap.dedent("""
    import sys, time
    from keyring.backends import fail
    from desktop.store.database import open_database
    from desktop.sync.key_files import EncryptedKeyFile
    from desktop.sync.key_store import KeyStore
    from desktop.sync.rotation import rotate
    db_path, key_path, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    time.sleep(max(0.0, start - time.time()))  # both processes start at the same instant
    with open_database(db_path, create=False) as database:
        store = KeyStore("QOM", EncryptedKeyFile(key_path), backend=fail.Keyring())
        rotation = rotate(database, store, "QOM", sys.argv[4])
    print(rotation.old_key_id, rotation.new_key_id)
""")


def test_two_rotations_at_once_rotate_one_after_the_other(tmp_path: Path) -> None:
    import time

    db_path, key_path = tmp_path / "rasad.sqlite3", tmp_path / "signing.key"
    with open_database(db_path) as database, database.session() as session:
        set_setting(session, "province.code", "QOM")
    first_key = KeyStore("QOM", EncryptedKeyFile(key_path), backend=fail_backend.Keyring()).create(PASSPHRASE)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.time() + 2.0
    runs = [subprocess.Popen([sys.executable, "-c", ROTATE, str(db_path), str(key_path), str(start), PASSPHRASE],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    printed = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), printed
    with open_database(db_path, create=False) as database:
        chain = [rotation_key_ids(record) for record in pending_rotations(database)]
    current = fingerprint(KeyStore("QOM", EncryptedKeyFile(key_path), backend=fail_backend.Keyring())
                          .load(PASSPHRASE).public_key())

    assert chain[0][0] == fingerprint(first_key.public_key()), (chain, printed)
    assert chain[1][0] == chain[0][1], (chain, printed)  # the second from the key the first made
    assert chain[1][1] == current
