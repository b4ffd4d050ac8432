"""The soak test of issue 12 (Acceptance): 31 provinces × 12 monthly bundles through a real `python -m desktop.center
serve` on SQLite and on PostgreSQL (``tools/with_postgres.sh`` provides one), with the center killed (SIGKILL)
and restarted at random moments, the link cut at random moments, one province sending before it is registered
and one province trying the namespace attack (its own bundles signed with another province's next bundle id).

At the end every genuine bundle is applied exactly once, in order, and every province's outbox is settled.
Bounded and loopback only: a few seconds of chaos, then the provinces drain; the whole run stays well under
three minutes per database. The seed is printed so a failure can be replayed (RASAD_SOAK_SEED).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path

import httpx2
import pytest
from sqlalchemy import create_engine, select

from desktop.center.models import CenterBundle, CenterFlag, NationalChange
from desktop.center.service import CenterService
from desktop.store.database import open_database
from desktop.store.models import Meeting
from desktop.sync import canonical, frame
from desktop.sync.key_files import EncryptedKeyFile
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt
from desktop.sync.sender import Sender

PROVINCES = 31
MONTHS = 12
MAX_KILLS = 3  # each restart costs a second or two of start-up: a few, at random moments, keep the run short
LATE = "P31"  # sends from month 1, registered only after month 6
VICTIM, ATTACKER = "P01", "ATK"
PASSPHRASE = "soak"
ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("RASAD_TEST_POSTGRES_URL")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Center:
    """`python -m desktop.center serve` as a child process, killed with SIGKILL and started again."""

    def __init__(self, db_url: str, key: Path) -> None:
        self.port = _free_port()
        self.args = [sys.executable, "-m", "desktop.center", "serve", "--db", db_url, "--key", str(key),
                     "--port", str(self.port),
                     "--max-per-client", "4"]  # 31 "sites" behind one loopback relay: one address, like a proxy
        self.process: subprocess.Popen | None = None
        self.kills = 0

    def start(self) -> None:
        env = {**os.environ, "RASAD_CENTER_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(self.args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:  # /health answers without credentials (/status needs a staff token)
                if httpx2.get(f"http://127.0.0.1:{self.port}/health", timeout=1).status_code == 200:
                    return
            except httpx2.HTTPError:
                if self.process.poll() is not None:
                    raise AssertionError("the center exited while starting") from None
            time.sleep(0.1)
        raise AssertionError("the center did not start within 60 s")

    def kill(self) -> None:
        """One of the soak's random kills (counted against MAX_KILLS)."""
        if self._kill_running():
            self.kills += 1

    def stop(self) -> None:
        """The end of the test: the same SIGKILL, not counted as chaos."""
        self._kill_running()

    def _kill_running(self) -> bool:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
            return True
        return False


class FlakyLink:
    """A loopback TCP relay in front of the center whose connections can be cut at any moment."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.open: set[socket.socket] = set()
        self.down_until = 0.0
        self.cuts = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def cut(self, seconds: float) -> None:
        with self.lock:
            self.down_until = time.monotonic() + seconds
            self.cuts += 1
            for sock in list(self.open):
                _close(sock)
            self.open.clear()

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.listener.close()
        self.cut(0)

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if time.monotonic() < self.down_until:
                _close(client)
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
            except OSError:
                _close(client)
                continue
            with self.lock:
                self.open.update((client, upstream))
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                _close(sock)
                with self.lock:
                    self.open.discard(sock)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


class Attacker:
    """A registered province that signs its own bundles with the victim's next bundle id (issue 12, Why 2)."""

    def __init__(self) -> None:
        self.key = generate_private_key()
        self.sequence, self.previous, self.change = 0, frame.GENESIS_HASH, 0
        self.sent: list[bytes] = []

    def bundle_with_id(self, bundle_id: str) -> bytes:
        self.sequence += 1
        self.change += 1
        change = {"id": self.change, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "x",
                  "table": "meeting", "row_id": self.change, "operation": "insert", "old": None, "new": {"n": 1}}
        data = frame.encode({
            "payload_type": "progress", "bundle_id": bundle_id, "province": ATTACKER, "sequence": self.sequence,
            "previous_hash": self.previous, "created_at": "2026-11-23T10:00:00Z", "app_version": "0.1.0",
            "schema_version": "0003"}, [("changes.json", canonical.dumps({"changes": [change]}), True)], self.key)
        self.previous = frame.file_hash(data)
        self.sent.append(data)
        return data


