"""A hostile or broken center cannot exhaust or hang the province (issue 12, "Bounded everything").

Each test runs a real TCP server in this process that misbehaves in one way — an oversized answer, an endless
chunked answer, a compressed answer, a server dripping one byte at a time, one that sends nothing — and checks
that the province's call ends within its total deadline with bounded memory.
"""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.store.database import open_database
from desktop.sync import bounded_http
from desktop.sync.directives import DirectiveInbox, fetch_directives
from desktop.sync.outbox import Outbox
from desktop.sync.sender import Sender
from tests.sync.test_sender import _cut

MiB = 1024 * 1024
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class HostileServer:
    """Accepts connections, reads the request head (and a declared body), then runs ``behave(conn)``."""

    def __init__(self, behave: Callable[[socket.socket], None]) -> None:
        self.behave = behave
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.sent = 0
        self.heads: list[bytes] = []  # each request's head, as received
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                head += chunk
            self.heads.append(head.split(b"\r\n\r\n", 1)[0])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = len(head.split(b"\r\n\r\n", 1)[1])
            while body < length:
                body += len(conn.recv(65536))
            self.behave(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        self.sent += len(data)

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[HostileServer, socket.socket], None]], HostileServer]]:
    servers: list[HostileServer] = []

    def start(behave: Callable[[HostileServer, socket.socket], None]) -> HostileServer:
        server = HostileServer(lambda conn: behave(server, conn))
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


ZEROS = b"\0" * 65536


def _endless_declared(server: HostileServer, conn: socket.socket) -> None:
    server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Length: 800000000\r\n\r\n")
    while server.sent < 800_000_000:
        server.send(conn, ZEROS)


def _endless_chunked(server: HostileServer, conn: socket.socket) -> None:
    server.send(conn, b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    while server.sent < 800_000_000:
        server.send(conn, b"10000\r\n" + ZEROS + b"\r\n")


def _drip(server: HostileServer, conn: socket.socket) -> None:
    server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")  # small: only time is abused
    for _ in range(1000):
        server.send(conn, b"x")
        time.sleep(0.2)


def _silent(server: HostileServer, conn: socket.socket) -> None:
    time.sleep(30)


def _gzip(server: HostileServer, conn: socket.socket) -> None:
    server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 20\r\n\r\n" + b"\x1f\x8b" * 10)


def test_a_declared_oversized_answer_is_refused_before_its_body_is_read(serve) -> None:
    server = serve(_endless_declared)
    started = time.monotonic()
    with httpx2.Client() as client, pytest.raises(bounded_http.AnswerTooLargeError):
        bounded_http.request(client, "GET", f"{server.url}/x", max_bytes=64 * 1024, deadline_seconds=10)
    assert time.monotonic() - started < 5


def test_an_endless_chunked_answer_is_cut_at_the_limit_with_bounded_memory(serve) -> None:
    server = serve(_endless_chunked)
    tracemalloc.start()
    try:
        with httpx2.Client() as client, pytest.raises(bounded_http.AnswerTooLargeError):
            bounded_http.request(client, "GET", f"{server.url}/x", max_bytes=4 * MiB, deadline_seconds=30)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * MiB  # the limit and a chunk or two, never the 800 MB on offer
    assert server.sent < 200 * MiB


def test_a_server_dripping_a_byte_every_fifth_of_a_second_is_cut_at_the_total_deadline(serve) -> None:
    server = serve(_drip)
    started = time.monotonic()
    with httpx2.Client() as client, pytest.raises(bounded_http.DeadlineExceededError):
        bounded_http.request(client, "GET", f"{server.url}/x", max_bytes=MiB, deadline_seconds=1.5)
    elapsed = time.monotonic() - started
    assert 1.4 < elapsed < 2.5  # each read came in time; the total did not


def test_a_server_that_never_answers_is_cut_at_the_total_deadline(serve) -> None:
    server = serve(_silent)
    started = time.monotonic()
    with httpx2.Client() as client, pytest.raises(httpx2.TimeoutException):
        bounded_http.request(client, "GET", f"{server.url}/x", max_bytes=MiB, deadline_seconds=1.0)
    assert time.monotonic() - started < 2.0


def test_a_compressed_answer_is_refused_unread(serve) -> None:
    server = serve(_gzip)
    with httpx2.Client() as client, pytest.raises(bounded_http.AnswerTooLargeError):
        bounded_http.request(client, "GET", f"{server.url}/x", max_bytes=MiB)


def test_sending_to_a_dripping_center_fails_within_the_deadline_and_schedules_a_retry(serve, tmp_path) -> None:
    server = serve(_drip)
    database = open_database(tmp_path / "p.sqlite3")
    try:
        from desktop.store.settings import set_setting

        with database.session() as session:
            set_setting(session, "province.code", "QOM")
        key = Ed25519PrivateKey.generate()
        outbox = _cut(database, key, lambda: NOW, 1)
        started = time.monotonic()
        with httpx2.Client() as client:
            report = Sender(outbox, client, server.url, Ed25519PrivateKey.generate().public_key(), "QOM",
                            lambda: NOW, deadline=1.5).send_due()
        assert time.monotonic() - started < 3
        assert report.failed == 1 and "no answer within" in report.error
        assert Outbox(database, lambda: NOW).entries()[0].state == "waiting"
    finally:
        database.close()


def test_an_oversized_directive_listing_is_refused_with_bounded_memory(serve, tmp_path) -> None:
    server = serve(_endless_chunked)
    database = open_database(tmp_path / "p.sqlite3")
    try:
        tracemalloc.start()
        try:
            with httpx2.Client() as client, pytest.raises(bounded_http.AnswerTooLargeError):
                fetch_directives(DirectiveInbox(database, lambda: NOW), client, server.url,
                                 Ed25519PrivateKey.generate().public_key(), "QOM", Ed25519PrivateKey.generate())
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 8 * MiB  # the listing's limit is 256 KiB
    finally:
        database.close()


def _ok_with_host(server: HostileServer, conn: socket.socket) -> None:
    server.send(conn, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")


@pytest.fixture
def slow_dns(monkeypatch) -> Iterator[list[str]]:
    """The system resolver hanging for `center.invalid` (as a dead DNS server does: no timeout of its own), and
    answering 127.0.0.1 for `center.test`."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):  # noqa: ANN001, ANN202
        asked.append(host)
        if host == "center.invalid":
            time.sleep(5)
            raise socket.gaierror("no answer")
        return real("127.0.0.1" if host == "center.test" else host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield asked


def test_a_name_lookup_that_hangs_is_cut_within_the_calls_deadline(serve, slow_dns) -> None:
    server = serve(_ok_with_host)
    port = server.url.rsplit(":", 1)[1]
    started = time.monotonic()
    with bounded_http.client() as client, pytest.raises(httpx2.TimeoutException):
        bounded_http.request(client, "GET", f"http://center.invalid:{port}/x", max_bytes=MiB, deadline_seconds=1.0)
    assert time.monotonic() - started < 2.0  # the lookup alone took 5 s before
    assert "center.invalid" in slow_dns


def test_a_resolved_name_is_reached_at_its_address_and_still_named_in_the_host_header(serve, slow_dns) -> None:
    server = serve(_ok_with_host)
    port = server.url.rsplit(":", 1)[1]
    with bounded_http.client() as client:
        answer = bounded_http.request(client, "GET", f"http://center.test:{port}/x", max_bytes=MiB)
    assert answer.status_code == 200 and answer.content == b"ok"
    assert f"host: center.test:{port}".encode() in server.heads[0].lower().split(b"\r\n")
    assert "center.test" in slow_dns
