"""The province's HTTP client, the center's app and its TestClient run on ``httpx2`` alone: ``httpx`` (no release
since 0.28.1, its Starlette TestClient fallback deprecated) is neither imported by our code nor pulled in by a
library we use. The shared virtual environment still has ``httpx`` installed, so these tests are what shows it
is unused: a module that imported it, at its top or inside a function, fails here."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

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
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
        found.extend(f"{path.relative_to(ROOT)}:{node.lineno} {name}" for name in names
                     if name.split(".")[0] in RETIRED)
    return found


def test_no_module_of_ours_imports_httpx_even_inside_a_function() -> None:
    """The commands and the sending service import their client lazily (inside the function that sends), which
    an import-time probe does not reach: every import statement of the code, the tests and the tools is read."""
    files = sorted(path for place in ("desktop", "tests", "tools") for path in (ROOT / place).rglob("*.py"))
    assert any(path.name == "bounded_http.py" for path in files)  # the list is real
    assert [line for path in files for line in _retired_imports(path)] == []