def _post_until_answered(client: httpx2.Client, url: str, data: bytes, center_key, province: str) -> Verdict:
    for _ in range(200):
        try:
            response = client.post(f"{url}/bundles", content=data, timeout=10)
            if response.status_code == 200:
                return read_receipt(response.content, center_key, province).verdict
        except httpx2.HTTPError:
            pass
        time.sleep(0.05)
    raise AssertionError("the attacker's bundle never got an answer")


def _prepared_databases(tmp_path: Path, codes: list[str]) -> dict[str, Path]:
    """One migrated empty province database, copied for each province (migrating 31 times would be slow)."""
    template = tmp_path / "template.sqlite3"
    open_database(template, user_name="soak").close()
    paths = {}
    for code in codes:
        paths[code] = tmp_path / f"{code}.sqlite3"
        shutil.copyfile(template, paths[code])
    return paths


def _engine_url(kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'center.db'}"
    if not PG_URL:
        pytest.skip("the PostgreSQL soak needs RASAD_TEST_POSTGRES_URL (run under tools/with_postgres.sh)")
    from desktop.center.models import metadata

    engine = create_engine(PG_URL)
    metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS center_alembic_version")
    engine.dispose()
    return PG_URL


@pytest.fixture
def fast_dir(tmp_path: Path):
    """Databases on tmpfs when there is one: the soak is about ordering and crashes, not about disk flushes
    (a SIGKILL of the center process loses nothing the kernel has; fsync costs would only make it slow)."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="rasad-soak-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.start_first  # half a minute each: a parallel run starts them at once (tests/conftest.py)
@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_31_provinces_x_12_months_through_kills_and_link_cuts_apply_every_bundle_once_in_order(
        kind: str, fast_dir: Path) -> None:
    tmp_path = fast_dir
    seed = int(os.environ.get("RASAD_SOAK_SEED", random.randrange(1 << 30)))
    print(f"soak seed {seed}")
    rng = random.Random(seed)
    started = time.monotonic()
    url = _engine_url(kind, tmp_path)
    codes = [f"P{n:02d}" for n in range(1, PROVINCES + 1)]
    keys = {code: generate_private_key() for code in codes}
    center_key_file = tmp_path / "center.key"
    center_key = EncryptedKeyFile(center_key_file).create(PASSPHRASE)
    center_public = center_key.public_key()
    attacker = Attacker()

    def register(*pairs: tuple[str, object]) -> None:
        service = CenterService(url, center_key)
        try:
            for code, key in pairs:
                service.register_province(code, code, export_public(key.public_key()))
        finally:
            service.close()

    register(*[(code, keys[code]) for code in codes if code != LATE], (ATTACKER, attacker.key))
    paths = _prepared_databases(tmp_path, codes)
    databases = {code: open_database(paths[code], user_name="soak") for code in codes}
    clock = lambda: datetime.now(UTC)  # noqa: E731
    outboxes = {code: Outbox(databases[code], clock) for code in codes}

    center = Center(url, center_key_file)
    center.start()
    link = FlakyLink(center.port)
    link_url = f"http://127.0.0.1:{link.port}"
    stop_chaos = threading.Event()
    chaos_kills: list[float] = []  # counted where they happen, to check the reported count against

    def chaos() -> None:
        while not stop_chaos.wait(rng.uniform(0.4, 1.2)):
            if center.kills < MAX_KILLS and rng.random() < 0.4:
                center.kill()
                chaos_kills.append(time.monotonic())
                time.sleep(rng.uniform(0.0, 0.3))
                center.start()
            else:
                link.cut(rng.uniform(0.05, 0.4))

    # one client for every province (building one per send would cost more than the sends themselves)
    client = httpx2.Client(limits=httpx2.Limits(max_connections=16, max_keepalive_connections=16))

    def send(code: str):
        return Sender(outboxes[code], client, link_url, center_public, code, clock).send_due(now_anyway=True)

    chaos_thread = threading.Thread(target=chaos, daemon=True)
    chaos_thread.start()
    deferred_before_registration = 0
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            for month in range(1, MONTHS + 1):
                for code in codes:  # the month's work: one small change, one bundle per province
                    with databases[code].session() as session:
                        session.add(Meeting(number=month, held_on=date(2025, 1, month), title=f"{code} {month}",
                                            location=""))
                    assert outboxes[code].cut(keys[code], code, "0.1.0") is not None
                # the attack: the victim's newest bundle id (visible in its media file names) signed by ATK first
                victim_next = outboxes[VICTIM].pending()[-1].bundle_id
                assert _post_until_answered(client, link_url, attacker.bundle_with_id(victim_next), center_public,
                                            ATTACKER) in (Verdict.ACCEPTED, Verdict.HELD, Verdict.DUPLICATE)
                reports = dict(zip(codes, pool.map(send, codes), strict=True))
                assert not any(report.blocked for report in reports.values()), reports
                if month == 1:  # the late province is answered "not now" (retry), never "rejected"
                    report = reports[LATE]
                    for _ in range(200):
                        if not report.failed:
                            break
                        time.sleep(0.05)
                        report = send(LATE)
                    assert (report.deferred, report.rejected, report.blocked) == (1, 0, False), report
                    deferred_before_registration += 1
                if month == 6:
                    register((LATE, keys[LATE]))
            while center.kills < 2 or link.cuts < 2:  # make sure both kinds of chaos happened at least twice
                time.sleep(0.2)
                list(pool.map(send, codes))
            stop_chaos.set()
            chaos_thread.join(30)
            if center.process is None or center.process.poll() is not None:
                center.start()
            for _ in range(40):  # drain: every outbox settles once the center and the link stay up
                pending = [code for code in codes if outboxes[code].pending()]
                if not pending:
                    break
                list(pool.map(send, pending))
                time.sleep(0.05)
    finally:
        stop_chaos.set()
        chaos_thread.join(30)
        client.close()
        link.stop()
        center.stop()
        for database in databases.values():
            database.close()
    print(f"soak {kind}: {center.kills} kills, {link.cuts} link cuts, {time.monotonic() - started:.1f} s")
    # the reported kills are the random ones only (the teardown's kill is not chaos)
    assert center.kills == len(chaos_kills) and 2 <= center.kills <= MAX_KILLS

    assert deferred_before_registration >= 1  # the late province was told "not now", never "rejected"
    for code in codes:
        database = open_database(paths[code], user_name="soak")
        try:
            entries = Outbox(database, clock).entries()
        finally:
            database.close()
        assert [(e.sequence, e.state) for e in entries] == [(n, "acknowledged") for n in range(1, MONTHS + 1)], code
        paths[code] = [e.file_hash for e in entries]  # type: ignore[assignment]
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(CenterBundle.province, CenterBundle.sequence, CenterBundle.state,
                                             CenterBundle.file_hash, CenterBundle.previous_hash)
                                      .order_by(CenterBundle.province, CenterBundle.sequence)).all()
            flags = connection.execute(select(CenterFlag.province, CenterFlag.kind)).all()
            changes = connection.execute(select(NationalChange.province, NationalChange.change_id)).all()
    finally:
        engine.dispose()
    assert flags == []
    assert all(state == "applied" for _, _, state, _, _ in rows)  # nothing held, nothing rejected
    for code in codes:
        chain = [(sequence, file_hash, previous) for province, sequence, _, file_hash, previous in rows
                 if province == code]
        assert [sequence for sequence, _, _ in chain] == list(range(1, MONTHS + 1)), code  # once each, in order
        assert [file_hash for _, file_hash, _ in chain] == paths[code], code  # exactly the province's bundles
        assert [previous for _, _, previous in chain] == [frame.GENESIS_HASH] + paths[code][:-1], code
    attack_chain = [file_hash for province, _, _, file_hash, _ in rows if province == ATTACKER]
    assert attack_chain == [frame.file_hash(data) for data in attacker.sent]  # its own namespace, its own chain
    assert len(changes) == len(set(changes))  # every change applied exactly once
    assert time.monotonic() - started < 180
