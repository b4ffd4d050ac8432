"""`keys init`, `bundle export` and `bundle verify` on the command line."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backends import fail as fail_backend  # noqa: E402

from desktop.store.database import open_database  # noqa: E402
from desktop.store.models import Meeting  # noqa: E402
from desktop.store.settings import set_setting  # noqa: E402
from tests.test_cli import english, qt_language_restored, run_cli  # noqa: E402, F401

PROVINCE = "QOM"


@pytest.fixture(autouse=True)
def file_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """No secure keyring here: the key goes to the encrypted file, whatever the machine's keyring is."""
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail_backend.Keyring())
    monkeypatch.setenv("RASAD_KEY_PASSPHRASE", "گذرواژه آزمایشی")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "rasad.sqlite3"
    database = open_database(path, user_name="دبیر")
    with database.session() as session:
        set_setting(session, "province.code", PROVINCE)
        session.add(Meeting(number=1, held_on=date(2025, 5, 1), title="جلسه ۱", location="تالار"))
    database.close()
    return path


def _init(db_path: Path) -> tuple[int, str, str]:
    return run_cli("keys", "init", "--db", str(db_path), "--key-file", str(db_path.parent / "k.key"))


def test_keys_init_twice_refuses_the_second_time(db_path: Path) -> None:
    code, out, err = _init(db_path)
    assert (code, err) == (0, ""), err
    assert "created for province QOM" in out
    key_file = db_path.parent / "k.key"
    before = key_file.read_bytes()
    code, out, err = _init(db_path)
    assert code == 1 and out == "" and "Traceback" not in err
    assert "already exists" in err and "will not be overwritten" in err
    assert key_file.read_bytes() == before


def _exported(db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    assert _init(db_path)[0] == 0
    public = tmp_path / "qom.pub"
    kf = ["--key-file", str(db_path.parent / "k.key")]
    assert run_cli("keys", "export-public", "--db", str(db_path), *kf, "--out", str(public))[0] == 0
    code, out, err = run_cli("bundle", "export", "--db", str(db_path), *kf, "--out", str(tmp_path / "usb"))
    assert (code, err) == (0, ""), err
    files = sorted((tmp_path / "usb").iterdir())
    assert len(files) == 1 and files[0].name.startswith("QOM-000001-")
    assert str(files[0]) in out and out.startswith("1 bundle(s) written to ")
    return files[0], public


def test_bundle_export_writes_the_pending_bundles(db_path: Path, tmp_path: Path) -> None:
    _exported(db_path, tmp_path)


def test_bundle_verify_accepts_a_good_bundle(db_path: Path, tmp_path: Path) -> None:
    bundle, public = _exported(db_path, tmp_path)
    code, out, err = run_cli("bundle", "verify", str(bundle), "--public-key", str(public), "--province", PROVINCE)
    assert (code, err) == (0, ""), err
    assert out.startswith("Valid bundle: province QOM, sequence 1, ") and "changes.json" in out
    assert len(out.strip().splitlines()) == 1


def test_bundle_verify_refuses_a_tampered_bundle(db_path: Path, tmp_path: Path) -> None:
    bundle, public = _exported(db_path, tmp_path)
    data = bytearray(bundle.read_bytes())
    data[-5] ^= 0x01
    bundle.write_bytes(bytes(data))
    code, out, err = run_cli("bundle", "verify", str(bundle), "--public-key", str(public))
    assert code == 1 and out == ""
    assert "Traceback" not in err and err.strip()
    assert "damaged" in err


def test_bundle_verify_refuses_another_province(db_path: Path, tmp_path: Path) -> None:
    bundle, public = _exported(db_path, tmp_path)
    code, _, err = run_cli("bundle", "verify", str(bundle), "--public-key", str(public), "--province", "THR")
    assert code == 1 and "province QOM, expected THR" in err


def test_keys_init_with_a_keyring_that_raises_uses_the_key_file_and_says_so(db_path: Path, tmp_path: Path,
                                                                           monkeypatch) -> None:
    import keyring

    from tests.sync.test_keys import BrokenKeyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: BrokenKeyring())
    code, out, err = run_cli("keys", "init", "--db", str(db_path), "--key-file", str(tmp_path / "k.key"))
    assert code == 0 and (tmp_path / "k.key").exists()
    assert "BrokenKeyring" in err and "RuntimeError" in err
