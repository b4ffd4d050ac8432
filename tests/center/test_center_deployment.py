"""The center as deployed (issue 16, "Real deployment"): liveness and readiness, one structured log line per
request and per ingest with no secret in it, and client addresses taken from X-Forwarded-For only when the
connecting peer is a trusted proxy (``serve --forwarded-allow-ips``)."""

from __future__ import annotations

import argparse
import base64
import io
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator

import httpx2
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from desktop.center import logs
from desktop.center.app import create_app
from desktop.center.cli import server_config
from desktop.center.migrate import head_revision
from tests.center.conftest import staff_headers


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """What `serve --log-format json` writes, into a buffer (the root logger restored afterwards)."""
    root = logging.getLogger()
    level = root.level
    buffer = io.StringIO()
    handler = logs.configure("json", stream=buffer)
    yield buffer
    root.removeHandler(handler)
    root.setLevel(level)


def _lines(buffer: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_health_is_liveness_without_data_and_ready_names_the_database_revision(service) -> None:
    client = TestClient(create_app(service))
    assert client.get("/health").json() == {"ok": True}
    ready = client.get("/ready")
    assert ready.status_code == 200
    assert ready.json() == {"ready": True, "revision": head_revision(), "expected": head_revision()}


def test_ready_is_503_with_retry_after_when_the_database_is_at_another_revision(service) -> None:
    with service.engine.begin() as connection:
        connection.execute(text("UPDATE center_alembic_version SET version_num = 'c999'"))
    client = TestClient(create_app(service))
    ready = client.get("/ready")
    assert ready.status_code == 503 and ready.headers["retry-after"]
    assert ready.json()["revision"] == "c999" and not ready.json()["ready"]
    assert client.get("/health").status_code == 200  # alive all the same: a restart would not help


def test_ready_is_503_and_health_200_when_the_database_cannot_be_reached(service) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    working = service.engine
    service.engine = create_engine(f"postgresql+psycopg://nobody:secret-pw@127.0.0.1:{port}/none",
                                   connect_args={"connect_timeout": 2})
    try:
        client = TestClient(create_app(service))
        ready = client.get("/ready")
        assert ready.status_code == 503 and "database unavailable" in ready.json()["problem"]
        assert "secret-pw" not in ready.text
        assert client.get("/health").status_code == 200
    finally:
        service.engine.dispose()
        service.engine = working


def test_each_request_and_ingest_is_one_json_line_without_tokens_cookies_signatures_or_bundle_bytes(
        service, teh, json_log) -> None:
    client = TestClient(create_app(service))
    token = staff_headers(service)["Authorization"]
    data = teh.bundle(note="یادداشت-محرمانه-در-بسته")
    posted = client.post("/bundles?token=query-secret-123&after=2", content=data,
                         headers={"Cookie": "rasad_session=cookie-secret-456", "X-Request-ID": "req-42"})
    assert posted.status_code == 200 and posted.headers["x-request-id"] == "req-42"
    client.get("/status?password=pw-secret-789", headers={"Authorization": token})
    client.get("/provinces/THR/directives?after=0", headers={"x-rasad-signature": "sig-secret-abc"})

    written = json_log.getvalue()
    for secret in ("query-secret-123", "cookie-secret-456", "pw-secret-789", "sig-secret-abc",
                   token.split()[-1], token.split(".")[-1], "یادداشت-محرمانه-در-بسته",
                   base64.b64encode(data[:48]).decode(), data[:48].hex()):
        assert secret not in written, secret
    lines = _lines(json_log)
    requests = [line for line in lines if line.get("event") == "request"]
    assert [(r["method"], r["path"], r["status"]) for r in requests] == [
        ("POST", "/bundles", 200), ("GET", "/status", 200), ("GET", "/provinces/THR/directives", 401)]
    first = requests[0]
    assert first["query"] == "token=***&after=2" and first["request_id"] == "req-42"
    assert first["client"] == "testclient" and isinstance(first["duration_ms"], float)
    assert {"time", "level", "logger", "message"} <= set(first)
    ingest = [line for line in lines if line.get("event") == "ingest"]
    assert [(i["province"], i["sequence"], i["verdict"], i["request_id"]) for i in ingest] == [
        ("THR", 1, "accepted", "req-42")]
    assert len({r["request_id"] for r in requests}) == 3  # the others got ids of their own


def test_an_insane_request_id_is_replaced_not_logged(service, json_log) -> None:
    client = TestClient(create_app(service))
    answer = client.get("/health", headers={"X-Request-ID": "evil\" id with spaces " + "x" * 100})
    assert answer.headers["x-request-id"].isalnum()
    assert "evil" not in json_log.getvalue()


class _Uvicorn:
    """The center under the very uvicorn configuration `serve` builds (desktop/center/cli.py server_config)."""

    def __init__(self, service, forwarded_allow_ips: str) -> None:  # noqa: ANN001
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        args = argparse.Namespace(host="127.0.0.1", port=port, max_unauthenticated=4,
                                  forwarded_allow_ips=forwarded_allow_ips)
        config = server_config(create_app(service), args)
        config.lifespan = "off"
        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.mark.parametrize(("trusted", "seen"), [
    ("", "127.0.0.1"),  # the default: nobody is a proxy (uvicorn's own default would trust loopback)
    ("192.0.2.1", "127.0.0.1"),  # a proxy elsewhere: a forged header from this peer is ignored
    ("127.0.0.1", "203.0.113.7"),  # the proxy on this host: its header names the client
])
def test_x_forwarded_for_is_believed_only_from_a_trusted_proxy(service, json_log, trusted, seen) -> None:
    server = _Uvicorn(service, trusted)
    try:
        httpx2.get(f"{server.url}/health", headers={"X-Forwarded-For": "203.0.113.7"}, timeout=5)
    finally:
        server.stop()
    clients = [line["client"] for line in _lines(json_log) if line.get("event") == "request"]
    assert clients == [seen]


def test_a_flood_of_ready_probes_the_database_at_most_once_a_second(service, monkeypatch) -> None:
    probes = []
    real = service.readiness
    monkeypatch.setattr(service, "readiness", lambda: probes.append(1) or real())
    client = TestClient(create_app(service))
    assert all(client.get("/ready").status_code == 200 for _ in range(50))
    assert len(probes) <= 2  # one, and one more if the run crossed a second


def test_the_dashboards_harmless_query_values_are_logged_and_a_next_address_only_filtered(service, json_log) -> None:
    """`next` (where sign-in goes back to) is logged as its path and its own query filtered by the same allowlist:
    a secret typed into a page's address stays out of the log even when it comes back inside `next`."""
    client = TestClient(create_app(service), base_url="https://testserver", follow_redirects=False)
    answer = client.get("/dashboard/indicators?province=QOM&token=s3cret-typed&next=/x?password=s3cret-nested")
    assert answer.status_code == 303
    client.get(answer.headers["location"])  # the sign-in page, its `next` carrying the page's whole address
    client.get("/dashboard/keys?done=QOM+ab12cd34&lang=en")
    written = json_log.getvalue()
    assert "s3cret" not in written
    queries = [line["query"] for line in _lines(json_log) if line.get("event") == "request"]
    assert queries == ["province=QOM&token=***&next=/x?password%3D***",
                       "next=/dashboard/indicators?province%3DQOM%26token%3D***%26next%3D***",
                       "done=QOM ab12cd34&lang=en"]
