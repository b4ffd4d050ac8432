"""A posted body must keep coming (desktop/center/bodies.py): idle or trickling uploads lose their slot within a
window, an honest slow link still delivers its bundle. Windows are scaled down (half a second) to keep the tests
short; the rule is the same as the default 8 KiB in every 10 s."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.center.app import CenterLimits
from desktop.center.bodies import BodyProgress
from desktop.center.receipts import verdict_of
from desktop.center.service import CenterService
from desktop.sync.keys import export_public
from tests.center.conftest import NOW, Province
from tests.center.test_center_limits import ServerThread, _connect_from, _status

MiB = 1024 * 1024
WINDOW = 0.5
MIN_BYTES = 2048


@pytest.fixture
def service(tmp_path: Path, center_key) -> Iterator[CenterService]:
    svc = CenterService(f"sqlite:///{tmp_path / 'center.db'}", center_key, clock=lambda: NOW, max_bytes=8 * MiB)
    yield svc
    svc.close()


@pytest.fixture
def server(service) -> Iterator[ServerThread]:
    center = ServerThread(service, CenterLimits(max_unauthenticated=4, body_deadline_seconds=60.0,
                                                progress_window_seconds=WINDOW, progress_min_bytes=MIN_BYTES))
    yield center
    center.stop()


def _post_head(length: int) -> bytes:
    return b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % length


def test_idle_uploads_declaring_a_large_body_free_every_slot_within_a_window(service, server) -> None:
    """The review's attack: two idle connections from each of two addresses, each declaring 8 MiB and sending one
    byte, held all four slots for their whole deadline; the genuine bundle was told "busy" (503) meanwhile."""
    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    idle = [_connect_from(server, source) for source in ("127.0.0.2", "127.0.0.2", "127.0.0.3", "127.0.0.3")]
    try:
        for sock in idle:
            sock.sendall(_post_head(8 * MiB) + b"R")
        time.sleep(0.2)
        data = province.bundle()
        with _connect_from(server, "127.0.0.4") as sock:  # while they hold the slots: busy, as before
            sock.sendall(_post_head(len(data)) + data)
            assert _status(sock)[0] == 503
        for sock in idle:  # each is cut after its first window, not at its deadline
            sock.settimeout(3 * WINDOW)
            assert _status(sock)[0] == 408
        with _connect_from(server, "127.0.0.4") as sock:
            sock.sendall(_post_head(len(data)) + data)
            status, head = _status(sock)
            receipt = head.split(b"\r\n\r\n", 1)[1]
            while len(receipt) < int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0]):
                receipt += sock.recv(65536)
        assert status == 200 and verdict_of(receipt)[0] == "accepted"
    finally:
        for sock in idle:
            sock.close()


def test_a_trickle_below_the_minimum_rate_is_cut_long_before_its_deadline(server) -> None:
    with server.connect() as sock:
        sock.sendall(_post_head(MiB))
        started = time.monotonic()
        sock.settimeout(0.1)
        status = 0
        while time.monotonic() - started < 10:
            try:
                sock.sendall(b"x" * 100)  # 1 KB a second: half of what a window asks
                status, _ = _status(sock)
                break
            except (TimeoutError, OSError):
                continue
        assert status == 408 and time.monotonic() - started < 3 * WINDOW


def test_a_real_bundle_over_a_slow_steady_link_is_accepted(service, server) -> None:
    """A province on a slow line: its bundle comes in 1 KiB pieces, about twice the minimum rate, over
    several windows; each window brings enough, so the bundle is read whole and applied."""
    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    data = province.bundle(changes=1, note=os.urandom(16000).hex())  # random: it stays large compressed
    assert len(data) > 6 * MIN_BYTES  # several windows long
    with server.connect() as sock:
        sock.sendall(_post_head(len(data)))
        for offset in range(0, len(data), 1024):
            sock.sendall(data[offset:offset + 1024])
            time.sleep(WINDOW / 4)  # 4 KiB a window against the 2 KiB asked
        status, head = _status(sock)
        body = head.split(b"\r\n\r\n", 1)[1]
        while len(body) < int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0]):
            body += sock.recv(65536)
    assert status == 200 and verdict_of(body)[0] == "accepted"


def test_each_window_must_bring_its_share_or_the_rest_of_the_body() -> None:
    progress = BodyProgress(started=100.0, window=10.0, min_bytes=8192, declared=20000)
    assert progress.wait_until(0) == 110.0  # nothing yet: the first window's end
    progress.received(0, 104.0)  # 9000 bytes in the first window: it has its share ...
    assert progress.wait_until(9000) == 120.0  # ... so the next read may wait to the end of the second
    progress.received(9000, 112.0)  # a chunk in the second window opens it at 9000 bytes
    assert progress.wait_until(10000) == 120.0  # 1000 of its 8192: it must have the rest by its end
    progress.received(17000, 119.0)
    assert progress.wait_until(17192) == 130.0
    progress.received(17192, 121.0)  # the third window only needs the 2808 bytes left
    assert progress.wait_until(19999) == 130.0 and progress.wait_until(20000) == 140.0
