# ruff: noqa: F811 - pytest fixtures imported from tests.test_cli_sync are parameters here
"""Province and center on the command line, with removable media only: registration, bundles delivered out of
order, receipts, a key rotation and a directive (issue 4)."""

from __future__ import annotations

import contextlib
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.center.cli import main as center_main
from desktop.store.database import open_database
from desktop.store.models import CenterDeadline, Meeting, OutboxBundle
from tests.test_cli import english, qt_language_restored, run_cli  # noqa: F401
from tests.test_cli_sync import PROVINCE, db_path, file_key  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def center_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASAD_CENTER_PASSPHRASE", "رمز مرکز")


def center(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = center_main(list(args))
    return code, out.getvalue(), err.getvalue()


def _change(db_path: Path, number: int) -> None:
    database = open_database(db_path)
    with database.session() as session:
        session.add(Meeting(number=number, held_on=date(2025, 6, 1), title=f"جلسه {number}", location="تالار"))
    database.close()


def _center_rows(path: Path, table: str) -> dict[int, dict]:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from desktop.center.dashboard.replay import current_rows

    engine = create_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            return current_rows(session, PROVINCE, [table])[table]
    finally:
        engine.dispose()


def _province(*args: str, db_path: Path) -> str:
    code, out, err = run_cli(*args, "--db", str(db_path))
    assert (code, err) == (0, ""), err
    return out


def test_removable_media_round_trip_out_of_order_with_rotation_and_directive(db_path: Path, tmp_path: Path) -> None:
    center_db = f"sqlite:///{tmp_path / 'center.db'}"
    ck = ["--db", center_db, "--key", str(tmp_path / "center.key")]
    assert center("init-key", "--out", str(tmp_path / "center.key"), "--public-out", str(tmp_path / "center.pub"))[0] == 0
    key_file = ["--key-file", str(tmp_path / "qom.key")]
    _province("keys", "init", *key_file, db_path=db_path)
    _province("keys", "export-public", *key_file, "--out", str(tmp_path / "qom.pub"), db_path=db_path)
    assert center("register", *ck, "--province", PROVINCE, "--name", "قم",
                  "--public-key", str(tmp_path / "qom.pub"))[0] == 0
    _province("keys", "pin-center", str(tmp_path / "center.pub"), db_path=db_path)

    usb = tmp_path / "usb"
    for number in (2, 3):  # three bundles, each export also rewrites the earlier pending ones
        _province("bundle", "export", *key_file, "--out", str(usb), db_path=db_path)
        _change(db_path, number)
    _province("bundle", "export", *key_file, "--out", str(usb), db_path=db_path)
    files = sorted(usb.glob("*.rasad-bundle"))
    assert len(files) == 3

    receipts = tmp_path / "receipts"
    code, out, err = center("ingest", *ck, "--receipts", str(receipts), *map(str, reversed(files)))
    assert code == 0, err
    assert [line.split(": ")[1].split()[0] for line in out.splitlines()] == ["held", "held", "accepted"]
    # the same media again: each gets its stored receipt (now "accepted"), nothing is applied twice
    code, out, _ = center("ingest", *ck, "--receipts", str(receipts), *map(str, files))
    assert code == 0 and out.count(": accepted sequence") == 3
    status = json.loads(center("status", *ck, "--format", "json")[1])
    assert (status[0]["last_sequence"], status[0]["held"], status[0]["flags"]) == (3, 0, 0)

    out = _province("bundle", "receipts", *map(str, sorted(receipts.iterdir())), db_path=db_path)
    assert out.count("is acknowledged") == 3
    database = open_database(db_path)
    with database.session() as session:
        assert set(session.scalars(select(OutboxBundle.state))) == {"acknowledged"}
    database.close()

    out = _province("keys", "rotate", *key_file, db_path=db_path)
    assert "from sequence 4 on" in out
    _change(db_path, 4)
    usb2 = tmp_path / "usb2"
    _province("bundle", "export", *key_file, "--out", str(usb2), db_path=db_path)
    assert len(list(usb2.glob("*.rasad-keyrot"))) == 1
    receipts2 = tmp_path / "receipts2"
    code, out, err = center("ingest", *ck, "--receipts", str(receipts2), *map(str, sorted(usb2.iterdir(),
                                                                                          reverse=True)))
    assert code == 0, err
    assert "now signs with key id" in out and "accepted sequence 4" in out
    retired = list(tmp_path.glob("qom.key.retired-*"))
    assert len(retired) == 1  # kept while the center might not have the rotation
    _province("bundle", "receipts", *key_file, *map(str, receipts2.iterdir()), db_path=db_path)
    assert not retired[0].exists()  # bundle 4, signed by the new key, was accepted: the old key is erased

    directive = tmp_path / "directive.json"
    directive.write_text(json.dumps({"note": "", "programs": [], "indicator_targets": [], "deadlines": [
        {"code": "H1", "title": "گزارش شش‌ماهه", "due_on": "2026-12-20", "note": ""}]}), encoding="utf-8")
    assert center("directive", *ck, "--province", PROVINCE, "--file", str(directive), "--out", str(usb2))[0] == 0
    directive_file = next(usb2.glob("*.rasad-directive"))
    out = _province("directives", "import", str(directive_file), db_path=db_path)
    assert "directive 1 applied (0 program(s), 0 target(s), 1 deadline(s))" in out
    out = _province("directives", "import", str(directive_file), db_path=db_path)
    assert "directive 1 already applied; nothing changed" in out
    database = open_database(db_path)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CenterDeadline)) == 1
    database.close()


