"""``python -m desktop.center accounts ...`` (issue 16): the password never on the command line, Persian messages
with --lang fa, exit 0 done and 2 not done, every change audited, nothing half-written."""

from __future__ import annotations

import contextlib
import io
import sys

import pytest
from sqlalchemy import create_engine, select

from desktop.center.cli import main as center_main
from desktop.center.models import CenterStaffAccount

PASSWORD = "a long enough passphrase"


def center(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = center_main(list(args))
            except SystemExit as exit_:  # argparse's own refusals
                code = exit_.code
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'center.db'}"


def test_add_reads_the_password_from_stdin_and_stores_only_its_argon2id_hash(db) -> None:
    code, out, err = center("accounts", "add", "--db", db, "--user", "Sara", "--name", "سارا", "--role", "analyst",
                            "--password-stdin", "--lang", "fa", stdin=PASSWORD + "\n")
    assert (code, err) == (0, "") and out == "حساب sara با نقش کارشناس تحلیل افزوده شد.\n"
    engine = create_engine(db)
    stored = engine.connect().scalar(select(CenterStaffAccount.password_hash))
    engine.dispose()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_a_password_is_never_taken_from_the_command_line(db) -> None:
    code, _, err = center("accounts", "add", "--db", db, "--user", "sara", "--role", "viewer", "--password", PASSWORD)
    assert code == 2 and "unrecognized arguments" in err
    code, _, err = center("accounts", "add", "--db", db, "--user", "sara", "--role", "viewer", "--lang", "fa")
    assert code == 2 and "--password-stdin" in err and "گذرواژه" in err  # no terminal here: not asked, refused


@pytest.mark.parametrize(("args", "stdin", "persian"), [
    (("add", "--user", "sara", "--role", "viewer", "--password-stdin"), "short\n", "گذرواژه دست‌کم ۱۰ نویسه"),
    (("add", "--user", "a b", "--role", "viewer", "--password-stdin"), PASSWORD, "نام کاربری ۲ تا ۶۴ نویسه"),
    (("add", "--user", "sara", "--role", "liaison", "--password-stdin"), PASSWORD, "دست‌کم یک استان"),
    (("add", "--user", "sara", "--role", "liaison", "--provinces", "THR", "--password-stdin"), PASSWORD,
     "استان THR در مرکز ثبت نشده است"),
    (("add", "--user", "sara", "--password-stdin"), PASSWORD, "--role را بدهید"),
    (("disable", "--user", "nobody"), "", "حسابی با نام nobody نیست"),
    (("set-password", "--user", "nobody", "--password-stdin"), PASSWORD, "حسابی با نام nobody نیست"),
    (("unlock",), "", "--user NAME را بدهید"),
])
def test_what_cannot_be_done_is_said_in_persian_with_exit_2_and_writes_nothing(db, args, stdin, persian) -> None:
    code, out, err = center("accounts", args[0], "--db", db, *args[1:], "--lang", "fa", stdin=stdin)
    assert (code, out) == (2, "") and persian in err and "Traceback" not in err
    assert center("accounts", "list", "--db", db)[1] == ""


def test_a_database_that_cannot_be_opened_is_one_line_not_a_traceback(tmp_path) -> None:
    code, _, err = center("accounts", "list", "--db", f"sqlite:///{tmp_path / 'missing' / 'x.db'}", "--lang", "fa")
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_disable_enable_set_role_set_password_unlock_and_the_audit(db) -> None:
    assert center("accounts", "add", "--db", db, "--user", "sara", "--role", "viewer", "--password-stdin",
                  stdin=PASSWORD)[0] == 0
    assert center("accounts", "disable", "--db", db, "--user", "sara")[0] == 0
    assert "disabled" in center("accounts", "list", "--db", db)[1]
    assert center("accounts", "enable", "--db", db, "--user", "sara")[0] == 0
    code, out, _ = center("accounts", "set-role", "--db", db, "--user", "sara", "--role", "admin", "--lang", "fa")
    assert code == 0 and "مدیر سامانه" in out
    assert center("accounts", "set-password", "--db", db, "--user", "sara", "--password-stdin",
                  stdin="another long passphrase\n")[0] == 0
    assert center("accounts", "unlock", "--db", db, "--user", "sara")[0] == 0
    code, out, _ = center("accounts", "list", "--db", db)
    assert code == 0 and out.split() == ["sara", "sara", "administrator", "active"]
    code, out, _ = center("accounts", "audit", "--db", db)
    targets = [line.split("  ", 4)[-1] for line in out.splitlines()]
    assert code == 0 and targets == ["unlock sara", "set-password sara", "set-role sara admin", "enable sara",
                                     "disable sara", "add sara (viewer)"]
