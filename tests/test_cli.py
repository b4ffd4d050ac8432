"""The command line: `python -m desktop run|demo|db`, its messages and exit codes."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QTranslator  # noqa: E402

from desktop.cli import output  # noqa: E402
from desktop.domain.messages import DomainError  # noqa: E402
from desktop.paths import translations_dir  # noqa: E402
from desktop.store.database import open_database  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401

AS_OF = "2026-11-23"
ALREADY_EXISTS = "The file {path} already exists; the demo is only written into a new database."




@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str, str]:
    """`demo --db X` once for the module (about a second): the path, exit code, stdout and stderr."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RASAD_LANG", "en")
        patch.setattr(output, "_translator_ready", False)
        return (path, *run_cli("demo", "--db", str(path), "--as-of", AS_OF))


def test_help_lists_the_run_demo_and_db_commands() -> None:
    code, out, _ = run_cli("--help")
    assert code == 0
    assert "COMMAND" in out
    for command in ("run", "demo", "db"):
        assert f"    {command} " in out


def test_demo_creates_a_database_and_prints_a_summary(demo_run: tuple[Path, int, str, str]) -> None:
    path, code, out, err = demo_run
    assert (code, err) == (0, "")
    assert path.is_file()
    assert out.startswith(f"Demo database written to {path} in ")
    assert "Districts: 8;" in out and "meetings: 12;" in out
    with open_database(path, create=False) as database, database.session() as session:
        from desktop.store.settings import get_setting

        assert get_setting(session, "demo.as_of") == AS_OF


def test_demo_refuses_to_overwrite_an_existing_file(demo_run: tuple[Path, int, str, str]) -> None:
    path = demo_run[0]
    before = path.read_bytes()
    code, out, err = run_cli("demo", "--db", str(path), "--as-of", AS_OF, "--seed", "7")
    assert code != 0 and out == ""
    assert err.strip() == ALREADY_EXISTS.format(path=path)
    assert path.read_bytes() == before


def test_db_reports_integrity_and_table_counts(demo_run: tuple[Path, int, str, str]) -> None:
    path = demo_run[0]
    code, out, err = run_cli("db", "--db", str(path))
    assert code == 0
    assert err.splitlines()[-1] == "Checking the database: 100% (the whole file)"  # progress on stderr
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}: the integrity check found no problem (")
    assert lines[1].startswith(f"{path}: integrity ok, schema revision ")
    counts = dict(line.strip().split(": ") for line in lines[2:])
    assert list(counts) == sorted(counts)  # a table is found by its name
    assert counts["district"] == "8" and counts["meeting"] == "12"
    assert int(counts["activity"]) > 0 and "change_log" in counts


def test_db_on_a_garbage_file_fails_with_a_clear_message(tmp_path: Path) -> None:
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes(b"this is not a database, just some notes\n" * 20)
    code, out, err = run_cli("db", "--db", str(garbage))
    assert code == 1 and out == ""
    assert err.strip() == f"The file “{garbage}” is not a Rasad database (it is not an SQLite file)."
    assert "Traceback" not in err
    assert garbage.read_bytes() == b"this is not a database, just some notes\n" * 20


def test_db_on_a_missing_file_fails_with_a_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    code, _, err = run_cli("db", "--db", str(missing))
    assert code == 1 and err.strip() == f"There is no database at {missing}."
    assert not missing.exists()


def test_a_failed_demo_leaves_no_database_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.demo import generator

    def failing(database, **kwargs):
        raise DomainError("Cli", "The demo could not be written.")

    monkeypatch.setattr(generator, "generate_demo", failing)
    path = tmp_path / "demo.sqlite3"
    code, _, err = run_cli("demo", "--db", str(path), "--as-of", AS_OF)
    assert code == 1 and err.strip() == "The demo could not be written."
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("demo.sqlite3")) == []


def test_messages_are_persian_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = translations_dir() / "rasad_fa.qm"
    translator = QTranslator()
    if not compiled.is_file() or not translator.load(str(compiled)):
        pytest.skip("i18n/rasad_fa.qm is not built")
    persian = translator.translate("Cli", ALREADY_EXISTS)
    if not persian or persian == ALREADY_EXISTS:
        pytest.skip("the message is not translated yet")
    monkeypatch.delenv("RASAD_LANG")
    existing = tmp_path / "taken.sqlite3"
    existing.write_bytes(b"")
    code, _, err = run_cli("demo", "--db", str(existing))
    assert code == 1
    assert err.strip() == persian.format(path=existing)


def test_a_reader_gone_before_the_last_flush_ends_quietly_inside_the_command(
        demo_run: tuple[Path, int, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`rasad overview | head -c 200`: the reader may leave after the last print, while its text is still in
    stdout's buffer. Flushed at the interpreter's exit, that printed "Exception ignored ... BrokenPipeError"
    (seen with the installed program); flushed by the command, it ends like any gone reader: exit 0, silent."""
    import errno
    import io
    import sys

    from desktop.cli.main import main

    class GoneReader(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    reader = GoneReader()
    monkeypatch.setattr(sys, "stdout", reader)
    assert main(["overview", "--db", str(demo_run[0])]) == 0
    assert reader.flushes == 1 and reader.getvalue().startswith("{")


def test_a_demo_killed_halfway_leaves_no_database_under_its_name_and_the_next_one_is_written(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[1]
    path = tmp_path / "demo.sqlite3"
    command = [sys.executable, "-m", "desktop", "--lang", "en", "demo", "--db", str(path), "--as-of", AS_OF]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    killed = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # well into the province
    killed.send_signal(signal.SIGKILL)
    killed.wait(30)
    assert not path.exists()

    again = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=180)
    assert again.returncode == 0, again.stderr
    assert path.exists() and not [p.name for p in tmp_path.iterdir() if ".part" in p.name]


def test_a_refused_value_of_a_field_without_words_is_said_without_the_fields_identifier() -> None:
    from desktop.domain.messages import ValidationError

    assert output.describe(ValidationError("no_such_field", "Give a value.")) == "Give a value."
    assert output.describe(ValidationError("period", "Give a value.")) == "Give a value. Check the period."
