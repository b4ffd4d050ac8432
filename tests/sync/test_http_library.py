"""The province's HTTP client, the center's app and its TestClient run on ``httpx2`` alone: ``httpx`` (no release
since 0.28.1, its Starlette TestClient fallback deprecated) is neither imported by our code nor pulled in by a
library we use. The shared virtual environment still has ``httpx`` installed, so these tests are what shows it
is unused: a module that imported it, at its top or inside a function, fails here."""

from __future__ import annotations

import ast
import json
import os
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx2
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.sync import bounded_http

ROOT = Path(__file__).resolve().parents[2]
#: The retired library and its transport: httpx2's own packages are httpx2 and httpcore2.
RETIRED = ("httpx", "httpcore")

#: Imports every module of the sending code, the command line and the center, builds the center's app behind
#: Starlette's TestClient and answers one request through it, then makes one real request through the
#: province's own client (bounded_http.client(), its transport and connection pool) to a port nobody listens on.
_PROBE = r"""
import importlib, json, pkgutil, socket, sys, warnings
warnings.simplefilter("always")  # each warning recorded, none hidden by a filter of the environment
seen = warnings.catch_warnings(record=True)
said = seen.__enter__()
import desktop.center, desktop.cli, desktop.sync

for package in (desktop.sync, desktop.cli, desktop.center):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not info.name.endswith(".__main__"):  # running the center's command line is not importing it
            importlib.import_module(info.name)
import desktop.context

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi.testclient import TestClient

import httpx2
from desktop.center.app import create_app
from desktop.center.service import CenterService
from desktop.sync import bounded_http

service = CenterService("sqlite:///" + sys.argv[1], Ed25519PrivateKey.generate())
with TestClient(create_app(service)) as test_client:
    health = test_client.get("/health").status_code
with socket.socket() as probe:  # a free port, closed again: the connection is refused at once
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
try:
    with bounded_http.client() as client:
        bounded_http.request(client, "GET", f"http://127.0.0.1:{port}/", max_bytes=100, deadline_seconds=10)
    refused = ["answered", False]
except Exception as error:  # noqa: BLE001 - which library raised it is what is looked at
    refused = [type(error).__name__, isinstance(error, httpx2.HTTPError)]
seen.__exit__(None, None, None)
print(json.dumps({"health": health, "test_client_base": [c.__module__ for c in TestClient.__mro__],
                  "refused": refused, "warnings": [str(w.message) for w in said if "httpx" in str(w.message)],
                  "loaded": sorted(name for name in sys.modules if name.split(".")[0] in
                                   ("httpx", "httpcore", "httpx2", "httpcore2"))}))
"""


def test_the_sync_code_the_command_line_and_the_center_with_its_test_client_load_httpx2_and_never_httpx(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", _PROBE,
                             str(tmp_path / "center.db")], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    loaded = set(found["loaded"])
    assert {"httpx2", "httpcore2"} <= loaded  # the list is real
    assert sorted(name for name in loaded if name.split(".")[0] in RETIRED) == []
    assert found["health"] == 200  # the TestClient really answered
    assert "httpx2._client" in found["test_client_base"]  # Starlette's TestClient is built on httpx2
    assert found["warnings"] == []  # Starlette's "Using `httpx` with `starlette.testclient` is deprecated"
    # the province's client went through httpcore2 and raised what every caller catches as "unreachable"
    assert found["refused"] == ["ConnectError", True]


def _retired_imports(path: Path) -> list[str]:
    """``file:line name`` for each import of httpx or httpcore in ``path`` (at any depth, lazy ones too)."""
    text = path.read_text(encoding="utf-8")
    if "httpx" not in text and "httpcore" not in text:  # nothing to look at (most files): not parsed
        return []
    found = []
    for node in ast.walk(ast.parse(text, str(path))):
        names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
        found.extend(f"{path.relative_to(ROOT)}:{node.lineno} {name}" for name in names
                     if name.split(".")[0] in RETIRED)
    return found


def test_no_module_of_ours_imports_httpx_even_inside_a_function() -> None:
    """The commands and the sending service import their client lazily (inside the function that sends), which
    an import-time probe does not reach: every import statement of the code, the tests, the tools and the
    benchmarks is read."""
    places = ("desktop", "tests", "tools", "benchmarks")
    files = sorted(path for place in places for path in (ROOT / place).rglob("*.py"))
    assert any(path.name == "bounded_http.py" for path in files)  # the list is real
    assert [line for path in files for line in _retired_imports(path)] == []


# -- TLS through the province's own client (bounded_http.client(): the name resolved by us, kept for the check) --

def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _signed(subject: str, issuer: x509.Name, key, signing_key, *, ca: bool,  # noqa: ANN001 - EC keys
            dns: str | None = None) -> x509.Certificate:
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=1))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signing_key.public_key()),
                              critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = (builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(dns)]), critical=False)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
    return builder.sign(signing_key, hashes.SHA256())


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A private certificate authority (its certificate in a PEM file), as a province's administrator might add."""
    folder = tmp_path_factory.mktemp("authority")
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _signed("Rasad test authority", _name("Rasad test authority"), key, key, ca=True)
    (folder / "ca.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return folder / "ca.pem", key, certificate


def _https_center(folder: Path, authority, dns: str) -> Iterator[int]:
    """An https server on the address ``localhost`` resolves to, its certificate naming ``dns`` only (no IP)."""
    _, ca_key, ca_certificate = authority
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = _signed(dns, ca_certificate.subject, key, ca_key, ca=False, dns=dns)
    (folder / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (folder / "leaf.key").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                        serialization.PrivateFormat.PKCS8,
                                                        serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "leaf.pem", folder / "leaf.key")

    class Answer(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
            pass

    address = bounded_http.resolve("localhost", 443, 5)
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    server = type("Server", (ThreadingHTTPServer,), {"address_family": family})((address, 0), Answer)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def _get(port: int) -> bounded_http.Answer:
    with bounded_http.client() as client:
        return bounded_http.request(client, "GET", f"https://localhost:{port}/", max_bytes=100, deadline_seconds=20)


def test_an_https_center_is_checked_against_the_name_and_the_systems_trust_with_the_address_resolved_by_us(
        authority, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ResolvingTransport connects to the address it resolved itself and hands httpx2 the name for SNI and the
    certificate check (its certificate names ``localhost`` only, no address). The trust is the system's, which
    SSL_CERT_FILE replaces here: trusted, the answer is read; not trusted, or a certificate for another name,
    the call fails as an httpx2 error, which every caller reports as "the center could not be reached"."""
    ca_file = authority[0]
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    for dns, trusted, works in (("localhost", True, True), ("localhost", False, False),
                                ("center.example", True, False)):
        if trusted:
            monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
        else:
            monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        folder = tmp_path / f"{dns}-{trusted}"
        folder.mkdir()
        for port in _https_center(folder, authority, dns):
            if works:
                answer = _get(port)
                assert (answer.status_code, answer.content) == (200, b"ok")
            else:
                with pytest.raises(httpx2.ConnectError) as refused:
                    _get(port)
                assert "CERTIFICATE_VERIFY_FAILED" in str(refused.value), (dns, trusted, str(refused.value))
