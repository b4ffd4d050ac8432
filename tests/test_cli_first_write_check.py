"""A command whose first change waits for the whole-file check (the file is not as last recorded checked: copied,
restored by hand, changed by another program) says so on its terminal, one line rewritten in place and cleared
before the result: `report status` on a copied large demo was silent for 3.5 s of its 5.2 s. In a script (stderr
not a terminal) nothing is added."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(command: list[str], *, terminal: bool) -> tuple[int, str, str]:
    env = {**os.environ, "RASAD_LANG": "en"}
    if not terminal:
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        return result.returncode, result.stdout, result.stderr
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, env=env) as process:
        os.close(follower)
        stderr = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            stderr += chunk
        stdout = process.stdout.read().decode() if process.stdout else ""
    os.close(leader)
    return process.returncode, stdout, stderr.decode()


def _set_user_name(demo_province: Path, folder: Path, *, terminal: bool) -> tuple[int, str, str]:
    folder.mkdir()
    copied = folder / "copied.sqlite3"
    shutil.copyfile(demo_province / "demo.sqlite3", copied)  # no record beside it: checked before a change
    return _run([sys.executable, "-m", "desktop", "settings", "user-name", "مریم احمدی", "--db", str(copied)],
                terminal=terminal)


def test_on_a_terminal_the_check_a_first_change_waits_for_is_shown_then_cleared(
        demo_province: Path, tmp_path: Path) -> None:
    code, out, err = _set_user_name(demo_province, tmp_path / "terminal", terminal=True)
    assert code == 0, out + err
    shown = [part.removesuffix("\x1b[K") for part in err.split("\r") if part.removesuffix("\x1b[K")]
    assert shown and all(line.startswith("Checking the database before its first change: ") for line in shown)
    assert shown[-1].endswith("100%")
    assert err.endswith("\r\x1b[K") and "Traceback" not in err  # cleared before the result


def test_in_a_script_the_check_adds_nothing_to_stderr(demo_province: Path, tmp_path: Path) -> None:
    code, out, err = _set_user_name(demo_province, tmp_path / "script", terminal=False)
    assert code == 0, out + err
    assert err == ""