def test_a_directive_signed_by_another_center_is_refused(db_path: Path, tmp_path: Path) -> None:
    for name in ("real", "fake"):
        assert center("init-key", "--out", str(tmp_path / f"{name}.key"),
                      "--public-out", str(tmp_path / f"{name}.pub"))[0] == 0
    _province("keys", "pin-center", str(tmp_path / "real.pub"), db_path=db_path)
    fake = ["--db", f"sqlite:///{tmp_path / 'fake.db'}", "--key", str(tmp_path / "fake.key")]
    key_file = ["--key-file", str(tmp_path / "qom.key")]
    _province("keys", "init", *key_file, db_path=db_path)
    _province("keys", "export-public", *key_file, "--out", str(tmp_path / "qom.pub"), db_path=db_path)
    center("register", *fake, "--province", PROVINCE, "--name", "قم", "--public-key", str(tmp_path / "qom.pub"))
    directive = tmp_path / "d.json"
    directive.write_text(json.dumps({"note": "", "programs": [], "indicator_targets": [], "deadlines": [
        {"code": "X", "title": "مهلت", "due_on": "2026-12-20", "note": ""}]}), encoding="utf-8")
    assert center("directive", *fake, "--province", PROVINCE, "--file", str(directive), "--out", str(tmp_path))[0] == 0
    code, out, err = run_cli("directives", "import", str(next(tmp_path.glob("*.rasad-directive"))),
                             "--db", str(db_path))
    assert code == 1 and "unknown key" in err and "Traceback" not in err
    assert err.startswith(f"{next(tmp_path.glob('*.rasad-directive'))}: ")  # which of the files it is


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX file type")
def test_a_fifo_given_as_a_directive_file_is_refused_at_once_naming_it(db_path: Path, tmp_path: Path) -> None:
    from tests.sync.test_regular_files import _finishes

    assert center("init-key", "--out", str(tmp_path / "c.key"), "--public-out", str(tmp_path / "c.pub"))[0] == 0
    _province("keys", "pin-center", str(tmp_path / "c.pub"), db_path=db_path)
    os.mkfifo(tmp_path / "d.rasad-directive")
    code, _, err = _finishes(lambda: run_cli("directives", "import", str(tmp_path / "d.rasad-directive"),
                                             "--db", str(db_path)))
    assert code == 1 and str(tmp_path / "d.rasad-directive") in err and "not a regular file" in err


