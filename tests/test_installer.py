"""The PyInstaller bundle builds and works as installed: `rasad run --selftest` paints the home page offscreen,
and the bundle writes a report with its charts and sends a bundle to a running center — the paths that import
modules by name at run time (matplotlib's backends, the HTTP client), which PyInstaller cannot see."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEY_PASSPHRASE = "گذرواژه کلید استان ۱۴۰۵"

pytestmark = [
    pytest.mark.installer,
    pytest.mark.start_first,  # the longest test (about two minutes): a parallel run starts it at once
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e '.[build]')"),
]


def _build(place: Path) -> Path:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(place / "dist"), "--workpath", str(place / "work"),
         str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-4000:]
    executable = place / "dist" / "rasad" / "rasad"
    assert executable.is_file()
    return executable


def _run(executable: Path, *args: str, cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 180) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(cwd / "data"),
                   **(env or {})}
    return subprocess.run([str(executable), *args], cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=timeout)


def test_the_installed_program_starts_writes_a_report_with_its_charts_and_sends_a_bundle_to_a_center(
        tmp_path: Path) -> None:
    """One test, one build (two tests could each build it on another worker)."""
    from tests.test_center_server import PASSPHRASE, CenterProcess, _free_port

    installed = _build(tmp_path / "build")
    run = _run(installed, "run", "--selftest", "--db", str(tmp_path / "data" / "x.sqlite3"), cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr[-4000:]
    assert "selftest: ok" in run.stdout

    demo = tmp_path / "demo.sqlite3"
    made = _run(installed, "--lang", "en", "demo", "--db", str(demo), "--as-of", "2026-11-23", cwd=tmp_path)
    assert made.returncode == 0, made.stderr[-4000:]

    # The PDF's charts are vectors drawn through matplotlib's SVG backend, imported by name when saved.
    report = _run(installed, "--lang", "en", "report", "status", "--db", str(demo), "--period", "1405-H1",
                  "--out", str(tmp_path / "status.pdf"), "--charts", str(tmp_path / "charts"),
                  "--chart-format", "svg", cwd=tmp_path)
    assert report.returncode == 0 and "Traceback" not in report.stderr, report.stderr[-4000:]
    assert (tmp_path / "status.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(path.suffix for path in (tmp_path / "charts").iterdir())[:1] == [".svg"]

    # A real center over HTTP, the province's key in a passphrase-encrypted file (no keyring in a test).
    keys = {"RASAD_KEY_PASSPHRASE": KEY_PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    key_file = ["--key-file", str(tmp_path / "qom.key")]
    for args in (("keys", "init", "--db", str(demo), *key_file),
                 ("keys", "export-public", "--db", str(demo), *key_file, "--out", str(tmp_path / "qom.pub"))):
        done = _run(installed, "--lang", "en", *args, cwd=tmp_path, env=keys)
        assert done.returncode == 0, done.stderr[-4000:]
    center_env = {**os.environ, "RASAD_CENTER_PASSPHRASE": PASSPHRASE}
    center_db = f"sqlite:///{tmp_path / 'center.db'}"
    center_key, center_public = tmp_path / "center.key", tmp_path / "center.pub"
    for args in (("init-key", "--out", str(center_key), "--public-out", str(center_public)),
                 ("register", "--db", center_db, "--key", str(center_key), "--province", "QOM", "--name", "قم",
                  "--public-key", str(tmp_path / "qom.pub"))):
        done = subprocess.run([sys.executable, "-m", "desktop.center", *args], cwd=ROOT, env=center_env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-4000:]
    server = CenterProcess(center_db, center_key, _free_port())
    server.start()
    try:
        sent = _run(installed, "--lang", "en", "sync", "--db", str(demo), *key_file, "--center", server.url,
                    "--center-key", str(center_public), cwd=tmp_path, env=keys)
    finally:
        server.kill()
    assert sent.returncode == 0, sent.stdout + sent.stderr[-4000:]
    assert "acknowledged 1" in sent.stdout and "rejected 0" in sent.stdout, sent.stdout
