"""The PyInstaller bundle builds and starts: `rasad run --selftest` paints the home page offscreen."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.installer,
    pytest.mark.start_first,  # the longest test (about two minutes): a parallel run starts it at once
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e '.[build]')"),
]


def test_installer_bundle_runs_its_selftest(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-4000:]
    executable = tmp_path / "dist" / "rasad" / "rasad"
    assert executable.is_file()

    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_DATA_DIR": str(data)}
    run = subprocess.run([str(executable), "run", "--selftest", "--db", str(data / "x.sqlite3")],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr[-4000:]
    assert "selftest: ok" in run.stdout