def test_keys_pin_center_refuses_to_silently_replace_a_pinned_key(db_path: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        center("init-key", "--out", str(tmp_path / f"{name}.key"), "--public-out", str(tmp_path / f"{name}.pub"))
    _province("keys", "pin-center", str(tmp_path / "a.pub"), db_path=db_path)
    code, _, err = run_cli("keys", "pin-center", str(tmp_path / "b.pub"), "--db", str(db_path))
    assert code == 1 and "already pinned" in err
    _province("keys", "pin-center", str(tmp_path / "b.pub"), "--replace", db_path=db_path)


def test_keys_pin_center_refuses_a_file_too_large_to_be_a_key_and_pins_nothing(db_path: Path, tmp_path: Path) -> None:
    # The center's real key with 20 KB after it: read up to the cap and no further, then refused as too large -
    # not cut at the cap and parsed (it was), and not "could not be read (file too large)" in English mid-Persian.
    center("init-key", "--out", str(tmp_path / "c.key"), "--public-out", str(tmp_path / "c.pub"))
    padded = tmp_path / "padded.pub"
    padded.write_bytes((tmp_path / "c.pub").read_bytes() + b"\n" * 20_000)

    code, _, err = run_cli("--lang", "en", "keys", "pin-center", str(padded), "--db", str(db_path))
    assert code == 1 and "Traceback" not in err
    assert f"The file {padded} is larger than a public key file can be (16384 bytes at most)" in err
    code, _, err = run_cli("--lang", "fa", "keys", "pin-center", str(padded), "--db", str(db_path))
    assert code == 1 and "۱۶۳۸۴" in err and "too large" not in err

    database = open_database(db_path)
    try:
        from desktop.sync.center_link import CenterLinkService

        assert CenterLinkService(database).link().center_key_id is None
    finally:
        database.close()
    _province("keys", "pin-center", str(tmp_path / "c.pub"), db_path=db_path)  # the key itself is taken


def test_after_a_restore_the_chain_comes_back_from_removable_media(db_path: Path, tmp_path: Path) -> None:
    from desktop.store.backup import create_backup, restore_backup
    from desktop.sync.resync import resync_required

    ck = ["--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(tmp_path / "center.key")]
    center("init-key", "--out", str(tmp_path / "center.key"), "--public-out", str(tmp_path / "center.pub"))
    key_file = ["--key-file", str(tmp_path / "qom.key")]
    _province("keys", "init", *key_file, db_path=db_path)
    _province("keys", "export-public", *key_file, "--out", str(tmp_path / "qom.pub"), db_path=db_path)
    _province("keys", "pin-center", str(tmp_path / "center.pub"), db_path=db_path)
    center("register", *ck, "--province", PROVINCE, "--name", "قم", "--public-key", str(tmp_path / "qom.pub"))
    from datetime import UTC, datetime

    backup = create_backup(db_path, tmp_path / "backups", now=datetime(2026, 11, 23, tzinfo=UTC))
    for number in (2, 3):
        _change(db_path, number)
        _province("bundle", "export", *key_file, "--out", str(tmp_path / "usb"), db_path=db_path)
    assert center("ingest", *ck, *map(str, sorted((tmp_path / "usb").glob("*.rasad-bundle"))))[0] == 0
    restore_backup(backup.path, db_path)

    code, _, err = run_cli("bundle", "export", "--db", str(db_path), *key_file, "--out", str(tmp_path / "x"))
    assert code == 1 and "restored from a backup" in err
    code, out, err = center("export-chain", *ck, "--province", PROVINCE, "--out", str(tmp_path / "chain"))
    assert code == 0 and out.startswith("2 bundle(s)"), err
    out = _province("bundle", "resync", *key_file, "--from", str(tmp_path / "chain"), db_path=db_path)
    assert "2 bundle(s) taken back" in out
    # meetings 2 and 3 were lost with the restore: the center is told, in the next bundle
    assert "2 row(s) the center holds differ from this database" in out
    database = open_database(db_path)
    assert not resync_required(database)
    database.close()
    _change(db_path, 4)
    _province("bundle", "export", *key_file, "--out", str(tmp_path / "usb2"), db_path=db_path)
    code, out, _ = center("ingest", *ck, *map(str, sorted((tmp_path / "usb2").glob("*.rasad-bundle"))))
    assert code == 0 and "accepted sequence 3" in out
    with open_database(db_path) as database, database.reading() as session:
        numbers = sorted(session.scalars(select(Meeting.number)))
    assert 2 not in numbers and 3 not in numbers
    assert sorted(row["number"] for row in _center_rows(tmp_path / "center.db", "meeting").values()) == numbers


def test_staff_tokens_are_added_listed_and_revoked_from_the_command_line(tmp_path: Path) -> None:
    ck = ["--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(tmp_path / "center.key")]
    assert center("init-key", "--out", str(tmp_path / "center.key"))[0] == 0
    code, out, _ = center("staff-token", "add", *ck, "--name", "دفتر")
    token = out.strip().splitlines()[-1]
    assert code == 0 and token.startswith("rasad-staff.1.")
    assert token not in (tmp_path / "center.db").read_bytes().decode("latin-1")  # only its hash is kept
    assert "1  دفتر" in center("staff-token", "list", *ck)[1] and "active" in center("staff-token", "list", *ck)[1]
    assert center("staff-token", "revoke", *ck, "--id", "1")[0] == 0
    assert "revoked" in center("staff-token", "list", *ck)[1]
    assert center("staff-token", "revoke", *ck, "--id", "9")[0] == 2


def test_after_rotate_center_key_the_old_key_may_not_serve(tmp_path: Path) -> None:
    old = ["--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(tmp_path / "old.key")]
    assert center("init-key", "--out", str(tmp_path / "old.key"))[0] == 0
    assert center("init-key", "--out", str(tmp_path / "new.key"))[0] == 0
    code, out, err = center("rotate-center-key", *old, "--new-key", str(tmp_path / "new.key"))
    assert code == 0, err
    assert "rotated to" in out
    code, _, err = center("serve", *old, "--port", "1")
    assert code == 2 and "rotated out" in err


# Issue 12: the center's messages go through the translation files, Persian with --lang fa.

def _persian_only(text: str) -> bool:
    """No English word of three letters or more outside paths, key ids, codes, variable and option names."""
    import re

    words = re.findall(r"(?<![\w./\\-])[A-Za-z]{3,}(?![\w./\\-])", text)
    return not [word for word in words if not word.isupper()]  # QOM, JSON, FILE are names, not English


def test_the_centers_command_line_speaks_persian_with_lang_fa_and_english_by_default(tmp_path: Path) -> None:
    from desktop.center.cli_parser import LANGUAGE_ENV

    key = str(tmp_path / "center.key")
    code, out, err = center("--lang", "fa", "init-key", "--out", key)
    assert code == 0 and "کلید مرکز با شناسهٔ" in out and "written" not in out, out + err
    ck = ["--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", key]
    code, out, err = center("staff-token", "add", *ck, "--name", "دفتر", "--lang", "fa")  # after the command too
    assert code == 0 and "توکن ۱ برای دفتر" in out, out + err
    code, out, _ = center("staff-token", "list", *ck, "--lang", "fa")
    assert "فعال" in out and "active" not in out
    code, _, err = center("staff-token", "revoke", *ck, "--id", "9", "--lang", "fa")
    assert code == 2 and "چنین توکنی نیست" in err and _persian_only(err), err
    code, out, _ = center("staff-token", "list", *ck)  # English unless asked
    assert code == 0 and "active" in out
    with pytest.MonkeyPatch.context() as env:
        env.setenv(LANGUAGE_ENV, "fa")
        assert "فعال" in center("staff-token", "list", *ck)[1]


def test_a_refusal_and_a_missing_passphrase_are_one_persian_line_with_lang_fa(tmp_path: Path) -> None:
    key = str(tmp_path / "center.key")
    assert center("init-key", "--out", key)[0] == 0
    ck = ["--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", key, "--lang", "fa"]
    public = tmp_path / "p.pub"
    from desktop.sync.keys import export_public, generate_private_key

    public.write_bytes(export_public(generate_private_key().public_key()))
    assert center("register", *ck, "--province", "QOM", "--name", "قم", "--public-key", str(public))[0] == 0
    code, _, err = center("register", *ck, "--province", "ISF", "--name", "اصفهان", "--public-key", str(public))
    assert code == 2 and len(err.strip().splitlines()) == 1 and _persian_only(err), err  # the key is in use
    with pytest.MonkeyPatch.context() as env:
        env.delenv("RASAD_CENTER_PASSPHRASE")
        code, _, err = center("status", *ck)
    assert code == 2 and "RASAD_CENTER_PASSPHRASE" in err and _persian_only(err), err
    code, _, err = center("register", *ck, "--province", "ISF", "--name", "اصفهان",
                          "--public-key", str(tmp_path / "missing.pub"))
    assert code == 2 and "missing.pub" in err and _persian_only(err.split("(")[0]), err  # (the system's reason)


def test_ingest_reports_in_persian_while_the_receipt_keeps_the_english_reason(tmp_path: Path) -> None:
    from desktop.sync.key_files import EncryptedKeyFile
    from desktop.sync.receipts import read_receipt
    from tests.center.conftest import Province

    key = tmp_path / "center.key"
    assert center("init-key", "--out", str(key))[0] == 0
    bundle = tmp_path / "QOM-000001.rasad-bundle"
    bundle.write_bytes(Province("QOM").bundle())  # QOM is not registered: "unknown key", sent again later
    receipts = tmp_path / "receipts"
    code, out, err = center("ingest", "--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(key),
                            "--receipts", str(receipts), str(bundle), "--lang", "fa")
    assert code == 1 and "بعداً دوباره" in out and "unknown key" not in out and _persian_only(out), out + err
    center_key = EncryptedKeyFile(key).load("رمز مرکز")
    receipt = read_receipt(next(receipts.iterdir()).read_bytes(), center_key.public_key(), "QOM")
    assert receipt.reason.startswith("The bundle is signed by an unknown key")  # the stable English text


def test_every_message_the_center_prints_is_marked_for_translation() -> None:
    """A print of a bare literal or f-string in the center's package is a message no translation reaches."""
    import ast

    untranslated = []
    for path in sorted((Path(__file__).parent.parent / "desktop" / "center").glob("*.py")):
        if path.name == "migrate.py":  # `python -m desktop.center.migrate revision`: a developer's tool
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("print", "SystemExit")
                    and node.args and isinstance(node.args[0], ast.Constant | ast.JoinedStr)):
                untranslated.append(f"{path.name}:{node.lineno}")
    assert untranslated == [], untranslated


def test_the_qt_free_catalogue_holds_every_finished_persian_translation() -> None:
    from desktop.translations import Language, catalogue
    from tools import i18n, ts_files

    finished = {(m.context, m.source): m.translations[0] for m in ts_files.read_messages(i18n.PERSIAN_TS)
                if m.live and m.finished and not m.numerus and m.translations[0]}
    assert finished and {key: catalogue(Language.PERSIAN).get(key) for key in finished} == finished


def test_a_database_that_cannot_be_used_is_one_line_without_its_password(tmp_path: Path) -> None:
    key = str(tmp_path / "center.key")
    assert center("init-key", "--out", key)[0] == 0
    code, _, err = center("status", "--db", "not a url", "--key", key, "--lang", "fa")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--db" in err and "نشانی پایگاه داده نیست" in err
    code, _, err = center("status", "--db", "postgresql+psycopg://staff:hunter2@127.0.0.1:1/center", "--key", key)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "could not be used" in err, err
    assert "hunter2" not in err and "staff:***@127.0.0.1:1" in err
    code, _, err = center("status", "--db", f"sqlite:///{tmp_path / 'missing' / 'c.db'}", "--key", key)
    assert code == 2 and "c.db" in err and "Traceback" not in err, err


def test_a_rotation_refused_by_the_center_names_its_reason_in_persian(tmp_path: Path) -> None:
    """The reason inside the refusal ("the province is not registered") was English in a Persian sentence."""
    from desktop.sync.keys import generate_private_key
    from desktop.sync.rotation_records import rotation_record

    key = str(tmp_path / "center.key")
    assert center("init-key", "--out", key)[0] == 0
    record = tmp_path / "r.rasad-keyrot"
    record.write_bytes(rotation_record(generate_private_key(), generate_private_key(), "QOM", from_sequence=1))
    code, _, err = center("rotate-key", "--db", f"sqlite:///{tmp_path / 'c.db'}", "--key", key,
                          "--province", "QOM", str(record), "--lang", "fa")
    assert code == 2 and "استان ثبت نشده است" in err and _persian_only(err), err


def test_demo_fills_a_new_center_with_real_signed_bundles_once_and_the_dashboard_shows_them(tmp_path: Path) -> None:
    center_db = f"sqlite:///{tmp_path / 'center.db'}"
    ck = ["--db", center_db, "--key", str(tmp_path / "center.key")]
    assert center("init-key", "--out", str(tmp_path / "center.key"))[0] == 0
    code, out, err = center("demo", *ck)
    assert (code, err) == (0, ""), err
    assert out.count("its bundle accepted") == 2 and "KRM" in out
    again = center("--lang", "fa", "demo", *ck)
    assert again[0] == 2 and "مرکز از پیش ۳ استان دارد" in again[2]  # never mixed into a center in use
    code, out, _ = center("national", *ck, "--format", "json")
    progress = {row["code"]: row for row in json.loads(out)}
    assert set(progress) == {"QOM", "ISF", "KRM"}
    assert progress["QOM"]["activities"] > 0 and progress["KRM"]["activities"] == 0


def test_ingest_knows_a_rotation_record_by_its_content_whatever_its_file_is_called(tmp_path: Path) -> None:
    """A record renamed on the way (``rot.json``) was taken for a bundle: "damaged or not a bundle"."""
    from desktop.sync.keys import generate_private_key
    from desktop.sync.rotation_records import rotation_record

    key = str(tmp_path / "center.key")
    assert center("init-key", "--out", key)[0] == 0
    record = tmp_path / "rot.json"
    record.write_bytes(rotation_record(generate_private_key(), generate_private_key(), "QOM", from_sequence=1))
    code, _, err = center("ingest", "--db", f"sqlite:///{tmp_path / 'c.db'}", "--key", key, str(record))
    assert code == 1 and "rot.json: refused" in err and "not registered" in err, err
    assert "not a bundle" not in err
