"""`keys init`, `bundle export` and `bundle verify` on the command line."""

from __future__ import annotations

import json
import os
import re
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


# -- issue 12: refusal kinds on the command line ------------------------------------------------------------

def _center_over_mock(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A real CenterService behind its real app (signed requests checked) answering the CLI's httpx2 client in
    this process (no network)."""
    import httpx2
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from fastapi.testclient import TestClient

    from desktop.center.app import create_app
    from desktop.center.service import CenterService
    from desktop.sync.keys import export_public

    service = CenterService(f"sqlite:///{tmp_path / 'center.db'}", Ed25519PrivateKey.generate())
    app = create_app(service)
    monkeypatch.setattr(httpx2, "Client", lambda *a, **k: TestClient(app, base_url="http://127.0.0.1:9"))
    (tmp_path / "center.pub").write_bytes(export_public(service.public_key))
    return service


def _add_meeting(db_path: Path, number: int) -> None:
    database = open_database(db_path)
    with database.session() as session:
        session.add(Meeting(number=number, held_on=date(2025, 6, 1), title=f"جلسه {number}", location="تالار"))
    database.close()


def _province_keys(db_path: Path, tmp_path: Path, *, public: bool = True) -> list[str]:
    """`keys init` with a key file beside the test (and `keys export-public` to q.pub); the key-file arguments."""
    kf = ["--key-file", str(tmp_path / "qom.key")]
    assert run_cli("keys", "init", "--db", str(db_path), *kf)[0] == 0
    if public:
        assert run_cli("keys", "export-public", "--db", str(db_path), *kf, "--out", str(tmp_path / "q.pub"))[0] == 0
    return kf


def test_sync_before_register_says_try_later_then_every_bundle_is_applied_in_order(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = _center_over_mock(monkeypatch, tmp_path)
    try:
        kf = _province_keys(db_path, tmp_path)
        sync = ["sync", "--db", str(db_path), *kf, "--center", "http://127.0.0.1:9"]
        code, out, err = run_cli(*sync, "--center-key", str(tmp_path / "center.pub"))
        assert code == 6 and "Traceback" not in err
        assert "did not take the bundle now" in out and "unknown key" in out
        # the retry time as a clock reads: Jalali, local, to the minute, the Gregorian day beside it in English
        assert re.search(r"it is sent again at 14\d\d/\d\d/\d\d \d\d:\d\d \(20\d\d-\d\d-\d\d \d\d:\d\d\)\.", out), out
        assert "directives were not fetched" in err  # the signed request of an unknown key is refused too
        _add_meeting(db_path, 2)
        assert run_cli(*sync)[0] == 6  # still not registered: bundle 1 again, bundle 2 waits behind it
        service.register_province(PROVINCE, "قم", (tmp_path / "q.pub").read_bytes())
        code, out, err = run_cli(*sync)
        assert (code, err) == (0, ""), err
        assert "acknowledged 2" in out
        assert [sequence for sequence, _, _ in service.chain_for(PROVINCE)] == [1, 2]
    finally:
        service.close()


def test_a_final_refusal_makes_sync_exit_3_with_the_alarm_until_bundle_recut(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.sync.keys import export_public, generate_private_key

    service = _center_over_mock(monkeypatch, tmp_path)
    try:
        kf = _province_keys(db_path, tmp_path)
        service.register_province(PROVINCE, "قم", (tmp_path / "q.pub").read_bytes())
        # the center is re-keyed by hand to a key the province does not hold: bundle 1 is refused for good
        service.register_province(PROVINCE, "قم", export_public(generate_private_key().public_key()), replace=True)
        sync = ["sync", "--db", str(db_path), *kf, "--center", "http://127.0.0.1:9"]
        code, out, err = run_cli(*sync, "--center-key", str(tmp_path / "center.pub"))
        assert code == 8 and "Traceback" not in err
        assert "ALARM: the center refused bundle 1 for good" in err and "bundle recut --db" in err
        assert run_cli(*sync)[0] == 8  # it stays raised
        code, out, err = run_cli("bundle", "recut", "--db", str(db_path))
        assert (code, err) == (0, ""), err
        assert "Bundle 1 and the later ones not acknowledged (1 in all) were removed" in out
        code, out, err = run_cli("bundle", "recut", "--db", str(db_path))
        assert code == 1 and "nothing to cut again" in err
    finally:
        service.close()


def test_bundle_verify_refuses_what_the_center_refuses(db_path: Path, tmp_path: Path) -> None:
    """Duplicate keys inside changes.json: the frame is valid and signed, the content is not."""
    from desktop.sync import frame
    from desktop.sync.keys import export_public, generate_private_key

    key = generate_private_key()
    (tmp_path / "k.pub").write_bytes(export_public(key.public_key()))
    raw = (b'{"changes":[{"id":1,"id":2,"changed_at":"x","user_name":"u","table":"t","row_id":1,'
           b'"operation":"insert","old":null,"new":{}}]}')
    bundle = tmp_path / "dup.rasad-bundle"
    bundle.write_bytes(frame.encode({
        "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": PROVINCE, "sequence": 1,
        "previous_hash": frame.GENESIS_HASH, "created_at": "2026-11-23T10:00:00Z", "app_version": "0.1.0",
        "schema_version": "0003"}, [("changes.json", raw, True)], key))
    code, out, err = run_cli("bundle", "verify", str(bundle), "--public-key", str(tmp_path / "k.pub"))
    assert code == 1 and out == "" and "Traceback" not in err
    assert "changes.json" in err and "damaged" in err


def _center_cli(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from desktop.center.cli import main as center_main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = center_main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_center_ingest_refuses_malformed_files_cleanly_and_the_rest_of_the_batch_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.sync import canonical, frame
    from desktop.sync.keys import export_public, generate_private_key

    monkeypatch.setenv("RASAD_CENTER_PASSPHRASE", "رمز مرکز")
    assert _center_cli("init-key", "--out", str(tmp_path / "c.key"))[0] == 0
    ck = ["--db", f"sqlite:///{tmp_path / 'c.db'}", "--key", str(tmp_path / "c.key")]
    keys = {code: generate_private_key() for code in ("QOM", "THR")}
    for code, key in keys.items():
        (tmp_path / f"{code}.pub").write_bytes(export_public(key.public_key()))
        assert _center_cli("register", *ck, "--province", code, "--name", code,
                           "--public-key", str(tmp_path / f"{code}.pub"))[0] == 0

    def bundle(code: str, new) -> Path:
        change = {"id": 1, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u", "table": "meeting",
                  "row_id": 1, "operation": "insert", "old": None, "new": new}
        path = tmp_path / f"{code}-000001.rasad-bundle"
        path.write_bytes(frame.encode({
            "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": code, "sequence": 1,
            "previous_hash": frame.GENESIS_HASH, "created_at": "2026-11-23T10:00:00Z", "app_version": "0.1.0",
            "schema_version": "0003"}, [("changes.json", canonical.dumps({"changes": [change]}), True)], keys[code]))
        return path

    bad_rotation = tmp_path / "QOM-key-x.rasad-keyrot"
    bad_rotation.write_bytes(b"RASAD-KEYROT\x00\x01garbage")
    code, out, err = _center_cli("ingest", *ck, str(bad_rotation), str(bundle("QOM", ["not", "an", "object"])),
                                 str(bundle("THR", {"title": "ok"})), str(tmp_path / "missing.rasad-bundle"))
    assert code == 1 and "Traceback" not in err
    assert "rejected sequence 1" in out and "not an object" in out
    assert "accepted sequence 1" in out
    assert "missing.rasad-bundle: could not be read" in err and "rasad-keyrot: refused" in err
    status = {row["code"]: row for row in json.loads(_center_cli("status", *ck, "--format", "json")[1])}
    assert (status["QOM"]["last_sequence"], status["QOM"]["flags"]) == (0, 1)
    assert (status["THR"]["last_sequence"], status["THR"]["flags"]) == (1, 0)


def test_center_register_refuses_a_used_key_and_a_silent_re_key(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.sync.keys import export_public, generate_private_key

    monkeypatch.setenv("RASAD_CENTER_PASSPHRASE", "رمز مرکز")
    center = _center_cli
    assert center("init-key", "--out", str(tmp_path / "c.key"))[0] == 0
    ck = ["--db", f"sqlite:///{tmp_path / 'c.db'}", "--key", str(tmp_path / "c.key")]
    for name in ("a", "b"):
        (tmp_path / f"{name}.pub").write_bytes(export_public(generate_private_key().public_key()))
    assert center("register", *ck, "--province", "QOM", "--name", "قم", "--public-key", str(tmp_path / "a.pub"))[0] == 0
    code, out, err = center("register", *ck, "--province", "THR", "--name", "تهران",
                            "--public-key", str(tmp_path / "a.pub"))
    assert code == 2 and "Traceback" not in err and "already used by province QOM" in err
    code, out, err = center("register", *ck, "--province", "QOM", "--name", "قم",
                            "--public-key", str(tmp_path / "b.pub"))
    assert code == 2 and "needs --replace" in err
    code, out, err = center("register", *ck, "--province", "QOM", "--name", "قم",
                            "--public-key", str(tmp_path / "b.pub"), "--replace")
    assert code == 0 and "QOM registered" in out


def test_keys_init_with_a_keyring_that_raises_uses_the_key_file_and_says_so(db_path: Path, tmp_path: Path,
                                                                           monkeypatch) -> None:
    import keyring

    from tests.sync.test_keys import BrokenKeyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: BrokenKeyring())
    code, out, err = run_cli("keys", "init", "--db", str(db_path), "--key-file", str(tmp_path / "k.key"))
    assert code == 0 and (tmp_path / "k.key").exists()
    assert "BrokenKeyring" in err and "RuntimeError" in err


def test_center_register_reads_the_public_key_file_with_a_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file far larger than any exported key is refused before it is parsed, even with a key at its end."""
    from desktop.sync.keys import export_public, generate_private_key

    monkeypatch.setenv("RASAD_CENTER_PASSPHRASE", "رمز مرکز")
    assert _center_cli("init-key", "--out", str(tmp_path / "c.key"))[0] == 0
    ck = ["--db", f"sqlite:///{tmp_path / 'c.db'}", "--key", str(tmp_path / "c.key")]
    padded = tmp_path / "padded.pub"
    padded.write_bytes(b"#" * (64 * 1024) + b"\n" + export_public(generate_private_key().public_key()))
    code, out, err = _center_cli("register", *ck, "--province", "QOM", "--name", "قم", "--public-key", str(padded))
    assert code == 2 and out == "" and "Traceback" not in err and "too large" in err
    assert json.loads(_center_cli("status", *ck, "--format", "json")[1]) == []


# -- a key rotation not yet at the center survives a restore (H4 M2) -----------------------------------------

def _rotated_then_restored(db_path: Path, tmp_path: Path, kf: list[str]) -> None:
    """A backup, then a key rotation the center has not had, then that backup restored."""
    assert run_cli("backup", "create", "--db", str(db_path))[0] == 0
    backup = sorted((db_path.parent / "backups").glob("*.sqlite3"))[-1]
    code, out, err = run_cli("keys", "rotate", "--db", str(db_path), *kf)
    assert code == 0, err
    code, out, err = run_cli("backup", "restore", "--db", str(db_path), str(backup))
    assert code == 0, err


def test_a_restore_keeps_an_undelivered_key_rotation_and_the_next_sync_delivers_it_and_sends(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = _center_over_mock(monkeypatch, tmp_path)
    try:
        kf = _province_keys(db_path, tmp_path)
        service.register_province(PROVINCE, "قم", (tmp_path / "q.pub").read_bytes())
        sync = ["sync", "--db", str(db_path), *kf, "--center", "http://127.0.0.1:9"]
        assert run_cli(*sync, "--center-key", str(tmp_path / "center.pub"))[0] == 0  # bundle 1 acknowledged
        _rotated_then_restored(db_path, tmp_path, kf)
        _add_meeting(db_path, 2)
        code, out, err = run_cli(*sync)
        assert (code, err) == (0, ""), err
        assert "acknowledged 1" in out
        assert [sequence for sequence, _, _ in service.chain_for(PROVINCE)] == [1, 2]
        assert not list(tmp_path.glob("qom.key.retired-*"))  # the center has the record: the old key is erased
    finally:
        service.close()


def test_a_restore_keeps_an_undelivered_key_rotation_for_removable_media(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = _center_over_mock(monkeypatch, tmp_path)
    try:
        kf = _province_keys(db_path, tmp_path, public=False)
        assert run_cli("keys", "pin-center", str(tmp_path / "center.pub"), "--db", str(db_path))[0] == 0
        _rotated_then_restored(db_path, tmp_path, kf)
        (tmp_path / "chain").mkdir()  # nothing was ever sent: the center's exported chain is empty
        code, out, err = run_cli("bundle", "resync", "--db", str(db_path), "--from", str(tmp_path / "chain"))
        assert code == 0, err
        code, out, err = run_cli("bundle", "export", "--db", str(db_path), *kf, "--out", str(tmp_path / "usb"))
        assert code == 0, err
        records = list((tmp_path / "usb").glob("QOM-key-*.rasad-keyrot"))
        assert len(records) == 1  # the center learns the new key from it, before the bundle it signed
    finally:
        service.close()


def test_a_chain_request_refused_while_a_rotation_is_undelivered_says_so_and_exits_6(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    service = _center_over_mock(monkeypatch, tmp_path)  # the province is not registered: the record is refused
    try:
        kf = _province_keys(db_path, tmp_path, public=False)
        assert run_cli("keys", "pin-center", str(tmp_path / "center.pub"), "--db", str(db_path))[0] == 0
        _rotated_then_restored(db_path, tmp_path, kf)
        code, out, err = run_cli("bundle", "resync", "--db", str(db_path), *kf, "--center", "http://127.0.0.1:9")
        assert code == 6 and "Traceback" not in err
        assert "does not know this province's current signing key" in err and "date and time" not in err
    finally:
        service.close()
