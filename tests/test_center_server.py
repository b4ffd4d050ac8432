"""A real center process (`python -m desktop.center serve`, uvicorn) killed and restarted between syncs: the
province keeps its bundle, retries, and the center applies it exactly once (issue 4, "Must survive")."""

# ruff: noqa: F811 - pytest fixtures imported from tests.test_cli_sync are parameters here
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import httpx2
import pytest
from sqlalchemy import create_engine, func, select

from desktop.center.models import CenterBundle, NationalChange
from desktop.cli.output import ExitCode
from desktop.store.database import open_database
from desktop.store.models import Meeting, OutboxBundle
from tests.test_cli import english, qt_language_restored, run_cli  # noqa: F401
from tests.test_cli_center import center
from tests.test_cli_sync import PROVINCE, db_path, file_key  # noqa: F401

PASSPHRASE = "رمز مرکز"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class CenterProcess:
    def __init__(self, db_url: str, key: Path, port: int) -> None:
        self.args = [sys.executable, "-m", "desktop.center", "serve", "--db", db_url, "--key", str(key),
                     "--port", str(port)]
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "RASAD_CENTER_PASSPHRASE": PASSPHRASE,
               "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        self.process = subprocess.Popen(self.args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx2.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx2.HTTPError:
                time.sleep(0.2)
        raise AssertionError(f"the center did not start: {self.process.stderr.read() if self.process else ''}")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)


@pytest.fixture
def center_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("RASAD_CENTER_PASSPHRASE", PASSPHRASE)
    key = tmp_path / "center.key"
    assert center("init-key", "--out", str(key), "--public-out", str(tmp_path / "center.pub"))[0] == 0
    server = CenterProcess(f"sqlite:///{tmp_path / 'center.db'}", key, _free_port())
    yield server
    if server.process is not None and server.process.poll() is None:
        server.kill()


def _add_meeting(db_path: Path, number: int) -> None:
    database = open_database(db_path)
    with database.session() as session:
        session.add(Meeting(number=number, held_on=date(2025, 6, 1), title=f"جلسه {number}", location="تالار"))
    database.close()


def _states(db_path: Path) -> list[str]:
    database = open_database(db_path)
    with database.session() as session:
        states = list(session.scalars(select(OutboxBundle.state).order_by(OutboxBundle.sequence)))
    database.close()
    return states


def test_the_center_killed_between_syncs_loses_nothing_and_applies_each_bundle_once(db_path: Path, tmp_path: Path,
                                                                                   center_process) -> None:
    key_file = ["--key-file", str(tmp_path / "qom.key")]
    assert run_cli("keys", "init", "--db", str(db_path), *key_file)[0] == 0
    assert run_cli("keys", "export-public", "--db", str(db_path), *key_file, "--out", str(tmp_path / "q.pub"))[0] == 0
    ck = ["--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(tmp_path / "center.key")]
    assert center("register", *ck, "--province", PROVINCE, "--name", "قم",
                  "--public-key", str(tmp_path / "q.pub"))[0] == 0
    center_process.start()
    sync = ["sync", "--db", str(db_path), *key_file, "--center", center_process.url,
            "--center-key", str(tmp_path / "center.pub")]
    code, out, err = run_cli(*sync)
    assert (code, err) == (0, ""), err
    assert "acknowledged 1" in out

    center_process.kill()  # the center dies; the province goes on working
    _add_meeting(db_path, 2)
    code, out, _ = run_cli(*sync[:-2])  # the address and the center key are remembered
    assert code == ExitCode.UNREACHABLE and "failed 1" in out
    assert _states(db_path) == ["acknowledged", "waiting"]

    center_process.start()  # back: the same bundle, unchanged, is acknowledged
    code, out, err = run_cli(*sync[:-2])
    assert (code, err) == (0, ""), err
    assert _states(db_path) == ["acknowledged", "acknowledged"]
    code, out, _ = run_cli(*sync[:-2])  # nothing new: nothing sent, nothing applied twice
    assert code == 0 and "Sent 0" in out
    engine = create_engine(f"sqlite:///{tmp_path / 'center.db'}")
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(CenterBundle)) == 2
        changes = connection.scalar(select(func.count()).select_from(NationalChange))
        ids = connection.scalar(select(func.count(func.distinct(NationalChange.change_id))))
    engine.dispose()
    assert changes == ids  # every change applied exactly once


def test_a_real_center_serves_its_views_only_to_staff_and_sync_warns_of_an_old_directive_listing(
        db_path: Path, tmp_path: Path, center_process) -> None:
    from datetime import UTC, datetime, timedelta

    from desktop.store.settings import set_setting
    from desktop.sync.freshness import LISTING_AT_SETTING

    key_file = ["--key-file", str(tmp_path / "qom.key")]
    assert run_cli("keys", "init", "--db", str(db_path), *key_file)[0] == 0
    assert run_cli("keys", "export-public", "--db", str(db_path), *key_file, "--out", str(tmp_path / "q.pub"))[0] == 0
    ck = ["--db", f"sqlite:///{tmp_path / 'center.db'}", "--key", str(tmp_path / "center.key")]
    assert center("register", *ck, "--province", PROVINCE, "--name", "قم",
                  "--public-key", str(tmp_path / "q.pub"))[0] == 0
    code, out, _ = center("staff-token", "add", *ck, "--name", "ستاد")
    assert code == 0
    token = out.strip().splitlines()[-1]
    center_process.start()
    assert httpx2.get(f"{center_process.url}/status", timeout=10).status_code == 401
    assert httpx2.get(f"{center_process.url}/national", timeout=10,
                     headers={"Authorization": f"Bearer {token}"}).status_code == 200
    sync = ["sync", "--db", str(db_path), *key_file, "--center", center_process.url,
            "--center-key", str(tmp_path / "center.pub")]
    code, out, err = run_cli(*sync)
    assert (code, err) == (0, ""), err  # a listing was verified just now: no warning

    center_process.kill()
    database = open_database(db_path)
    with database.session() as session:  # as if the center had been unreachable for ten days
        set_setting(session, LISTING_AT_SETTING, (datetime.now(UTC) - timedelta(days=10, hours=1)).isoformat())
    database.close()
    code, out, err = run_cli(*sync[:-2])
    assert code == ExitCode.UNREACHABLE and "directive listing signed by the center is 10 day(s) old (more than 7)" in err
    code, out, err = run_cli(*sync[:-2], "--directive-warning-days", "14")  # the setting, remembered
    assert code == ExitCode.UNREACHABLE and "directive listing" not in err
    code, out, err = run_cli(*sync[:-2])
    assert code == ExitCode.UNREACHABLE and "directive listing" not in err
