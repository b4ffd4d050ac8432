"""The center's resources are bounded before anyone is authenticated (issue 12, "Bounded everything").

A real uvicorn server runs in a thread of this process, so ``tracemalloc`` sees the server's allocations while
raw sockets play the hostile client: an oversized POST (declared, or chunked without a length), a body dripped
slowly, more bodies at once than the center takes.
"""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from desktop.center.app import CenterLimits, create_app
from desktop.center.service import CenterService
from desktop.sync import frame
from desktop.sync.keys import export_public
from tests.center.conftest import NOW, Province

MiB = 1024 * 1024


class ServerThread:
    def __init__(self, service: CenterService, limits: CenterLimits) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        config = uvicorn.Config(create_app(service, limits), host="127.0.0.1", port=self.port, log_level="error",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the center did not start"
            time.sleep(0.05)

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=10)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def _status(sock: socket.socket) -> tuple[int, bytes]:
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(4096)
        if not chunk:
            break
        head += chunk
    return int(head.split(b" ", 2)[1]), head


@pytest.fixture
def service(tmp_path: Path, center_key) -> Iterator[CenterService]:
    svc = CenterService(f"sqlite:///{tmp_path / 'center.db'}", center_key, clock=lambda: NOW, max_bytes=8 * MiB)
    yield svc
    svc.close()


def _server(service: CenterService, **limits: object) -> Iterator[ServerThread]:
    server = ServerThread(service, CenterLimits(**limits))  # type: ignore[arg-type]
    yield server
    server.stop()


@pytest.fixture
def center(service) -> Iterator[ServerThread]:
    yield from _server(service)


def test_a_declared_oversized_post_is_refused_before_its_body_is_sent(center) -> None:
    with center.connect() as sock:
        sock.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % (64 * MiB))
        started = time.monotonic()
        status, _ = _status(sock)  # answered without waiting for a byte of the 64 MiB
    assert status == 413 and time.monotonic() - started < 5


def test_a_chunked_post_without_a_length_is_refused_at_once_with_bounded_server_memory(center) -> None:
    chunk = b"%x\r\n" % MiB + b"\0" * MiB + b"\r\n"
    sent = 0
    tracemalloc.start()
    try:
        with center.connect() as sock:
            sock.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
            try:
                while sent < 200 * MiB:
                    sock.sendall(chunk)
                    sent += MiB
            except OSError:
                pass  # the center answered and closed: the rest of the 200 MiB never went in
            status, _ = _status(sock)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert status == 411  # no declared length, no deadline to measure it by: refused before it is read
    assert peak < 40 * MiB  # some chunks in flight at most, never the 200 MiB on offer


def test_a_post_whose_body_drips_is_cut_at_the_body_deadline(service) -> None:
    for server in _server(service, body_deadline_seconds=1.0):
        with server.connect() as sock:
            sock.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
            started = time.monotonic()
            sock.settimeout(0.25)
            status = 0
            for _ in range(40):  # one byte every quarter second
                try:
                    sock.sendall(b"x")
                    status, _ = _status(sock)
                    break
                except (TimeoutError, OSError):
                    continue
            assert status == 408 and time.monotonic() - started < 4


def test_beyond_the_unauthenticated_limit_the_center_answers_busy_with_retry_after(service) -> None:
    for server in _server(service, max_unauthenticated=1, body_deadline_seconds=30.0):
        with server.connect() as slow:
            slow.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc")  # holds the slot
            time.sleep(0.5)
            with server.connect() as other:
                other.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
                status, head = _status(other)
            assert status == 503 and b"retry-after: 30" in head.lower()
            with server.connect() as probe:  # a health check is not unauthenticated work
                probe.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
                assert _status(probe)[0] == 200


def test_the_refusal_of_a_bundle_with_a_huge_unverified_header_parses_nothing_big(service) -> None:
    """The refusal path read the header length from the file and parsed that much unverified JSON (2 GB of
    memory for a 64 MiB post); now it respects the 256 KiB cap of the format."""
    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    body = b'{"province":"THR","x":[' + b"0," * (3 * MiB) + b'0]}'
    data = frame.MAGIC + b"0" * frame.KEY_ID_LEN + len(body).to_bytes(4, "big") + body
    tracemalloc.start()
    try:
        started = time.monotonic()
        receipt = service.ingest(data)
        elapsed = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert receipt and elapsed < 5
    assert peak < 4 * MiB  # parsing the 6 MiB header as JSON took more than 50 MiB


def test_the_centers_body_deadline_is_short_for_a_small_body_and_never_shorter_than_the_provinces() -> None:
    from desktop.sync.bounded_http import upload_deadline

    limits = CenterLimits()
    assert limits.body_deadline(1000) < 61  # a small body dripped slowly holds a slot a minute at most
    for size in (0, 1000, MiB, 16 * MiB, 64 * MiB):  # the province gives up first: no post dies half-read
        assert limits.body_deadline(size) >= upload_deadline(size)


def test_credential_checks_have_their_own_room_so_bundles_still_get_in(service) -> None:
    for server in _server(service, max_unauthenticated=1, body_deadline_seconds=30.0):
        with server.connect() as slow:  # holds the one room for posted bodies
            slow.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc")
            time.sleep(0.5)
            with server.connect() as reader:  # a credential check is not turned away by it
                reader.sendall(b"GET /status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer rasad-staff.1."
                               + b"A" * 43 + b"\r\n\r\n")
                assert _status(reader)[0] == 401


def test_a_client_that_hangs_up_mid_body_leaves_no_traceback_and_frees_its_room(service, caplog) -> None:
    import logging

    server = ServerThread(service, CenterLimits(max_unauthenticated=1))
    logging.getLogger("uvicorn.error").addHandler(caplog.handler)  # uvicorn's loggers do not reach the root
    try:
        with caplog.at_level("ERROR"):
            for _ in range(3):  # one room: a hang-up that kept it would turn the next ones away (503)
                with server.connect() as sock:
                    sock.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n" + b"x" * 10)
                    time.sleep(0.2)
            time.sleep(0.3)
            with server.connect() as sock:  # the room is free again
                sock.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                status, _ = _status(sock)
        assert status == 200  # a signed REJECTED receipt: the body was read and answered
        assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records]
    finally:
        logging.getLogger("uvicorn.error").removeHandler(caplog.handler)
        server.stop()


def _connect_from(server: ServerThread, source: str) -> socket.socket:
    """A connection to the center from another loopback address (127.0.0.0/8 needs no setup on Linux)."""
    return socket.create_connection(("127.0.0.1", server.port), timeout=10, source_address=(source, 0))


def test_slow_clients_from_one_address_cannot_take_every_body_slot(service) -> None:
    """Four slow posts from one address used to hold all four rooms for their whole body deadline."""
    for server in _server(service, max_unauthenticated=4, body_deadline_seconds=30.0):
        slow = [_connect_from(server, "127.0.0.1") for _ in range(4)]
        try:
            for sock in slow:  # each declares 1000 bytes and sends 3: it holds its room until the deadline
                sock.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nabc")
            time.sleep(0.5)
            with _connect_from(server, "127.0.0.2") as other:  # another client still gets in
                other.sendall(b"POST /bundles HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc")
                assert _status(other)[0] == 200  # a signed REJECTED receipt: its body was read and answered
            turned_away = 0
            for sock in slow:  # the ones past the address's share were told "busy" at once
                sock.settimeout(0.5)
                try:
                    status, head = _status(sock)
                except TimeoutError:
                    continue  # still holding its room, as it may
                assert status == 503 and b"retry-after: 30" in head.lower()
                turned_away += 1
            assert turned_away == 2  # its share is half the rooms
        finally:
            for sock in slow:
                sock.close()


def test_one_address_may_hold_half_of_a_room_and_never_more_than_the_room() -> None:
    limits = CenterLimits(max_unauthenticated=4)
    assert limits.per_client == 2
    assert CenterLimits(max_unauthenticated=1).per_client == 1  # a room of one is still usable
    assert CenterLimits(max_unauthenticated=4, max_per_client=9).per_client == 4  # never more than the room


def test_a_client_is_its_ipv4_address_or_its_ipv6_network() -> None:
    from desktop.center.rooms import client_key

    assert client_key("127.0.0.1") != client_key("127.0.0.2")
    assert client_key("2001:db8::1") == client_key("2001:db8::ffff:1")  # one /64: one site, one share
    assert client_key("2001:db8:0:1::1") != client_key("2001:db8::1")
    assert client_key("::ffff:10.0.0.1") == client_key("10.0.0.1")  # the same client over a dual stack


def test_a_flood_of_staff_tokens_does_not_turn_away_a_provinces_signed_read(service) -> None:
    """Security review sec40: bogus staff tokens from many addresses held the one credential room, and the
    provinces' directive and chain reads got 503 (they shared it). The staff's checks have a room of their own."""
    from desktop.center.auth import CenterAuth
    from tests.center.conftest import signed

    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    gate, waiting = threading.Event(), threading.Semaphore(0)

    class SlowStaffChecks(CenterAuth):
        def staff_request(self, authorization: str | None) -> bool:
            waiting.release()
            gate.wait(20)
            return False

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(service, CenterLimits(max_unauthenticated=2), auth=SlowStaffChecks(service.engine, service.clock))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    staff = []
    try:
        for source in ("127.0.0.2", "127.0.0.3"):  # two addresses: the whole staff room of two
            client = socket.create_connection(("127.0.0.1", port), source_address=(source, 0), timeout=10)
            client.sendall(b"GET /status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer bogus\r\n\r\n")
            staff.append(client)
        assert waiting.acquire(timeout=10) and waiting.acquire(timeout=10)  # both being checked
        with socket.create_connection(("127.0.0.1", port), source_address=("127.0.0.4", 0), timeout=10) as third:
            third.sendall(b"GET /status HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer bogus\r\n\r\n")
            assert _status(third)[0] == 503  # the staff room is full
        path = "/provinces/THR/directives"
        headers = "".join(f"{name}: {value}\r\n" for name, value in signed(province.key, path, "after=0").items())
        with socket.create_connection(("127.0.0.1", port), source_address=("127.0.0.5", 0), timeout=10) as reader:
            reader.sendall(f"GET {path}?after=0 HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode())
            assert _status(reader)[0] == 200  # 503 before: the one credential room was full
    finally:
        gate.set()
        for client in staff:
            client.close()
        server.should_exit = True
        thread.join(10)
